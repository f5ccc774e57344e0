<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EmotionLaneItem</name>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The emotion this persona is expected to feel at each step.&lt;br&gt;Filled dots are the persona&apos;s own; hollow dots follow the step. Drag a dot to change it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Die Emotion, die diese Persona bei jedem Schritt voraussichtlich empfindet.&lt;br&gt;Gefüllte Punkte sind eigene Werte der Persona, hohle folgen dem Schritt. Ziehen Sie einen Punkt, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>%1 feels: %2</source>
        <translation>%1 empfindet: %2</translation>
    </message>
    <message>
        <source>The persona&apos;s own expectation</source>
        <translation>Eigene Erwartung der Persona</translation>
    </message>
    <message>
        <source>The step&apos;s expected emotion</source>
        <translation>Erwartete Emotion des Schritts</translation>
    </message>
    <message>
        <source>Use the Step&apos;s Emotion</source>
        <translation>Emotion des Schritts verwenden</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnItem</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps that belong to no stage of this journey</source>
        <translation>Schritte, die keiner Phase dieser Journey zugeordnet sind</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>Sub-journey</source>
        <translation>Sub-Journey</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Expected emotion: %1</source>
        <translation>Erwartete Emotion: %1</translation>
    </message>
    <message>
        <source>Detailed in: %1</source>
        <translation>Detailliert in: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-journey(s)</source>
        <translation>
            <numerusform>%n Sub-Journey</numerusform>
            <numerusform>%n Sub-Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check finding(s)</source>
        <translation>
            <numerusform>%n Prüfbefund</numerusform>
            <numerusform>%n Prüfbefunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Checks panel</source>
        <translation>
            <numerusform>… und %n weiterer im Bereich „Prüfungen“</numerusform>
            <numerusform>… und %n weitere im Bereich „Prüfungen“</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses “%1”; the glossary term is “%2”</source>
        <translation>Verwendet „%1“; der Glossarbegriff ist „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n check finding(s): point at the badge</source>
        <translation>
            <numerusform>%n Prüfbefund: auf das Abzeichen zeigen</numerusform>
            <numerusform>%n Prüfbefunde: auf das Abzeichen zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::BlueprintLane</name>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Frontstage touchpoints</source>
        <translation>Frontstage-Touchpoints</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>What the customer does and decides</source>
        <translation>Was der Kunde tut und entscheidet</translation>
    </message>
    <message>
        <source>Where the customer meets us</source>
        <translation>Wo der Kunde auf uns trifft</translation>
    </message>
    <message>
        <source>Our work the customer does not see</source>
        <translation>Unsere Arbeit, die der Kunde nicht sieht</translation>
    </message>
    <message>
        <source>Systems and partners behind it</source>
        <translation>Systeme und Partner im Hintergrund</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
</context>
<context>
    <name>jl::CanvasExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels, too large; choose a smaller scale.</source>
        <translation>Das Bild wäre %1 × %2 Pixel groß, zu groß; wählen Sie einen kleineren Maßstab.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Journey “%1”, exported from JourneyLens</source>
        <translation>Journey „%1“, aus JourneyLens exportiert</translation>
    </message>
    <message>
        <source>The journey to export does not exist.</source>
        <translation>Die zu exportierende Journey existiert nicht.</translation>
    </message>
    <message>
        <source>The scale must be greater than 0 and at most 16.</source>
        <translation>Der Maßstab muss größer als 0 und höchstens 16 sein.</translation>
    </message>
    <message>
        <source>The journey to export cannot be drawn.</source>
        <translation>Die zu exportierende Journey kann nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>jl::ChecksModel</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>jl::ChecksPanel</name>
    <message>
        <source>This journey only</source>
        <translation>Nur diese Journey</translation>
    </message>
    <message>
        <source>Show only the findings of the journey on the canvas</source>
        <translation>Nur die Befunde der Journey auf der Zeichenfläche anzeigen</translation>
    </message>
    <message>
        <source>No findings: the model passes every check.</source>
        <translation>Keine Befunde: Das Modell besteht alle Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 von %n Befund</numerusform>
            <numerusform>%1 von %n Befunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::Domain</name>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundenaktion</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>System event</source>
        <translation>Systemereignis</translation>
    </message>
    <message>
        <source>Agent action</source>
        <translation>Mitarbeiteraktion</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <source>Time to next step</source>
        <translation>Zeit bis zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Wiederholungskontakt</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Sehr negativ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Sehr positiv</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
</context>
<context>
    <name>jl::EntityPresentation</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Journey persona</source>
        <translation>Journey-Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>KPI-Ziel</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>L</source>
        <comment>Lifecycle badge</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>J</source>
        <comment>Journey badge</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>T</source>
        <comment>Task badge</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A</source>
        <comment>Glossary badge</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Stage badge</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>K</source>
        <comment>KPI badge</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Persona emotion</source>
        <translation>Emotion der Persona</translation>
    </message>
    <message>
        <source>Workshop note</source>
        <translation>Workshop-Notiz</translation>
    </message>
    <message>
        <source>N</source>
        <comment>Workshop note badge</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>jl::GlossaryPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation>Begriff löschen</translation>
    </message>
    <message>
        <source>One vocabulary across departments: what each term means, its synonyms and who owns it. Double-click a cell to edit it.</source>
        <translation>Ein Vokabular für alle Abteilungen: was jeder Begriff bedeutet, seine Synonyme und wer für ihn verantwortlich ist. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Filter terms, definitions, synonyms…</source>
        <translation>Begriffe, Definitionen, Synonyme filtern …</translation>
    </message>
    <message>
        <source>Add a glossary term (Insert)</source>
        <translation>Einen Glossarbegriff hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Delete the selected term (Delete); Undo brings it back</source>
        <translation>Den ausgewählten Begriff löschen (Entf); Rückgängig stellt ihn wieder her</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Neuer Begriff</translation>
    </message>
    <message>
        <source>New term %1</source>
        <translation>Neuer Begriff %1</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n Begriff</numerusform>
            <numerusform>%n Begriffe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::GlossaryTableModel</name>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Other words for “%1”, separated by commas</source>
        <translation>Andere Wörter für „%1“, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>No step name uses a synonym of “%1”.</source>
        <translation>Kein Schrittname verwendet ein Synonym von „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n step name(s) use a synonym instead of “%1”:</source>
        <translation>
            <numerusform>%n Schrittname verwendet ein Synonym statt „%1“:</numerusform>
            <numerusform>%n Schrittnamen verwenden ein Synonym statt „%1“:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (“%2”) in %3</source>
        <translation>• %1 („%2“) in %3</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Step names that use one of the term&apos;s synonyms instead of the term</source>
        <translation>Schrittnamen, die statt des Begriffs eines seiner Synonyme verwenden</translation>
    </message>
    <message>
        <source>Synonym uses</source>
        <translation>Synonym-Verwendungen</translation>
    </message>
</context>
<context>
    <name>jl::InspectorPanel</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a journey, step, trigger or persona to see and edit its properties.</source>
        <translation>Wählen Sie eine Journey, einen Schritt, einen Auslöser oder eine Persona aus, um die Eigenschaften anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>This element has no properties of its own to edit.</source>
        <translation>Dieses Element hat keine eigenen Eigenschaften, die sich bearbeiten lassen.</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Einträge durch Kommas trennen</translation>
    </message>
    <message>
        <source>Expected emotion of the customer at this step, from very negative to very positive</source>
        <translation>Erwartete Emotion des Kunden in diesem Schritt, von sehr negativ bis sehr positiv</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>What the customer wants to get done</source>
        <translation>Was der Kunde erledigen möchte</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Scope, goal and boundaries of this journey</source>
        <translation>Umfang, Ziel und Grenzen dieser Journey</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detailliert:</translation>
    </message>
    <message>
        <source>Top level (details no step)</source>
        <translation>Oberste Ebene (detailliert keinen Schritt)</translation>
    </message>
    <message>
        <source>Step %1 in %2</source>
        <translation>Schritt %1 in %2</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Enthält:</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Auslöser</numerusform>
            <numerusform>%n Auslöser</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-journeys:</source>
        <translation>Sub-Journeys:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Awareness, Purchase, Delivery …</source>
        <translation>Aufmerksamkeit, Kauf, Lieferung …</translation>
    </message>
    <message>
        <source>What happens in this phase</source>
        <translation>Was in dieser Phase geschieht</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Journey:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What happens, from the customer&apos;s view</source>
        <translation>Was aus Sicht des Kunden geschieht</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Source system:</source>
        <translation>Quellsystem:</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Emotion:</source>
        <translation>Emotion:</translation>
    </message>
    <message>
        <source>What the customer does and sees</source>
        <translation>Was der Kunde tut und sieht</translation>
    </message>
    <message>
        <source>Pains:</source>
        <translation>Schmerzpunkte:</translation>
    </message>
    <message>
        <source>What goes wrong or annoys here</source>
        <translation>Was hier schiefläuft oder verärgert</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Ideen:</translation>
    </message>
    <message>
        <source>How it could be better</source>
        <translation>Wie es besser gehen könnte</translation>
    </message>
    <message>
        <source>Detailed by:</source>
        <translation>Detailliert durch:</translation>
    </message>
    <message>
        <source>No sub-journey</source>
        <translation>Keine Sub-Journey</translation>
    </message>
    <message>
        <source>KPI targets:</source>
        <translation>KPI-Ziele:</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>What moves the customer on</source>
        <translation>Was den Kunden zum nächsten Schritt bringt</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <source>When it fires, e.g. “cart older than 2 h”</source>
        <translation>Wann er auslöst, z. B. „Warenkorb älter als 2 h“</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Maßnahme:</translation>
    </message>
    <message>
        <source>What the company does, e.g. reminder e-mail</source>
        <translation>Was das Unternehmen tut, z. B. Erinnerungs-E-Mail</translation>
    </message>
    <message>
        <source>Expected delay:</source>
        <translation>Erwartete Verzögerung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>A memorable name</source>
        <translation>Ein einprägsamer Name</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Zitat:</translation>
    </message>
    <message>
        <source>What they would say in one sentence</source>
        <translation>Was die Persona in einem Satz sagen würde</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Bedürfnisse:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Präferenz</translation>
    </message>
    <message>
        <source>Segment rule:</source>
        <translation>Segmentregel:</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Begriff:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>What everybody in the company means by it</source>
        <translation>Was alle im Unternehmen darunter verstehen</translation>
    </message>
    <message>
        <source>Synonyms:</source>
        <translation>Synonyme:</translation>
    </message>
    <message>
        <source>Other words for it, comma-separated</source>
        <translation>Andere Wörter dafür, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Icon key:</source>
        <translation>Symbolschlüssel:</translation>
    </message>
    <message>
        <source>web, email, store, phone, chat …</source>
        <translation>web, email, store, phone, chat …</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Verantwortliche:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Journey owner, service lead …</source>
        <translation>Journey-Verantwortliche(r), Service-Leitung …</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>CRM, ESP, POS, ticketing …</source>
        <translation>CRM, ESP, POS, Ticketsystem …</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation>Phase in %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>New channel…</source>
        <translation>Neuer Kanal …</translation>
    </message>
    <message>
        <source>New Channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>Name of the new channel:</source>
        <translation>Name des neuen Kanals:</translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation>Kanal „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>New owner…</source>
        <translation>Neue verantwortliche Person …</translation>
    </message>
    <message>
        <source>New Owner</source>
        <translation>Neue verantwortliche Person</translation>
    </message>
    <message>
        <source>Name of the new owner:</source>
        <translation>Name der neuen verantwortlichen Person:</translation>
    </message>
    <message>
        <source>Add owner “%1”</source>
        <translation>Verantwortliche Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>Neue Abteilung …</translation>
    </message>
    <message>
        <source>New Department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation>Name der neuen Abteilung:</translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation>Abteilung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>New source system…</source>
        <translation>Neues Quellsystem …</translation>
    </message>
    <message>
        <source>New Source System</source>
        <translation>Neues Quellsystem</translation>
    </message>
    <message>
        <source>Name of the new source system:</source>
        <translation>Name des neuen Quellsystems:</translation>
    </message>
    <message>
        <source>Add source system “%1”</source>
        <translation>Quellsystem „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The personas this journey is designed for; tick to assign</source>
        <translation>Die Personas, für die diese Journey gestaltet ist; zum Zuordnen ankreuzen</translation>
    </message>
    <message>
        <source>Add a new entry and choose it</source>
        <translation>Einen neuen Eintrag anlegen und auswählen</translation>
    </message>
    <message>
        <source>No personas in this workspace yet</source>
        <translation>Noch keine Personas in diesem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>jl::JourneyScene</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <source>Engagement: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Expected delay: %1</source>
        <translation>Erwartete Verzögerung: %1</translation>
    </message>
    <message>
        <source>No stages or steps yet</source>
        <translation>Noch keine Phasen oder Schritte</translation>
    </message>
</context>
<context>
    <name>jl::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>Journey-Zeichenfläche</translation>
    </message>
    <message>
        <source>Select a journey in the navigator</source>
        <translation>Wählen Sie im Navigator eine Journey aus</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Its stages, steps and triggers will be drawn here.</source>
        <translation>Hier werden dann ihre Phasen, Schritte und Auslöser dargestellt.</translation>
    </message>
    <message>
        <source>Open or create a workspace to start modeling journeys.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um Journeys zu modellieren.</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a step next to the selected one</source>
        <translation>Einen Schritt neben dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected step or edit the selected trigger&apos;s label</source>
        <translation>Den ausgewählten Schritt umbenennen oder die Beschriftung des ausgewählten Auslösers bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected steps and triggers</source>
        <translation>Die ausgewählten Schritte und Auslöser löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select and move cards; drag a card&apos;s handle to connect it</source>
        <translation>Karten auswählen und verschieben; ziehen Sie am Anfasser einer Karte, um sie zu verbinden</translation>
    </message>
    <message>
        <source>Add Steps</source>
        <translation>Schritte hinzufügen</translation>
    </message>
    <message>
        <source>Click in a stage column to add a step there</source>
        <translation>Klicken Sie in eine Phasenspalte, um dort einen Schritt hinzuzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Drag from one card to another to add a trigger</source>
        <translation>Ziehen Sie von einer Karte zu einer anderen, um einen Auslöser hinzuzufügen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n Schritt verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Name des Schritts</translation>
    </message>
    <message>
        <source>Trigger label</source>
        <translation>Beschriftung des Auslösers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Add Step Here</source>
        <translation>Schritt hier hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected steps and the triggers between them</source>
        <translation>Die ausgewählten Schritte und die Auslöser zwischen ihnen duplizieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected steps and the triggers between them</source>
        <translation>Die ausgewählten Schritte und die Auslöser zwischen ihnen kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste copied steps into this journey</source>
        <translation>Kopierte Schritte in diese Journey einfügen</translation>
    </message>
    <message>
        <source>Detail This Step</source>
        <translation>Diesen Schritt detaillieren</translation>
    </message>
    <message>
        <source>Create a sub-journey that details the selected step and open it</source>
        <translation>Eine Sub-Journey anlegen, die den ausgewählten Schritt detailliert, und sie öffnen</translation>
    </message>
    <message>
        <source>Open Parent Journey</source>
        <translation>Übergeordnete Journey öffnen</translation>
    </message>
    <message>
        <source>Open the journey whose step this journey details</source>
        <translation>Die Journey öffnen, deren Schritt diese Journey detailliert</translation>
    </message>
    <message>
        <source>Detail Step &quot;%1&quot;</source>
        <translation>Schritt „%1“ detaillieren</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Währenddessen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n step(s)</source>
        <translation>
            <numerusform>%n Schritt duplizieren</numerusform>
            <numerusform>%n Schritte duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview Map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>Show a map of the whole journey in the corner of the canvas</source>
        <translation>Eine Karte der ganzen Journey in der Ecke der Arbeitsfläche zeigen</translation>
    </message>
</context>
<context>
    <name>jl::MainWindow</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create a new, empty workspace file</source>
        <translation>Erstellt eine neue, leere Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Öffnet eine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Explore “Retail: lead to cash”, a complete example workspace</source>
        <translation>Öffnet „Retail: lead to cash“, einen vollständigen Beispiel-Arbeitsbereich zum Erkunden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write a compact copy of the workspace under a new name and continue there</source>
        <translation>Schreibt eine kompakte Kopie des Arbeitsbereichs unter einem neuen Namen und arbeitet dort weiter</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the workspace; all changes are already in its file</source>
        <translation>Schließt den Arbeitsbereich; alle Änderungen sind bereits in seiner Datei gespeichert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit Journey</source>
        <translation>&amp;Journey einpassen</translation>
    </message>
    <message>
        <source>Zoom so that the whole journey fits the window</source>
        <translation>Zoomt so, dass die ganze Journey ins Fenster passt</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Vollbild&amp;modus</translation>
    </message>
    <message>
        <source>&amp;About JourneyLens</source>
        <translation>Über &amp;JourneyLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Zoom of the journey canvas</source>
        <translation>Zoomstufe der Journey-Zeichenfläche</translation>
    </message>
    <message>
        <source>Edit Failed</source>
        <translation>Bearbeitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>„%1“ geöffnet</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>“%1” is the workspace open in this window. Choose another name for the new workspace.</source>
        <translation>„%1“ ist der in diesem Fenster geöffnete Arbeitsbereich. Wählen Sie einen anderen Namen für den neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the existing file cannot be removed.</source>
        <translation>„%1“ kann nicht ersetzt werden: Die vorhandene Datei lässt sich nicht entfernen.</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>„%1“ erstellt</translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation>Arbeitsbereich kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation>Als „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Workspace closed. All changes are saved in the workspace file as you make them.</source>
        <translation>Arbeitsbereich geschlossen. Alle Änderungen werden schon beim Bearbeiten in der Arbeitsbereichsdatei gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Create Demo Workspace</source>
        <translation>Demo-Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>JourneyLens</source>
        <translation>JourneyLens</translation>
    </message>
    <message>
        <source>%1 — %2[*] — JourneyLens</source>
        <translation>%1 — %2[*] — JourneyLens</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace cannot be read</source>
        <translation>Arbeitsbereich kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>JourneyLens workspaces (*.jlens);;All files (*)</source>
        <translation>JourneyLens-Arbeitsbereiche (*.jlens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled.jlens</source>
        <translation>Unbenannt.jlens</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyLens %1&lt;/h3&gt;&lt;p&gt;Customer-journey modeling and CX analysis: model journeys as a graph, ground them in the data of your systems, and see where the experience is inconsistent.&lt;/p&gt;&lt;p&gt;JourneyLens is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyLens %1&lt;/h3&gt;&lt;p&gt;Customer-Journey-Modellierung und CX-Analyse: Modellieren Sie Journeys als Graph, verankern Sie sie in den Daten Ihrer Systeme und erkennen Sie, wo das Kundenerlebnis inkonsistent ist.&lt;/p&gt;&lt;p&gt;JourneyLens ist freie Software, lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Es wird ohne jegliche Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About JourneyLens</source>
        <translation>Über JourneyLens</translation>
    </message>
    <message>
        <source>Mark the current state as saved (every edit is already in the workspace file)</source>
        <translation>Markiert den aktuellen Stand als gespeichert (jede Änderung steht bereits in der Arbeitsbereichsdatei)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n check finding(s)</source>
        <translation>
            <numerusform>%n Prüfungsbefund</numerusform>
            <numerusform>%n Prüfungsbefunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <source>Arrange the journey&apos;s steps left to right along their triggers, inside their stages and lanes</source>
        <translation>Ordnet die Schritte der Journey von links nach rechts entlang ihrer Auslöser an, innerhalb ihrer Phasen und Bahnen</translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>The journey is already laid out.</source>
        <translation>Die Journey ist bereits angeordnet.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>Journey as &amp;PNG…</source>
        <translation>Journey als &amp;PNG…</translation>
    </message>
    <message>
        <source>Export the shown journey as a PNG image</source>
        <translation>Die angezeigte Journey als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Journey as &amp;SVG…</source>
        <translation>Journey als &amp;SVG…</translation>
    </message>
    <message>
        <source>Export the shown journey as an SVG drawing</source>
        <translation>Die angezeigte Journey als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Export Journey as SVG</source>
        <translation>Journey als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Journey as PNG</source>
        <translation>Journey als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exported “%1”.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
    <message>
        <source>&amp;New Journey…</source>
        <translation>&amp;Neue Journey …</translation>
    </message>
    <message>
        <source>Create a journey with three stages and open it on the canvas</source>
        <translation>Eine Journey mit drei Phasen anlegen und auf der Arbeitsfläche öffnen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a stage at the end of the journey (right-click a stage header to rename, move or delete it)</source>
        <translation>Eine Phase am Ende der Journey hinzufügen (Rechtsklick auf einen Phasenkopf zum Umbenennen, Verschieben oder Löschen)</translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation>Journey &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the shown journey with its stages, steps and triggers (undoable)</source>
        <translation>Die angezeigte Journey mit ihren Phasen, Schritten und Auslösern löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Present the journey full screen and collect pains, ideas and votes</source>
        <translation>Die Journey im Vollbild zeigen und Schmerzpunkte, Ideen und Stimmen sammeln</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>Journey name:</source>
        <translation>Name der Journey:</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>New journey “%1”</source>
        <translation>Neue Journey „%1“</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Währenddessen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Double-click the board to add steps; right-click a stage header to edit stages.</source>
        <translation>Doppelklicken Sie auf die Fläche, um Schritte hinzuzufügen; Rechtsklick auf einen Phasenkopf bearbeitet Phasen.</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Journey gelöscht. Rückgängig (Strg+Z) stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>jl::ModelChecks</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start of %2</source>
        <translation>%1 ist vom Start von %2 aus nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 leads nowhere: add a trigger to the next step, or make it an outcome</source>
        <translation>%1 führt nirgendwohin: Fügen Sie einen Auslöser zum nächsten Schritt hinzu oder machen Sie den Schritt zu einem Ergebnis</translation>
    </message>
    <message>
        <source>%1 only leads back to itself: the customer cannot leave it</source>
        <translation>%1 führt nur zu sich selbst zurück: Der Kunde kann den Schritt nicht verlassen</translation>
    </message>
    <message>
        <source>%1 form a cycle with no way out</source>
        <translation>%1 bilden einen Kreislauf ohne Ausweg</translation>
    </message>
    <message>
        <source>The touchpoint %1 has no channel</source>
        <translation>Der Touchpoint %1 hat keinen Kanal</translation>
    </message>
    <message>
        <source>The touchpoint %1 has no owner</source>
        <translation>Der Touchpoint %1 hat keine(n) Verantwortliche(n)</translation>
    </message>
    <message>
        <source>The touchpoint %1 has no source system: its data cannot be found</source>
        <translation>Der Touchpoint %1 hat kein Quellsystem: Seine Daten sind nicht auffindbar</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The trigger from %1 to %2 has no kind</source>
        <translation>Der Auslöser von %1 nach %2 hat keine Art</translation>
    </message>
    <message>
        <source>%1 has the same name as another step of %2</source>
        <translation>%1 hat denselben Namen wie ein anderer Schritt in %2</translation>
    </message>
    <message>
        <source>%1 details no step of a higher-level journey</source>
        <translation>%1 detailliert keinen Schritt einer übergeordneten Journey</translation>
    </message>
    <message>
        <source>The step that %1 details no longer exists</source>
        <translation>Der Schritt, den %1 detailliert, existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 (%2) details the step %3 of %4 (%5), which is not a higher level</source>
        <translation>%1 (%2) detailliert den Schritt %3 in %4 (%5), das ist keine höhere Ebene</translation>
    </message>
    <message>
        <source>The persona %1 is assigned to no journey</source>
        <translation>Die Persona %1 ist keiner Journey zugeordnet</translation>
    </message>
    <message>
        <source>Unreachable step</source>
        <translation>Unerreichbarer Schritt</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Sackgasse</translation>
    </message>
    <message>
        <source>Cycle with no way out</source>
        <translation>Kreislauf ohne Ausweg</translation>
    </message>
    <message>
        <source>Touchpoint without channel</source>
        <translation>Touchpoint ohne Kanal</translation>
    </message>
    <message>
        <source>Touchpoint without owner</source>
        <translation>Touchpoint ohne Verantwortliche(n)</translation>
    </message>
    <message>
        <source>Touchpoint without source system</source>
        <translation>Touchpoint ohne Quellsystem</translation>
    </message>
    <message>
        <source>Trigger without kind</source>
        <translation>Auslöser ohne Art</translation>
    </message>
    <message>
        <source>Broken parent link</source>
        <translation>Defekte Verknüpfung zur übergeordneten Journey</translation>
    </message>
    <message>
        <source>Unused persona</source>
        <translation>Ungenutzte Persona</translation>
    </message>
    <message>
        <source>Duplicate step name</source>
        <translation>Doppelter Schrittname</translation>
    </message>
    <message>
        <source>%1 says %2 where the glossary term is %3</source>
        <translation>%1 sagt %2, wo der Glossarbegriff %3 lautet</translation>
    </message>
    <message>
        <source>Synonym instead of glossary term</source>
        <translation>Synonym statt Glossarbegriff</translation>
    </message>
</context>
<context>
    <name>jl::NavigatorModel</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Details the step “%1” of “%2”</source>
        <translation>Detailliert den Schritt „%1“ in „%2“</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Source systems</source>
        <translation>Quellsysteme</translation>
    </message>
</context>
<context>
    <name>jl::NavigatorPanel</name>
    <message>
        <source>Filter journeys, personas, terms…</source>
        <translation>Journeys, Personas, Begriffe filtern…</translation>
    </message>
    <message>
        <source>Shows only the elements whose name contains this text</source>
        <translation>Zeigt nur die Elemente, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Add a persona to the workspace and open it for editing</source>
        <translation>Eine Persona zum Arbeitsbereich hinzufügen und zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>New persona %1</source>
        <translation>Neue Persona %1</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Persona löschen</translation>
    </message>
</context>
<context>
    <name>jl::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>The whole journey: click or drag to move the view</source>
        <translation>Die ganze Journey: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>jl::PersonaEditor</name>
    <message>
        <source>No persona selected</source>
        <translation>Keine Persona ausgewählt</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Foto wählen …</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>The workspace has no channels yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Kanäle.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Load a photo or drawing of the persona (PNG, JPEG …)</source>
        <translation>Ein Foto oder eine Zeichnung der Persona laden (PNG, JPEG …)</translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What they would say in one sentence</source>
        <translation>Was sie in einem Satz sagen würde</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation>Ein Ziel pro Zeile</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>One pain per line</source>
        <translation>Ein Schmerzpunkt pro Zeile</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>One need per line</source>
        <translation>Ein Bedürfnis pro Zeile</translation>
    </message>
    <message>
        <source>One entry per line; changes are kept when you leave the field</source>
        <translation>Ein Eintrag pro Zeile; Änderungen werden beim Verlassen des Felds übernommen</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Free attributes such as age band or household; double-click to edit</source>
        <translation>Freie Merkmale wie Altersgruppe oder Haushalt; zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Merkmal hinzufügen</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>No journey yet. Assign the persona in a journey&apos;s inspector.</source>
        <translation>Noch in keiner Journey. Ordnen Sie die Persona im Inspektor einer Journey zu.</translation>
    </message>
    <message>
        <source>Segment rule:</source>
        <translation>Segmentregel:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be opened: there is no such file.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image (%2). Choose a PNG or JPEG file.</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden (%2). Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>„%1“ konnte nicht umgewandelt werden: %2</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Foto ändern</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
</context>
<context>
    <name>jl::PropertyNames</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>pains</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>segment rule</source>
        <translation>Segmentregel</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche(n)</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>detailed step</source>
        <translation>detaillierten Schritt</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>expected emotion</source>
        <translation>Erwartete Emotion</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>start step</source>
        <translation>Startschritt</translation>
    </message>
    <message>
        <source>end step</source>
        <translation>Zielschritt</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>engagement action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>expected delay</source>
        <translation>Erwartete Verzögerung</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
</context>
<context>
    <name>jl::StageEditing</name>
    <message>
        <source>Move cards with their stage</source>
        <translation>Karten mit ihrer Phase verschieben</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Move stage “%1” left</source>
        <translation>Phase „%1“ nach links verschieben</translation>
    </message>
    <message>
        <source>Move stage “%1” right</source>
        <translation>Phase „%1“ nach rechts verschieben</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>Delete stage “%1”</source>
        <translation>Phase „%1“ löschen</translation>
    </message>
    <message>
        <source>Move steps to the next stage</source>
        <translation>Schritte in die benachbarte Phase verschieben</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Name der Phase:</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Adds a stage at the end of the journey</source>
        <translation>Fügt am Ende der Journey eine Phase hinzu</translation>
    </message>
    <message>
        <source>Rename Stage…</source>
        <translation>Phase umbenennen …</translation>
    </message>
    <message>
        <source>Insert Stage Before</source>
        <translation>Phase davor einfügen</translation>
    </message>
    <message>
        <source>Insert Stage After</source>
        <translation>Phase danach einfügen</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Phase nach links</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Phase nach rechts</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Deletes the stage; its steps move to the stage before it</source>
        <translation>Löscht die Phase; ihre Schritte wandern in die Phase davor</translation>
    </message>
</context>
<context>
    <name>jl::TopIdeasPanel</name>
    <message>
        <source>Top ideas</source>
        <translation>Top-Ideen</translation>
    </message>
    <message>
        <source>No ideas yet.
Select a step and press I to add one.</source>
        <translation>Noch keine Ideen.
Wählen Sie einen Schritt und drücken Sie I, um eine hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n Idee</numerusform>
            <numerusform>%n Ideen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in total</source>
        <translation>
            <numerusform>%n Stimme insgesamt</numerusform>
            <numerusform>%n Stimmen insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::WorkshopCanvas</name>
    <message>
        <source>Workshop canvas</source>
        <translation>Workshop-Arbeitsfläche</translation>
    </message>
</context>
<context>
    <name>jl::WorkshopHelpOverlay</name>
    <message>
        <source>Workshop keys</source>
        <translation>Tasten im Workshop</translation>
    </message>
    <message>
        <source>Press any key to close this help.</source>
        <translation>Eine beliebige Taste schließt diese Hilfe.</translation>
    </message>
</context>
<context>
    <name>jl::WorkshopWindow</name>
    <message>
        <source>Add a pain</source>
        <translation>Einen Schmerzpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>Eine Idee hinzufügen</translation>
    </message>
    <message>
        <source>Vote for the idea</source>
        <translation>Für die Idee stimmen</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>Eine Stimme zurücknehmen</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Die Notiz bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Add %n vote(s)</source>
        <translation>
            <numerusform>%n Stimme hinzufügen</numerusform>
            <numerusform>%n Stimmen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Die Notiz löschen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next note of the step</source>
        <translation>Nächste Notiz des Schritts</translation>
    </message>
    <message>
        <source>Previous note of the step</source>
        <translation>Vorherige Notiz des Schritts</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Den Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Den Timer zurücksetzen</translation>
    </message>
    <message>
        <source>Set the timer: 5, 10, 15, 20, 30 minutes</source>
        <translation>Den Timer stellen: 5, 10, 15, 20, 30 Minuten</translation>
    </message>
    <message>
        <source>Show or hide the top ideas</source>
        <translation>Die Top-Ideen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Tastaturhilfe</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Workshop-Modus verlassen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the journey</source>
        <translation>Journey einpassen</translation>
    </message>
    <message>
        <source>+ Pain</source>
        <translation>+ Schmerzpunkt</translation>
    </message>
    <message>
        <source>+ Idea</source>
        <translation>+ Idee</translation>
    </message>
    <message>
        <source>Top ideas</source>
        <translation>Top-Ideen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>Set the timer to %n minute(s)</source>
        <translation>
            <numerusform>Den Timer auf %n Minute stellen</numerusform>
            <numerusform>Den Timer auf %n Minuten stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>← → or Tab</source>
        <translation>← → oder Tab</translation>
    </message>
    <message>
        <source>Walk the steps (or click a step)</source>
        <translation>Durch die Schritte gehen (oder einen Schritt anklicken)</translation>
    </message>
    <message>
        <source>P / I</source>
        <translation>P / I</translation>
    </message>
    <message>
        <source>New pain / idea on the selected step (Enter saves, Esc cancels)</source>
        <translation>Neuer Schmerzpunkt / neue Idee am ausgewählten Schritt (Eingabe speichert, Esc bricht ab)</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>Walk the notes of the step</source>
        <translation>Durch die Notizen des Schritts gehen</translation>
    </message>
    <message>
        <source>+ / −, 1…9</source>
        <translation>+ / −, 1…9</translation>
    </message>
    <message>
        <source>Vote for the idea / take a vote back / add 1…9 votes</source>
        <translation>Für die Idee stimmen / eine Stimme zurücknehmen / 1…9 Stimmen hinzufügen</translation>
    </message>
    <message>
        <source>F2 or Enter / Delete</source>
        <translation>F2 oder Eingabe / Entf</translation>
    </message>
    <message>
        <source>Edit / delete the note (or double-click it)</source>
        <translation>Die Notiz bearbeiten / löschen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Strg+Z / Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Rückgängig / Wiederholen</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Space / R / T</source>
        <translation>Leertaste / R / T</translation>
    </message>
    <message>
        <source>Start or pause / reset / set the timer</source>
        <translation>Timer starten oder anhalten / zurücksetzen / stellen</translation>
    </message>
    <message>
        <source>Ctrl+wheel, F</source>
        <translation>Strg+Mausrad, F</translation>
    </message>
    <message>
        <source>Zoom / fit the journey</source>
        <translation>Zoomen / Journey einpassen</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? oder F1</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Pause the timer (Space)</source>
        <translation>Den Timer anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation>Den Timer starten (Leertaste)</translation>
    </message>
    <message>
        <source>Workshop: %1</source>
        <translation>Workshop: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pain(s)</source>
        <translation>
            <numerusform>%n Schmerzpunkt</numerusform>
            <numerusform>%n Schmerzpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n Idee</numerusform>
            <numerusform>%n Ideen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain note</source>
        <translation>Schmerzpunkt-Notiz</translation>
    </message>
    <message>
        <source>Idea note</source>
        <translation>Ideen-Notiz</translation>
    </message>
    <message>
        <source>Pain at “%1”…</source>
        <translation>Schmerzpunkt bei „%1“ …</translation>
    </message>
    <message>
        <source>Idea for “%1”…</source>
        <translation>Idee für „%1“ …</translation>
    </message>
    <message>
        <source>Turn a pain into an idea or back</source>
        <translation>Schmerzpunkt in Idee umwandeln oder zurück</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Turn pain into idea</source>
        <translation>Schmerzpunkt in Idee umwandeln</translation>
    </message>
    <message>
        <source>Turn idea into pain</source>
        <translation>Idee in Schmerzpunkt umwandeln</translation>
    </message>
</context>
<context>
    <name>jl::Workspace</name>
    <message>
        <source>The workspace “%1” is already open in another JourneyLens window (process %2 on %3). Switch to that window, or close it and try again.</source>
        <translation>Der Arbeitsbereich „%1“ ist bereits in einem anderen JourneyLens-Fenster geöffnet (Prozess %2 auf %3). Wechseln Sie zu diesem Fenster, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the lock file for “%1”: the folder is not writable. Copy the workspace to a folder you can write to.</source>
        <translation>Die Sperrdatei für „%1“ kann nicht erstellt werden: Der Ordner ist schreibgeschützt. Kopieren Sie den Arbeitsbereich in einen Ordner, in dem Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty. It is not a JourneyLens workspace.</source>
        <translation>„%1“ ist leer. Es handelt sich nicht um einen JourneyLens-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is truncated (only %2 bytes). Restore it from a backup.</source>
        <translation>„%1“ ist unvollständig (nur %2 Bytes). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a JourneyLens workspace.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein JourneyLens-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of JourneyLens (file format %2; this version reads up to %3). Update JourneyLens to open it; the file was not changed.</source>
        <translation>„%1“ wurde mit einer neueren Version von JourneyLens gespeichert (Dateiformat %2; diese Version liest bis Format %3). Aktualisieren Sie JourneyLens, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should hold %2 bytes but has %3. It was probably copied incompletely; copy it again or restore it from a backup.</source>
        <translation>„%1“ ist unvollständig: Die Datei sollte %2 Bytes groß sein, hat aber nur %3. Vermutlich wurde sie nicht vollständig kopiert; kopieren Sie sie erneut oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is read-only. JourneyLens saves every edit into the workspace file as you make it, so it needs write access: make the file and its folder writable, or copy it elsewhere.</source>
        <translation>„%1“ ist schreibgeschützt. JourneyLens speichert jede Änderung sofort in der Arbeitsbereichsdatei und benötigt daher Schreibzugriff: Machen Sie die Datei und ihren Ordner beschreibbar, oder kopieren Sie die Datei an einen anderen Ort.</translation>
    </message>
    <message>
        <source>the workspace tables are missing</source>
        <translation>die Tabellen des Arbeitsbereichs fehlen</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup; the file was not changed.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie die Datei aus einer Sicherung wieder her; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or remove the file first.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen, oder entfernen Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the existing file cannot be removed.</source>
        <translation>„%1“ kann nicht ersetzt werden: Die vorhandene Datei lässt sich nicht entfernen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the stage belongs to another journey</source>
        <translation>Die Phase gehört zu einer anderen Journey</translation>
    </message>
    <message>
        <source>a trigger can only connect steps of its own journey</source>
        <translation>Ein Auslöser kann nur Schritte seiner eigenen Journey verbinden</translation>
    </message>
    <message>
        <source>a journey cannot detail one of its own steps</source>
        <translation>Eine Journey kann keinen ihrer eigenen Schritte detaillieren</translation>
    </message>
    <message>
        <source>it refers to an element that does not exist</source>
        <translation>Es wird auf ein Element verwiesen, das nicht existiert</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>Das Element ist bereits vorhanden</translation>
    </message>
    <message>
        <source>a value is out of its allowed range</source>
        <translation>Ein Wert liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>Ein erforderlicher Wert fehlt (%1)</translation>
    </message>
    <message>
        <source>the workspace file cannot be written to</source>
        <translation>In die Arbeitsbereichsdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The change failed: %1.</source>
        <translation>Die Änderung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation>Kanal „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation>Abteilung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add source system “%1”</source>
        <translation>Quellsystem „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add owner “%1”</source>
        <translation>Verantwortliche(n) „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add persona “%1”</source>
        <translation>Persona „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation>Journey „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation>Schritt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Add trigger “%1”</source>
        <translation>Auslöser „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add KPI target “%1”</source>
        <translation>KPI-Ziel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add glossary term “%1”</source>
        <translation>Glossarbegriff „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Assign persona</source>
        <translation>Persona zuordnen</translation>
    </message>
    <message>
        <source>Add preferred channel</source>
        <translation>Bevorzugten Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Unassign persona</source>
        <translation>Persona-Zuordnung aufheben</translation>
    </message>
    <message>
        <source>Remove preferred channel</source>
        <translation>Bevorzugten Kanal entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a property of this element.</source>
        <translation>„%1“ ist keine Eigenschaft dieses Elements.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed here.</source>
        <translation>„%1“ kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>A journey cannot detail a step of itself or of one of its own sub-journeys.</source>
        <translation>Eine Journey kann keinen ihrer eigenen Schritte und keinen Schritt ihrer Sub-Journeys detaillieren.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Die Schemaversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Arbeitsbereichs auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” is not a JourneyLens workspace. Workspaces are .jlens files created by JourneyLens (File &gt; New); check that you chose the right file.</source>
        <translation>„%1“ ist kein JourneyLens-Arbeitsbereich. Arbeitsbereiche sind .jlens-Dateien, die JourneyLens erstellt (Datei &gt; Neu); prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Change expected emotion</source>
        <translation>Erwartete Emotion ändern</translation>
    </message>
    <message>
        <source>An emotion lies between %1 and %2.</source>
        <translation>Eine Emotion liegt zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Add pain note</source>
        <translation>Schmerzpunkt-Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add idea note</source>
        <translation>Ideen-Notiz hinzufügen</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <source>Vote for idea</source>
        <translation>Für Idee stimmen</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Stimme zurücknehmen</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Die Notiz gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>jl::WorkspaceArea</name>
    <message>
        <source>JourneyLens</source>
        <translation>JourneyLens</translation>
    </message>
    <message>
        <source>Model your customer journeys, ground them in the data of your systems, and see where the experience breaks.</source>
        <translation>Modellieren Sie Ihre Customer Journeys, verankern Sie sie in den Daten Ihrer Systeme und erkennen Sie, wo es im Kundenerlebnis hakt.</translation>
    </message>
    <message>
        <source>You can also drop a .jlens workspace file here.</source>
        <translation>Sie können auch eine .jlens-Arbeitsbereichsdatei hierher ziehen.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No journey open</source>
        <translation>Keine Journey geöffnet</translation>
    </message>
    <message>
        <source>Pick a journey, persona or the glossary in the navigator.</source>
        <translation>Wählen Sie im Navigator eine Journey, eine Persona oder das Glossar aus.</translation>
    </message>
</context>
<context>
    <name>jl::WorkspaceSummary</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) deep</source>
        <translation>
            <numerusform>%n Ebene tief</numerusform>
            <numerusform>%n Ebenen tief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Auslöser</numerusform>
            <numerusform>%n Auslöser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n Verantwortliche(r)</numerusform>
            <numerusform>%n Verantwortliche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source system(s)</source>
        <translation>
            <numerusform>%n Quellsystem</numerusform>
            <numerusform>%n Quellsysteme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>File format version %1</source>
        <translation>Dateiformatversion %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop note(s)</source>
        <translation>
            <numerusform>%n Workshop-Notiz</numerusform>
            <numerusform>%n Workshop-Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jl::cli::BenchCommand</name>
    <message>
        <source>Time the journey canvas on a generated journey (bench canvas).</source>
        <translation>Misst die Zeiten der Journey-Arbeitsfläche an einer erzeugten Journey (bench canvas).</translation>
    </message>
    <message>
        <source>Number of steps (default 2000).</source>
        <translation>Anzahl der Schritte (Standard 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Gibt ein einzelnes JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>What to time: canvas.</source>
        <translation>Was gemessen wird: canvas.</translation>
    </message>
    <message>
        <source>journeylens bench: the only benchmark is “canvas”, e.g. “journeylens bench canvas --steps 2000”.
</source>
        <translation>journeylens bench: Der einzige Benchmark ist „canvas“, z. B. „journeylens bench canvas --steps 2000“.
</translation>
    </message>
    <message>
        <source>journeylens bench: --steps must be a whole number from 2 to 100000.
</source>
        <translation>journeylens bench: --steps muss eine ganze Zahl von 2 bis 100000 sein.
</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1
</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1
</translation>
    </message>
    <message>
        <source>Cannot build the benchmark workspace: %1
</source>
        <translation>Der Arbeitsbereich für den Benchmark kann nicht erstellt werden: %1
</translation>
    </message>
    <message>
        <source>Cannot open the benchmark workspace: %1
</source>
        <translation>Der Arbeitsbereich für den Benchmark kann nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <source>The auto-layout failed: %1
</source>
        <translation>Das automatische Layout ist fehlgeschlagen: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Canvas benchmark: %n step(s)</source>
        <translation>
            <numerusform>Benchmark der Arbeitsfläche: %n Schritt</numerusform>
            <numerusform>Benchmark der Arbeitsfläche: %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Auslöser</numerusform>
            <numerusform>%n Auslöser</numerusform>
        </translation>
    </message>
    <message>
        <source>Open (workspace, scene, first paint): %1 ms
</source>
        <translation>Öffnen (Arbeitsbereich, Szene, erstes Zeichnen): %1 ms
</translation>
    </message>
    <message>
        <source>Auto-layout: %1 ms
</source>
        <translation>Automatisches Layout: %1 ms
</translation>
    </message>
    <message numerus="yes">
        <source>Frame while panning (scroll and repaint), 95th percentile of %n frame(s): %1 ms
</source>
        <translation>
            <numerusform>Bild beim Verschieben (Scrollen und Neuzeichnen), 95. Perzentil von %n Bild: %1 ms
</numerusform>
            <numerusform>Bild beim Verschieben (Scrollen und Neuzeichnen), 95. Perzentil von %n Bildern: %1 ms
</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaint of the whole viewport, 95th percentile: %1 ms
</source>
        <translation>Neuzeichnen der ganzen Ansicht, 95. Perzentil: %1 ms
</translation>
    </message>
    <message>
        <source>Warning: only %1 of %2 frames painted anything.
</source>
        <translation>Warnung: Nur %1 von %2 Bildern haben etwas gezeichnet.
</translation>
    </message>
</context>
<context>
    <name>jl::cli::CheckCommand</name>
    <message>
        <source>Check the journeys for unreachable steps, dead ends, missing owners and other flaws.</source>
        <translation>Prüft die Journeys auf unerreichbare Schritte, Sackgassen, fehlende Verantwortliche und andere Mängel.</translation>
    </message>
    <message>
        <source>Print the findings as one JSON array.</source>
        <translation>Gibt die Befunde als ein JSON-Array aus.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
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
        <translation>Aufruf: journeylens [--lang SPRACHE] [ARBEITSBEREICH.jlens]
        journeylens [--lang SPRACHE] BEFEHL [ARGUMENTE]

Ohne Befehl öffnet JourneyLens das Hauptfenster (und ARBEITSBEREICH, falls angegeben).

Befehle (ohne Bildschirm ausführbar):
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help      Show this help; COMMAND --help shows a command&apos;s options.
  -v, --version   Show the version.
  --lang LANG     Language of messages and reports (en, de).
</source>
        <translation>
Optionen:
  -h, --help      Zeigt diese Hilfe an; BEFEHL --help zeigt die Optionen eines Befehls.
  -v, --version   Zeigt die Version an.
  --lang SPRACHE  Sprache der Meldungen und Berichte (en, de).
</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “journeylens --help” for the list of commands.
</source>
        <translation>Unbekannter Befehl „%1“. Mit „journeylens --help“ erhalten Sie die Liste der Befehle.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Run “journeylens %1 --help” for its options.
</source>
        <translation>Mit „journeylens %1 --help“ erhalten Sie die Optionen dieses Befehls.
</translation>
    </message>
    <message>
        <source>The .jlens workspace file.</source>
        <translation>Die .jlens-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>journeylens %1: give exactly one workspace file, e.g. “journeylens %1 demo.jlens --json”.
</source>
        <translation>journeylens %1: Geben Sie genau eine Arbeitsbereichsdatei an, z. B. „journeylens %1 demo.jlens --json“.
</translation>
    </message>
</context>
<context>
    <name>jl::cli::DemoCommand</name>
    <message>
        <source>Write the demo workspace “Retail: lead to cash” to a file.</source>
        <translation>Schreibt den Demo-Arbeitsbereich „Retail: lead to cash“ in eine Datei.</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Ersetzt die Datei, falls sie bereits existiert.</translation>
    </message>
    <message>
        <source>The .jlens file to create.</source>
        <translation>Die zu erstellende .jlens-Datei.</translation>
    </message>
    <message>
        <source>journeylens demo: give the file to create, e.g. “journeylens demo demo.jlens”.
</source>
        <translation>journeylens demo: Geben Sie die zu erstellende Datei an, z. B. „journeylens demo demo.jlens“.
</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name or add --force to replace it.
</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen, oder geben Sie --force an, um die Datei zu ersetzen.
</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file cannot be removed.
</source>
        <translation>„%1“ kann nicht ersetzt werden: Die Datei lässt sich nicht entfernen.
</translation>
    </message>
    <message>
        <source>Created the demo workspace “%1”.
</source>
        <translation>Demo-Arbeitsbereich „%1“ erstellt.
</translation>
    </message>
</context>
<context>
    <name>jl::cli::ExportImageCommand</name>
    <message>
        <source>Export a journey&apos;s canvas as a PNG or SVG image.</source>
        <translation>Exportiert die Arbeitsfläche einer Journey als PNG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>The journey to draw (default: the lifecycle journey, else the first).</source>
        <translation>Die zu zeichnende Journey (Standard: die Lifecycle-Journey, sonst die erste).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The image file to write: .png or .svg.</source>
        <translation>Die zu schreibende Bilddatei: .png oder .svg.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>PNG only: pixels per canvas unit (default 2).</source>
        <translation>Nur PNG: Pixel pro Einheit der Arbeitsfläche (Standard 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The .jlens workspace file.</source>
        <translation>Die .jlens-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>journeylens export-image: give one workspace file and an output file, e.g. “journeylens export-image demo.jlens -o journey.png”.
</source>
        <translation>journeylens export-image: Geben Sie eine Arbeitsbereichsdatei und eine Ausgabedatei an, z. B. „journeylens export-image demo.jlens -o journey.png“.
</translation>
    </message>
    <message>
        <source>journeylens export-image: the output file must end in .png or .svg.
</source>
        <translation>journeylens export-image: Die Ausgabedatei muss auf .png oder .svg enden.
</translation>
    </message>
    <message>
        <source>journeylens export-image: --scale must be a number greater than 0 and at most 16.
</source>
        <translation>journeylens export-image: --scale muss eine Zahl größer als 0 und höchstens 16 sein.
</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1
</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1
</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2
</source>
        <translation>„%1“ kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>“%1” holds no journey to draw.
</source>
        <translation>„%1“ enthält keine Journey zum Zeichnen.
</translation>
    </message>
    <message>
        <source>“%1” has no journey named “%2”. Its journeys:
%3
</source>
        <translation>„%1“ enthält keine Journey namens „%2“. Seine Journeys:
%3
</translation>
    </message>
    <message>
        <source>Wrote “%1” (journey “%2”).
</source>
        <translation>„%1“ geschrieben (Journey „%2“).
</translation>
    </message>
</context>
<context>
    <name>jl::cli::InfoCommand</name>
    <message>
        <source>Print what a workspace holds (add --json for machine-readable output).</source>
        <translation>Gibt aus, was ein Arbeitsbereich enthält (mit --json maschinenlesbar).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Gibt ein einzelnes JSON-Objekt aus.</translation>
    </message>
</context>
<context>
    <name>jl::cli::ReadOnlyWorkspace</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>jl::io::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The field delimiter cannot be a quote or a line break.</source>
        <translation>Das Feldtrennzeichen kann kein Anführungszeichen und kein Zeilenumbruch sein.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file contains binary data (a NUL byte). It is not a text file in the chosen encoding (%3).</source>
        <translation>Zeile %1, Spalte %2: Die Datei enthält Binärdaten (ein NUL-Byte). Sie ist keine Textdatei in der gewählten Kodierung (%3).</translation>
    </message>
    <message>
        <source>Line %1, column %2: the text is not valid UTF-8. Try reading the file as Windows-1252.</source>
        <translation>Zeile %1, Spalte %2: Der Text ist kein gültiges UTF-8. Lesen Sie die Datei als Windows-1252.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file ends in the middle of a character. It may be cut short.</source>
        <translation>Zeile %1, Spalte %2: Die Datei endet mitten in einem Zeichen. Sie ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %L3 characters. A quote (&quot;) may be missing, or the file is not a CSV file.</source>
        <translation>Zeile %1, Spalte %2: Ein Feld ist länger als %L3 Zeichen. Vielleicht fehlt ein Anführungszeichen (&quot;), oder die Datei ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a record is longer than %L3 characters. A quote (&quot;) may be missing, or the file is not a CSV file.</source>
        <translation>Zeile %1, Spalte %2: Ein Datensatz ist länger als %L3 Zeichen. Vielleicht fehlt ein Anführungszeichen (&quot;), oder die Datei ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote was added to the field.</source>
        <translation>Zeile %1, Spalte %2: Text nach einem schließenden Anführungszeichen wurde dem Feld angefügt.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed. Check for a missing quote (&quot;) in that line.</source>
        <translation>Zeile %1, Spalte %2: Ein Feld in Anführungszeichen wird nie geschlossen. Prüfen Sie, ob in dieser Zeile ein Anführungszeichen (&quot;) fehlt.</translation>
    </message>
</context>
<context>
    <name>jl::io::SafeZipArchive</name>
    <message>
        <source>an entry has an empty name</source>
        <translation>ein Eintrag hat einen leeren Namen</translation>
    </message>
    <message numerus="yes">
        <source>an entry name is longer than %n characters</source>
        <translation>
            <numerusform>ein Eintragsname ist länger als %n Zeichen</numerusform>
            <numerusform>ein Eintragsname ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry name contains control characters</source>
        <translation>ein Eintragsname enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the entry name “%1” contains a backslash</source>
        <translation>der Eintragsname „%1“ enthält einen umgekehrten Schrägstrich</translation>
    </message>
    <message>
        <source>the entry “%1” has an absolute path</source>
        <translation>der Eintrag „%1“ hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>the entry “%1” starts with a drive letter</source>
        <translation>der Eintrag „%1“ beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>the entry “%1” points outside the archive (“..”)</source>
        <translation>der Eintrag „%1“ zeigt aus dem Archiv hinaus („..“)</translation>
    </message>
    <message>
        <source>the entry %1 cannot be read (ZIP error %2)</source>
        <translation>der Eintrag %1 kann nicht gelesen werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>the entry %1 was closed while being read</source>
        <translation>der Eintrag %1 wurde während des Lesens geschlossen</translation>
    </message>
    <message>
        <source>the entry %1 is damaged (ZIP error %2)</source>
        <translation>der Eintrag %1 ist beschädigt (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>the entry %1 inflates far beyond its compressed size</source>
        <translation>der Eintrag %1 entpackt sich weit über seine gepackte Größe hinaus</translation>
    </message>
    <message>
        <source>the entry %1 is larger than the allowed %2 bytes</source>
        <translation>der Eintrag %1 ist größer als die erlaubten %2 Byte</translation>
    </message>
    <message>
        <source>the entry %1 fails its checksum</source>
        <translation>die Prüfsumme des Eintrags %1 stimmt nicht</translation>
    </message>
    <message>
        <source>the entry %1 is shorter than its directory says</source>
        <translation>der Eintrag %1 ist kürzer, als sein Verzeichnis angibt</translation>
    </message>
    <message>
        <source>the file is an OLE compound document, not a ZIP archive</source>
        <translation>die Datei ist ein OLE-Verbunddokument, kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the file is not a ZIP archive</source>
        <translation>die Datei ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>its ZIP directory is damaged or the file is incomplete</source>
        <translation>ihr ZIP-Verzeichnis ist beschädigt oder die Datei ist unvollständig</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the allowed %2</source>
        <translation>das Archiv hat %1 Einträge, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>the archive has more than the allowed %1 entries</source>
        <translation>das Archiv hat mehr als die erlaubten %1 Einträge</translation>
    </message>
    <message>
        <source>its central directory is damaged</source>
        <translation>sein zentrales Verzeichnis ist beschädigt</translation>
    </message>
    <message>
        <source>the entry “%1” is a symbolic link</source>
        <translation>der Eintrag „%1“ ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>the entry “%1” is encrypted</source>
        <translation>der Eintrag „%1“ ist verschlüsselt</translation>
    </message>
    <message>
        <source>the entry “%1” uses an unsupported compression method (%2)</source>
        <translation>der Eintrag „%1“ verwendet ein nicht unterstütztes Kompressionsverfahren (%2)</translation>
    </message>
    <message>
        <source>the entry “%1” claims to be larger than the archive</source>
        <translation>der Eintrag „%1“ gibt vor, größer als das Archiv zu sein</translation>
    </message>
    <message>
        <source>the entry “%1” unpacks to %2 bytes, more than the allowed %3</source>
        <translation>der Eintrag „%1“ entpackt sich zu %2 Byte, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>the entry “%1” is compressed %2 to 1 (more than the allowed %3 to 1), which is typical of a ZIP bomb</source>
        <translation>der Eintrag „%1“ ist im Verhältnis %2 zu 1 komprimiert (mehr als die erlaubten %3 zu 1), typisch für eine ZIP-Bombe</translation>
    </message>
    <message>
        <source>the entry “%1” occurs more than once</source>
        <translation>der Eintrag „%1“ kommt mehrmals vor</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>das Archiv ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the entry %1 is missing</source>
        <translation>der Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>the entry %1 unpacks to %2 bytes, more than the allowed %3</source>
        <translation>der Eintrag %1 entpackt sich zu %2 Byte, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>the entry %1 cannot be found</source>
        <translation>der Eintrag %1 wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>jl::io::XlsxReader</name>
    <message>
        <source>“%1” cannot be opened: %2. Check that the file exists and that you may read it.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): it is not a ZIP archive. If it is a CSV file, import it as CSV; otherwise save it as .xlsx in Excel or LibreOffice and try again.</source>
        <translation>„%1“ ist keine Excel-Arbeitsmappe (.xlsx): Sie ist kein ZIP-Archiv. Ist sie eine CSV-Datei, importieren Sie sie als CSV; sonst speichern Sie sie in Excel oder LibreOffice als .xlsx und versuchen es erneut.</translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97–2003 file or a password-protected workbook. Remove the password or save it as .xlsx in Excel or LibreOffice and try again.</source>
        <translation>„%1“ ist eine alte Excel-97–2003-Datei oder eine kennwortgeschützte Arbeitsmappe. Entfernen Sie das Kennwort oder speichern Sie sie in Excel oder LibreOffice als .xlsx und versuchen es erneut.</translation>
    </message>
    <message>
        <source>“%1” was rejected: %2. If the file is genuine, split the data into smaller files.</source>
        <translation>„%1“ wurde abgelehnt: %2. Ist die Datei echt, teilen Sie die Daten auf kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: %2. Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation>„%1“ ist keine gültige Excel-Datei: %2. Öffnen und speichern Sie sie erneut in Excel oder LibreOffice, oder fordern Sie einen neuen Export an.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the part %2 is missing. Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation>„%1“ ist keine gültige Excel-Datei: Der Teil %2 fehlt. Öffnen und speichern Sie sie erneut in Excel oder LibreOffice, oder fordern Sie einen neuen Export an.</translation>
    </message>
    <message>
        <source>“%1” was rejected because it is not safe to read: %2. Excel never writes such files; ask the sender for a fresh export.</source>
        <translation>„%1“ wurde abgelehnt, weil das Lesen nicht sicher ist: %2. Excel schreibt nie solche Dateien; bitten Sie den Absender um einen neuen Export.</translation>
    </message>
    <message>
        <source>“%1” was rejected: the part %2 contains a document type declaration (DTD), which Excel never writes and which can hide an entity-expansion attack. Open and save it again in Excel or LibreOffice.</source>
        <translation>„%1“ wurde abgelehnt: Der Teil %2 enthält eine Dokumenttyp-Deklaration (DTD), die Excel nie schreibt und hinter der sich ein Entity-Expansion-Angriff verbergen kann. Öffnen und speichern Sie die Datei erneut in Excel oder LibreOffice.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the part %2 is damaged (%3). Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation>„%1“ ist keine gültige Excel-Datei: Der Teil %2 ist beschädigt (%3). Öffnen und speichern Sie sie erneut in Excel oder LibreOffice, oder fordern Sie einen neuen Export an.</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook: it has no workbook part (%2). Choose the .xlsx file exported by the system, or save the data as .xlsx in Excel or LibreOffice.</source>
        <translation>„%1“ ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe: Ihr fehlt der Arbeitsmappenteil (%2). Wählen Sie die vom System exportierte .xlsx-Datei, oder speichern Sie die Daten in Excel oder LibreOffice als .xlsx.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the sheet “%2” has no part. Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation>„%1“ ist keine gültige Excel-Datei: Zum Blatt „%2“ gibt es keinen Teil. Öffnen und speichern Sie sie erneut in Excel oder LibreOffice, oder fordern Sie einen neuen Export an.</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”. Its sheets are: %3.</source>
        <translation>„%1“ hat kein Blatt „%2“. Ihre Blätter sind: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>Keine Arbeitsmappe geöffnet.</translation>
    </message>
    <message>
        <source>“%1” has no sheet number %2. Its sheets are: %3.</source>
        <translation>„%1“ hat kein Blatt Nummer %2. Ihre Blätter sind: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Excel file: the part %2 is damaged (row %3: %4). Open and save it again in Excel or LibreOffice, or ask for a new export.</source>
        <translation>„%1“ ist keine gültige Excel-Datei: Der Teil %2 ist beschädigt (Zeile %3: %4). Öffnen und speichern Sie sie erneut in Excel oder LibreOffice, oder fordern Sie einen neuen Export an.</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>„%1“ ist kein Zellbezug</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>die gemeinsame Zeichenkette %1 gibt es nicht</translation>
    </message>
    <message>
        <source>“%1” is not a boolean</source>
        <translation>„%1“ ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>jl::privacy::KeyStore</name>
    <message>
        <source>“%1” is not a valid workspace id for a key file.</source>
        <translation>„%1“ ist keine gültige Arbeitsbereichskennung für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>There is no key file for this workspace: %1</source>
        <translation>Für diesen Arbeitsbereich gibt es keine Schlüsseldatei: %1</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: it does not hold a JourneyLens workspace key. Restore it from a backup or import the key from a colleague; without it, pseudonymised identifiers cannot be matched with new imports.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt: Sie enthält keinen JourneyLens-Arbeitsbereichsschlüssel. Stellen Sie sie aus einer Sicherung wieder her oder importieren Sie den Schlüssel von einer Kollegin oder einem Kollegen; ohne ihn lassen sich pseudonymisierte Kennungen nicht mit neuen Importen abgleichen.</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created.</source>
        <translation>Der Schlüsselordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This is not a JourneyLens key: expected one line starting with “%1:”.</source>
        <translation>Das ist kein JourneyLens-Schlüssel: erwartet wird eine Zeile, die mit „%1:“ beginnt.</translation>
    </message>
    <message>
        <source>The key line names an invalid workspace id.</source>
        <translation>Die Schlüsselzeile nennt eine ungültige Arbeitsbereichskennung.</translation>
    </message>
    <message>
        <source>The key in this line is damaged or incomplete. Ask for the key line again and copy it whole.</source>
        <translation>Der Schlüssel in dieser Zeile ist beschädigt oder unvollständig. Lassen Sie sich die Schlüsselzeile erneut geben und kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>The checksum of this key line does not match: it was mistyped or cut. Ask for the key line again and copy it whole.</source>
        <translation>Die Prüfsumme dieser Schlüsselzeile stimmt nicht: Sie wurde falsch abgetippt oder abgeschnitten. Lassen Sie sich die Schlüsselzeile erneut geben und kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>A different key for workspace “%1” is already stored in %2. Replacing it makes the identifiers pseudonymised under it unmatchable; replace it only if you are sure.</source>
        <translation>Für den Arbeitsbereich „%1“ ist in %2 bereits ein anderer Schlüssel gespeichert. Ersetzen macht die damit pseudonymisierten Kennungen unabgleichbar; ersetzen Sie ihn nur, wenn Sie sicher sind.</translation>
    </message>
</context>
</TS>
