#include "PropertyNames.h"

#include <QCoreApplication>
#include <QHash>

namespace jl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::PropertyNames)
};
} // namespace

QString propertyName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("jl::PropertyNames", "name")},
        {QStringLiteral("term"), QT_TRANSLATE_NOOP("jl::PropertyNames", "term")},
        {QStringLiteral("icon"), QT_TRANSLATE_NOOP("jl::PropertyNames", "icon")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("jl::PropertyNames", "description")},
        {QStringLiteral("definition"), QT_TRANSLATE_NOOP("jl::PropertyNames", "definition")},
        {QStringLiteral("synonyms"), QT_TRANSLATE_NOOP("jl::PropertyNames", "synonyms")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("jl::PropertyNames", "kind")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("jl::PropertyNames", "role")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("jl::PropertyNames", "quote")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("jl::PropertyNames", "photo")},
        {QStringLiteral("goals"), QT_TRANSLATE_NOOP("jl::PropertyNames", "goals")},
        {QStringLiteral("pains"), QT_TRANSLATE_NOOP("jl::PropertyNames", "pains")},
        {QStringLiteral("needs"), QT_TRANSLATE_NOOP("jl::PropertyNames", "needs")},
        {QStringLiteral("ideas"), QT_TRANSLATE_NOOP("jl::PropertyNames", "ideas")},
        {QStringLiteral("attributes"), QT_TRANSLATE_NOOP("jl::PropertyNames", "attributes")},
        {QStringLiteral("segment_rule"), QT_TRANSLATE_NOOP("jl::PropertyNames", "segment rule")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("jl::PropertyNames", "level")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("jl::PropertyNames", "status")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "owner")},
        {QStringLiteral("department_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "department")},
        {QStringLiteral("channel_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "channel")},
        {QStringLiteral("source_system_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "source system")},
        {QStringLiteral("stage_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "stage")},
        {QStringLiteral("journey_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "journey")},
        {QStringLiteral("persona_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "persona")},
        {QStringLiteral("step_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "step")},
        {QStringLiteral("detail_step_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "detailed step")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("jl::PropertyNames", "position")},
        {QStringLiteral("emotion"), QT_TRANSLATE_NOOP("jl::PropertyNames", "expected emotion")},
        {QStringLiteral("pos_x"), QT_TRANSLATE_NOOP("jl::PropertyNames", "position")},
        {QStringLiteral("pos_y"), QT_TRANSLATE_NOOP("jl::PropertyNames", "position")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("jl::PropertyNames", "measure")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("jl::PropertyNames", "target")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("jl::PropertyNames", "unit")},
        {QStringLiteral("from_step_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "start step")},
        {QStringLiteral("to_step_id"), QT_TRANSLATE_NOOP("jl::PropertyNames", "end step")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("jl::PropertyNames", "label")},
        {QStringLiteral("condition"), QT_TRANSLATE_NOOP("jl::PropertyNames", "condition")},
        {QStringLiteral("engagement_action"), QT_TRANSLATE_NOOP("jl::PropertyNames", "engagement action")},
        {QStringLiteral("expected_delay_s"), QT_TRANSLATE_NOOP("jl::PropertyNames", "expected delay")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("jl::PropertyNames", "text")},
        {QStringLiteral("votes"), QT_TRANSLATE_NOOP("jl::PropertyNames", "votes")},
    };
    const char *name = names.value(column, nullptr);
    return name ? Text::tr(name) : column;
}

} // namespace jl
