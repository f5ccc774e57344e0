<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EmotionLaneItem</name>
    <message>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The emotion this persona is expected to feel at each step.&lt;br&gt;Filled dots are the persona&apos;s own; hollow dots follow the step. Drag a dot to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona&apos;s own expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s expected emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Step&apos;s Emotion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnItem</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps that belong to no stage of this journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>Sub-journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected emotion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-journey(s)</source>
        <translation>
            <numerusform>%n sub-journey</numerusform>
            <numerusform>%n sub-journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check finding(s)</source>
        <translation>
            <numerusform>%n check finding</numerusform>
            <numerusform>%n check findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Checks panel</source>
        <translation>
            <numerusform>… and %n more in the Checks panel</numerusform>
            <numerusform>… and %n more in the Checks panel</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses “%1”; the glossary term is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check finding(s): point at the badge</source>
        <translation>
            <numerusform>%n check finding: point at the badge</numerusform>
            <numerusform>%n check findings: point at the badge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::BlueprintLane</name>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontstage touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does and decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the customer meets us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our work the customer does not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and partners behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::CanvasExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels, too large; choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey “%1”, exported from JourneyLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey to export does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be greater than 0 and at most 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey to export cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::ChecksModel</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::ChecksPanel</name>
    <message>
        <source>This journey only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the findings of the journey on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the model passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 of %n finding</numerusform>
            <numerusform>%1 of %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::Domain</name>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::EntityPresentation</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>Lifecycle badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <comment>Journey badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>Task badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>Glossary badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>Stage badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <comment>KPI badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>Workshop note badge</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::GlossaryPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vocabulary across departments: what each term means, its synonyms and who owns it. Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter terms, definitions, synonyms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a glossary term (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected term (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::GlossaryTableModel</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words for “%1”, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step name uses a synonym of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step name(s) use a synonym instead of “%1”:</source>
        <translation>
            <numerusform>%n step name use a synonym instead of “%1”:</numerusform>
            <numerusform>%n step names use a synonym instead of “%1”:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (“%2”) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step names that use one of the term&apos;s synonyms instead of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonym uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::InspectorPanel</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a journey, step, trigger or persona to see and edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This element has no properties of its own to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected emotion of the customer at this step, from very negative to very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants to get done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope, goal and boundaries of this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level (details no step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-journeys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness, Purchase, Delivery …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, from the customer&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does and sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes wrong or annoys here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it could be better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves the customer on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it fires, e.g. “cart older than 2 h”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the company does, e.g. reminder e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memorable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they would say in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What everybody in the company means by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words for it, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web, email, store, phone, chat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey owner, service lead …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM, ESP, POS, ticketing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add owner “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new source system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source system “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personas this journey is designed for; tick to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new entry and choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personas in this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::JourneyScene</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected delay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stages or steps yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a journey in the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stages, steps and triggers will be drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace to start modeling journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step next to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected step or edit the selected trigger&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected steps and triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and move cards; drag a card&apos;s handle to connect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in a stage column to add a step there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one card to another to add a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Delete %n element</numerusform>
            <numerusform>Delete %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected steps and the triggers between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected steps and the triggers between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste copied steps into this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail This Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sub-journey that details the selected step and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Parent Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the journey whose step this journey details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail Step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n step(s)</source>
        <translation>
            <numerusform>Duplicate %n step</numerusform>
            <numerusform>Duplicate %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Paste %n step</numerusform>
            <numerusform>Paste %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a map of the whole journey in the corner of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::MainWindow</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore “Retail: lead to cash”, a complete example workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a compact copy of the workspace under a new name and continue there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workspace; all changes are already in its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so that the whole journey fits the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About JourneyLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom of the journey canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the workspace open in this window. Choose another name for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the existing file cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace closed. All changes are saved in the workspace file as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JourneyLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — JourneyLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JourneyLens workspaces (*.jlens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled.jlens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyLens %1&lt;/h3&gt;&lt;p&gt;Customer-journey modeling and CX analysis: model journeys as a graph, ground them in the data of your systems, and see where the experience is inconsistent.&lt;/p&gt;&lt;p&gt;JourneyLens is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About JourneyLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the current state as saved (every edit is already in the workspace file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check finding(s)</source>
        <translation>
            <numerusform>%n check finding</numerusform>
            <numerusform>%n check findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the journey&apos;s steps left to right along their triggers, inside their stages and lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey is already laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown journey as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown journey as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Journey as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Journey as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a journey with three stages and open it on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage at the end of the journey (right-click a stage header to rename, move or delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the shown journey with its stages, steps and triggers (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the journey full screen and collect pains, ideas and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the board to add steps; right-click a stage header to edit stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::ModelChecks</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads nowhere: add a trigger to the next step, or make it an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only leads back to itself: the customer cannot leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 form a cycle with no way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint %1 has no channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint %1 has no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint %1 has no source system: its data cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger from %1 to %2 has no kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same name as another step of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 details no step of a higher-level journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step that %1 details no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) details the step %3 of %4 (%5), which is not a higher level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona %1 is assigned to no journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle with no way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint without channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint without owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint without source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger without kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken parent link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2 where the glossary term is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonym instead of glossary term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::NavigatorModel</name>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details the step “%1” of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::NavigatorPanel</name>
    <message>
        <source>Filter journeys, personas, terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the elements whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a persona to the workspace and open it for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole journey: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::PersonaEditor</name>
    <message>
        <source>No persona selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no channels yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a photo or drawing of the persona (PNG, JPEG …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they would say in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pain per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One need per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line; changes are kept when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free attributes such as age band or household; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey yet. Assign the persona in a journey&apos;s inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as an image (%2). Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::PropertyNames</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detailed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::StageEditing</name>
    <message>
        <source>Move cards with their stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage “%1” left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage “%1” right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move steps to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a stage at the end of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Stage Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Stage After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the stage; its steps move to the stage before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::TopIdeasPanel</name>
    <message>
        <source>Top ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ideas yet.
Select a step and press I to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in total</source>
        <translation>
            <numerusform>%n vote in total</numerusform>
            <numerusform>%n votes in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::WorkshopCanvas</name>
    <message>
        <source>Workshop canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::WorkshopHelpOverlay</name>
    <message>
        <source>Workshop keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press any key to close this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::WorkshopWindow</name>
    <message>
        <source>Add a pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n vote(s)</source>
        <translation>
            <numerusform>Add %n vote</numerusform>
            <numerusform>Add %n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next note of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous note of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the timer: 5, 10, 15, 20, 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the top ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the timer to %n minute(s)</source>
        <translation>
            <numerusform>Set the timer to %n minute</numerusform>
            <numerusform>Set the timer to %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → or Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the steps (or click a step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P / I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pain / idea on the selected step (Enter saves, Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the notes of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / −, 1…9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for the idea / take a vote back / add 1…9 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or Enter / Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / delete the note (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space / R / T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause / reset / set the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel, F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom / fit the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pain(s)</source>
        <translation>
            <numerusform>%n pain</numerusform>
            <numerusform>%n pains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a pain into an idea or back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn pain into idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn idea into pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::Workspace</name>
    <message>
        <source>The workspace “%1” is already open in another JourneyLens window (process %2 on %3). Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file for “%1”: the folder is not writable. Copy the workspace to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty. It is not a JourneyLens workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is truncated (only %2 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a JourneyLens workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of JourneyLens (file format %2; this version reads up to %3). Update JourneyLens to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is truncated: it should hold %2 bytes but has %3. It was probably copied incompletely; copy it again or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. JourneyLens saves every edit into the workspace file as you make it, so it needs write access: make the file and its folder writable, or copy it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace tables are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or remove the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the existing file cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage belongs to another journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger can only connect steps of its own journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey cannot detail one of its own steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to an element that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is out of its allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source system “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add owner “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add persona “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI target “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add glossary term “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a property of this element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey cannot detail a step of itself or of one of its own sub-journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a JourneyLens workspace. Workspaces are .jlens files created by JourneyLens (File &gt; New); check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change expected emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emotion lies between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pain note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add idea note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::WorkspaceArea</name>
    <message>
        <source>JourneyLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model your customer journeys, ground them in the data of your systems, and see where the experience breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a .jlens workspace file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a journey, persona or the glossary in the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::WorkspaceSummary</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) deep</source>
        <translation>
            <numerusform>%n level deep</numerusform>
            <numerusform>%n levels deep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source system(s)</source>
        <translation>
            <numerusform>%n source system</numerusform>
            <numerusform>%n source systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n glossary term</numerusform>
            <numerusform>%n glossary terms</numerusform>
        </translation>
    </message>
    <message>
        <source>File format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop note(s)</source>
        <translation>
            <numerusform>%n workshop note</numerusform>
            <numerusform>%n workshop notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::cli::BenchCommand</name>
    <message>
        <source>Time the journey canvas on a generated journey (bench canvas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of steps (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to time: canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens bench: the only benchmark is “canvas”, e.g. “journeylens bench canvas --steps 2000”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens bench: --steps must be a whole number from 2 to 100000.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the benchmark workspace: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the benchmark workspace: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auto-layout failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Canvas benchmark: %n step(s)</source>
        <translation>
            <numerusform>Canvas benchmark: %n step</numerusform>
            <numerusform>Canvas benchmark: %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message>
        <source>Open (workspace, scene, first paint): %1 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout: %1 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Frame while panning (scroll and repaint), 95th percentile of %n frame(s): %1 ms
</source>
        <translation>
            <numerusform>Frame while panning (scroll and repaint), 95th percentile of %n frame: %1 ms
</numerusform>
            <numerusform>Frame while panning (scroll and repaint), 95th percentile of %n frames: %1 ms
</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaint of the whole viewport, 95th percentile: %1 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: only %1 of %2 frames painted anything.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::cli::CheckCommand</name>
    <message>
        <source>Check the journeys for unreachable steps, dead ends, missing owners and other flaws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::cli::CommandLine</name>
    <message>
        <source>Usage: journeylens [--lang LANG] [WORKSPACE.jlens]
       journeylens [--lang LANG] COMMAND [ARGUMENTS]

Without a command, JourneyLens opens its main window (and WORKSPACE, if given).

Commands (run without a display):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help      Show this help; COMMAND --help shows a command&apos;s options.
  -v, --version   Show the version.
  --lang LANG     Language of messages and reports (en, de).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “journeylens --help” for the list of commands.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “journeylens %1 --help” for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .jlens workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens %1: give exactly one workspace file, e.g. “journeylens %1 demo.jlens --json”.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::cli::DemoCommand</name>
    <message>
        <source>Write the demo workspace “Retail: lead to cash” to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .jlens file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens demo: give the file to create, e.g. “journeylens demo demo.jlens”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or add --force to replace it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file cannot be removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo workspace “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::cli::ExportImageCommand</name>
    <message>
        <source>Export a journey&apos;s canvas as a PNG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey to draw (default: the lifecycle journey, else the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file to write: .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG only: pixels per canvas unit (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .jlens workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens export-image: give one workspace file and an output file, e.g. “journeylens export-image demo.jlens -o journey.png”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens export-image: the output file must end in .png or .svg.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeylens export-image: --scale must be a number greater than 0 and at most 16.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no journey to draw.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no journey named “%2”. Its journeys:
%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote “%1” (journey “%2”).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::cli::InfoCommand</name>
    <message>
        <source>Print what a workspace holds (add --json for machine-readable output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::cli::ReadOnlyWorkspace</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::io::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field delimiter cannot be a quote or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the file contains binary data (a NUL byte). It is not a text file in the chosen encoding (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the text is not valid UTF-8. Try reading the file as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the file ends in the middle of a character. It may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %L3 characters. A quote (&quot;) may be missing, or the file is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a record is longer than %L3 characters. A quote (&quot;) may be missing, or the file is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote was added to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed. Check for a missing quote (&quot;) in that line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::io::SafeZipArchive</name>
    <message>
        <source>an entry has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an entry name is longer than %n characters</source>
        <translation>
            <numerusform>an entry name is longer than %n characters</numerusform>
            <numerusform>an entry name is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name “%1” contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” points outside the archive (“..”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 cannot be read (ZIP error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 was closed while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is damaged (ZIP error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 inflates far beyond its compressed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is larger than the allowed %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is shorter than its directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an OLE compound document, not a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ZIP directory is damaged or the file is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the allowed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has more than the allowed %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its central directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” uses an unsupported compression method (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” claims to be larger than the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” unpacks to %2 bytes, more than the allowed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” is compressed %2 to 1 (more than the allowed %3 to 1), which is typical of a ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” occurs more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 unpacks to %2 bytes, more than the allowed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::io::XlsxReader</name>
    <message>
        <source>“%1” cannot be opened: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): it is not a ZIP archive. If it is a CSV file, import it as CSV; otherwise save it as .xlsx in Excel or LibreOffice and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97–2003 file or a password-protected workbook. Remove the password or save it as .xlsx in Excel or LibreOffice and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was rejected: %2. If the file is genuine, split the data into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: %2. Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the part %2 is missing. Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was rejected because it is not safe to read: %2. Excel never writes such files; ask the sender for a fresh export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was rejected: the part %2 contains a document type declaration (DTD), which Excel never writes and which can hide an entity-expansion attack. Open and save it again in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the part %2 is damaged (%3). Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook: it has no workbook part (%2). Choose the .xlsx file exported by the system, or save the data as .xlsx in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the sheet “%2” has no part. Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”. Its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no sheet number %2. Its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the part %2 is damaged (row %3: %4). Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jl::privacy::KeyStore</name>
    <message>
        <source>“%1” is not a valid workspace id for a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file for this workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged: it does not hold a JourneyLens workspace key. Restore it from a backup or import the key from a colleague; without it, pseudonymised identifiers cannot be matched with new imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JourneyLens key: expected one line starting with “%1:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key line names an invalid workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in this line is damaged or incomplete. Ask for the key line again and copy it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum of this key line does not match: it was mistyped or cut. Ask for the key line again and copy it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different key for workspace “%1” is already stored in %2. Replacing it makes the identifiers pseudonymised under it unmatchable; replace it only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
