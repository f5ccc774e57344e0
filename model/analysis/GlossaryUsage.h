#pragma once

// Glossary drift in the model: step names that use a synonym where the glossary prefers
// another term ("Add to basket" when the glossary's term is "cart"). Matching is on whole
// words, ignores case and understands multi-word synonyms; a synonym that only appears as
// part of the preferred term itself ("cart" inside "shopping cart") does not count.

#include "domain/Entities.h"

#include <QList>
#include <QString>

namespace jl {

struct SynonymUse
{
    StepId step;
    GlossaryTermId term;
    QString synonym;       // as the glossary spells it
    QString preferredTerm; // GlossaryTerm::term
    friend bool operator==(const SynonymUse &, const SynonymUse &) = default;
};

// Uses of the terms' synonyms in the steps' names, ordered by step (in the given order), then
// by term (in the given order); at most one use per step and term (the first synonym found).
QList<SynonymUse> findSynonymUses(const QList<GlossaryTerm> &terms, const QList<Step> &steps);

} // namespace jl
