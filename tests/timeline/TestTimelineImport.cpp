#include "TestSupport.h"
#include "document/Document.h"
#include "importers/TimelineImport.h"
#include "timeline/IncidentMetrics.h"
#include "timeline/QuickEntryParser.h"
#include "timeline/TimelineOrder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

Record timelineEvent(const QString &time, const QString &text)
{
    Record record = emptyRecord(Table::TimelineEvent);
    record.values[TimelineEventField::OccurredAt] = time.isEmpty() ? QVariant() : QVariant(utc(time));
    record.values[TimelineEventField::WhatHappened] = text;
    record.values[TimelineEventField::Kind] = u"observation"_s;
    return record;
}

QStringList texts(const Document &document)
{
    QStringList result;
    for (const Record &record : document.records(Table::TimelineEvent))
        result.append(record.text(TimelineEventField::WhatHappened));
    return result;
}

} // namespace

class TestTimelineImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Document> newDocument()
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(u"doc%1.debrief"_s.arg(++m_counter)), &error);
        if (document)
            document->setIncidentValue(IncidentField::TimeZone, u"Europe/Berlin"_s);
        return document;
    }

private Q_SLOTS:
    void insertsInTimeOrderAsOneUndoStep()
    {
        auto document = newDocument();
        QVERIFY(document);
        for (const Record &existing : {timelineEvent(u"2026-10-14T12:00:00Z"_s, u"A 12:00"_s),
                                       timelineEvent(u"2026-10-14T12:10:00Z"_s, u"B 12:10"_s),
                                       timelineEvent(QString(), u"C no time"_s),
                                       timelineEvent(u"2026-10-14T12:20:00Z"_s, u"D 12:20"_s)})
            document->insertRecord(Table::TimelineEvent, existing);
        const int stepsBefore = document->undoStack()->count();
        QSignalSpy inserted(document.get(), &Document::recordInserted);

        const QList<Record> imported{timelineEvent(u"2026-10-14T12:30:00Z"_s, u"x 12:30"_s),
                                     timelineEvent(u"2026-10-14T12:05:00Z"_s, u"x 12:05"_s),
                                     timelineEvent(u"2026-10-14T11:00:00Z"_s, u"x 11:00"_s),
                                     timelineEvent(u"2026-10-14T12:10:00Z"_s, u"x 12:10 first"_s),
                                     timelineEvent(QString(), u"x no time"_s),
                                     timelineEvent(u"2026-10-14T12:10:00Z"_s, u"x 12:10 second"_s)};
        const QList<qint64> ids = TimelineImport::apply(*document, imported, u"Import test"_s);
        QCOMPARE(ids.size(), imported.size());
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY(ids.at(i) > 0);
            QCOMPARE(document->value(Table::TimelineEvent, ids.at(i), TimelineEventField::WhatHappened).toString(),
                     imported.at(i).text(TimelineEventField::WhatHappened));
        }
        QCOMPARE(inserted.size(), imported.size());
        // Equal times keep their order after the events already there; an event goes right
        // before the first later one (untimed ones in between are passed over), and new
        // untimed ones go last.
        QCOMPARE(texts(*document),
                 (QStringList{u"x 11:00"_s, u"A 12:00"_s, u"x 12:05"_s, u"B 12:10"_s, u"C no time"_s,
                              u"x 12:10 first"_s, u"x 12:10 second"_s, u"D 12:20"_s, u"x 12:30"_s,
                              u"x no time"_s}));

        QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
        QCOMPARE(document->undoStack()->undoText(), u"Import test"_s);
        document->undoStack()->undo();
        QCOMPARE(texts(*document), (QStringList{u"A 12:00"_s, u"B 12:10"_s, u"C no time"_s, u"D 12:20"_s}));
        document->undoStack()->redo();
        QCOMPARE(document->count(Table::TimelineEvent), 10);

        QCOMPARE(TimelineOrder::insertIndex(*document, utc(u"2026-10-14T12:06:00Z"_s)), 3);
        QCOMPARE(TimelineOrder::insertIndex(*document, utc(u"2026-10-14T10:00:00Z"_s)), 0);
        QCOMPARE(TimelineOrder::insertIndex(*document, QDateTime()), 10);
        QVERIFY(TimelineImport::apply(*document, {}, u"nothing"_s).isEmpty());
        QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
    }

    void logCandidatesBecomeEvents()
    {
        auto document = newDocument();
        const LogImportResult log = LogImporter::parseFile(dataPath(u"logs/syslog-rfc3164.log"_s),
                                                           {QTimeZone("Europe/Berlin"), utc(u"2026-10-14T11:48:00Z"_s)});
        QVERIFY(log.ok());
        const QList<LogCandidate> chosen{log.candidates.at(3), log.candidates.at(0)};
        const QList<qint64> ids = TimelineImport::applyLog(*document, log, chosen, u"syslog-rfc3164.log"_s);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(document->undoStack()->undoText(), u"Import 2 log entries from syslog-rfc3164.log"_s);
        const Record *first = document->record(Table::TimelineEvent, ids.at(1));
        QVERIFY(first);
        QCOMPARE(document->indexOf(Table::TimelineEvent, ids.at(1)), 0);
        QCOMPARE(first->value(TimelineEventField::OccurredAt).toDateTime(), utc(u"2026-10-14T11:40:29Z"_s));
        QCOMPARE(first->text(TimelineEventField::Source), u"log"_s);
        QCOMPARE(first->text(TimelineEventField::SourceDetail), u"syslog-rfc3164.log, line 1"_s);
        QCOMPARE(first->text(TimelineEventField::ActorName), u"cert-reloader"_s);
        QCOMPARE(first->text(TimelineEventField::Kind), u"observation"_s);
        QCOMPARE(first->text(TimelineEventField::Precision), u"exact"_s);
        QVERIFY(first->text(TimelineEventField::WhatHappened).startsWith(u"Oct 14 13:40:29 trk-db-proxy-1"_s));

        const LogImportResult java = LogImporter::parseFile(dataPath(u"logs/log4j.log"_s),
                                                            {QTimeZone("Europe/Berlin"), utc(u"2026-10-14T11:48:00Z"_s)});
        const QList<qint64> javaIds =
            TimelineImport::applyLog(*document, java, {java.candidates.constFirst()}, u"log4j.log"_s);
        const Record *trace = document->record(Table::TimelineEvent, javaIds.constFirst());
        QCOMPARE(trace->text(TimelineEventField::SourceDetail), u"log4j.log, lines 1–7"_s);
        QCOMPARE(trace->text(TimelineEventField::WhatHappened).count(u'\n'), 6);
        QVERIFY(trace->text(TimelineEventField::ActorName).isEmpty());
    }

    void chatMessagesBecomeCommunication()
    {
        auto document = newDocument();
        Record mira = emptyRecord(Table::Participant);
        mira.values[ParticipantField::Name] = u"Mira Lindqvist"_s;
        const qint64 miraId = document->insertRecord(Table::Participant, mira);

        ChatImportOptions options;
        options.zone = QTimeZone("Europe/Berlin");
        options.reference = utc(u"2026-10-14T11:48:00Z"_s);
        options.participants = ParticipantMatcher::fromDocument(*document).participants();
        const ChatImportResult chat = ChatImporter::parseFile(dataPath(u"chats/bracketed.txt"_s), options);
        QVERIFY(chat.ok());
        const QList<qint64> ids = TimelineImport::applyChat(*document, chat.messages, u"bracketed.txt"_s);
        QCOMPARE(ids.size(), chat.messages.size());
        const Record *acked = document->record(Table::TimelineEvent, ids.at(1));
        QCOMPARE(acked->text(TimelineEventField::Kind), u"communication"_s);
        QCOMPARE(acked->text(TimelineEventField::Source), u"chat"_s);
        QCOMPARE(acked->value(TimelineEventField::ActorParticipant).toLongLong(), miraId);
        QVERIFY(acked->text(TimelineEventField::ActorName).isEmpty());
        QCOMPARE(acked->text(TimelineEventField::SourceDetail), u"bracketed.txt, line 2"_s);
        const Record *jordan = document->record(Table::TimelineEvent, ids.last());
        QVERIFY(jordan->value(TimelineEventField::ActorParticipant).isNull());
        QCOMPARE(jordan->text(TimelineEventField::ActorName), u"Jordan Blake"_s);
        QCOMPARE(document->record(Table::TimelineEvent, ids.at(2))->text(TimelineEventField::SourceDetail),
                 u"bracketed.txt, lines 3–5"_s);

        const ChatImportResult slack = ChatImporter::parseFile(dataPath(u"chats/slack-no-users.json"_s), options);
        const QList<qint64> slackIds = TimelineImport::applyChat(*document, slack.messages, u"slack-no-users.json"_s);
        QCOMPARE(document->record(Table::TimelineEvent, slackIds.at(2))->text(TimelineEventField::SourceDetail),
                 u"slack-no-users.json, message 3"_s);

        // Everything stays in time order.
        QDateTime previous;
        for (const Record &record : document->records(Table::TimelineEvent)) {
            const QDateTime at = record.value(TimelineEventField::OccurredAt).toDateTime();
            QVERIFY(!previous.isValid() || previous <= at);
            previous = at;
        }
    }

    void readOnlyDocumentsRefuse()
    {
        const QString path = m_dir.filePath(u"readonly.debrief"_s);
        {
            QString error;
            auto created = Document::createNew(path, &error);
            QVERIFY(created);
        }
        OpenError error;
        auto document = Document::open(path, DocumentFile::Access::ReadOnly, &error);
        QVERIFY(document);
        QVERIFY(TimelineImport::apply(*document, {timelineEvent(u"2026-10-14T12:00:00Z"_s, u"x"_s)}, u"x"_s).isEmpty());
        QCOMPARE(document->count(Table::TimelineEvent), 0);
    }

    void quickEntriesBuildTheMetrics()
    {
        // A facilitator's typing, start to end, with the metrics it yields.
        auto document = newDocument();
        Record mira = emptyRecord(Table::Participant);
        mira.values[ParticipantField::Name] = u"Mira Lindqvist"_s;
        document->insertRecord(Table::Participant, mira);
        document->setIncidentValue(IncidentField::StartedAt, utc(u"2026-10-14T11:48:00Z"_s));
        for (const QString &line : {u"13:48 first 503s on tracking [impact]"_s,
                                    u"+13m synthetic check paged [detected]"_s,
                                    u"~14:09 mira: acked the page [ack]"_s,
                                    u"15:29 error rate below 1% [mitigated]"_s,
                                    u"13:40 cert-rotator: rotated the proxy certificate"_s,
                                    u"16:36 daniel: resolved [resolved]"_s}) {
            const QuickEntryResult result =
                QuickEntryParser::parse(line, QuickEntryContext::fromDocument(*document));
            QVERIFY2(result.ok, qPrintable(result.error));
            const Record record = result.entry.toRecord();
            document->insertRecord(Table::TimelineEvent, record,
                                   TimelineOrder::insertIndex(*document, result.entry.occurredAt));
        }
        QCOMPARE(texts(*document).constFirst(), u"rotated the proxy certificate"_s);
        const IncidentMetrics metrics = IncidentMetrics::fromDocument(*document);
        using Metric = IncidentMetrics::Metric;
        QCOMPARE(metrics.result(Metric::TimeToDetect).text(), u"13 min"_s);
        QCOMPARE(metrics.result(Metric::TimeToAcknowledge).text(), u"≈ 8 min"_s);
        QCOMPARE(metrics.result(Metric::TimeToMitigate).text(), u"1 h 41 min"_s);
        QCOMPARE(metrics.result(Metric::TimeToResolve).text(), u"2 h 48 min"_s);
        QCOMPARE(metrics.result(Metric::ImpactDuration).text(), u"1 h 41 min"_s);
    }
};

QTEST_GUILESS_MAIN(TestTimelineImport)
#include "TestTimelineImport.moc"
