<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArchiveAction</name>
    <message>
        <source>post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>This post-mortem is open read-only; it cannot be marked archived.</source>
        <translation>Dieses Post-Mortem ist schreibgeschützt geöffnet; es kann nicht als archiviert markiert werden.</translation>
    </message>
    <message>
        <source>The archive folder %1 cannot be written.</source>
        <translation>In den Archivordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>The post-mortem could not be archived: %1</source>
        <translation>Das Post-Mortem konnte nicht archiviert werden: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveCatalog</name>
    <message>
        <source>%1 cannot be reached: it does not exist, or it is on a network share that is not connected.</source>
        <translation>%1 ist nicht erreichbar: Es existiert nicht oder liegt auf einer nicht verbundenen Netzwerkfreigabe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The archive catalog %1 cannot be used: %2</source>
        <translation>Der Archivkatalog %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the archive catalog %1.</source>
        <translation>Der Ordner des Archivkatalogs %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not an archive catalog: %2</source>
        <translation>%1 ist kein Archivkatalog: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not an archive catalog.</source>
        <translation>%1 ist eine Datenbank einer anderen Anwendung, kein Archivkatalog.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The archive catalog is not open.</source>
        <translation>Der Archivkatalog ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Use this catalog file instead of the default.</source>
        <translation>Diese Katalogdatei statt der Standarddatei verwenden.</translation>
    </message>
    <message>
        <source>Usage: debrief archive index DIR... [--catalog FILE]
       debrief archive search QUERY [--json] [--catalog FILE] [--severity KEY]...
                [--status KEY]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                [--open-remediation] [--sort relevance|date|severity|title]
                [--limit N]
</source>
        <translation>Aufruf: debrief archive index DIR... [--catalog FILE]
        debrief archive search QUERY [--json] [--catalog FILE] [--severity KEY]...
                 [--status KEY]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--open-remediation] [--sort relevance|date|severity|title]
                 [--limit N]
</translation>
    </message>
    <message>
        <source>%1 is not a readable folder.</source>
        <translation>%1 ist kein lesbarer Ordner.</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>hinzugefügt:</translation>
    </message>
    <message>
        <source>updated:</source>
        <translation>aktualisiert:</translation>
    </message>
    <message>
        <source>moved:</source>
        <translation>verschoben:</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>entfernt:</translation>
    </message>
    <message>
        <source>unchanged:</source>
        <translation>unverändert:</translation>
    </message>
    <message>
        <source>unreadable:</source>
        <translation>nicht lesbar:</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Post-mortems in the catalog: %1</source>
        <translation>Post-Mortems im Katalog: %1</translation>
    </message>
    <message>
        <source>Only this severity key.</source>
        <translation>Nur dieser Schweregrad-Schlüssel.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Nur dieser Status.</translation>
    </message>
    <message>
        <source>Incidents on or after.</source>
        <translation>Vorfälle an oder nach diesem Datum.</translation>
    </message>
    <message>
        <source>Incidents on or before.</source>
        <translation>Vorfälle an oder vor diesem Datum.</translation>
    </message>
    <message>
        <source>Order of the results.</source>
        <translation>Reihenfolge der Ergebnisse.</translation>
    </message>
    <message>
        <source>At most this many results.</source>
        <translation>Höchstens so viele Ergebnisse.</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>No post-mortem matches.</source>
        <translation>Kein Post-Mortem passt.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Post-mortems found: %1</source>
        <translation>Gefundene Post-Mortems: %1</translation>
    </message>
    <message>
        <source>Usage: debrief compare A B [C D] [--json]</source>
        <translation>Aufruf: debrief compare A B [C D] [--json]</translation>
    </message>
</context>
<context>
    <name>BasicsChecklist</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Document your timeline or log data</source>
        <translation>Zeitleiste oder Protokolldaten dokumentieren</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline event(s) documented.</source>
        <translation>
            <numerusform>%n Ereignis in der Zeitleiste dokumentiert.</numerusform>
            <numerusform>%n Ereignisse in der Zeitleiste dokumentiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add events on the Timeline step or import a log.</source>
        <translation>Fügen Sie im Schritt „Zeitleiste“ Ereignisse hinzu oder importieren Sie ein Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from chat</source>
        <translation>
            <numerusform>%n Ereignis aus dem Chat</numerusform>
            <numerusform>%n Ereignisse aus dem Chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n perspective(s) on events</source>
        <translation>
            <numerusform>%n Sichtweise auf Ereignisse</numerusform>
            <numerusform>%n Sichtweisen auf Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes on %n question(s)</source>
        <translation>
            <numerusform>Notizen zu %n Frage</numerusform>
            <numerusform>Notizen zu %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Document conversations</source>
        <translation>Gespräche dokumentieren</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
    <message>
        <source>Import a chat transcript, record people&apos;s views on events or take notes on the questions.</source>
        <translation>Importieren Sie ein Chat-Protokoll, halten Sie Sichtweisen der Beteiligten auf Ereignisse fest oder machen Sie Notizen zu den Fragen.</translation>
    </message>
    <message>
        <source>Leave room for notes</source>
        <translation>Raum für Notizen lassen</translation>
    </message>
    <message numerus="yes">
        <source>Notes on %n step(s) and %1 question(s).</source>
        <translation>
            <numerusform>Notizen zu %n Schritt und %1 Frage(n).</numerusform>
            <numerusform>Notizen zu %n Schritten und %1 Frage(n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Take notes in a step&apos;s notes area or on a question.</source>
        <translation>Machen Sie Notizen im Notizbereich eines Schritts oder zu einer Frage.</translation>
    </message>
    <message>
        <source>Time to detect: %1; time to resolve: %2.</source>
        <translation>Zeit bis zur Erkennung: %1; Zeit bis zur Behebung: %2.</translation>
    </message>
    <message>
        <source>Mark these milestones on timeline events: %1.</source>
        <translation>Markieren Sie diese Meilensteine an Ereignissen der Zeitleiste: %1.</translation>
    </message>
    <message>
        <source>Mean Time to Resolution / other time calculations</source>
        <translation>Mittlere Zeit bis zur Behebung (MTTR) / weitere Zeitberechnungen</translation>
    </message>
    <message>
        <source>Level of severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Severity %1 (%2).</source>
        <translation>Schweregrad %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a severity on the Prepare step.</source>
        <translation>Wählen Sie im Schritt „Vorbereiten“ einen Schweregrad.</translation>
    </message>
    <message>
        <source>Archive it for historical retrieval</source>
        <translation>Für spätere Recherche archivieren</translation>
    </message>
    <message>
        <source>Archived on %1.</source>
        <translation>Archiviert am %1.</translation>
    </message>
    <message>
        <source>Archive the post-mortem once it is published.</source>
        <translation>Archivieren Sie das Post-Mortem, sobald es veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Add at least one remediation item.</source>
        <translation>Fügen Sie mindestens eine Maßnahme hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) not yet SMART: %1.</source>
        <translation>
            <numerusform>%n offene Maßnahme noch nicht SMART: %1.</numerusform>
            <numerusform>%n offene Maßnahmen noch nicht SMART: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remediation item(s), every open one SMART.</source>
        <translation>
            <numerusform>%n Maßnahme, jede offene ist SMART.</numerusform>
            <numerusform>%n Maßnahmen, jede offene ist SMART.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation - make it actionable</source>
        <translation>Maßnahmen – umsetzbar machen</translation>
    </message>
</context>
<context>
    <name>BiasesPage</name>
    <message>
        <source>Everyone may call &amp;out a bias: the room agreed</source>
        <translation>Alle dürfen Verzerrungen &amp;ansprechen: Der Raum hat zugestimmt</translation>
    </message>
    <message>
        <source>Bias call-outs &amp;so far</source>
        <translation>&amp;Bisher angesprochene Verzerrungen</translation>
    </message>
    <message>
        <source>Call Out a &amp;Bias…</source>
        <translation>&amp;Verzerrung ansprechen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>BuiltinQuestions</name>
    <message>
        <source>What were the circumstances of their firefight?</source>
        <translation>Unter welchen Umständen haben sie den Brand bekämpft?</translation>
    </message>
    <message>
        <source>Were they sleeping when they got the alert?</source>
        <translation>Haben sie geschlafen, als der Alarm kam?</translation>
    </message>
    <message>
        <source>How did the firefight affect them emotionally, physically and mentally?</source>
        <translation>Wie hat die Brandbekämpfung sie emotional, körperlich und mental belastet?</translation>
    </message>
    <message>
        <source>What can be done to improve those circumstances?</source>
        <translation>Was kann getan werden, um diese Umstände zu verbessern?</translation>
    </message>
    <message>
        <source>Did the on-call person feel supported?</source>
        <translation>Hat sich die Person in Rufbereitschaft unterstützt gefühlt?</translation>
    </message>
    <message>
        <source>Did they know about the company&apos;s escalation policies and have quick access to contact information to bring others in when needed?</source>
        <translation>Kannten sie die Eskalationsrichtlinien des Unternehmens und hatten sie schnellen Zugriff auf Kontaktdaten, um bei Bedarf andere hinzuzuziehen?</translation>
    </message>
    <message>
        <source>Was the incident related to the domain expertise of the person on-call?</source>
        <translation>Lag der Vorfall im Fachgebiet der Person in Rufbereitschaft?</translation>
    </message>
    <message>
        <source>Can anything be changed to the process to make things better before the next incident?</source>
        <translation>Lässt sich am Prozess etwas ändern, damit es vor dem nächsten Vorfall besser wird?</translation>
    </message>
    <message>
        <source>How long did it take the on-call person to recover?</source>
        <translation>Wie lange hat die Person in Rufbereitschaft gebraucht, um sich zu erholen?</translation>
    </message>
    <message>
        <source>What steps were taken immediately after the incident?</source>
        <translation>Welche Schritte wurden unmittelbar nach dem Vorfall unternommen?</translation>
    </message>
    <message>
        <source>Is it necessary to communicate the outage with customers?</source>
        <translation>Muss der Ausfall den Kunden mitgeteilt werden?</translation>
    </message>
    <message>
        <source>Is your on-call system working?</source>
        <translation>Funktioniert Ihr Rufbereitschaftssystem?</translation>
    </message>
    <message>
        <source>Do you need to make changes to your team&apos;s on-call schedules?</source>
        <translation>Müssen Sie die Rufbereitschaftspläne Ihres Teams ändern?</translation>
    </message>
    <message>
        <source>How can you make your culture more open and accepting of failures?</source>
        <translation>Wie können Sie Ihre Kultur offener und toleranter gegenüber Fehlern machen?</translation>
    </message>
    <message>
        <source>Are you better prepared for the next outage?</source>
        <translation>Sind Sie auf den nächsten Ausfall besser vorbereitet?</translation>
    </message>
    <message>
        <source>What steps can be taken so that you are?</source>
        <translation>Welche Schritte können unternommen werden, damit Sie es sind?</translation>
    </message>
    <message>
        <source>Is the copy of the postmortem report easily available for anyone to find?</source>
        <translation>Ist der Post-Mortem-Bericht für alle leicht auffindbar?</translation>
    </message>
</context>
<context>
    <name>ChatImporter</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>[file: %1]</source>
        <translation>[Datei: %1]</translation>
    </message>
    <message>
        <source>The chat transcript is larger than %1 MB.</source>
        <translation>Das Chat-Protokoll ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The chat transcript is empty.</source>
        <translation>Das Chat-Protokoll ist leer.</translation>
    </message>
    <message>
        <source>This JSON is not a Slack channel export: it has no list of messages.</source>
        <translation>Dieses JSON ist kein Slack-Kanalexport: Es enthält keine Liste von Nachrichten.</translation>
    </message>
    <message>
        <source>The Slack export is not valid JSON: %1 (at byte %2).</source>
        <translation>Der Slack-Export ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>No chat messages found. Debrief reads Slack channel exports and text like “[13:52] alice: message” or “13:52:01 &lt;alice&gt; message”.</source>
        <translation>Keine Chat-Nachrichten gefunden. Debrief liest Slack-Kanalexporte und Text wie „[13:52] alice: Nachricht“ oder „13:52:01 &lt;alice&gt; Nachricht“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Slack-Export</translation>
    </message>
    <message>
        <source>text, [time] name: message</source>
        <translation>Text, [Zeit] Name: Nachricht</translation>
    </message>
    <message>
        <source>IRC, time &lt;name&gt; message</source>
        <translation>IRC, Zeit &lt;Name&gt; Nachricht</translation>
    </message>
    <message>
        <source>text, time name: message</source>
        <translation>Text, Zeit Name: Nachricht</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>info FILE [--json]</source>
        <translation>info FILE [--json]</translation>
    </message>
    <message>
        <source>export FILE [--json OUT] [--pdf OUT [--pdfa] [--page-size a4|letter]] [--markdown OUT] [--html OUT] [--statement OUT.pdf|OUT.txt]</source>
        <translation>export FILE [--json OUT] [--pdf OUT [--pdfa] [--page-size a4|letter]] [--markdown OUT] [--html OUT] [--statement OUT.pdf|OUT.txt]</translation>
    </message>
    <message>
        <source>import-json IN.json OUT.debrief</source>
        <translation>import-json IN.json OUT.debrief</translation>
    </message>
    <message>
        <source>import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]</source>
        <translation>import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]</translation>
    </message>
    <message>
        <source>import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]</source>
        <translation>import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]</translation>
    </message>
    <message>
        <source>lint FILE|--text TEXT [--json] [--language en|de] [--participant NAME]</source>
        <translation>lint FILE|--text TEXT [--json] [--language en|de] [--participant NAME]</translation>
    </message>
    <message>
        <source>archive index DIR... | archive search QUERY [--json] [--catalog FILE]</source>
        <translation>archive index DIR... | archive search QUERY [--json] [--catalog FILE]</translation>
    </message>
    <message>
        <source>compare A B [C D] [--json]</source>
        <translation>compare A B [C D] [--json]</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Usage: debrief [FILE]</source>
        <translation>Aufruf: debrief [FILE]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Incident id:</source>
        <translation>Vorfall-ID:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Write the JSON form to OUT.</source>
        <translation>Die JSON-Form nach OUT schreiben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import.</source>
        <translation>%1 ist zu groß für den Import.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Compare %1 to %2 post-mortems.</source>
        <translation>Vergleichen Sie %1 bis %2 Post-Mortems.</translation>
    </message>
    <message>
        <source>Resembles &quot;%1&quot; in %2 (%3). %4</source>
        <translation>Ähnelt „%1“ in %2 (%3). %4</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Compared post-mortems</source>
        <translation>Verglichene Post-Mortems</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Impact duration</source>
        <translation>Dauer der Auswirkung</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>Questions discussed</source>
        <translation>Besprochene Fragen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>&lt;&lt; recurring #%1</source>
        <translation>&lt;&lt; wiederkehrend #%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Ground rules: read these aloud</source>
        <translation>Grundregeln: bitte vorlesen</translation>
    </message>
    <message>
        <source>&amp;We read this aloud</source>
        <translation>&amp;Wir haben das vorgelesen</translation>
    </message>
    <message>
        <source>The 3 R&apos;s</source>
        <translation>Die drei R</translation>
    </message>
    <message>
        <source>&amp;Regret</source>
        <translation>&amp;Bedauern</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <source>Remed&amp;y</source>
        <translation>&amp;Abhilfe</translation>
    </message>
    <message>
        <source>Customer-facing s&amp;tatement</source>
        <translation>S&amp;tellungnahme für Kunden</translation>
    </message>
</context>
<context>
    <name>Debrief::ArchiveController</name>
    <message>
        <source>Archi&amp;ve This Post-Mortem…</source>
        <translation>Dieses Post-Mortem &amp;archivieren …</translation>
    </message>
    <message>
        <source>Mark the post-mortem archived and put a copy into the archive folder</source>
        <translation>Das Post-Mortem als archiviert markieren und eine Kopie in den Archivordner legen</translation>
    </message>
    <message>
        <source>&amp;Browse Archive</source>
        <translation>Archiv &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <source>Open &amp;Remediation</source>
        <translation>Offene &amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Archive &amp;Folders…</source>
        <translation>Archiv&amp;ordner …</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiv</translation>
    </message>
    <message>
        <source>Archive Catalog</source>
        <translation>Archivkatalog</translation>
    </message>
    <message>
        <source>The archive catalog cannot be opened, so the archive cannot be searched: %1</source>
        <translation>Der Archivkatalog kann nicht geöffnet werden, daher kann das Archiv nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Choose the Archive Folder</source>
        <translation>Archivordner auswählen</translation>
    </message>
    <message>
        <source>Cannot Archive the Post-Mortem</source>
        <translation>Post-Mortem kann nicht archiviert werden</translation>
    </message>
    <message>
        <source>Archived: a copy is in %1</source>
        <translation>Archiviert: Eine Kopie liegt in %1</translation>
    </message>
    <message>
        <source>Archived, Not Yet Searchable</source>
        <translation>Archiviert, noch nicht durchsuchbar</translation>
    </message>
</context>
<context>
    <name>Debrief::ArchiveSearchModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>alle erledigt</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 offen, %2 überfällig</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Debrief::ArchiveWindow</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Archive — Debrief</source>
        <translation>Archiv — Debrief</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <source>Open &amp;Remediation</source>
        <translation>Offene &amp;Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Looking for post-mortems in %1…</source>
        <translation>Post-Mortems in %1 werden gesucht …</translation>
    </message>
    <message>
        <source>The archive catalog cannot be opened: %1</source>
        <translation>Der Archivkatalog kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The archive has no folders yet. Add the folder where your team keeps its post-mortems on the Folders page (a shared network folder works too).</source>
        <translation>Das Archiv hat noch keine Ordner. Fügen Sie auf der Seite „Ordner“ den Ordner hinzu, in dem Ihr Team seine Post-Mortems aufbewahrt (ein freigegebener Netzwerkordner funktioniert auch).</translation>
    </message>
    <message>
        <source>Words from anywhere in a post-mortem: title, timeline, factors, remediation, people</source>
        <translation>Wörter aus dem gesamten Post-Mortem: Titel, Zeitleiste, Faktoren, Maßnahmen, Personen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>Unt&amp;il:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>O&amp;nly with open remediation</source>
        <translation>Nur mit offenen Maßnahm&amp;en</translation>
    </message>
    <message>
        <source>Post-mortems</source>
        <translation>Post-Mortems</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the post-mortem in the main window (Enter or double click)</source>
        <translation>Das Post-Mortem im Hauptfenster öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Compare Se&amp;lected</source>
        <translation>Ausgewählte ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Select two to four post-mortems (Ctrl+click, Shift+arrow keys) to see them side by side</source>
        <translation>Wählen Sie zwei bis vier Post-Mortems aus (Strg+Klick, Umschalt+Pfeiltasten), um sie nebeneinander zu sehen</translation>
    </message>
    <message>
        <source>Select two to four post-mortems on the Browse page and choose Compare Selected.</source>
        <translation>Wählen Sie auf der Seite „Durchsuchen“ zwei bis vier Post-Mortems aus und wählen Sie „Ausgewählte vergleichen“.</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>Contributing factors with the same background colour recur across these post-mortems (point at one to see why). Overdue remediation is shown in red.</source>
        <translation>Beitragende Faktoren mit derselben Hintergrundfarbe kehren in diesen Post-Mortems wieder (zeigen Sie auf einen, um den Grund zu sehen). Überfällige Maßnahmen werden rot angezeigt.</translation>
    </message>
    <message>
        <source>Seen before elsewhere in the archive</source>
        <translation>Bereits anderswo im Archiv gesehen</translation>
    </message>
    <message>
        <source>Factor or remediation item</source>
        <translation>Faktor oder Maßnahme</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Gesehen in</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Post-mortems by severity</source>
        <translation>Post-Mortems nach Schweregrad</translation>
    </message>
    <message>
        <source>Median time to detect and resolve</source>
        <translation>Median der Zeit bis zur Erkennung und Behebung</translation>
    </message>
    <message>
        <source>Remediation completion</source>
        <translation>Erledigung der Maßnahmen</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Pro Quartal</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Als P&amp;NG exportieren …</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als PD&amp;F exportieren …</translation>
    </message>
    <message>
        <source>Open remediation across the archive</source>
        <translation>Offene Maßnahmen im gesamten Archiv</translation>
    </message>
    <message>
        <source>Press Enter or double click to open the post-mortem that agreed an item.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um das Post-Mortem zu öffnen, in dem eine Maßnahme vereinbart wurde.</translation>
    </message>
    <message>
        <source>Archive folders</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move Folder</source>
        <translation>Ordner &amp;entfernen</translation>
    </message>
    <message>
        <source>The archive forgets the folder; its files stay where they are</source>
        <translation>Das Archiv vergisst den Ordner; seine Dateien bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Re-&amp;index Now</source>
        <translation>Jetzt neu &amp;indizieren</translation>
    </message>
    <message>
        <source>Pick up new, changed, moved and deleted post-mortems</source>
        <translation>Neue, geänderte, verschobene und gelöschte Post-Mortems erfassen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why it cannot be read</source>
        <translation>Warum sie nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>Every post-mortem file in these folders and their subfolders is in the archive. &quot;Archive This Post-Mortem&quot; puts a copy into the first folder.</source>
        <translation>Jede Post-Mortem-Datei in diesen Ordnern und ihren Unterordnern gehört zum Archiv. „Dieses Post-Mortem archivieren“ legt eine Kopie in den ersten Ordner.</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Dateien, die nicht gelesen werden können</translation>
    </message>
    <message>
        <source>Stop Inde&amp;xing</source>
        <translation>Indizierung ab&amp;brechen</translation>
    </message>
    <message>
        <source>Add an Archive Folder</source>
        <translation>Archivordner hinzufügen</translation>
    </message>
    <message>
        <source>Cannot Add the Folder</source>
        <translation>Ordner kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot Remove the Folder</source>
        <translation>Ordner kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Updating the archive…</source>
        <translation>Archiv wird aktualisiert …</translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3</source>
        <translation>%1 von %2 wird gelesen: %3</translation>
    </message>
    <message>
        <source>The archive could not be updated: %1</source>
        <translation>Das Archiv konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post-mortem(s) in the archive</source>
        <translation>
            <numerusform>%n Post-Mortem im Archiv</numerusform>
            <numerusform>%n Post-Mortems im Archiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read (see Folders)</source>
        <translation>
            <numerusform>%n Datei kann nicht gelesen werden (siehe „Ordner“)</numerusform>
            <numerusform>%n Dateien können nicht gelesen werden (siehe „Ordner“)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unavailable: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <source>Every remediation item in the archive is done.</source>
        <translation>Alle Maßnahmen im Archiv sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n remediation item(s) not done</source>
        <translation>
            <numerusform>%n Maßnahme nicht erledigt</numerusform>
            <numerusform>%n Maßnahmen nicht erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived post-mortems go here)</source>
        <translation>%1 (archivierte Post-Mortems kommen hierher)</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Last looked at %1</source>
        <translation>Zuletzt durchsucht: %1</translation>
    </message>
    <message>
        <source>Every file in the archive folders can be read.</source>
        <translation>Alle Dateien in den Archivordnern können gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the archive folders cannot be read; the rest of the archive is not affected.</source>
        <translation>
            <numerusform>%n Datei in den Archivordnern kann nicht gelesen werden; der Rest des Archivs ist nicht betroffen.</numerusform>
            <numerusform>%n Dateien in den Archivordnern können nicht gelesen werden; der Rest des Archivs ist nicht betroffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Folders (%n unreadable)</source>
        <translation>
            <numerusform>&amp;Ordner (%n nicht lesbar)</numerusform>
            <numerusform>&amp;Ordner (%n nicht lesbar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message numerus="yes">
        <source>%n post-mortem(s)</source>
        <translation>
            <numerusform>%n Post-Mortem</numerusform>
            <numerusform>%n Post-Mortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n post-mortem(s)</source>
        <translation>
            <numerusform>%1 von %n Post-Mortem</numerusform>
            <numerusform>%1 von %n Post-Mortems</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Post-Mortems</source>
        <translation>Post-Mortems vergleichen</translation>
    </message>
    <message>
        <source>Select two to four post-mortems to compare.</source>
        <translation>Wählen Sie zwei bis vier Post-Mortems zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Nothing resembles its factors or remediation items elsewhere.</source>
        <translation>Nichts anderswo ähnelt seinen Faktoren oder Maßnahmen.</translation>
    </message>
    <message>
        <source>Factor: %1</source>
        <translation>Faktor: %1</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot Export the Chart</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Diagramm exportiert nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n neue Datei</numerusform>
            <numerusform>%n neue Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>%n geänderte Datei</numerusform>
            <numerusform>%n geänderte Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved file(s)</source>
        <translation>
            <numerusform>%n verschobene Datei</numerusform>
            <numerusform>%n verschobene Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed file(s)</source>
        <translation>
            <numerusform>%n entfernte Datei</numerusform>
            <numerusform>%n entfernte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Double click a title to open that post-mortem</source>
        <translation>Doppelklicken Sie auf einen Titel, um dieses Post-Mortem zu öffnen</translation>
    </message>
</context>
<context>
    <name>Debrief::BiasesPage</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Once we know how it ended, the path to it looks obvious. The people in the incident did not know the ending.</source>
        <translation>Wenn wir wissen, wie es ausging, wirkt der Weg dorthin offensichtlich. Die Menschen im Vorfall kannten das Ende nicht.</translation>
    </message>
    <message>
        <source>“It was obvious that the certificate was the problem.”</source>
        <translation>„Es war doch offensichtlich, dass das Zertifikat das Problem war.“</translation>
    </message>
    <message>
        <source>“Anyone could have seen that coming.”</source>
        <translation>„Das hätte jeder kommen sehen können.“</translation>
    </message>
    <message>
        <source>Ask what people knew at that moment and why their next step made sense then. Keep what became clear only later apart, in the timeline&apos;s “known only in hindsight”.</source>
        <translation>Fragen Sie, was die Beteiligten in diesem Moment wussten und warum ihr nächster Schritt damals sinnvoll war. Halten Sie das, was erst später klar wurde, getrennt, im Feld „Erst im Nachhinein bekannt“ der Zeitleiste.</translation>
    </message>
    <message>
        <source>Judging a decision by how things turned out instead of by what was known when it was made.</source>
        <translation>Eine Entscheidung danach beurteilen, wie es ausging, statt danach, was bekannt war, als sie getroffen wurde.</translation>
    </message>
    <message>
        <source>“That was a bad call: look what it led to.”</source>
        <translation>„Das war eine schlechte Entscheidung: Schau, wozu sie geführt hat.“</translation>
    </message>
    <message>
        <source>“The restart worked, so it was the right thing to do.”</source>
        <translation>„Der Neustart hat funktioniert, also war er richtig.“</translation>
    </message>
    <message>
        <source>Judge each decision by the information, time and options there were. Ask: had it ended differently, would we describe the same decision the same way?</source>
        <translation>Beurteilen Sie jede Entscheidung nach den Informationen, der Zeit und den Optionen, die es gab. Fragen Sie: Wäre es anders ausgegangen, würden wir dieselbe Entscheidung genauso beschreiben?</translation>
    </message>
    <message>
        <source>Giving the latest events, or the last incident, more weight than they deserve.</source>
        <translation>Den jüngsten Ereignissen oder dem letzten Vorfall mehr Gewicht geben, als ihnen zusteht.</translation>
    </message>
    <message>
        <source>“This is just like last week&apos;s outage.”</source>
        <translation>„Das ist genau wie der Ausfall letzte Woche.“</translation>
    </message>
    <message>
        <source>“The last change before it broke must be the cause.”</source>
        <translation>„Die letzte Änderung vor dem Ausfall muss die Ursache sein.“</translation>
    </message>
    <message>
        <source>Walk the whole timeline from the first signal, including decisions made months or years ago. Look at earlier incidents and data before calling it a pattern.</source>
        <translation>Gehen Sie die ganze Zeitleiste ab dem ersten Signal durch, einschließlich Entscheidungen, die vor Monaten oder Jahren getroffen wurden. Sehen Sie sich frühere Vorfälle und Daten an, bevor Sie von einem Muster sprechen.</translation>
    </message>
    <message>
        <source>Explaining what someone did by who they are (careless, inexperienced) instead of by the situation they were in.</source>
        <translation>Erklären, was jemand getan hat, mit der Person selbst (unvorsichtig, unerfahren) statt mit der Situation, in der sie war.</translation>
    </message>
    <message>
        <source>“He was careless.”</source>
        <translation>„Er war unvorsichtig.“</translation>
    </message>
    <message>
        <source>“She doesn&apos;t know that system well enough.”</source>
        <translation>„Sie kennt das System nicht gut genug.“</translation>
    </message>
    <message>
        <source>Ask what in the situation made the action reasonable: the tools, the information, the pressure, the time of night. Describe conditions, not people.</source>
        <translation>Fragen Sie, was in der Situation die Handlung vernünftig machte: die Werkzeuge, die Informationen, der Druck, die Uhrzeit mitten in der Nacht. Beschreiben Sie Bedingungen, nicht Menschen.</translation>
    </message>
    <message>
        <source>What it sounds like</source>
        <translation>Wie es klingt</translation>
    </message>
    <message>
        <source>Countermeasure</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>During this post-mortem all of us are under the influence of cognitive biases, mostly without noticing. The most common are hindsight, outcome and recency bias and the fundamental attribution error. So we ask for, and give, permission to call them out: anyone may say “that sounds like hindsight bias” at any time, about anyone&apos;s words, the facilitator&apos;s included.</source>
        <translation>Während dieses Post-Mortems stehen wir alle unter dem Einfluss kognitiver Verzerrungen, meist ohne es zu merken. Die häufigsten sind Rückschaufehler, Ergebnis- und Aktualitätsverzerrung sowie der fundamentale Attributionsfehler. Darum bitten wir um die Erlaubnis, sie anzusprechen, und geben sie: Jede und jeder darf jederzeit sagen „Das klingt nach Rückschaufehler“, zu den Worten aller, auch zu denen der Moderation.</translation>
    </message>
    <message>
        <source>Call out a bias from any step with %1: it is logged here with the time and the step, and the meeting carries on where it was.</source>
        <translation>Sprechen Sie in jedem Schritt mit %1 eine Verzerrung an: Sie wird hier mit Zeit und Schritt festgehalten, und die Besprechung geht dort weiter, wo sie war.</translation>
    </message>
    <message>
        <source>Remove call-out</source>
        <translation>Angesprochene Verzerrung entfernen</translation>
    </message>
    <message>
        <source>Call out a bias</source>
        <translation>Verzerrung ansprechen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Verzerrung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Noch nicht vereinbart.</translation>
    </message>
    <message>
        <source>Agreed at %1 on %2 (%3).</source>
        <translation>Vereinbart am %2 um %1 (%3).</translation>
    </message>
    <message>
        <source>Bias call-outs &amp;so far: none yet</source>
        <translation>&amp;Bisher angesprochene Verzerrungen: noch keine</translation>
    </message>
    <message>
        <source>Bias call-outs &amp;so far (%1)</source>
        <translation>&amp;Bisher angesprochene Verzerrungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n bias call-out(s)</source>
        <translation>
            <numerusform>%n angesprochene Verzerrung entfernen</numerusform>
            <numerusform>%n angesprochene Verzerrungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::BlamelessMethodDialog</name>
    <message>
        <source>The Blameless Method</source>
        <translation>Die schuldfreie Methode</translation>
    </message>
    <message>
        <source>The blameless post-mortem</source>
        <translation>Das schuldfreie Post-Mortem</translation>
    </message>
    <message>
        <source>Complex systems fail, and people keep them running as best they can. A post-mortem is held to learn from a failure, not to find someone to blame: people who fear punishment leave out the details everyone needs.</source>
        <translation>Komplexe Systeme fallen aus, und Menschen halten sie so gut sie können am Laufen. Ein Post-Mortem dient dazu, aus einem Ausfall zu lernen, nicht dazu, Schuldige zu finden: Wer Strafe fürchtet, lässt genau die Details weg, die alle brauchen.</translation>
    </message>
    <message>
        <source>1. Set the context</source>
        <translation>1. Kontext setzen</translation>
    </message>
    <message>
        <source>Read the ground rules aloud at the start:</source>
        <translation>Lesen Sie zu Beginn die Grundregeln vor:</translation>
    </message>
    <message>
        <source>Failure is a normal part of how complex systems work; all of them fail sooner or later.</source>
        <translation>Ausfälle gehören zur Funktionsweise komplexer Systeme; jedes von ihnen fällt früher oder später aus.</translation>
    </message>
    <message>
        <source>The purpose is to learn. No one is blamed, shamed or punished for their account of what happened.</source>
        <translation>Es geht ums Lernen. Niemand wird für die eigene Schilderung des Geschehens beschuldigt, bloßgestellt oder bestraft.</translation>
    </message>
    <message>
        <source>Blame-free is not accountability-free: full, honest accounts are how people take responsibility.</source>
        <translation>Schuldfrei heißt nicht verantwortungsfrei: Mit vollständigen, ehrlichen Schilderungen übernehmen Menschen Verantwortung.</translation>
    </message>
    <message>
        <source>2. Remember the 3 R&apos;s</source>
        <translation>2. An die drei R denken</translation>
    </message>
    <message>
        <source>Regret: acknowledge the problem and apologise, with empathy for the customers affected and for the people who fought the fire.</source>
        <translation>Bedauern (Regret): Erkennen Sie das Problem an und entschuldigen Sie sich, mit Mitgefühl für die betroffenen Kunden und für die Menschen, die den Brand bekämpft haben.</translation>
    </message>
    <message>
        <source>Reason: everything from detection to resolution, in as much detail as possible; hide no facts.</source>
        <translation>Begründung (Reason): alles von der Erkennung bis zur Behebung, so detailliert wie möglich; verschweigen Sie keine Fakten.</translation>
    </message>
    <message>
        <source>Remedy: what will change. If the fix is not known yet, commit to continuing the investigation, and say so internally and to customers.</source>
        <translation>Abhilfe (Remedy): was sich ändern wird. Ist die Lösung noch nicht bekannt, verpflichten Sie sich, weiter zu untersuchen, und sagen Sie das intern und den Kunden.</translation>
    </message>
    <message>
        <source>3. Call out biases</source>
        <translation>3. Verzerrungen ansprechen</translation>
    </message>
    <message>
        <source>Everyone in the room is under the influence of cognitive biases without noticing. Give and ask for permission to call them out:</source>
        <translation>Alle im Raum stehen unbemerkt unter dem Einfluss kognitiver Verzerrungen. Geben und erbitten Sie die Erlaubnis, sie anzusprechen:</translation>
    </message>
    <message>
        <source>Hindsight bias: the outcome looks obvious once it is known.</source>
        <translation>Rückschaufehler: Das Ergebnis wirkt offensichtlich, sobald es bekannt ist.</translation>
    </message>
    <message>
        <source>Outcome bias: judging a decision by how things turned out rather than by what was known when it was made.</source>
        <translation>Ergebnisverzerrung: Eine Entscheidung wird danach beurteilt, wie es ausging, statt danach, was bekannt war, als sie getroffen wurde.</translation>
    </message>
    <message>
        <source>Recency bias: giving the latest events more weight than they deserve.</source>
        <translation>Aktualitätsverzerrung: Den jüngsten Ereignissen wird mehr Gewicht gegeben, als ihnen zusteht.</translation>
    </message>
    <message>
        <source>Fundamental attribution error: explaining actions by a person&apos;s character instead of their situation.</source>
        <translation>Fundamentaler Attributionsfehler: Handlungen werden mit dem Charakter einer Person erklärt statt mit ihrer Situation.</translation>
    </message>
    <message>
        <source>4. Build the timeline: describe, don&apos;t explain</source>
        <translation>4. Die Zeitleiste erstellen: beschreiben, nicht erklären</translation>
    </message>
    <message>
        <source>Understand what happened from the point of view of the people involved:</source>
        <translation>Verstehen Sie das Geschehen aus der Sicht der Beteiligten:</translation>
    </message>
    <message>
        <source>What did they know, and when? Why did their actions make sense at the time?</source>
        <translation>Was wussten sie, und wann? Warum war ihr Handeln zu diesem Zeitpunkt sinnvoll?</translation>
    </message>
    <message>
        <source>Keep apart what was only known in hindsight.</source>
        <translation>Halten Sie getrennt, was erst im Nachhinein bekannt war.</translation>
    </message>
    <message>
        <source>Collect as many points of view as possible, and note divergent and dissenting opinions.</source>
        <translation>Sammeln Sie so viele Sichtweisen wie möglich und halten Sie abweichende und gegenteilige Meinungen fest.</translation>
    </message>
    <message>
        <source>As facilitator, listen to discover, and verify by summarising what you heard.</source>
        <translation>Hören Sie in der Moderation zu, um zu entdecken, und prüfen Sie Ihr Verständnis, indem Sie das Gehörte zusammenfassen.</translation>
    </message>
    <message>
        <source>5. Ask questions</source>
        <translation>5. Fragen stellen</translation>
    </message>
    <message>
        <source>Be transparent and honest; leave out no small detail. Ask about:</source>
        <translation>Seien Sie transparent und ehrlich; lassen Sie kein noch so kleines Detail weg. Fragen Sie nach:</translation>
    </message>
    <message>
        <source>The people involved: their circumstances, how the incident affected them, what would help.</source>
        <translation>Den Beteiligten: ihren Umständen, wie der Vorfall sie belastet hat, was helfen würde.</translation>
    </message>
    <message>
        <source>The process: support, escalation, access to the right people and knowledge.</source>
        <translation>Dem Prozess: Unterstützung, Eskalation, Zugang zu den richtigen Personen und zum nötigen Wissen.</translation>
    </message>
    <message>
        <source>The aftermath: recovery, the first steps taken, telling customers.</source>
        <translation>Den Nachwirkungen: Erholung, die ersten unternommenen Schritte, die Information der Kunden.</translation>
    </message>
    <message>
        <source>The culture: on-call, schedules, how open the team is about failure.</source>
        <translation>Der Kultur: Rufbereitschaft, Dienstpläne, wie offen das Team mit Fehlern umgeht.</translation>
    </message>
    <message>
        <source>The next time: are we better prepared, and can anyone find this write-up?</source>
        <translation>Dem nächsten Mal: Sind wir besser vorbereitet, und kann jeder diesen Bericht finden?</translation>
    </message>
    <message>
        <source>6. Contributing factors, not a root cause</source>
        <translation>6. Beitragende Faktoren statt einer Grundursache</translation>
    </message>
    <message>
        <source>Outages have many contributing factors, some from decisions made long ago. Look for several of them, link each to the timeline, and never name a person as the cause.</source>
        <translation>Ausfälle haben viele beitragende Faktoren, manche stammen aus lange zurückliegenden Entscheidungen. Suchen Sie mehrere davon, verknüpfen Sie jeden mit der Zeitleiste und nennen Sie nie eine Person als Ursache.</translation>
    </message>
    <message>
        <source>7. Remediation that is SMART</source>
        <translation>7. SMARTe Maßnahmen</translation>
    </message>
    <message>
        <source>Decide and prioritise the remediation items. Each one is:</source>
        <translation>Beschließen und priorisieren Sie die Maßnahmen. Jede davon ist:</translation>
    </message>
    <message>
        <source>Specific: what exactly changes.</source>
        <translation>Spezifisch: was genau sich ändert.</translation>
    </message>
    <message>
        <source>Measurable: how we will know it worked.</source>
        <translation>Messbar: woran wir erkennen, dass sie gewirkt hat.</translation>
    </message>
    <message>
        <source>Agreeable: its owner has agreed to it.</source>
        <translation>Akzeptiert: Die verantwortliche Person hat zugestimmt.</translation>
    </message>
    <message>
        <source>Realistic: it can be done with the time and people available.</source>
        <translation>Realistisch: Sie ist mit der verfügbaren Zeit und den verfügbaren Personen umsetzbar.</translation>
    </message>
    <message>
        <source>Timebound: it has a due date.</source>
        <translation>Terminiert: Sie hat ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>8. Publish and archive</source>
        <translation>8. Veröffentlichen und archivieren</translation>
    </message>
    <message>
        <source>Share the write-up as widely as possible and archive it so that the next team can find it. Before publishing, check the basics: timeline or log data, conversations, notes, time calculations, severity, and actionable remediation.</source>
        <translation>Teilen Sie den Bericht so breit wie möglich und archivieren Sie ihn, damit das nächste Team ihn findet. Prüfen Sie vor der Veröffentlichung die Grundlagen: Zeitleiste oder Protokolldaten, Gespräche, Notizen, Zeitberechnungen, Schweregrad und umsetzbare Maßnahmen.</translation>
    </message>
    <message>
        <source>And remember: blameless applies first and foremost to yourself.</source>
        <translation>Und denken Sie daran: Schuldfrei gilt zuallererst für Sie selbst.</translation>
    </message>
    <message>
        <source>Change the focus</source>
        <translation>Den Fokus verändern</translation>
    </message>
    <message>
        <source>Time to resolution and time between failures are numbers, not the point. Focus on learning from the incident and on the environment people work in: it shapes how they act in normal work and under stress.</source>
        <translation>Zeit bis zur Behebung und Zeit zwischen Ausfällen sind Zahlen, nicht der Kern der Sache. Konzentrieren Sie sich darauf, aus dem Vorfall zu lernen, und auf das Umfeld, in dem Menschen arbeiten: Es prägt, wie sie im Alltag und unter Stress handeln.</translation>
    </message>
    <message>
        <source>Avoid punishment</source>
        <translation>Bestrafung vermeiden</translation>
    </message>
    <message>
        <source>People who expect punishment hide the specifics that make them look bad, and the problem repeats. Create safety and accountability together: whoever made a mistake learns from it instead of suffering for it.</source>
        <translation>Wer mit Strafe rechnet, verschweigt die Einzelheiten, die ihn schlecht aussehen lassen, und das Problem wiederholt sich. Schaffen Sie Sicherheit und Verantwortlichkeit zugleich: Wer einen Fehler gemacht hat, lernt daraus, statt darunter zu leiden.</translation>
    </message>
    <message>
        <source>Further reading</source>
        <translation>Weiterführende Literatur</translation>
    </message>
    <message>
        <source>The method follows VictorOps&apos; “Blameless Post-Mortems and how to do them”. Its sources:</source>
        <translation>Die Methode folgt „Blameless Post-Mortems and how to do them“ von VictorOps. Ihre Quellen:</translation>
    </message>
</context>
<context>
    <name>Debrief::BlamelessRules</name>
    <message>
        <source>Try instead:</source>
        <comment>reframing suggestion of the blameless-language assistant</comment>
        <translation>Versuchen Sie stattdessen:</translation>
    </message>
</context>
<context>
    <name>Debrief::CallOutBiasDialog</name>
    <message>
        <source>Call Out a Bias</source>
        <translation>Verzerrung ansprechen</translation>
    </message>
    <message>
        <source>Which bias did you notice? Choose with the arrow keys or its number.
It is logged with the time and the step “%1”; the meeting stays where it is.</source>
        <translation>Welche Verzerrung haben Sie bemerkt? Wählen Sie mit den Pfeiltasten oder ihrer Nummer.
Sie wird mit der Zeit und dem Schritt „%1“ festgehalten; die Besprechung bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Verzerrung</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <comment>number key, bias</comment>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>What was said, or why it sounds like this bias</source>
        <translation>Was gesagt wurde oder warum es nach dieser Verzerrung klingt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>Call out %1</source>
        <translation>%1 ansprechen</translation>
    </message>
</context>
<context>
    <name>Debrief::ComparisonModel</name>
    <message>
        <source>Incident id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Impact duration</source>
        <translation>Dauer der Auswirkung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>Questions discussed</source>
        <translation>Besprochene Fragen</translation>
    </message>
    <message>
        <source>Factor %1</source>
        <translation>Faktor %1</translation>
    </message>
    <message>
        <source>Remediation %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>Debrief::ContextPage</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <comment>time on date (time zone)</comment>
        <translation>am %2 um %1 (%3)</translation>
    </message>
    <message>
        <source>Failure is a normal part of how complex systems work. Every system fails sooner or later.</source>
        <translation>Ausfälle gehören zur Funktionsweise komplexer Systeme. Jedes System fällt früher oder später aus.</translation>
    </message>
    <message>
        <source>We are here to learn. That is the whole purpose of this meeting.</source>
        <translation>Wir sind hier, um zu lernen. Das ist der einzige Zweck dieser Besprechung.</translation>
    </message>
    <message>
        <source>Nobody will be blamed, shamed or punished for telling us what happened.</source>
        <translation>Niemand wird beschuldigt, bloßgestellt oder bestraft, weil er uns erzählt, was passiert ist.</translation>
    </message>
    <message>
        <source>Blame-free does not mean accountability-free. A full, honest account is how we take responsibility, and only a blame-free room gets one.</source>
        <translation>Schuldfrei heißt nicht verantwortungsfrei. Mit einer vollständigen, ehrlichen Schilderung übernehmen wir Verantwortung, und nur ein schuldfreier Raum bekommt eine solche.</translation>
    </message>
    <message>
        <source>Our organisation affirms it every time: individuals are never the root cause of an outage.</source>
        <translation>Unsere Organisation bekräftigt es jedes Mal: Einzelne Menschen sind nie die Grundursache eines Ausfalls.</translation>
    </message>
    <message>
        <source>Regret, reason and remedy. Together they make the customer-facing statement, which is exported on its own.</source>
        <translation>Bedauern, Begründung und Abhilfe. Zusammen ergeben sie die Stellungnahme für Kunden, die separat exportiert wird.</translation>
    </message>
    <message>
        <source>Acknowledge the problem and apologise for it, with empathy for the customers who were affected and for the people who were in the firefight.</source>
        <translation>Erkennen Sie das Problem an und entschuldigen Sie sich dafür, mit Mitgefühl für die betroffenen Kunden und für die Menschen, die den Brand bekämpft haben.</translation>
    </message>
    <message>
        <source>Start with the apology. Say what customers could not do and for how long, in their words rather than ours. Thank the responders without naming anyone as the cause.</source>
        <translation>Beginnen Sie mit der Entschuldigung. Sagen Sie, was Kunden nicht tun konnten und wie lange, eher in ihren Worten als in unseren. Danken Sie den Einsatzkräften, ohne jemanden als Ursache zu nennen.</translation>
    </message>
    <message>
        <source>What customers went through, and that we are sorry…</source>
        <translation>Was Kunden erlebt haben und dass es uns leidtut …</translation>
    </message>
    <message>
        <source>Everything from the first detection of the incident to its resolution. Nothing is hidden.</source>
        <translation>Alles von der ersten Erkennung des Vorfalls bis zu seiner Behebung. Nichts wird verschwiegen.</translation>
    </message>
    <message>
        <source>The more detail the better: there is no point in hiding facts. Tell the sequence in plain language; the timeline step keeps the full record.</source>
        <translation>Je mehr Details, desto besser: Es hat keinen Sinn, Fakten zu verbergen. Erzählen Sie den Ablauf in einfacher Sprache; der Schritt „Zeitleiste“ enthält das vollständige Protokoll.</translation>
    </message>
    <message>
        <source>How it was detected, what happened, how it was resolved…</source>
        <translation>Wie es erkannt wurde, was passiert ist, wie es behoben wurde …</translation>
    </message>
    <message>
        <source>What we will do about it: SMART remediation items, a commitment to keep investigating what we do not know yet, and what we will tell our colleagues and our customers.</source>
        <translation>Was wir dagegen tun: SMARTe Maßnahmen, die Zusage, weiter zu untersuchen, was wir noch nicht wissen, und was wir unseren Kolleginnen und Kollegen und unseren Kunden sagen.</translation>
    </message>
    <message>
        <source>It is fine not to know the remedy yet, as long as the investigation continues. Items must be Specific, Measurable, Agreeable, Realistic and Timebound (the Remediation step checks them). Say how people inside and outside will hear that things are improving and what is planned to prevent the next outage.</source>
        <translation>Es ist in Ordnung, die Abhilfe noch nicht zu kennen, solange die Untersuchung weitergeht. Maßnahmen müssen spezifisch, messbar, akzeptiert, realistisch und terminiert sein (der Schritt „Maßnahmen“ prüft das). Sagen Sie, wie Menschen intern und extern erfahren, dass es besser wird, und was geplant ist, um den nächsten Ausfall zu verhindern.</translation>
    </message>
    <message>
        <source>What will change, by when, and what we will communicate…</source>
        <translation>Was sich bis wann ändert und was wir mitteilen …</translation>
    </message>
    <message>
        <source>Put together from the 3 R&apos;s as you type, exactly as it is exported for customers. Change it through the fields above.</source>
        <translation>Während der Eingabe aus den drei R zusammengesetzt, genau so, wie sie für Kunden exportiert wird. Ändern Sie sie über die Felder oben.</translation>
    </message>
    <message>
        <source>Nothing yet: write the regret, the reason and the remedy above.</source>
        <translation>Noch nichts: Schreiben Sie oben Bedauern, Begründung und Abhilfe.</translation>
    </message>
    <message>
        <source>Read aloud at %1. Untick if that was a mistake.</source>
        <translation>Vorgelesen %1. Entfernen Sie das Häkchen, falls das ein Versehen war.</translation>
    </message>
    <message>
        <source>Not read aloud yet.</source>
        <translation>Noch nicht vorgelesen.</translation>
    </message>
    <message>
        <source>Read aloud at %1.</source>
        <translation>Vorgelesen %1.</translation>
    </message>
</context>
<context>
    <name>Debrief::Document</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The document could not be written before copying.</source>
        <translation>Das Dokument konnte vor dem Kopieren nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is open in another Debrief window.</source>
        <translation>%1 ist in einem anderen Debrief-Fenster geöffnet.</translation>
    </message>
</context>
<context>
    <name>Debrief::DocumentView</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Back: %1</source>
        <translation>Zurück: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous step (%1)</source>
        <translation>Vorheriger Schritt (%1)</translation>
    </message>
    <message>
        <source>Next step (%1)</source>
        <translation>Nächster Schritt (%1)</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1: vollständig</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done; missing: %4</source>
        <translation>%1: %2 von %3 erledigt; es fehlt: %4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2 of %3 done</source>
        <translation>%1, %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>Changes cannot be written to the file: %1
Nothing is lost: Debrief keeps them and keeps trying. To keep a copy elsewhere, use File ▸ Save As…</source>
        <translation>Änderungen können nicht in die Datei geschrieben werden: %1
Es geht nichts verloren: Debrief behält sie und versucht es weiter. Um eine Kopie an anderer Stelle abzulegen, verwenden Sie Datei ▸ Speichern unter …</translation>
    </message>
    <message>
        <source>This post-mortem is open read-only: nothing can be changed. To work on a copy, use File ▸ Save As…</source>
        <translation>Dieses Post-Mortem ist schreibgeschützt geöffnet: Es kann nichts geändert werden. Um an einer Kopie zu arbeiten, verwenden Sie Datei ▸ Speichern unter …</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>Debrief::EventDetailEditor</name>
    <message>
        <source>None</source>
        <comment>no milestone</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <comment>time of a timeline event</comment>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Kein Ende</translation>
    </message>
    <message>
        <source>Participant or system</source>
        <translation>Teilnehmer oder System</translation>
    </message>
    <message>
        <source>In the incident&apos;s time zone, %1.</source>
        <translation>In der Zeitzone des Vorfalls, %1.</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(Beleg ohne Titel)</translation>
    </message>
    <message>
        <source>&amp;Evidence for this event:</source>
        <translation>&amp;Belege für dieses Ereignis:</translation>
    </message>
    <message>
        <source>Evidence for this event: none attached yet (see the Evidence tab).</source>
        <translation>Belege für dieses Ereignis: noch keine angehängt (siehe Karteikarte „Belege“).</translation>
    </message>
</context>
<context>
    <name>Debrief::EventViewCard</name>
    <message>
        <source>Whose view</source>
        <translation>Wessen Sicht</translation>
    </message>
    <message>
        <source>Whose view this is: a participant, a name, or anonymous when they prefer.</source>
        <translation>Wessen Sicht dies ist: ein Teilnehmer, ein Name oder anonym, wenn die Person das vorzieht.</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>They disagree with how the event is described, not only remember it differently.</source>
        <translation>Die Person widerspricht der Beschreibung des Ereignisses und erinnert sich nicht nur anders daran.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this view</source>
        <translation>Diese Sichtweise entfernen</translation>
    </message>
    <message>
        <source>The view in their words.</source>
        <translation>Die Sichtweise in eigenen Worten.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Sichtweise</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Change whose view it is</source>
        <translation>Ändern, wessen Sicht es ist</translation>
    </message>
</context>
<context>
    <name>Debrief::EvidencePanel</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Automatic (plain text)</source>
        <translation>Automatisch (reiner Text)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time and text of a linked event</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not linked to an event yet: select an event on the Events tab and tick this evidence.</source>
        <translation>Noch mit keinem Ereignis verknüpft: Wählen Sie auf der Karteikarte „Ereignisse“ ein Ereignis aus und haken Sie diesen Beleg an.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>highlighting…</source>
        <translation>wird hervorgehoben …</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt *.json *.yaml *.yml *.conf *.cfg *.ini *.toml *.xml *.sh *.sql *.py *.go *.java *.js *.ts);;All files (*)</source>
        <translation>Textdateien (*.log *.txt *.json *.yaml *.yml *.conf *.cfg *.ini *.toml *.xml *.sh *.sql *.py *.go *.java *.js *.ts);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Debrief::EvidencePasteDialog</name>
    <message>
        <source>&amp;Attach</source>
        <translation>An&amp;hängen</translation>
    </message>
    <message>
        <source>Pasted excerpt</source>
        <translation>Eingefügter Auszug</translation>
    </message>
    <message>
        <source>Kind and highlighting are recognised from the text; change them if they are wrong.</source>
        <translation>Art und Hervorhebung werden am Text erkannt; ändern Sie sie, falls sie nicht stimmen.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, highlighted as %2.</source>
        <translation>
            <numerusform>%n Zeile, %1, hervorgehoben als %2.</numerusform>
            <numerusform>%n Zeilen, %1, hervorgehoben als %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::FactorsPage</name>
    <message>
        <source>There is no single root cause. Most, if not all, production outages have lots of contributing factors that come into play. Decisions made months or years ago can help trigger an issue that no one could foresee at the time, together with factors that may or may not be in your control.
Individuals are NEVER the root cause of outages: describe the conditions people worked in, not the people.</source>
        <translation>Es gibt keine einzelne Grundursache. Bei den meisten, wenn nicht allen Produktionsausfällen spielen viele beitragende Faktoren zusammen. Entscheidungen, die vor Monaten oder Jahren getroffen wurden, können ein Problem mit auslösen, das damals niemand vorhersehen konnte, zusammen mit Faktoren, die Sie beeinflussen können oder auch nicht.
Einzelne Menschen sind NIE die Grundursache von Ausfällen: Beschreiben Sie die Bedingungen, unter denen die Menschen gearbeitet haben, nicht die Menschen.</translation>
    </message>
    <message>
        <source>For you as facilitator: ask “what else had to be true for this to happen?” until the room has several factors. Write each as a condition (tools, information, workload, time pressure, decisions and their context), give it a category, and tick the moments on the timeline where it showed. When a factor names a person, ask what made their action make sense at the time.</source>
        <translation>Für Sie in der Moderation: Fragen Sie „Was musste noch zutreffen, damit das passieren konnte?“, bis der Raum mehrere Faktoren gefunden hat. Formulieren Sie jeden als Bedingung (Werkzeuge, Informationen, Arbeitslast, Zeitdruck, Entscheidungen und ihr Kontext), geben Sie ihm eine Kategorie und haken Sie die Momente auf der Zeitleiste an, in denen er sich gezeigt hat. Nennt ein Faktor eine Person, fragen Sie, warum ihr Handeln damals sinnvoll war.</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Faktor entfernen</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>(untitled factor)</source>
        <translation>(Faktor ohne Titel)</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>not linked to the timeline</source>
        <translation>nicht mit der Zeitleiste verknüpft</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline event(s)</source>
        <translation>
            <numerusform>%n Ereignis der Zeitleiste</numerusform>
            <numerusform>%n Ereignisse der Zeitleiste</numerusform>
        </translation>
    </message>
    <message>
        <source>names a person: “%1”</source>
        <translation>nennt eine Person: „%1“</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of details</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event time · milestone</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The timeline is empty, so there is nothing to link yet. Add what happened on the Timeline step, then tick here the moments where this factor showed.</source>
        <translation>Die Zeitleiste ist leer, daher gibt es noch nichts zu verknüpfen. Halten Sie im Schritt „Zeitleiste“ fest, was passiert ist, und haken Sie dann hier die Momente an, in denen sich dieser Faktor gezeigt hat.</translation>
    </message>
    <message>
        <source>Add or choose a factor to link it to events.</source>
        <translation>Fügen Sie einen Faktor hinzu oder wählen Sie einen aus, um ihn mit Ereignissen zu verknüpfen.</translation>
    </message>
    <message>
        <source>Unlink event</source>
        <translation>Verknüpfung mit Ereignis lösen</translation>
    </message>
</context>
<context>
    <name>Debrief::ImportCandidatesModel</name>
    <message>
        <source>%1 → %2</source>
        <comment>chat name → participant</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>Debrief::MainWindow</name>
    <message>
        <source>Debrief post-mortems (*.debrief)</source>
        <translation>Debrief-Post-Mortems (*.debrief)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>The &amp;Blameless Method</source>
        <translation>Die &amp;schuldfreie Methode</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>Ü&amp;ber Debrief</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
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
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot Create a Post-Mortem</source>
        <translation>Post-Mortem kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open Post-Mortem</source>
        <translation>Post-Mortem öffnen</translation>
    </message>
    <message>
        <source>Cannot Open the Example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>%1 Open a read-only view?</source>
        <translation>%1 Möchten Sie es schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Post-Mortem?</source>
        <translation>Post-Mortem speichern?</translation>
    </message>
    <message>
        <source>This post-mortem has no file name yet. Save it before closing?</source>
        <translation>Dieses Post-Mortem hat noch keinen Dateinamen. Möchten Sie es vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The latest changes cannot be written to %1. If you close it now, they are lost.</source>
        <translation>Die letzten Änderungen können nicht in %1 geschrieben werden. Wenn Sie jetzt schließen, gehen sie verloren.</translation>
    </message>
    <message>
        <source>Close and Lose Changes</source>
        <translation>Schließen und Änderungen verwerfen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Save Post-Mortem As</source>
        <translation>Post-Mortem speichern unter</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Cannot Save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Nicht gespeichert – neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
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
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>Über Debrief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Run blameless post-mortems in the room: a guided flow for the facilitator, a record that is never lost, and a write-up to share.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Schuldfreie Post-Mortems gemeinsam im Raum durchführen: ein geführter Ablauf für die Moderation, ein Protokoll, das nie verloren geht, und ein Bericht zum Teilen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Call Out a &amp;Bias…</source>
        <translation>&amp;Verzerrung ansprechen …</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Bias call-out logged: %1</source>
        <translation>Angesprochene Verzerrung festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>Debrief::MetricsPanel</name>
    <message>
        <source>%1 → %2</source>
        <comment>from milestone → to milestone</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · approximate</source>
        <comment>milestone route · approximate</comment>
        <translation>%1 · ungefähr</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value: a milestone is missing</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ Check order</source>
        <translation>⚠ Reihenfolge prüfen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>a milestone order warning</comment>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Debrief::OpenRemediationModel</name>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(kein Fälligkeitsdatum)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Remediation item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
</context>
<context>
    <name>Debrief::ParkingLotView</name>
    <message>
        <source>Nothing parked yet.</source>
        <translation>Noch nichts im Themenspeicher.</translation>
    </message>
    <message>
        <source>From the question: %1</source>
        <translation>Aus der Frage: %1</translation>
    </message>
    <message>
        <source>(untitled item)</source>
        <translation>(Eintrag ohne Titel)</translation>
    </message>
    <message>
        <source>Promoted to remediation: “%1”</source>
        <translation>Als Maßnahme übernommen: „%1“</translation>
    </message>
</context>
<context>
    <name>Debrief::PreparePage</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>incident start and end times</comment>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>severity level: key – name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(unnamed level)</source>
        <translation>(Stufe ohne Namen)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <source>This level has no definition yet: use &quot;Edit severity levels&quot; to write down what it means.</source>
        <translation>Diese Stufe hat noch keine Definition: Halten Sie mit „Schweregrade bearbeiten“ fest, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>⚠ The end is before the start. Check both times and the time zone.</source>
        <translation>⚠ Das Ende liegt vor dem Beginn. Prüfen Sie beide Zeiten und die Zeitzone.</translation>
    </message>
    <message>
        <source>unknown here: times are shown in UTC</source>
        <translation>hier unbekannt: Zeiten werden in UTC angezeigt</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>Die Moderation</translation>
    </message>
    <message>
        <source>%1 appears in the timeline as someone who acted during the incident. A facilitator who was not involved finds it easier to keep the discussion neutral: consider asking someone else to facilitate.</source>
        <translation>%1 erscheint in der Zeitleiste als jemand, der während des Vorfalls gehandelt hat. Wer nicht beteiligt war, kann die Diskussion leichter neutral halten: Bitten Sie gegebenenfalls eine andere Person, die Moderation zu übernehmen.</translation>
    </message>
    <message>
        <source>Choose facilitator</source>
        <translation>Moderation auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer entfernen</numerusform>
            <numerusform>%n Teilnehmer entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
</context>
<context>
    <name>Debrief::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large type for the projector; Esc or F5 to leave</source>
        <translation>Vollbild mit großer Schrift für den Projektor; Esc oder F5 zum Verlassen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Presentation &amp;Theme</source>
        <translation>Präsentations&amp;farbschema</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Time since presentation mode was first started for this post-mortem</source>
        <translation>Zeit seit dem ersten Start des Präsentationsmodus für dieses Post-Mortem</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 / %n min</source>
        <translation>
            <numerusform>%1 %2 / %n Min.</numerusform>
            <numerusform>%1 %2 / %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <source> · %1 over</source>
        <translation> · %1 überzogen</translation>
    </message>
</context>
<context>
    <name>Debrief::QuestionsPage</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Mark question open</source>
        <translation>Frage als offen markieren</translation>
    </message>
    <message>
        <source>Mark question discussed</source>
        <translation>Frage als besprochen markieren</translation>
    </message>
    <message>
        <source>Mark question skipped</source>
        <translation>Frage als übersprungen markieren</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Nothing parked yet. Park follow-ups that would derail the discussion; they can become remediation items later.</source>
        <translation>Noch nichts im Themenspeicher. Legen Sie hier Folgethemen ab, die die Diskussion vom Weg abbringen würden; sie können später zu Maßnahmen werden.</translation>
    </message>
    <message>
        <source>Remove from parking lot</source>
        <translation>Aus dem Themenspeicher entfernen</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Keine Fragen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n erledigt</numerusform>
            <numerusform>%1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the team</source>
        <translation>Vom Team hinzugefügt</translation>
    </message>
    <message>
        <source>From the template “%1”</source>
        <translation>Aus der Vorlage „%1“</translation>
    </message>
    <message>
        <source>Choose a question from the list.</source>
        <translation>Wählen Sie eine Frage aus der Liste.</translation>
    </message>
    <message>
        <source>A question your team added.</source>
        <translation>Eine Frage, die Ihr Team hinzugefügt hat.</translation>
    </message>
    <message>
        <source>From the template “%1”.</source>
        <translation>Aus der Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Type the question first, then press Enter.</source>
        <translation>Geben Sie zuerst die Frage ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Added to “%1”.</source>
        <translation>Zu „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>The questions of the method stay in every post-mortem: mark this one skipped (Ctrl+3) if it does not apply.</source>
        <translation>Die Fragen der Methode bleiben in jedem Post-Mortem: Markieren Sie diese als übersprungen (Strg+3), wenn sie nicht zutrifft.</translation>
    </message>
    <message>
        <source>Type the follow-up first, then press Enter to park it.</source>
        <translation>Geben Sie zuerst das Folgethema ein und drücken Sie dann die Eingabetaste, um es im Themenspeicher abzulegen.</translation>
    </message>
    <message>
        <source>Parked. The parking lot is on this step and on Remediation.</source>
        <translation>Im Themenspeicher abgelegt. Der Themenspeicher befindet sich in diesem Schritt und bei „Maßnahmen“.</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Mitgelieferte Vorlagen</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <comment>template name and size</comment>
        <translation>
            <numerusform>%1 (%n Frage)</numerusform>
            <numerusform>%1 (%n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: put template files (.json) in the folder</source>
        <translation>Noch keine: Legen Sie Vorlagendateien (.json) in den Ordner</translation>
    </message>
    <message>
        <source>Skipped: these files could not be read</source>
        <translation>Übersprungen: Diese Dateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open the templates folder</source>
        <translation>Vorlagenordner öffnen</translation>
    </message>
    <message>
        <source>Every question of “%1” is already in this post-mortem.</source>
        <translation>Alle Fragen aus „%1“ sind bereits in diesem Post-Mortem.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) from “%1”.</source>
        <translation>
            <numerusform>%n Frage aus „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Fragen aus „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::RemediationItemsModel</name>
    <message>
        <source>(untitled item)</source>
        <translation>(Eintrag ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (not agreed)</source>
        <comment>owner who has not agreed yet</comment>
        <translation>%1 (nicht zugestimmt)</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Es fehlt: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>SMART-Prüfung</translation>
    </message>
</context>
<context>
    <name>Debrief::RemediationPage</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Make every item SMART: Specific, Measurable, Agreeable (its owner said yes), Realistic and Timebound. It is fine not to know the remedy yet, as long as someone is committed to keep investigating: make that a “learn” item.</source>
        <translation>Machen Sie jede Maßnahme SMART: spezifisch, messbar, akzeptiert (die verantwortliche Person hat zugestimmt), realistisch und terminiert. Es ist in Ordnung, die Abhilfe noch nicht zu kennen, solange sich jemand verpflichtet, weiter zu untersuchen: Legen Sie dafür eine Maßnahme der Art „Lernen“ an.</translation>
    </message>
    <message>
        <source>For you as facilitator: ask each owner out loud whether they agree and whether the due date is realistic. Decide what will be communicated internally and to customers about the work. Record what the room decided not to do, with the reason, so the next post-mortem does not argue it again.</source>
        <translation>Für Sie in der Moderation: Fragen Sie jede verantwortliche Person laut, ob sie zustimmt und ob das Fälligkeitsdatum realistisch ist. Entscheiden Sie, was intern und den Kunden über die Arbeit mitgeteilt wird. Halten Sie mit Begründung fest, was der Raum bewusst nicht umsetzen will, damit das nächste Post-Mortem es nicht erneut diskutiert.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>remediation due date</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Nothing parked. Follow-ups parked during the questions show up here, ready to become items.</source>
        <translation>Nichts im Themenspeicher. Folgethemen, die bei den Fragen abgelegt wurden, erscheinen hier und können zu Maßnahmen werden.</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Entscheidung entfernen</translation>
    </message>
    <message>
        <source>Decided not to do</source>
        <translation>Bewusst nicht umgesetzt</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>No remediation items yet: add one, or promote an entry from the parking lot.</source>
        <translation>Noch keine Maßnahmen: Fügen Sie eine hinzu oder übernehmen Sie einen Eintrag aus dem Themenspeicher.</translation>
    </message>
    <message>
        <source>Choose an item to edit it.</source>
        <translation>Wählen Sie eine Maßnahme aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation>%1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Enter a web address to open it</source>
        <translation>Geben Sie eine Webadresse ein, um sie zu öffnen</translation>
    </message>
    <message>
        <source>⚠ Not a web address: a tracker link starts with https:// or http://</source>
        <translation>⚠ Keine Webadresse: Ein Tracker-Link beginnt mit https:// oder http://</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SMART criterion: what is missing</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SMART check: this item is SMART</source>
        <translation>SMART-Prüfung: Diese Maßnahme ist SMART</translation>
    </message>
    <message numerus="yes">
        <source>SMART check: %n part(s) missing</source>
        <translation>
            <numerusform>SMART-Prüfung: %n Teil fehlt</numerusform>
            <numerusform>SMART-Prüfung: %n Teile fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is already a remediation item</source>
        <translation>Dieser Eintrag ist bereits eine Maßnahme</translation>
    </message>
    <message>
        <source>Make the selected entry a remediation item and link them</source>
        <translation>Den ausgewählten Eintrag zu einer Maßnahme machen und beide verknüpfen</translation>
    </message>
    <message>
        <source>Promote to remediation item</source>
        <translation>Als Maßnahme übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung entfernen</numerusform>
            <numerusform>%n Entscheidungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Debrief::ReportController</name>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <source>Export the report as a PDF for distribution</source>
        <translation>Den Bericht als PDF zur Verteilung exportieren</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown …</translation>
    </message>
    <message>
        <source>Export the report as Markdown for a wiki or repository</source>
        <translation>Den Bericht als Markdown für ein Wiki oder Repository exportieren</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML …</translation>
    </message>
    <message>
        <source>Export the report as a single self-contained HTML file</source>
        <translation>Den Bericht als einzelne, eigenständige HTML-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Customer Statement…</source>
        <translation>&amp;Stellungnahme für Kunden …</translation>
    </message>
    <message>
        <source>Export the customer-facing statement (regret, reason, remedy) as PDF or plain text</source>
        <translation>Die Stellungnahme für Kunden (Bedauern, Begründung, Abhilfe) als PDF oder reinen Text exportieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>Show the pages of the report as they will print</source>
        <translation>Die Seiten des Berichts so anzeigen, wie sie gedruckt werden</translation>
    </message>
    <message>
        <source>post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report as Markdown</source>
        <translation>Bericht als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Customer Statement</source>
        <translation>Stellungnahme für Kunden exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Text files (*.txt)</source>
        <translation>PDF-Dateien (*.pdf);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Debrief::ReportExportDialog</name>
    <message>
        <source>PDF/A-1b for long-term archiving</source>
        <translation>PDF/A-1b für die Langzeitarchivierung</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Fonts are embedded and the text stays selectable and searchable. Facilitator-only notes are never included.</source>
        <translation>Schriften werden eingebettet, und der Text bleibt auswählbar und durchsuchbar. Notizen nur für die Moderation werden nie aufgenommen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
</context>
<context>
    <name>Debrief::ReviewPage</name>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Every item of the basics is done.</source>
        <translation>Alle Punkte der Grundlagen sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>%1 von %n erledigt.</numerusform>
            <numerusform>%1 von %n erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation>Offene Fragen (%1)</translation>
    </message>
    <message>
        <source>Remediation items not yet SMART (%1)</source>
        <translation>Noch nicht SMARTe Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>(untitled item)</source>
        <translation>(Eintrag ohne Titel)</translation>
    </message>
    <message>
        <source>Parked follow-ups not yet promoted (%1)</source>
        <translation>Noch nicht übernommene Folgethemen im Themenspeicher (%1)</translation>
    </message>
    <message>
        <source>From the question: %1</source>
        <translation>Aus der Frage: %1</translation>
    </message>
    <message>
        <source>Nothing is left open: every question was discussed or skipped, every open remediation item is SMART and every parked follow-up was promoted.</source>
        <translation>Nichts ist mehr offen: Jede Frage wurde besprochen oder übersprungen, jede offene Maßnahme ist SMART und jedes abgelegte Folgethema wurde übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still open.</source>
        <translation>
            <numerusform>%n Punkt noch offen.</numerusform>
            <numerusform>%n Punkte noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>step › field</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>where (which record)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <comment>finding in where</comment>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>No blame, counterfactual or root-cause phrasing found.</source>
        <translation>Keine Formulierungen mit Schuldzuweisung, Kontrafaktischem oder Grundursache gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) to reword. Blame and “should have” make people guard their account; describe what happened and why it made sense at the time.</source>
        <translation>
            <numerusform>%n Stelle zum Umformulieren. Schuldzuweisungen und „hätte sollen“ lassen Menschen ihre Schilderung zurückhalten; beschreiben Sie, was passiert ist und warum es damals sinnvoll war.</numerusform>
            <numerusform>%n Stellen zum Umformulieren. Schuldzuweisungen und „hätte sollen“ lassen Menschen ihre Schilderung zurückhalten; beschreiben Sie, was passiert ist und warum es damals sinnvoll war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Bedauern</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Severity definition</source>
        <translation>Definition des Schweregrads</translation>
    </message>
    <message>
        <source>Severity name</source>
        <translation>Name des Schweregrads</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Bias call-out note</source>
        <translation>Notiz zur angesprochenen Verzerrung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What they knew then</source>
        <translation>Was damals bekannt war</translation>
    </message>
    <message>
        <source>Why it made sense</source>
        <translation>Warum es sinnvoll war</translation>
    </message>
    <message>
        <source>Known only in hindsight</source>
        <translation>Erst im Nachhinein bekannt</translation>
    </message>
    <message>
        <source>Point of view</source>
        <translation>Sichtweise</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Titel des Belegs</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Factor description</source>
        <translation>Beschreibung des Faktors</translation>
    </message>
    <message>
        <source>Factor title</source>
        <translation>Titel des Faktors</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titel der Maßnahme</translation>
    </message>
    <message>
        <source>Specific change</source>
        <translation>Konkrete Änderung</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgsmaß</translation>
    </message>
    <message>
        <source>Reason not to do it</source>
        <translation>Grund für den Verzicht</translation>
    </message>
    <message>
        <source>Decided not to do</source>
        <translation>Bewusst nicht umgesetzt</translation>
    </message>
</context>
<context>
    <name>Debrief::SeverityLevelsDialog</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>Debrief::StepNotesPanel</name>
    <message>
        <source>Step notes (shown to everyone):</source>
        <translation>Notizen zum Schritt (für alle sichtbar):</translation>
    </message>
    <message>
        <source>Facilitator notes (not pro&amp;jected):</source>
        <translation>Notizen der Moderation (nicht pro&amp;jiziert):</translation>
    </message>
    <message>
        <source>Reminders for yourself; hidden when presenting</source>
        <translation>Erinnerungen für Sie selbst; beim Präsentieren ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;Notes (shown to everyone):</source>
        <translation>&amp;Notizen (für alle sichtbar):</translation>
    </message>
    <message>
        <source>Sources of the timeline, who reviewed it, what to bring to the meeting</source>
        <translation>Quellen der Zeitleiste, wer sie geprüft hat, was zur Besprechung mitzubringen ist</translation>
    </message>
    <message>
        <source>Facilitator notes (&amp;just for you):</source>
        <translation>Notizen der Moderation (nur &amp;für Sie):</translation>
    </message>
    <message>
        <source>What the room added to the ground rules, questions raised</source>
        <translation>Was der Raum zu den Grundregeln ergänzt hat, aufgekommene Fragen</translation>
    </message>
    <message>
        <source>How the room wants to call out biases, agreements made</source>
        <translation>Wie der Raum Verzerrungen ansprechen möchte, getroffene Vereinbarungen</translation>
    </message>
    <message>
        <source>Notes on the &amp;timeline:</source>
        <translation>Notizen zur &amp;Zeitleiste:</translation>
    </message>
    <message>
        <source>Open questions about the sequence, facts still to check, who to ask.</source>
        <translation>Offene Fragen zum Ablauf, noch zu prüfende Fakten, wen man fragen sollte.</translation>
    </message>
    <message>
        <source>Facilitator notes (not &amp;projected):</source>
        <translation>Notizen der Moderation (nicht pro&amp;jiziert):</translation>
    </message>
    <message>
        <source>Who has not spoken yet, what to come back to.</source>
        <translation>Wer noch nicht gesprochen hat, worauf zurückzukommen ist.</translation>
    </message>
    <message>
        <source>Themes across the questions, what the room wants to revisit</source>
        <translation>Übergreifende Themen der Fragen, was der Raum noch einmal aufgreifen möchte</translation>
    </message>
    <message>
        <source>How the factors interact, what is still unclear</source>
        <translation>Wie die Faktoren zusammenwirken, was noch unklar ist</translation>
    </message>
    <message>
        <source>Who else must agree, dependencies between the items</source>
        <translation>Wer noch zustimmen muss, Abhängigkeiten zwischen den Maßnahmen</translation>
    </message>
    <message>
        <source>Who gets the report, what to communicate and when</source>
        <translation>Wer den Bericht erhält, was wann mitzuteilen ist</translation>
    </message>
    <message>
        <source>Timebo&amp;x:</source>
        <translation>Zeitbo&amp;x:</translation>
    </message>
    <message>
        <source>No timebox</source>
        <translation>Keine Zeitbox</translation>
    </message>
    <message>
        <source> min</source>
        <comment>timebox in minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How long the room means to spend on this step</source>
        <translation>Wie lange der Raum sich mit diesem Schritt beschäftigen möchte</translation>
    </message>
</context>
<context>
    <name>Debrief::TimelineEventDelegate</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <comment>time editor in the timeline table</comment>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no milestone</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Participant or system</source>
        <translation>Teilnehmer oder System</translation>
    </message>
</context>
<context>
    <name>Debrief::TimelineEventModel</name>
    <message>
        <source>Approximate time</source>
        <translation>Ungefähre Zeit</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Wer oder was</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
</context>
<context>
    <name>Debrief::TimelineImportDialog</name>
    <message>
        <source>Import Log — %1</source>
        <translation>Protokoll importieren — %1</translation>
    </message>
    <message>
        <source>Import Chat — %1</source>
        <translation>Chat importieren — %1</translation>
    </message>
    <message>
        <source>The incident&apos;s zone unless the file was written elsewhere. Times with a zone or offset (Z, +02:00) are read as written.</source>
        <translation>Die Zeitzone des Vorfalls, sofern die Datei nicht anderswo geschrieben wurde. Zeiten mit Zone oder Versatz (Z, +02:00) werden so gelesen, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>No line of “%1” has a time stamp that Debrief can read.</source>
        <translation>Keine Zeile von „%1“ hat einen Zeitstempel, den Debrief lesen kann.</translation>
    </message>
    <message>
        <source>“%1” holds no chat message that Debrief can read.</source>
        <translation>„%1“ enthält keine Chat-Nachricht, die Debrief lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry/entries)</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry/entries in %2 lines</source>
        <translation>
            <numerusform>%1: %n Eintrag in %2 Zeilen</numerusform>
            <numerusform>%1: %n Einträge in %2 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected format: %1</source>
        <translation>Erkanntes Format: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n Nachricht</numerusform>
            <numerusform>%1: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n channel notice(s) (joins, topic changes) left out</source>
        <translation>
            <numerusform>; %n Kanalmeldung (Beitritte, Themenänderungen) ausgelassen</numerusform>
            <numerusform>; %n Kanalmeldungen (Beitritte, Themenänderungen) ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>chat name → participant</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Names matched to participants: %1</source>
        <translation>Namen, die Teilnehmern zugeordnet wurden: %1</translation>
    </message>
    <message>
        <source>Kept as written (not participants): %1</source>
        <translation>Wie geschrieben übernommen (keine Teilnehmer): %1</translation>
    </message>
    <message>
        <source>Every line was read.</source>
        <translation>Alle Zeilen wurden gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and will not be imported.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wird nicht importiert.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis &amp;hinzufügen</numerusform>
            <numerusform>%n Ereignisse &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked.</source>
        <translation>%1 von %2 angehakt.</translation>
    </message>
    <message>
        <source>At most %1 events can be added at once: filter and tick the lines that matter.</source>
        <translation>Es können höchstens %1 Ereignisse auf einmal hinzugefügt werden: Filtern Sie und haken Sie die wichtigen Zeilen an.</translation>
    </message>
</context>
<context>
    <name>Debrief::TimelinePage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One line per event, Enter adds it.&lt;/b&gt; Times are the incident&apos;s wall clock.&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:02 alice: restarted the primary&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;at a time, by someone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;+5m pager fired&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;five minutes after the last event&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;now bob: rolled back&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the current time&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;~14:05 dashboards looked slow&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;approximately&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:05-14:10 mira: read the runbook&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a range&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:07 #decision roll back&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;kind: #alert, #observation, #action, #decision, #communication&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:09 paged on-call [detected]&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;milestone: [impact-start], [detected], [acknowledged], [mitigated], [resolved]&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;A name that is not a participant (a system such as &lt;tt&gt;checkout-api&lt;/tt&gt;) is kept as written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eine Zeile pro Ereignis, die Eingabetaste fügt es hinzu.&lt;/b&gt; Zeiten sind die Ortszeit des Vorfalls.&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:02 alice: Primärserver neu gestartet&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;zu einer Zeit, durch jemanden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;+5m Pager ausgelöst&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;fünf Minuten nach dem letzten Ereignis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;jetzt bob: zurückgerollt&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;die aktuelle Zeit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;~14:05 Dashboards wirkten langsam&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;ungefähr&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:05-14:10 mira: Runbook gelesen&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;ein Zeitraum&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:07 #decision zurückrollen&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Art: #alert, #observation, #action, #decision, #communication&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;14:09 Bereitschaft alarmiert [detected]&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Meilenstein: [impact-start], [detected], [acknowledged], [mitigated], [resolved]&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Ein Name, der kein Teilnehmer ist (ein System wie &lt;tt&gt;checkout-api&lt;/tt&gt;), wird so übernommen, wie er geschrieben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove events</source>
        <translation>Ereignisse entfernen</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>This post-mortem is open read-only: nothing can be added.</source>
        <translation>Dieses Post-Mortem ist schreibgeschützt geöffnet: Es kann nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation>Protokoll importieren</translation>
    </message>
    <message>
        <source>Import Chat</source>
        <translation>Chat importieren</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt *.json *.jsonl *.out);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt *.json *.jsonl *.out);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Chat transcripts (*.json *.txt *.log);;All files (*)</source>
        <translation>Chat-Protokolle (*.json *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>○&amp;nbsp;approximate</source>
        <comment>legend of the visual timeline</comment>
        <translation>○&amp;nbsp;ungefähr</translation>
    </message>
    <message>
        <source>◆&amp;nbsp;milestone</source>
        <comment>legend of the visual timeline</comment>
        <translation>◆&amp;nbsp;Meilenstein</translation>
    </message>
    <message>
        <source>customer impact</source>
        <comment>legend of the visual timeline</comment>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Events (%1)</source>
        <translation>&amp;Ereignisse (%1)</translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation>&amp;Belege (%1)</translation>
    </message>
</context>
<context>
    <name>Debrief::TimelineView</name>
    <message>
        <source>Visual timeline</source>
        <translation>Grafische Zeitleiste</translation>
    </message>
    <message>
        <source>Not attributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a time. Give them a time to see them here.</source>
        <translation>
            <numerusform>%n Ereignis ohne Zeit. Geben Sie ihm eine Zeit, um es hier zu sehen.</numerusform>
            <numerusform>%n Ereignisse ohne Zeit. Geben Sie ihnen eine Zeit, um sie hier zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events appear here as they are added: lanes per person or system, milestones as lines.</source>
        <translation>Ereignisse erscheinen hier, sobald sie hinzugefügt werden: Bahnen pro Person oder System, Meilensteine als Linien.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>day on the timeline axis</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>approximate milestone</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>day in the timeline&apos;s corner</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>day and time zone in the timeline&apos;s corner</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Debrief::VocabularyDelegate</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>Debrief::WelcomePage</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Run a blameless post-mortem with the room: what happened, why it made sense at the time, and what we change.</source>
        <translation>Führen Sie gemeinsam mit dem Raum ein schuldfreies Post-Mortem durch: was passiert ist, warum es damals sinnvoll war und was wir ändern.</translation>
    </message>
    <message>
        <source>&amp;New post-mortem</source>
        <translation>&amp;Neues Post-Mortem</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>A finished post-mortem to look around in</source>
        <translation>Ein fertiges Post-Mortem zum Umsehen</translation>
    </message>
    <message>
        <source>Recover unsaved post-mortems</source>
        <translation>Nicht gespeicherte Post-Mortems wiederherstellen</translation>
    </message>
    <message>
        <source>These were still open when Debrief last stopped (a crash, a killed app, a dead battery). Everything typed was kept.</source>
        <translation>Diese waren noch geöffnet, als Debrief zuletzt beendet wurde (Absturz, abgebrochene Anwendung, leerer Akku). Alles Eingegebene wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>Recent post-mortems</source>
        <translation>Zuletzt verwendete Post-Mortems</translation>
    </message>
    <message>
        <source>Post-mortems you open or save will be listed here.</source>
        <translation>Post-Mortems, die Sie öffnen oder speichern, werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>zuletzt geändert %1</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <source>Discard Post-Mortem</source>
        <translation>Post-Mortem verwerfen</translation>
    </message>
    <message>
        <source>Delete this unsaved post-mortem for good? It cannot be recovered afterwards.</source>
        <translation>Möchten Sie dieses nicht gespeicherte Post-Mortem endgültig löschen? Es kann danach nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>DefaultContent</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>A core service is down or data is lost or exposed for many customers; all hands until mitigated.</source>
        <translation>Ein Kerndienst ist ausgefallen oder Daten vieler Kunden sind verloren oder offengelegt; alle packen mit an, bis der Schaden eingedämmt ist.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>A core function is badly degraded or unavailable for a significant share of customers.</source>
        <translation>Eine Kernfunktion ist für einen erheblichen Teil der Kunden stark beeinträchtigt oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>A non-core function is degraded or a few customers are affected; a workaround exists.</source>
        <translation>Eine Nebenfunktion ist beeinträchtigt oder wenige Kunden sind betroffen; es gibt eine Umgehungslösung.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>No customer impact, or a near miss worth learning from.</source>
        <translation>Keine Auswirkung auf Kunden oder ein Beinahe-Vorfall, aus dem sich lernen lässt.</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>incident details</source>
        <translation>Vorfalldetails</translation>
    </message>
    <message>
        <source>severity level</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>bias call-out</source>
        <translation>angesprochene Verzerrung</translation>
    </message>
    <message>
        <source>timeline event</source>
        <translation>Ereignis der Zeitleiste</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>Sichtweise</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>evidence link</source>
        <translation>Verknüpfung eines Belegs</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>parking lot entry</source>
        <translation>Eintrag im Themenspeicher</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>beitragenden Faktor</translation>
    </message>
    <message>
        <source>factor link</source>
        <translation>Verknüpfung eines Faktors</translation>
    </message>
    <message>
        <source>remediation item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>declined item</source>
        <translation>verworfene Maßnahme</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not a Debrief document.</source>
        <translation>%1 ist leer (0 Byte); es ist kein Debrief-Dokument.</translation>
    </message>
    <message>
        <source>%1 is not a Debrief document (it is not a database file).</source>
        <translation>%1 ist kein Debrief-Dokument (es ist keine Datenbankdatei).</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Debrief document.</source>
        <translation>%1 ist eine Datenbank einer anderen Anwendung, kein Debrief-Dokument.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Debrief (file format %2; this version reads up to %3). Update Debrief to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Debrief erstellt (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie Debrief, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but has only %3.</source>
        <translation>%1 ist abgeschnitten: Die Datei sollte %2 Byte enthalten, hat aber nur %3.</translation>
    </message>
    <message>
        <source>%1 is read-only; it can only be viewed.</source>
        <translation>%1 ist schreibgeschützt; die Datei kann nur angesehen werden.</translation>
    </message>
    <message>
        <source>%1 is already open in another Debrief window (process %2 on %3).</source>
        <translation>%1 ist bereits in einem anderen Debrief-Fenster geöffnet (Prozess %2 auf %3).</translation>
    </message>
    <message>
        <source>%1 is in a folder that cannot be written; it can only be viewed.</source>
        <translation>%1 liegt in einem schreibgeschützten Ordner; die Datei kann nur angesehen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no document schema.</source>
        <translation>%1 ist beschädigt: Die Datei hat kein Dokumentschema.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: %1</source>
        <translation>Die Datei ist beschädigt oder unvollständig: %1</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The document is open read-only.</source>
        <translation>Das Dokument ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DocumentJson</name>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array.</source>
        <translation>&quot;%1&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; is not an object.</source>
        <translation>Eintrag %1 von &quot;%2&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>The JSON file is too large (%1 MB; at most %2 MB).</source>
        <translation>Die JSON-Datei ist zu groß (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation>Kein gültiges JSON bei Byte %1: %2.</translation>
    </message>
    <message>
        <source>This JSON is not a Debrief post-mortem (no &quot;format&quot;: &quot;debrief&quot;).</source>
        <translation>Dieses JSON ist kein Debrief-Post-Mortem (kein &quot;format&quot;: &quot;debrief&quot;).</translation>
    </message>
    <message>
        <source>This JSON has no valid &quot;formatVersion&quot;.</source>
        <translation>Dieses JSON hat keine gültige &quot;formatVersion&quot;.</translation>
    </message>
    <message>
        <source>This JSON was written by a newer version of Debrief (format %1; this version reads up to %2).</source>
        <translation>Dieses JSON wurde von einer neueren Version von Debrief geschrieben (Format %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EventDetailEditor</name>
    <message>
        <source>Select an event in the table or on the timeline to see and edit everything about it: what they knew then, why it made sense, other views, evidence.</source>
        <translation>Wählen Sie ein Ereignis in der Tabelle oder auf der Zeitleiste aus, um alles dazu zu sehen und zu bearbeiten: was damals bekannt war, warum es sinnvoll war, andere Sichtweisen, Belege.</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Precision of the time</source>
        <translation>Genauigkeit der Zeit</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Zeit des Ereignisses</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Meilenstein:</translation>
    </message>
    <message>
        <source>Who or wh&amp;at:</source>
        <translation>Wer &amp;oder was:</translation>
    </message>
    <message>
        <source>A participant, or type the name of a system (checkout-api, the pager) or of someone not on the list.</source>
        <translation>Ein Teilnehmer, oder geben Sie den Namen eines Systems (checkout-api, der Pager) oder einer Person ein, die nicht in der Liste steht.</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Was &amp;passiert ist:</translation>
    </message>
    <message>
        <source>Describe, don&apos;t explain: what was done, seen or said.</source>
        <translation>Beschreiben, nicht erklären: was getan, gesehen oder gesagt wurde.</translation>
    </message>
    <message>
        <source>What they &amp;knew then:</source>
        <translation>Was damals be&amp;kannt war:</translation>
    </message>
    <message>
        <source>The information, alerts and dashboards they had at that moment.</source>
        <translation>Die Informationen, Alarme und Dashboards, die in diesem Moment vorlagen.</translation>
    </message>
    <message>
        <source>Why it made &amp;sense at the time:</source>
        <translation>Warum es damals &amp;sinnvoll war:</translation>
    </message>
    <message>
        <source>In their words: what made this the reasonable thing to do.</source>
        <translation>In ihren Worten: was dies zum Vernünftigen machte.</translation>
    </message>
    <message>
        <source>Known only in h&amp;indsight:</source>
        <translation>Erst im &amp;Nachhinein bekannt:</translation>
    </message>
    <message>
        <source>What we know now that nobody could know then: kept apart so that it does not colour the account.</source>
        <translation>Was wir heute wissen, aber damals niemand wissen konnte: getrennt gehalten, damit es die Schilderung nicht färbt.</translation>
    </message>
    <message>
        <source>Divergent and dissenting views:</source>
        <translation>Abweichende und gegenteilige Sichtweisen:</translation>
    </message>
    <message>
        <source>Add a vie&amp;w</source>
        <translation>Sichtweise &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Note how someone saw this differently, attributed or anonymous.</source>
        <translation>Halten Sie fest, wie jemand das anders gesehen hat, namentlich oder anonym.</translation>
    </message>
    <message>
        <source>No other views noted yet. Ask: did anyone see this differently?</source>
        <translation>Noch keine anderen Sichtweisen festgehalten. Fragen Sie: Hat jemand das anders gesehen?</translation>
    </message>
    <message>
        <source>Evidence for this event:</source>
        <translation>Belege für dieses Ereignis:</translation>
    </message>
    <message>
        <source>Evidence linked to this event</source>
        <translation>Mit diesem Ereignis verknüpfte Belege</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Einfügen …</translation>
    </message>
    <message>
        <source>Attach a log excerpt, configuration, commands or code by pasting it.</source>
        <translation>Einen Protokollauszug, eine Konfiguration, Befehle oder Code durch Einfügen anhängen.</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei …</translation>
    </message>
    <message>
        <source>Attach a text file (at most 5 MB).</source>
        <translation>Eine Textdatei anhängen (höchstens 5 MB).</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected evidence (Delete in the list).</source>
        <translation>Den ausgewählten Beleg entfernen (Entf in der Liste).</translation>
    </message>
    <message>
        <source>Attach what people saw: log excerpts, alerts, configuration, the commands they ran. Paste it or choose a file; it is shown highlighted, and events can link to it.</source>
        <translation>Hängen Sie an, was die Beteiligten gesehen haben: Protokollauszüge, Alarme, Konfiguration, die ausgeführten Befehle. Fügen Sie es ein oder wählen Sie eine Datei; es wird hervorgehoben angezeigt, und Ereignisse können darauf verweisen.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Highlighting:</source>
        <translation>&amp;Hervorhebung:</translation>
    </message>
    <message>
        <source>How the text is highlighted; Automatic decides from the file name and the content.</source>
        <translation>Wie der Text hervorgehoben wird; „Automatisch“ entscheidet anhand des Dateinamens und des Inhalts.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Text des Belegs</translation>
    </message>
</context>
<context>
    <name>EvidencePasteDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Paste Evidence</source>
        <translation>Beleg einfügen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What this is, e.g. &quot;tracking-api log, 11:45–12:10&quot;</source>
        <translation>Was das ist, z. B. „tracking-api-Protokoll, 11:45–12:10“</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Highlighting:</source>
        <translation>&amp;Hervorhebung:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Paste the log lines, configuration, commands or code here (Ctrl+V).</source>
        <translation>Fügen Sie hier die Protokollzeilen, Konfiguration, Befehle oder den Code ein (Strg+V).</translation>
    </message>
</context>
<context>
    <name>EvidenceSources</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is %2; evidence can be at most %3. Attach the part that matters: copy the relevant lines and paste them.</source>
        <translation>„%1“ ist %2 groß; ein Beleg darf höchstens %3 groß sein. Hängen Sie den wichtigen Teil an: Kopieren Sie die relevanten Zeilen und fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; attach the part that matters.</source>
        <translation>„%1“ ist größer als %2; hängen Sie den wichtigen Teil an.</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it looks like binary data). Evidence is shown as text: attach a log, configuration, commands or code.</source>
        <translation>„%1“ ist keine Textdatei (sie sieht nach Binärdaten aus). Belege werden als Text angezeigt: Hängen Sie ein Protokoll, eine Konfiguration, Befehle oder Code an.</translation>
    </message>
    <message>
        <source>This text is %1; evidence can be at most %2. Paste the part that matters.</source>
        <translation>Dieser Text ist %1 groß; ein Beleg darf höchstens %2 groß sein. Fügen Sie den wichtigen Teil ein.</translation>
    </message>
</context>
<context>
    <name>FactorWarnings</name>
    <message>
        <source>This factor makes a person its subject (“%1”). People are never a contributing factor: describe the conditions around their work instead, such as the information they had, the tools, the workload or the time pressure.</source>
        <translation>Dieser Faktor macht eine Person zum Subjekt („%1“). Menschen sind nie ein beitragender Faktor: Beschreiben Sie stattdessen die Bedingungen ihrer Arbeit, etwa die Informationen, die sie hatten, die Werkzeuge, die Arbeitslast oder den Zeitdruck.</translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>&amp;Contributing factors</source>
        <translation>&amp;Beitragende Faktoren</translation>
    </message>
    <message>
        <source>Insert adds a factor, Delete removes the selected one</source>
        <translation>Einfg fügt einen Faktor hinzu, Entf entfernt den ausgewählten</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>Faktor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a contributing factor (Insert)</source>
        <translation>Einen beitragenden Faktor hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove factor</source>
        <translation>Faktor &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected factor (Delete)</source>
        <translation>Den ausgewählten Faktor entfernen (Entf)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>A condition, not a person: &quot;The alert went to an archived channel&quot;</source>
        <translation>Eine Bedingung, keine Person: „Der Alarm ging an einen archivierten Kanal“</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>How the condition came about and how it played into the incident</source>
        <translation>Wie die Bedingung entstanden ist und wie sie in den Vorfall hineinspielte</translation>
    </message>
    <message>
        <source>Where it showed on the &amp;timeline:</source>
        <translation>Wo er sich auf der &amp;Zeitleiste zeigte:</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected event</source>
        <translation>Die Leertaste hakt das ausgewählte Ereignis an oder ab</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message numerus="yes">
        <source>… %n more line(s) of this excerpt are in the post-mortem file.</source>
        <translation>
            <numerusform>… %n weitere Zeile dieses Auszugs steht in der Post-Mortem-Datei.</numerusform>
            <numerusform>… %n weitere Zeilen dieses Auszugs stehen in der Post-Mortem-Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %n event(s) in lanes per actor, with milestones</source>
        <translation>
            <numerusform>Zeitleiste mit %n Ereignis in Bahnen pro Akteur, mit Meilensteinen</numerusform>
            <numerusform>Zeitleiste mit %n Ereignissen in Bahnen pro Akteur, mit Meilensteinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Usage: debrief import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]</source>
        <translation>Aufruf: debrief import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]</translation>
    </message>
    <message>
        <source>Usage: debrief import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]</source>
        <translation>Aufruf: debrief import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>Unbekannte Zeitzone „%1“; verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n events from %1 to %2 (dry run: nothing changed).</source>
        <translation>
            <numerusform>Würde %n Ereignis aus %1 zu %2 hinzufügen (Probelauf: nichts geändert).</numerusform>
            <numerusform>Würde %n Ereignisse aus %1 zu %2 hinzufügen (Probelauf: nichts geändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n events from %1 to %2.</source>
        <translation>
            <numerusform>%n Ereignis aus %1 zu %2 hinzugefügt.</numerusform>
            <numerusform>%n Ereignisse aus %1 zu %2 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times without a zone were read as %1.</source>
        <translation>Zeiten ohne Zeitzone wurden als %1 gelesen.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Unreadable lines: %1</source>
        <translation>Nicht lesbare Zeilen: %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Skipped channel notices (joins, topic changes): %1</source>
        <translation>Übersprungene Kanalmeldungen (Beitritte, Themenänderungen): %1</translation>
    </message>
    <message>
        <source>%1 has %2 entries; Debrief adds at most %3 at once. Cut it to the time of the incident first, or look at it with --dry-run.</source>
        <translation>%1 hat %2 Einträge; Debrief fügt höchstens %3 auf einmal hinzu. Kürzen Sie die Datei zuerst auf den Zeitraum des Vorfalls oder sehen Sie sie sich mit --dry-run an.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>IncidentMetrics</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Impact is counted until %1 because no event is marked %2.</source>
        <translation>Die Auswirkung wird bis %1 gezählt, weil kein Ereignis als %2 markiert ist.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) liegt vor %3 (%4).</translation>
    </message>
    <message>
        <source>Missing milestones %1 and %2</source>
        <translation>Fehlende Meilensteine %1 und %2</translation>
    </message>
    <message>
        <source>Missing milestone %1</source>
        <translation>Fehlender Meilenstein %1</translation>
    </message>
    <message>
        <source>%1 is a time range; its start is used.</source>
        <translation>%1 ist ein Zeitraum; sein Beginn wird verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n events are marked %1; the earliest counts.</source>
        <translation>
            <numerusform>%n Ereignis ist als %1 markiert; das früheste zählt.</numerusform>
            <numerusform>%n Ereignisse sind als %1 markiert; das früheste zählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of order: %1 (%2) is before %3 (%4). Check these times.</source>
        <translation>Falsche Reihenfolge: %1 (%2) liegt vor %3 (%4). Prüfen Sie diese Zeiten.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Impact duration</source>
        <translation>Dauer der Auswirkung</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>LanguageCategory</name>
    <message>
        <source>Counterfactual</source>
        <translation>Kontrafaktisch</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Schuldzuweisung</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Werturteil</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Menschliches Versagen</translation>
    </message>
    <message>
        <source>Person as cause</source>
        <translation>Person als Ursache</translation>
    </message>
    <message>
        <source>Why-not question</source>
        <translation>Warum-nicht-Frage</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Rückschau</translation>
    </message>
</context>
<context>
    <name>LanguageRuleSet</name>
    <message>
        <source>unknown fragment {%1}</source>
        <translation>unbekanntes Fragment {%1}</translation>
    </message>
    <message>
        <source>fragments nest too deeply at {%1}</source>
        <translation>Fragmente sind bei {%1} zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;debrief-language-rules&quot;</source>
        <translation>&quot;format&quot; ist nicht &quot;debrief-language-rules&quot;</translation>
    </message>
    <message>
        <source>&quot;language&quot; is missing</source>
        <translation>&quot;language&quot; fehlt</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is defined twice</source>
        <translation>Regel &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no &quot;%2&quot;</source>
        <translation>Regel &quot;%1&quot; hat kein &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>%1characters %2–%3: “%4” [%5, %6]</source>
        <translation>%1Zeichen %2–%3: „%4“ [%5, %6]</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>Check TEXT instead of a file.</source>
        <translation>TEXT statt einer Datei prüfen.</translation>
    </message>
    <message>
        <source>Rules of language CODE (repeat or separate with commas).</source>
        <translation>Regeln der Sprache CODE (wiederholen oder mit Kommas trennen).</translation>
    </message>
    <message>
        <source>A participant&apos;s name (repeatable).</source>
        <translation>Name eines Teilnehmers (wiederholbar).</translation>
    </message>
    <message>
        <source>Usage: debrief lint FILE|--text TEXT [--json] [--language en|de] [--participant NAME]</source>
        <translation>Aufruf: debrief lint FILE|--text TEXT [--json] [--language en|de] [--participant NAME]</translation>
    </message>
    <message>
        <source>Unknown language “%1”; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>%1 #%2, %3, </source>
        <translation>%1 #%2, %3, </translation>
    </message>
    <message>
        <source>No blameless-language findings.</source>
        <translation>Keine Befunde zur schuldfreien Sprache.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogImporter</name>
    <message numerus="yes">
        <source>[… %n more lines]</source>
        <translation>
            <numerusform>[… %n weitere Zeile]</numerusform>
            <numerusform>[… %n weitere Zeilen]</numerusform>
        </translation>
    </message>
    <message>
        <source>The log is larger than %1 MB. Cut it to the time of the incident first (for example with grep or sed).</source>
        <translation>Das Protokoll ist größer als %1 MB. Kürzen Sie es zuerst auf den Zeitraum des Vorfalls (zum Beispiel mit grep oder sed).</translation>
    </message>
    <message>
        <source>The log is compressed. Decompress it first.</source>
        <translation>Das Protokoll ist komprimiert. Entpacken Sie es zuerst.</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>No line has a time stamp Debrief can read (ISO 8601, syslog, journalctl, Apache/nginx, klog, log4j, Python logging, epoch).</source>
        <translation>Keine Zeile hat einen Zeitstempel, den Debrief lesen kann (ISO 8601, syslog, journalctl, Apache/nginx, klog, log4j, Python logging, Epoch).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Cut it to the time of the incident first (for example with grep or sed).</source>
        <translation>%1 ist größer als %2 MB. Kürzen Sie die Datei zuerst auf den Zeitraum des Vorfalls (zum Beispiel mit grep oder sed).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ISO 8601 / RFC 3339</source>
        <translation>ISO 8601 / RFC 3339</translation>
    </message>
    <message>
        <source>syslog (RFC 5424)</source>
        <translation>syslog (RFC 5424)</translation>
    </message>
    <message>
        <source>syslog (RFC 3164)</source>
        <translation>syslog (RFC 3164)</translation>
    </message>
    <message>
        <source>journalctl short-iso</source>
        <translation>journalctl short-iso</translation>
    </message>
    <message>
        <source>journalctl short-precise</source>
        <translation>journalctl short-precise</translation>
    </message>
    <message>
        <source>Apache/nginx common log</source>
        <translation>Apache/nginx Common Log</translation>
    </message>
    <message>
        <source>Apache/nginx combined log</source>
        <translation>Apache/nginx Combined Log</translation>
    </message>
    <message>
        <source>Apache error log</source>
        <translation>Apache-Fehlerprotokoll</translation>
    </message>
    <message>
        <source>nginx error log</source>
        <translation>nginx-Fehlerprotokoll</translation>
    </message>
    <message>
        <source>klog (Kubernetes)</source>
        <translation>klog (Kubernetes)</translation>
    </message>
    <message>
        <source>log4j / logback</source>
        <translation>log4j / logback</translation>
    </message>
    <message>
        <source>Python logging</source>
        <translation>Python logging</translation>
    </message>
    <message>
        <source>time of day only (logback default)</source>
        <translation>nur Uhrzeit (logback-Standard)</translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation>Epoch-Sekunden</translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation>Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>JSON lines, epoch seconds</source>
        <translation>JSON Lines, Epoch-Sekunden</translation>
    </message>
    <message>
        <source>JSON lines, epoch milliseconds</source>
        <translation>JSON Lines, Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>JSON lines, ISO 8601</source>
        <translation>JSON Lines, ISO 8601</translation>
    </message>
    <message>
        <source>logfmt</source>
        <translation>logfmt</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>no time stamp, and no entry before it to belong to</source>
        <translation>kein Zeitstempel und kein vorheriger Eintrag, zu dem die Zeile gehören könnte</translation>
    </message>
    <message>
        <source>the time stamp is not a real date or time</source>
        <translation>der Zeitstempel ist kein gültiges Datum bzw. keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>longer than %1 KB</source>
        <translation>länger als %1 KB</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message numerus="yes">
        <source>… %n more line(s) of this excerpt are in the post-mortem file.</source>
        <translation>
            <numerusform>… %n weitere Zeile dieses Auszugs steht in der Post-Mortem-Datei.</numerusform>
            <numerusform>… %n weitere Zeilen dieses Auszugs stehen in der Post-Mortem-Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2 in lanes: %3.</source>
        <translation>
            <numerusform>%n Ereignis von %1 bis %2 in Bahnen: %3.</numerusform>
            <numerusform>%n Ereignisse von %1 bis %2 in Bahnen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones: %1.</source>
        <translation>Meilensteine: %1.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message numerus="yes">
        <source>… %n more line(s) of this excerpt are in the post-mortem file.</source>
        <translation>
            <numerusform>… %n weitere Zeile dieses Auszugs steht in der Post-Mortem-Datei.</numerusform>
            <numerusform>… %n weitere Zeilen dieses Auszugs stehen in der Post-Mortem-Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>Das PDF konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The PDF writer produced an unexpected file.</source>
        <translation>Der PDF-Writer hat eine unerwartete Datei erzeugt.</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was passiert ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>Incident &amp;ID:</source>
        <translation>Vorfall-&amp;ID:</translation>
    </message>
    <message>
        <source>INC-2026-0412</source>
        <translation>INC-2026-0412</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Start and end are shown and edited in this time zone.</source>
        <translation>Beginn und Ende werden in dieser Zeitzone angezeigt und bearbeitet.</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Clear this while the start time is not known</source>
        <translation>Entfernen Sie das Häkchen, solange die Startzeit nicht bekannt ist</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Clear this while the end time is not known</source>
        <translation>Entfernen Sie das Häkchen, solange die Endzeit nicht bekannt ist</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Edit severity &amp;levels…</source>
        <translation>Schwere&amp;grade bearbeiten …</translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation>Zusammenfassung und Auswirkung</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <source>What happened, from the first sign to resolution, in a few sentences</source>
        <translation>Was passiert ist, vom ersten Anzeichen bis zur Behebung, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>&amp;Customer impact:</source>
        <translation>&amp;Auswirkung auf Kunden:</translation>
    </message>
    <message>
        <source>Who was affected, how, and for how long</source>
        <translation>Wer betroffen war, wie und wie lange</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Tei&amp;lnehmer:</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Teilnehmer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete)</source>
        <translation>Die ausgewählten Teilnehmer entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Facilitat&amp;or:</source>
        <translation>M&amp;oderation:</translation>
    </message>
    <message>
        <source>Someone who was not involved in the incident keeps the discussion neutral.</source>
        <translation>Jemand, der nicht am Vorfall beteiligt war, hält die Diskussion neutral.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>QuestionTemplates</name>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; ist kein Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty</source>
        <translation>&quot;name&quot; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a non-empty list</source>
        <translation>&quot;questions&quot; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>more than %1 questions</source>
        <translation>mehr als %1 Fragen</translation>
    </message>
    <message>
        <source>question %1 is not an object</source>
        <translation>Frage %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>question %1: &quot;checklist&quot; must be one of %2</source>
        <translation>Frage %1: &quot;checklist&quot; muss einer der Werte %2 sein</translation>
    </message>
    <message>
        <source>question %1 has no &quot;text&quot;</source>
        <translation>Frage %1 hat kein &quot;text&quot;</translation>
    </message>
    <message>
        <source>question %1 is longer than %2 characters</source>
        <translation>Frage %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>more than %1 template files; the rest are skipped</source>
        <translation>mehr als %1 Vorlagendateien; der Rest wird übersprungen</translation>
    </message>
    <message>
        <source>Add questions from “%1”</source>
        <translation>Fragen aus „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Q&amp;uestions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Ctrl+1 open, Ctrl+2 discussed, Ctrl+3 skipped; Delete removes a question your team added; Insert adds one</source>
        <translation>Strg+1 offen, Strg+2 besprochen, Strg+3 übersprungen; Entf entfernt eine von Ihrem Team hinzugefügte Frage; Einfg fügt eine hinzu</translation>
    </message>
    <message>
        <source>Ne&amp;w question:</source>
        <translation>Neue Fra&amp;ge:</translation>
    </message>
    <message>
        <source>The checklist the new question belongs to</source>
        <translation>Die Checkliste, zu der die neue Frage gehört</translation>
    </message>
    <message>
        <source>A question your team wants to ask</source>
        <translation>Eine Frage, die Ihr Team stellen möchte</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the question to this post-mortem (Enter)</source>
        <translation>Die Frage zu diesem Post-Mortem hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Add questions from a &amp;template…</source>
        <translation>Fragen aus einer &amp;Vorlage hinzufügen …</translation>
    </message>
    <message>
        <source>Question templates are JSON files in your templates folder; see docs/question-templates.md</source>
        <translation>Fragenvorlagen sind JSON-Dateien in Ihrem Vorlagenordner; siehe docs/question-templates.md</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>Frage &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove a question your team added (Delete). The seed&apos;s questions can be skipped, not removed.</source>
        <translation>Eine von Ihrem Team hinzugefügte Frage entfernen (Entf). Die Fragen der Methode können übersprungen, aber nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>Still to talk about (Ctrl+1)</source>
        <translation>Muss noch besprochen werden (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;Discussed</source>
        <translation>&amp;Besprochen</translation>
    </message>
    <message>
        <source>The room talked about it (Ctrl+2)</source>
        <translation>Der Raum hat darüber gesprochen (Strg+2)</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>Übe&amp;rsprungen</translation>
    </message>
    <message>
        <source>Not relevant this time (Ctrl+3)</source>
        <translation>Diesmal nicht relevant (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Notes on this question:</source>
        <translation>Notizen &amp;zu dieser Frage:</translation>
    </message>
    <message>
        <source>What the room said</source>
        <translation>Was der Raum gesagt hat</translation>
    </message>
    <message>
        <source>&amp;Park a follow-up from this question:</source>
        <translation>Folgethema aus dieser Frage im Themen&amp;speicher ablegen:</translation>
    </message>
    <message>
        <source>A follow-up to come back to later</source>
        <translation>Ein Folgethema, auf das später zurückzukommen ist</translation>
    </message>
    <message>
        <source>Park it</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <source>Put the follow-up in the parking lot, linked to this question (Enter)</source>
        <translation>Das Folgethema im Themenspeicher ablegen, verknüpft mit dieser Frage (Eingabetaste)</translation>
    </message>
    <message>
        <source>Parking &amp;lot</source>
        <translation>&amp;Themenspeicher</translation>
    </message>
    <message>
        <source>Re&amp;move from parking lot</source>
        <translation>Aus dem Themenspeicher entfer&amp;nen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>QuickEntryParser</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Give “+” a length, for example “+5m”, “+90s” or “+1h30m”.</source>
        <translation>Geben Sie „+“ eine Dauer, zum Beispiel „+5m“, „+90s“ oder „+1h30m“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date.</source>
        <translation>„%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>“%1” is not a valid time.</source>
        <translation>„%1“ ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>Start with a time: “14:02”, “~14:05”, “14:05-14:10”, “2026-10-14 14:02”, “+5m” or “now”.</source>
        <translation>Beginnen Sie mit einer Zeit: „14:02“, „~14:05“, „14:05-14:10“, „2026-10-14 14:02“, „+5m“ oder „jetzt“.</translation>
    </message>
    <message>
        <source>One event marks one milestone: %1 and %2 are both given.</source>
        <translation>Ein Ereignis markiert einen Meilenstein: %1 und %2 sind beide angegeben.</translation>
    </message>
    <message>
        <source>Type a time and what happened, for example “14:02 alice: restarted the primary”.</source>
        <translation>Geben Sie eine Zeit ein und was passiert ist, zum Beispiel „14:02 alice: Primärserver neu gestartet“.</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters; keep quick entries to a sentence and add details in the table.</source>
        <translation>Die Zeile ist länger als %1 Zeichen; halten Sie Schnelleingaben bei einem Satz und ergänzen Sie Details in der Tabelle.</translation>
    </message>
    <message>
        <source>Say what happened after the time.</source>
        <translation>Geben Sie nach der Zeit an, was passiert ist.</translation>
    </message>
    <message>
        <source>“%1” could be %2; kept as typed.</source>
        <translation>„%1“ könnte %2 sein; wie eingegeben übernommen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>“+” counts from the previous event, and there is none yet: type a time instead.</source>
        <translation>„+“ zählt ab dem vorherigen Ereignis, und es gibt noch keines: Geben Sie stattdessen eine Zeit ein.</translation>
    </message>
    <message>
        <source>Taken as the next day, %1.</source>
        <translation>Als nächster Tag übernommen, %1.</translation>
    </message>
    <message>
        <source>Taken as the day before, %1.</source>
        <translation>Als Vortag übernommen, %1.</translation>
    </message>
    <message>
        <source>%1 does not exist on that day in %2: the clocks changed.</source>
        <translation>%1 gibt es an diesem Tag in %2 nicht: Die Uhren wurden umgestellt.</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts.</source>
        <translation>Der Zeitraum %1 endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Seen before in %1 (%2)</source>
        <translation>Bereits gesehen in %1 (%2)</translation>
    </message>
    <message>
        <source>Seen again later in %1 (%2)</source>
        <translation>Später erneut gesehen in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <source>Remediation i&amp;tems</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Insert adds an item, Delete removes the selected one</source>
        <translation>Einfg fügt eine Maßnahme hinzu, Entf entfernt die ausgewählte</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a remediation item (Insert)</source>
        <translation>Eine Maßnahme hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Maßnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Die ausgewählte Maßnahme entfernen (Entf)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>What will be different</source>
        <translation>Was anders wird</translation>
    </message>
    <message>
        <source>&amp;Specific change:</source>
        <translation>&amp;Konkrete Änderung:</translation>
    </message>
    <message>
        <source>Exactly what will be changed, where, by whom</source>
        <translation>Was genau wo und von wem geändert wird</translation>
    </message>
    <message>
        <source>&amp;Measure of success:</source>
        <translation>Erf&amp;olgsmaß:</translation>
    </message>
    <message>
        <source>How everyone will know it worked</source>
        <translation>Woran alle erkennen, dass es gewirkt hat</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Wer es umsetzt</translation>
    </message>
    <message>
        <source>Agreed &amp;by the owner</source>
        <translation>Verantwortliche Person hat &amp;zugestimmt</translation>
    </message>
    <message>
        <source>The owner said yes in the room: Agreeable</source>
        <translation>Die verantwortliche Person hat im Raum zugestimmt: Akzeptiert</translation>
    </message>
    <message>
        <source>Effort:</source>
        <translation>Aufwand:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Clear this while no due date is agreed</source>
        <translation>Entfernen Sie das Häkchen, solange kein Fälligkeitsdatum vereinbart ist</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Tracker &amp;web link:</source>
        <translation>Tracker-&amp;Weblink:</translation>
    </message>
    <message>
        <source>https://tracker.example.com/browse/OPS-1</source>
        <translation>https://tracker.example.com/browse/OPS-1</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <source>Open the link in your web browser</source>
        <translation>Den Link im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>SMART-Prüfung</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>&amp;Promote to remediation item</source>
        <translation>Als Maßnahme ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Make the selected entry a remediation item and link them</source>
        <translation>Den ausgewählten Eintrag zu einer Maßnahme machen und beide verknüpfen</translation>
    </message>
    <message>
        <source>Decided &amp;not to do</source>
        <translation>Bewusst &amp;nicht umgesetzt</translation>
    </message>
    <message>
        <source>What the room decided not to do, and why. Insert adds, Delete removes.</source>
        <translation>Was der Raum bewusst nicht umsetzen will, und warum. Einfg fügt hinzu, Entf entfernt.</translation>
    </message>
    <message>
        <source>Add de&amp;cision</source>
        <translation>Entscheidung hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Record something the room decided not to do (Insert)</source>
        <translation>Etwas festhalten, das der Raum bewusst nicht umsetzen will (Einfg)</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Entscheidung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected decisions (Delete)</source>
        <translation>Die ausgewählten Entscheidungen entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Statement about the incident</source>
        <translation>Stellungnahme zum Vorfall</translation>
    </message>
    <message>
        <source>We are sorry</source>
        <translation>Es tut uns leid</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What we are doing about it</source>
        <translation>Was wir dagegen tun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>approximate time</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Untitled post-mortem</source>
        <translation>Post-Mortem ohne Titel</translation>
    </message>
    <message>
        <source>Blameless post-mortem</source>
        <translation>Schuldfreies Post-Mortem</translation>
    </message>
    <message>
        <source>Blameless post-mortem of incident %1</source>
        <translation>Schuldfreies Post-Mortem zu Vorfall %1</translation>
    </message>
    <message>
        <source>post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>incident review</source>
        <translation>Vorfallsanalyse</translation>
    </message>
    <message>
        <source>Blameless post-mortem · %1</source>
        <translation>Schuldfreies Post-Mortem · %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Post-mortem report</source>
        <translation>Post-Mortem-Bericht</translation>
    </message>
    <message>
        <source>Post-mortem report · %1</source>
        <translation>Post-Mortem-Bericht · %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>All times in this report are local to this zone.</source>
        <translation>Alle Zeiten in diesem Bericht sind Ortszeiten dieser Zone.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Time calculations</source>
        <translation>Zeitberechnungen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → bis</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>≈ marks a result that depends on an approximate time.</source>
        <translation>≈ kennzeichnet ein Ergebnis, das von einer ungefähren Zeit abhängt.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Timeline at a glance</source>
        <translation>Zeitleiste auf einen Blick</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>What happened, as the people involved saw it at the time: what they knew, and why their actions made sense then.</source>
        <translation>Was passiert ist, wie es die Beteiligten damals gesehen haben: was sie wussten und warum ihr Handeln damals sinnvoll war.</translation>
    </message>
    <message>
        <source>What they knew then:</source>
        <translation>Was damals bekannt war:</translation>
    </message>
    <message>
        <source>Why it made sense:</source>
        <translation>Warum es sinnvoll war:</translation>
    </message>
    <message>
        <source>Known only in hindsight:</source>
        <translation>Erst im Nachhinein bekannt:</translation>
    </message>
    <message>
        <source>Dissenting view</source>
        <translation>Abweichende Sichtweise</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Sichtweise</translation>
    </message>
    <message>
        <source>%1 (anonymous):</source>
        <translation>%1 (anonym):</translation>
    </message>
    <message>
        <source>%1 of %2:</source>
        <translation>%1 von %2:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Untitled excerpt</source>
        <translation>Auszug ohne Titel</translation>
    </message>
    <message>
        <source>highlighted as %1</source>
        <translation>hervorgehoben als %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Not discussed:</source>
        <translation>Nicht besprochen:</translation>
    </message>
    <message>
        <source>→ remediation: %1</source>
        <translation>→ Maßnahme: %1</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>Several factors came together; none of them alone is “the root cause”, and no person is a factor.</source>
        <translation>Mehrere Faktoren kamen zusammen; keiner von ihnen allein ist „die Grundursache“, und keine Person ist ein Faktor.</translation>
    </message>
    <message>
        <source>Untitled factor</source>
        <translation>Faktor ohne Titel</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Timeline events:</source>
        <translation>Ereignisse der Zeitleiste:</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count, status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Each action is meant to be specific, measurable, agreed by its owner, realistic and time-bound (SMART).</source>
        <translation>Jede Maßnahme soll spezifisch, messbar, von der verantwortlichen Person akzeptiert, realistisch und terminiert sein (SMART).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgsmaß</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Tracker:</source>
        <translation>Tracker:</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>zugestimmt</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>noch nicht zugestimmt</translation>
    </message>
    <message>
        <source>Decided not to do</source>
        <translation>Bewusst nicht umgesetzt</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Bias call-outs</source>
        <translation>Angesprochene Verzerrungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Verzerrung</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Während</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Moments when the room noticed a bias and reframed the discussion.</source>
        <translation>Momente, in denen der Raum eine Verzerrung bemerkt und die Diskussion neu ausgerichtet hat.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer-facing statement</source>
        <translation>Stellungnahme für Kunden</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Bedauern</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>The statement for customers, built on the 3 R&apos;s: regret, reason, remedy. It is also exported on its own.</source>
        <translation>Die Stellungnahme für Kunden, aufgebaut auf den drei R: Bedauern, Begründung, Abhilfe. Sie wird auch separat exportiert.</translation>
    </message>
    <message>
        <source>SMART check: %1</source>
        <translation>SMART-Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the report as PDF to OUT.</source>
        <translation>Den Bericht als PDF nach OUT schreiben.</translation>
    </message>
    <message>
        <source>Make the PDF files PDF/A-1b, for archives.</source>
        <translation>PDF-Dateien als PDF/A-1b für Archive erzeugen.</translation>
    </message>
    <message>
        <source>Paper size of PDF files: a4 or letter (default: from the locale).</source>
        <translation>Papierformat der PDF-Dateien: a4 oder letter (Standard: aus den Regionaleinstellungen).</translation>
    </message>
    <message>
        <source>Write the report as Markdown to OUT.</source>
        <translation>Den Bericht als Markdown nach OUT schreiben.</translation>
    </message>
    <message>
        <source>Write the report as one self-contained HTML file to OUT.</source>
        <translation>Den Bericht als eigenständige HTML-Datei nach OUT schreiben.</translation>
    </message>
    <message>
        <source>Write the customer-facing statement to OUT (.pdf or .txt).</source>
        <translation>Die Stellungnahme für Kunden nach OUT schreiben (.pdf oder .txt).</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use a4 or letter.</source>
        <translation>Unbekanntes Papierformat „%1“: Verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>The statement is written as .pdf or .txt, not “%1”.</source>
        <translation>Die Stellungnahme wird als .pdf oder .txt geschrieben, nicht als „%1“.</translation>
    </message>
    <message>
        <source>--pdfa and --page-size apply to PDF output (--pdf or --statement OUT.pdf).</source>
        <translation>--pdfa und --page-size gelten für PDF-Ausgaben (--pdf oder --statement OUT.pdf).</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no customer-facing statement to write: regret, reason and remedy are empty.</source>
        <translation>Es gibt keine Stellungnahme für Kunden: Bedauern, Begründung und Abhilfe sind leer.</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Print Post-mortem Report</source>
        <translation>Post-Mortem-Bericht drucken</translation>
    </message>
    <message>
        <source>Print Preview – Post-mortem Report</source>
        <translation>Druckvorschau – Post-Mortem-Bericht</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Time calculations</source>
        <translation>Zeitberechnungen</translation>
    </message>
    <message>
        <source>Checklist – The Basics</source>
        <translation>Checkliste – Die Grundlagen</translation>
    </message>
    <message>
        <source>Click an item, or press Enter, to go to the step where it is done</source>
        <translation>Klicken Sie auf einen Punkt oder drücken Sie die Eingabetaste, um zu dem Schritt zu gehen, in dem er erledigt wird</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>Click an item, or press Enter, to go to it</source>
        <translation>Klicken Sie auf einen Punkt oder drücken Sie die Eingabetaste, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation>Schuldfreie Sprache</translation>
    </message>
    <message>
        <source>Click a finding, or press Enter, to go to the field</source>
        <translation>Klicken Sie auf einen Befund oder drücken Sie die Eingabetaste, um zum Feld zu gehen</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>The file uses schema version %1; this version of Debrief reads up to %2.</source>
        <translation>Die Datei verwendet Schemaversion %1; diese Version von Debrief liest bis %2.</translation>
    </message>
    <message>
        <source>Could not upgrade the file to schema version %1: %2</source>
        <translation>Die Datei konnte nicht auf Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>SeverityLevelsDialog</name>
    <message>
        <source>Severity Levels</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <source>The levels this post-mortem can be rated with, most severe first. The definition of the chosen level is shown on the Prepare page. Changes are kept at once and can be undone.</source>
        <translation>Die Stufen, mit denen dieses Post-Mortem eingestuft werden kann, die schwerste zuerst. Die Definition der gewählten Stufe wird auf der Seite „Vorbereiten“ angezeigt. Änderungen werden sofort übernommen und können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>Similarity</name>
    <message>
        <source>%1 of %2 distinct words in common (Jaccard %3)</source>
        <translation>%1 von %2 verschiedenen Wörtern gemeinsam (Jaccard %3)</translation>
    </message>
    <message>
        <source>Similarity %1: %2, plus %3 for the same category.</source>
        <translation>Ähnlichkeit %1: %2, plus %3 für dieselbe Kategorie.</translation>
    </message>
    <message>
        <source>Similarity %1: %2.</source>
        <translation>Ähnlichkeit %1: %2.</translation>
    </message>
    <message>
        <source>Similarity compares the distinct words of the title and description (ignoring case, accents, word endings and common words such as &quot;the&quot;): words in common divided by all distinct words of both (the Jaccard index, 0 to 1), plus %1 when both have the same category. Items with a similarity of %2 or more are shown as resembling each other.</source>
        <translation>Die Ähnlichkeit vergleicht die verschiedenen Wörter von Titel und Beschreibung (ohne Groß-/Kleinschreibung, Akzente, Wortendungen und häufige Wörter wie „der“): gemeinsame Wörter geteilt durch alle verschiedenen Wörter beider (der Jaccard-Index, 0 bis 1), plus %1, wenn beide dieselbe Kategorie haben. Einträge mit einer Ähnlichkeit von %2 oder mehr werden als einander ähnlich angezeigt.</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <source>Untitled item</source>
        <translation>Maßnahme ohne Titel</translation>
    </message>
    <message>
        <source>Specific: describe the change that will be made.</source>
        <translation>Spezifisch: Beschreiben Sie die Änderung, die vorgenommen wird.</translation>
    </message>
    <message>
        <source>Specific: “%1” is too vague; say exactly what will change, where.</source>
        <translation>Spezifisch: „%1“ ist zu vage; sagen Sie genau, was sich wo ändert.</translation>
    </message>
    <message>
        <source>Measurable: say how you will know it worked.</source>
        <translation>Messbar: Sagen Sie, woran Sie erkennen, dass es gewirkt hat.</translation>
    </message>
    <message>
        <source>Agreeable: name an owner.</source>
        <translation>Akzeptiert: Nennen Sie eine verantwortliche Person.</translation>
    </message>
    <message>
        <source>Agreeable: %1 has not agreed yet.</source>
        <translation>Akzeptiert: %1 hat noch nicht zugestimmt.</translation>
    </message>
    <message>
        <source>Realistic: estimate the effort.</source>
        <translation>Realistisch: Schätzen Sie den Aufwand.</translation>
    </message>
    <message>
        <source>Timebound: set a due date.</source>
        <translation>Terminiert: Legen Sie ein Fälligkeitsdatum fest.</translation>
    </message>
    <message>
        <source>Timebound: the due date %1 has passed.</source>
        <translation>Terminiert: Das Fälligkeitsdatum %1 ist überschritten.</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <source>Agreeable</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistisch</translation>
    </message>
    <message>
        <source>Timebound</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>“%1” is SMART.</source>
        <translation>„%1“ ist SMART.</translation>
    </message>
    <message>
        <source>“%1” lacks: %2.</source>
        <translation>„%1“ fehlt: %2.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n offene Frage</numerusform>
            <numerusform>%n offene Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s) without a timeline event</source>
        <translation>
            <numerusform>%n Faktor ohne Ereignis der Zeitleiste</numerusform>
            <numerusform>%n Faktoren ohne Ereignis der Zeitleiste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not SMART</source>
        <translation>
            <numerusform>%n Maßnahme nicht SMART</numerusform>
            <numerusform>%n Maßnahmen nicht SMART</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Incident basics, severity, participants and facilitator.</source>
        <translation>Eckdaten des Vorfalls, Schweregrad, Teilnehmer und Moderation.</translation>
    </message>
    <message>
        <source>Set the context</source>
        <translation>Kontext setzen</translation>
    </message>
    <message>
        <source>Ground rules to read aloud and the 3 R&apos;s: regret, reason, remedy.</source>
        <translation>Grundregeln zum Vorlesen und die drei R: Bedauern (Regret), Begründung (Reason), Abhilfe (Remedy).</translation>
    </message>
    <message>
        <source>Bias reminder</source>
        <translation>Verzerrungen bewusst machen</translation>
    </message>
    <message>
        <source>Hindsight, outcome and recency bias, fundamental attribution error.</source>
        <translation>Rückschaufehler, Ergebnis- und Aktualitätsverzerrung, fundamentaler Attributionsfehler.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Describe, don&apos;t explain: what did people know, when, and why did it make sense?</source>
        <translation>Beschreiben, nicht erklären: Was wussten die Beteiligten wann, und warum war ihr Handeln sinnvoll?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>The people, the process, the aftermath, the culture, the next time.</source>
        <translation>Die Beteiligten, der Prozess, die Nachwirkungen, die Kultur, das nächste Mal.</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>Several factors, never a single root cause, never a person.</source>
        <translation>Mehrere Faktoren, nie eine einzelne Grundursache, nie eine Person.</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Specific, measurable, agreed, realistic, time-bound items.</source>
        <translation>Spezifische, messbare, akzeptierte, realistische und terminierte Maßnahmen.</translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation>Prüfen und veröffentlichen</translation>
    </message>
    <message>
        <source>The basics checklist, language findings, export and archive.</source>
        <translation>Grundlagen-Checkliste, Sprachbefunde, Export und Archivierung.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>ground rules read aloud</source>
        <translation>Grundregeln vorgelesen</translation>
    </message>
    <message>
        <source>regret</source>
        <translation>Bedauern</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>permission to call out biases</source>
        <translation>Erlaubnis, Verzerrungen anzusprechen</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>milestone “%1”</source>
        <translation>Meilenstein „%1“</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>at least two contributing factors</source>
        <translation>mindestens zwei beitragende Faktoren</translation>
    </message>
    <message>
        <source>factors linked to timeline events</source>
        <translation>mit Ereignissen verknüpfte Faktoren</translation>
    </message>
    <message>
        <source>remediation items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>SMART items</source>
        <translation>SMART-Maßnahmen</translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message>
        <source>Change event time</source>
        <translation>Ereigniszeit ändern</translation>
    </message>
    <message>
        <source>Change event end</source>
        <translation>Ereignisende ändern</translation>
    </message>
    <message>
        <source>Change time precision</source>
        <translation>Zeitgenauigkeit ändern</translation>
    </message>
    <message>
        <source>Change actor</source>
        <translation>Akteur ändern</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis entfernen</numerusform>
            <numerusform>%n Ereignisse entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFigureDrawing</name>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
</context>
<context>
    <name>TimelineFormat</name>
    <message>
        <source>ddd d MMM</source>
        <comment>date of a timeline event on another day</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time of a timeline event</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>time range of a timeline event</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>approximate time of a timeline event</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event source — detail</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TimelineImport</name>
    <message numerus="yes">
        <source>Import %n log entries from %1</source>
        <translation>
            <numerusform>%n Protokolleintrag aus %1 importieren</numerusform>
            <numerusform>%n Protokolleinträge aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n chat messages from %1</source>
        <translation>
            <numerusform>%n Chat-Nachricht aus %1 importieren</numerusform>
            <numerusform>%n Chat-Nachrichten aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, Nachricht %2</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1, Zeilen %2–%3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>TimelineImportDialog</name>
    <message>
        <source>Times written without a time &amp;zone are in:</source>
        <translation>Zeiten ohne &amp;Zeitzone sind in:</translation>
    </message>
    <message>
        <source>Show only lines containing… (e.g. error, timeout, a host name)</source>
        <translation>Nur Zeilen anzeigen, die … enthalten (z. B. error, timeout, einen Hostnamen)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Tick shown</source>
        <translation>Angezeigte &amp;anhaken</translation>
    </message>
    <message>
        <source>&amp;Untick shown</source>
        <translation>Häkchen bei angezeigten &amp;entfernen</translation>
    </message>
    <message>
        <source>Tick &amp;warnings and errors</source>
        <translation>&amp;Warnungen und Fehler anhaken</translation>
    </message>
    <message>
        <source>Entries to import</source>
        <translation>Zu importierende Einträge</translation>
    </message>
    <message>
        <source>Original lines of the selected entry</source>
        <translation>Ursprüngliche Zeilen des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>&amp;Show them</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Lines that could not be read</source>
        <translation>Zeilen, die nicht gelesen werden konnten</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Describe what happened, don&apos;t explain it. Every point of view counts: note where people remember it differently.</source>
        <translation>Beschreiben Sie, was passiert ist, erklären Sie es nicht. Jede Sichtweise zählt: Halten Sie fest, wo sich die Beteiligten unterschiedlich erinnern.</translation>
    </message>
    <message>
        <source>Ask each person: what did you know, when, and why did it make sense at the time? Listen to discover and verify by synthesizing: read the events back and ask whether that is how it was. Encourage and note divergent and dissenting opinions as views.</source>
        <translation>Fragen Sie jede Person: Was wussten Sie wann, und warum war es damals sinnvoll? Hören Sie zu, um zu entdecken, und prüfen Sie durch Zusammenfassen: Lesen Sie die Ereignisse vor und fragen Sie, ob es so war. Ermutigen Sie zu abweichenden und gegenteiligen Meinungen und halten Sie sie als Sichtweisen fest.</translation>
    </message>
    <message>
        <source>&amp;Add event:</source>
        <translation>Ereignis &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>14:02 alice: restarted the primary   ·   +5m pager fired [detected]   ·   now bob: #decision roll back</source>
        <translation>14:02 alice: Primärserver neu gestartet   ·   +5m Pager ausgelöst [detected]   ·   jetzt bob: #decision zurückrollen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Quick entry syntax</source>
        <translation>Syntax der Schnelleingabe</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>&amp;Protokoll importieren …</translation>
    </message>
    <message>
        <source>Add entries of a log file to the timeline: you choose which lines in a preview.</source>
        <translation>Einträge einer Protokolldatei zur Zeitleiste hinzufügen: Sie wählen die Zeilen in einer Vorschau aus.</translation>
    </message>
    <message>
        <source>Import c&amp;hat…</source>
        <translation>&amp;Chat importieren …</translation>
    </message>
    <message>
        <source>Add the messages of a chat transcript (Slack export, IRC or plain text) as communication events.</source>
        <translation>Die Nachrichten eines Chat-Protokolls (Slack-Export, IRC oder reiner Text) als Kommunikationsereignisse hinzufügen.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (− on the timeline, or Ctrl+wheel)</source>
        <translation>Zeitleiste verkleinern (− auf der Zeitleiste oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out of the timeline</source>
        <translation>Zeitleiste verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom into the timeline (+ on the timeline, or Ctrl+wheel)</source>
        <translation>Zeitleiste vergrößern (+ auf der Zeitleiste oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom into the timeline</source>
        <translation>Zeitleiste vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole timeline (0 on the timeline)</source>
        <translation>Die ganze Zeitleiste anzeigen (0 auf der Zeitleiste)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Neues Ereignis</translation>
    </message>
    <message>
        <source>Add an event after the selected one (Insert in the table)</source>
        <translation>Ein Ereignis nach dem ausgewählten hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected events (Delete in the table)</source>
        <translation>Die ausgewählten Ereignisse entfernen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Belege</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
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
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Post-mortems per month by severity</source>
        <translation>Post-Mortems pro Monat nach Schweregrad</translation>
    </message>
    <message>
        <source>Post-mortems per quarter by severity</source>
        <translation>Post-Mortems pro Quartal nach Schweregrad</translation>
    </message>
    <message>
        <source>Month of the incident</source>
        <translation>Monat des Vorfalls</translation>
    </message>
    <message>
        <source>Quarter of the incident</source>
        <translation>Quartal des Vorfalls</translation>
    </message>
    <message>
        <source>Post-mortems</source>
        <translation>Post-Mortems</translation>
    </message>
    <message>
        <source>No post-mortems with an incident date in the archive yet.</source>
        <translation>Noch keine Post-Mortems mit Vorfallsdatum im Archiv.</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Kein Schweregrad</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Median time to detect and to resolve, per month</source>
        <translation>Median der Zeit bis zur Erkennung und bis zur Behebung, pro Monat</translation>
    </message>
    <message>
        <source>Median time to detect and to resolve, per quarter</source>
        <translation>Median der Zeit bis zur Erkennung und bis zur Behebung, pro Quartal</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median der Zeit</translation>
    </message>
    <message>
        <source>No post-mortem in the archive has the milestones these times need (impact started, detected, resolved).</source>
        <translation>Kein Post-Mortem im Archiv hat die Meilensteine, die diese Zeiten brauchen (Beginn der Auswirkung, erkannt, behoben).</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Remediation items per month: done, open and overdue</source>
        <translation>Maßnahmen pro Monat: erledigt, offen und überfällig</translation>
    </message>
    <message>
        <source>Remediation items per quarter: done, open and overdue</source>
        <translation>Maßnahmen pro Quartal: erledigt, offen und überfällig</translation>
    </message>
    <message>
        <source>Remediation items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No remediation items in the archive yet.</source>
        <translation>Noch keine Maßnahmen im Archiv.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open, not overdue</source>
        <translation>Offen, nicht überfällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Einsatzleitung</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Einsatzkraft</translation>
    </message>
    <message>
        <source>Subject-matter expert</source>
        <translation>Fachexpertise</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
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
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Genau</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Imported log</source>
        <translation>Importiertes Protokoll</translation>
    </message>
    <message>
        <source>Imported chat</source>
        <translation>Importierter Chat</translation>
    </message>
    <message>
        <source>Hindsight bias</source>
        <translation>Rückschaufehler</translation>
    </message>
    <message>
        <source>Outcome bias</source>
        <translation>Ergebnisverzerrung</translation>
    </message>
    <message>
        <source>Recency bias</source>
        <translation>Aktualitätsverzerrung</translation>
    </message>
    <message>
        <source>Fundamental attribution error</source>
        <translation>Fundamentaler Attributionsfehler</translation>
    </message>
    <message>
        <source>Other bias</source>
        <translation>Andere Verzerrung</translation>
    </message>
    <message>
        <source>The people involved</source>
        <translation>Die Beteiligten</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>Der Prozess</translation>
    </message>
    <message>
        <source>The aftermath</source>
        <translation>Die Nachwirkungen</translation>
    </message>
    <message>
        <source>The culture</source>
        <translation>Die Kultur</translation>
    </message>
    <message>
        <source>The next time</source>
        <translation>Das nächste Mal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Workload and circumstances</source>
        <translation>Arbeitslast und Umstände</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Log excerpt</source>
        <translation>Protokollauszug</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Verhindern</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>P1 – urgent</source>
        <translation>P1 – dringend</translation>
    </message>
    <message>
        <source>P2 – high</source>
        <translation>P2 – hoch</translation>
    </message>
    <message>
        <source>P3 – normal</source>
        <translation>P3 – normal</translation>
    </message>
    <message>
        <source>P4 – low</source>
        <translation>P4 – niedrig</translation>
    </message>
    <message>
        <source>Small (hours)</source>
        <translation>Klein (Stunden)</translation>
    </message>
    <message>
        <source>Medium (days)</source>
        <translation>Mittel (Tage)</translation>
    </message>
    <message>
        <source>Large (weeks)</source>
        <translation>Groß (Wochen)</translation>
    </message>
    <message>
        <source>Very large (months)</source>
        <translation>Sehr groß (Monate)</translation>
    </message>
</context>
</TS>
