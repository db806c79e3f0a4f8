<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BasicsChecklist</name>
    <message numerus="yes">
        <source>%n timeline event(s) documented.</source>
        <translation>
            <numerusform>%n timeline event documented.</numerusform>
            <numerusform>%n timeline events documented.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from chat</source>
        <translation>
            <numerusform>%n event from chat</numerusform>
            <numerusform>%n events from chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n perspective(s) on events</source>
        <translation>
            <numerusform>%n perspective on events</numerusform>
            <numerusform>%n perspectives on events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes on %n question(s)</source>
        <translation>
            <numerusform>notes on %n question</numerusform>
            <numerusform>notes on %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes on %n step(s) and %1 question(s).</source>
        <translation>
            <numerusform>Notes on %n step and %1 question(s).</numerusform>
            <numerusform>Notes on %n steps and %1 question(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) not yet SMART: %1.</source>
        <translation>
            <numerusform>%n open item not yet SMART: %1.</numerusform>
            <numerusform>%n open items not yet SMART: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remediation item(s), every open one SMART.</source>
        <translation>
            <numerusform>%n remediation item, every open one SMART.</numerusform>
            <numerusform>%n remediation items, every open one SMART.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::ArchiveWindow</name>
    <message numerus="yes">
        <source>%n post-mortem(s) in the archive</source>
        <translation>
            <numerusform>%n post-mortem in the archive</numerusform>
            <numerusform>%n post-mortems in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read (see Folders)</source>
        <translation>
            <numerusform>%n file cannot be read (see Folders)</numerusform>
            <numerusform>%n files cannot be read (see Folders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remediation item(s) not done</source>
        <translation>
            <numerusform>%n remediation item not done</numerusform>
            <numerusform>%n remediation items not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the archive folders cannot be read; the rest of the archive is not affected.</source>
        <translation>
            <numerusform>%n file in the archive folders cannot be read; the rest of the archive is not affected.</numerusform>
            <numerusform>%n files in the archive folders cannot be read; the rest of the archive is not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Folders (%n unreadable)</source>
        <translation>
            <numerusform>&amp;Folders (%n unreadable)</numerusform>
            <numerusform>&amp;Folders (%n unreadable)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post-mortem(s)</source>
        <translation>
            <numerusform>%n post-mortem</numerusform>
            <numerusform>%n post-mortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n post-mortem(s)</source>
        <translation>
            <numerusform>%1 of %n post-mortem</numerusform>
            <numerusform>%1 of %n post-mortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n new file</numerusform>
            <numerusform>%n new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>%n changed file</numerusform>
            <numerusform>%n changed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved file(s)</source>
        <translation>
            <numerusform>%n moved file</numerusform>
            <numerusform>%n moved files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed file(s)</source>
        <translation>
            <numerusform>%n removed file</numerusform>
            <numerusform>%n removed files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::BiasesPage</name>
    <message numerus="yes">
        <source>Remove %n bias call-out(s)</source>
        <translation>
            <numerusform>Remove %n bias call-out</numerusform>
            <numerusform>Remove %n bias call-outs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::EvidencePanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::EvidencePasteDialog</name>
    <message numerus="yes">
        <source>%n line(s), %1, highlighted as %2.</source>
        <translation>
            <numerusform>%n line, %1, highlighted as %2.</numerusform>
            <numerusform>%n lines, %1, highlighted as %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::FactorsPage</name>
    <message numerus="yes">
        <source>%n timeline event(s)</source>
        <translation>
            <numerusform>%n timeline event</numerusform>
            <numerusform>%n timeline events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::PreparePage</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::PresentationMode</name>
    <message numerus="yes">
        <source>%1 %2 / %n min</source>
        <translation>
            <numerusform>%1 %2 / %n min</numerusform>
            <numerusform>%1 %2 / %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::QuestionsPage</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <comment>template name and size</comment>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) from “%1”.</source>
        <translation>
            <numerusform>Added %n question from “%1”.</numerusform>
            <numerusform>Added %n questions from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::RemediationPage</name>
    <message numerus="yes">
        <source>SMART check: %n part(s) missing</source>
        <translation>
            <numerusform>SMART check: %n part missing</numerusform>
            <numerusform>SMART check: %n parts missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n decision(s)</source>
        <translation>
            <numerusform>Remove %n decision</numerusform>
            <numerusform>Remove %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::ReviewPage</name>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>%1 of %n done.</numerusform>
            <numerusform>%1 of %n done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still open.</source>
        <translation>
            <numerusform>%n item still open.</numerusform>
            <numerusform>%n items still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) to reword. Blame and “should have” make people guard their account; describe what happened and why it made sense at the time.</source>
        <translation>
            <numerusform>%n passage to reword. Blame and “should have” make people guard their account; describe what happened and why it made sense at the time.</numerusform>
            <numerusform>%n passages to reword. Blame and “should have” make people guard their account; describe what happened and why it made sense at the time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::TimelineImportDialog</name>
    <message numerus="yes">
        <source>%1 (%n entry/entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry/entries in %2 lines</source>
        <translation>
            <numerusform>%1: %n entry in %2 lines</numerusform>
            <numerusform>%1: %n entries in %2 lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n message</numerusform>
            <numerusform>%1: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n channel notice(s) (joins, topic changes) left out</source>
        <translation>
            <numerusform>; %n channel notice (joins, topic changes) left out</numerusform>
            <numerusform>; %n channel notices (joins, topic changes) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and will not be imported.</source>
        <translation>
            <numerusform>%n line could not be read and will not be imported.</numerusform>
            <numerusform>%n lines could not be read and will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n event(s)</source>
        <translation>
            <numerusform>&amp;Add %n event</numerusform>
            <numerusform>&amp;Add %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::TimelinePage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) without a time. Give them a time to see them here.</source>
        <translation>
            <numerusform>%n event without a time. Give it a time to see it here.</numerusform>
            <numerusform>%n events without a time. Give them a time to see them here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message numerus="yes">
        <source>… %n more line(s) of this excerpt are in the post-mortem file.</source>
        <translation>
            <numerusform>… %n more line of this excerpt is in the post-mortem file.</numerusform>
            <numerusform>… %n more lines of this excerpt are in the post-mortem file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %n event(s) in lanes per actor, with milestones</source>
        <translation>
            <numerusform>Timeline of %n event in lanes per actor, with milestones</numerusform>
            <numerusform>Timeline of %n events in lanes per actor, with milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>Would add %n events from %1 to %2 (dry run: nothing changed).</source>
        <translation>
            <numerusform>Would add %n event from %1 to %2 (dry run: nothing changed).</numerusform>
            <numerusform>Would add %n events from %1 to %2 (dry run: nothing changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n events from %1 to %2.</source>
        <translation>
            <numerusform>Added %n event from %1 to %2.</numerusform>
            <numerusform>Added %n events from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentMetrics</name>
    <message numerus="yes">
        <source>%n events are marked %1; the earliest counts.</source>
        <translation>
            <numerusform>%n event is marked %1; the earliest counts.</numerusform>
            <numerusform>%n events are marked %1; the earliest counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogImporter</name>
    <message numerus="yes">
        <source>[… %n more lines]</source>
        <translation>
            <numerusform>[… %n more line]</numerusform>
            <numerusform>[… %n more lines]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message numerus="yes">
        <source>… %n more line(s) of this excerpt are in the post-mortem file.</source>
        <translation>
            <numerusform>… %n more line of this excerpt is in the post-mortem file.</numerusform>
            <numerusform>… %n more lines of this excerpt are in the post-mortem file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2 in lanes: %3.</source>
        <translation>
            <numerusform>%n event from %1 to %2 in lanes: %3.</numerusform>
            <numerusform>%n events from %1 to %2 in lanes: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message numerus="yes">
        <source>… %n more line(s) of this excerpt are in the post-mortem file.</source>
        <translation>
            <numerusform>… %n more line of this excerpt is in the post-mortem file.</numerusform>
            <numerusform>… %n more lines of this excerpt are in the post-mortem file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s) without a timeline event</source>
        <translation>
            <numerusform>%n factor without a timeline event</numerusform>
            <numerusform>%n factors without a timeline event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not SMART</source>
        <translation>
            <numerusform>%n item not SMART</numerusform>
            <numerusform>%n items not SMART</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message numerus="yes">
        <source>Remove %n event(s)</source>
        <translation>
            <numerusform>Remove %n event</numerusform>
            <numerusform>Remove %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineImport</name>
    <message numerus="yes">
        <source>Import %n log entries from %1</source>
        <translation>
            <numerusform>Import %n log entry from %1</numerusform>
            <numerusform>Import %n log entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n chat messages from %1</source>
        <translation>
            <numerusform>Import %n chat message from %1</numerusform>
            <numerusform>Import %n chat messages from %1</numerusform>
        </translation>
    </message>
</context>
</TS>
