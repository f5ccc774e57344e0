#include "GlossaryUsage.h"

#include <QRegularExpression>

namespace jl {

namespace {

// A whole-word, case-insensitive pattern for a phrase; inner whitespace matches any run of it.
QRegularExpression wordPattern(const QString &phrase)
{
    const QStringList words = phrase.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList escaped;
    escaped.reserve(words.size());
    for (const QString &word : words)
        escaped << QRegularExpression::escape(word);
    const QString pattern = QStringLiteral("(?<![\\p{L}\\p{N}])") + escaped.join(QStringLiteral("\\s+"))
                            + QStringLiteral("(?![\\p{L}\\p{N}])");
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

struct CompiledTerm
{
    const GlossaryTerm *term = nullptr;
    QRegularExpression preferred;
    QList<std::pair<QString, QRegularExpression>> synonyms;
};

bool insideAny(const QList<std::pair<qsizetype, qsizetype>> &ranges, qsizetype start, qsizetype end)
{
    for (const auto &[from, to] : ranges) {
        if (start >= from && end <= to)
            return true;
    }
    return false;
}

} // namespace

QList<SynonymUse> findSynonymUses(const QList<GlossaryTerm> &terms, const QList<Step> &steps)
{
    QList<CompiledTerm> compiled;
    for (const GlossaryTerm &term : terms) {
        if (term.term.trimmed().isEmpty())
            continue;
        CompiledTerm entry;
        entry.term = &term;
        entry.preferred = wordPattern(term.term);
        for (const QString &synonym : term.synonyms) {
            if (synonym.trimmed().isEmpty() || synonym.simplified().compare(term.term.simplified(), Qt::CaseInsensitive) == 0)
                continue;
            entry.synonyms.append({synonym.simplified(), wordPattern(synonym)});
        }
        if (!entry.synonyms.isEmpty())
            compiled << entry;
    }

    QList<SynonymUse> uses;
    for (const Step &step : steps) {
        if (step.name.isEmpty())
            continue;
        for (const CompiledTerm &entry : compiled) {
            QList<std::pair<qsizetype, qsizetype>> preferredRanges;
            auto preferred = entry.preferred.globalMatch(step.name);
            while (preferred.hasNext()) {
                const auto match = preferred.next();
                preferredRanges.append({match.capturedStart(), match.capturedEnd()});
            }
            for (const auto &[synonym, pattern] : entry.synonyms) {
                bool found = false;
                auto it = pattern.globalMatch(step.name);
                while (it.hasNext() && !found) {
                    const auto match = it.next();
                    found = !insideAny(preferredRanges, match.capturedStart(), match.capturedEnd());
                }
                if (found) {
                    uses.append({step.id, entry.term->id, synonym, entry.term->term});
                    break;
                }
            }
        }
    }
    return uses;
}

} // namespace jl
