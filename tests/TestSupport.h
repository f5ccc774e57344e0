#pragma once

// Helpers shared by the tests: temporary workspaces and small model fixtures.

#include "document/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace jl::test {

// A new, empty workspace in dir; fails the calling test (QVERIFY) through the returned null.
std::unique_ptr<Workspace> createWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.jlens"));

// A small model: two reference entries of each kind, one persona, a journey with three
// stages, five steps, four triggers and a glossary term. Returns the journey.
JourneyId buildSmallModel(Workspace &workspace);

// The first step of the journey with that name, or an invalid id.
StepId stepNamed(const Workspace &workspace, JourneyId journey, const QString &name);

// The small model says "Add to cart" where its glossary prefers "Basket" (synonym "Cart"), which
// the glossary_synonym check reports. This makes "Cart" the term (synonym "Basket"), so that
// the model passes every check. False when an edit failed.
bool useCartAsGlossaryTerm(Workspace &workspace);

} // namespace jl::test
