#include "timeline/QuickEntryParser.h"

#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

// The example incident: Berlin time (UTC+2 in October), last event at 14:01 local.
QuickEntryContext berlinContext()
{
    QuickEntryContext context;
    context.zone = QTimeZone("Europe/Berlin");
    context.previousEvent = utc(u"2026-10-14T12:01:00Z"_s);
    context.incidentStart = utc(u"2026-10-14T11:48:00Z"_s);
    context.now = utc(u"2026-10-14T13:30:15.500Z"_s);
    context.participants = {{1, u"Aiko Tanaka"_s}, {2, u"Mira Lindqvist"_s},
                            {10, u"Alice Smith"_s}, {11, u"Alicia Keys"_s},
                            {12, u"Bob Jones"_s}};
    return context;
}

QuickEntry parsed(const QString &line, const QuickEntryContext &context = berlinContext())
{
    const QuickEntryResult result = QuickEntryParser::parse(line, context);
    if (!result.ok)
        qWarning("unexpected error for \"%s\": %s", qPrintable(line), qPrintable(result.error));
    return result.entry;
}

QString errorOf(const QString &line, const QuickEntryContext &context = berlinContext())
{
    const QuickEntryResult result = QuickEntryParser::parse(line, context);
    return result.ok ? QString() : result.error;
}

} // namespace

class TestQuickEntryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeAndParticipant()
    {
        const QuickEntry entry = parsed(u"14:02 alice: restarted the primary"_s);
        QCOMPARE(entry.occurredAt, utc(u"2026-10-14T12:02:00Z"_s));
        QCOMPARE(entry.occurredAt.timeSpec(), Qt::UTC);
        QCOMPARE(entry.actorParticipantId, 10);
        QVERIFY(entry.actorName.isEmpty());
        QCOMPARE(entry.whatHappened, u"restarted the primary"_s);
        QCOMPARE(entry.precision, u"exact"_s);
        QCOMPARE(entry.kind, u"action"_s); // a participant acting
        QVERIFY(!entry.occurredUntil.isValid());
        QVERIFY(entry.milestone.isEmpty());
        QVERIFY(entry.notes.isEmpty());
    }

    void absoluteTimes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << u"14:02:30 alice: restarted the primary"_s << u"2026-10-14T12:02:30Z"_s;
        QTest::newRow("one-digit hour") << u"9:05 nightly job ran"_s << u"2026-10-14T07:05:00Z"_s;
        QTest::newRow("date") << u"2026-10-14 14:02 alice: restarted"_s << u"2026-10-14T12:02:00Z"_s;
        QTest::newRow("date with T") << u"2026-10-14T14:02:05 restarted"_s << u"2026-10-14T12:02:05Z"_s;
        QTest::newRow("another date") << u"2026-10-15 09:00 follow-up call"_s << u"2026-10-15T07:00:00Z"_s;
        QTest::newRow("winter time") << u"2026-11-02 09:00 follow-up"_s << u"2026-11-02T08:00:00Z"_s;
        QTest::newRow("earlier the same day") << u"13:40 cert rotated"_s << u"2026-10-14T11:40:00Z"_s;
        QTest::newRow("leading spaces") << u"   14:02   restarted  "_s << u"2026-10-14T12:02:00Z"_s;
    }

    void absoluteTimes()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(parsed(line).occurredAt, utc(expected));
    }

    void relativeTimes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("+5m") << u"+5m pager fired"_s << u"2026-10-14T12:06:00Z"_s;
        QTest::newRow("+5min") << u"+5min pager fired"_s << u"2026-10-14T12:06:00Z"_s;
        QTest::newRow("+90s") << u"+90s pager fired"_s << u"2026-10-14T12:02:30Z"_s;
        QTest::newRow("+1h") << u"+1h pager fired"_s << u"2026-10-14T13:01:00Z"_s;
        QTest::newRow("+1h30m") << u"+1h30m pager fired"_s << u"2026-10-14T13:31:00Z"_s;
        QTest::newRow("+2m30s") << u"+2m30s pager fired"_s << u"2026-10-14T12:03:30Z"_s;
        QTest::newRow("+0m") << u"+0m at the same time"_s << u"2026-10-14T12:01:00Z"_s;
    }

    void relativeTimes()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QuickEntry entry = parsed(line);
        QCOMPARE(entry.occurredAt, utc(expected));
        QVERIFY(entry.actorName.isEmpty());
        QCOMPARE(entry.actorParticipantId, 0);
        QCOMPARE(entry.kind, u"observation"_s);
    }

    void relativeWithoutPreviousCountsFromIncidentStart()
    {
        QuickEntryContext context = berlinContext();
        context.previousEvent = {};
        QCOMPARE(parsed(u"+5m pager fired"_s, context).occurredAt, utc(u"2026-10-14T11:53:00Z"_s));
        context.incidentStart = {};
        QVERIFY(errorOf(u"+5m pager fired"_s, context).contains(u"previous event"_s));
    }

    void now()
    {
        const QuickEntry entry = parsed(u"now bob: rolled back"_s);
        QCOMPARE(entry.occurredAt, utc(u"2026-10-14T13:30:15Z"_s)); // whole seconds
        QCOMPARE(entry.actorParticipantId, 12);
        QCOMPARE(entry.whatHappened, u"rolled back"_s);
        QCOMPARE(parsed(u"NOW: pager fired"_s).whatHappened, u"pager fired"_s);
        // "nowhere" is not "now".
        QVERIFY(!errorOf(u"nowhere to be seen"_s).isEmpty());

        QuickEntryContext realClock = berlinContext();
        realClock.now = {};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QDateTime at = parsed(u"now pager fired"_s, realClock).occurredAt;
        QVERIFY(at >= before && at <= QDateTime::currentDateTimeUtc());
    }

    void approximateAndRange()
    {
        const QuickEntry approximate = parsed(u"~14:05 the dashboards looked slow"_s);
        QCOMPARE(approximate.precision, u"approximate"_s);
        QCOMPARE(approximate.occurredAt, utc(u"2026-10-14T12:05:00Z"_s));
        QCOMPARE(parsed(u"~ +5m someone paged the DBA"_s).precision, u"approximate"_s);

        const QuickEntry range = parsed(u"14:05-14:10 mira: read the runbook"_s);
        QCOMPARE(range.precision, u"range"_s);
        QCOMPARE(range.occurredAt, utc(u"2026-10-14T12:05:00Z"_s));
        QCOMPARE(range.occurredUntil, utc(u"2026-10-14T12:10:00Z"_s));
        QCOMPARE(range.actorParticipantId, 2);

        const QuickEntry spaced = parsed(u"14:05 – 14:10:30 investigation"_s);
        QCOMPARE(spaced.occurredUntil, utc(u"2026-10-14T12:10:30Z"_s));

        const QuickEntry long_ = parsed(u"08:00-21:00 degraded all day"_s);
        QCOMPARE(long_.occurredAt, utc(u"2026-10-14T06:00:00Z"_s));
        QCOMPARE(long_.occurredUntil, utc(u"2026-10-14T19:00:00Z"_s));

        QuickEntryContext lateEvening = berlinContext();
        lateEvening.previousEvent = utc(u"2026-10-14T21:50:00Z"_s); // 23:50 local
        const QuickEntry midnight = parsed(u"23:55-00:05 failover"_s, lateEvening);
        QCOMPARE(midnight.occurredAt, utc(u"2026-10-14T21:55:00Z"_s));
        QCOMPARE(midnight.occurredUntil, utc(u"2026-10-14T22:05:00Z"_s));

        QVERIFY(errorOf(u"14:10-14:05 backwards"_s).contains(u"ends before it starts"_s));
    }

    void nextAndPreviousDay()
    {
        QuickEntryContext context = berlinContext();
        context.previousEvent = utc(u"2026-10-14T21:50:00Z"_s); // 23:50 local
        const QuickEntry next = parsed(u"00:10 failover finished"_s, context);
        QCOMPARE(next.occurredAt, utc(u"2026-10-14T22:10:00Z"_s)); // 00:10 on the 15th
        QCOMPARE(next.notes.size(), 1);
        QVERIFY(next.notes.constFirst().contains(u"2026-10-15"_s));

        // Slightly earlier is the same day: facilitators add earlier events afterwards.
        QCOMPARE(parsed(u"23:20 first alert"_s, context).occurredAt, utc(u"2026-10-14T21:20:00Z"_s));
        // More than twelve hours earlier is the next day.
        QCOMPARE(parsed(u"10:00 post-mortem booked"_s, context).occurredAt,
                 utc(u"2026-10-15T08:00:00Z"_s));

        context.previousEvent = utc(u"2026-10-14T22:30:00Z"_s); // 00:30 on the 15th
        const QuickEntry before = parsed(u"23:50 first page"_s, context);
        QCOMPARE(before.occurredAt, utc(u"2026-10-14T21:50:00Z"_s));
        QVERIFY(before.notes.constFirst().contains(u"2026-10-14"_s));
    }

    void dateComesFromIncidentStartWithoutEvents()
    {
        QuickEntryContext context = berlinContext();
        context.previousEvent = {};
        QCOMPARE(parsed(u"13:48 first 503s"_s, context).occurredAt, utc(u"2026-10-14T11:48:00Z"_s));
        context.incidentStart = {};
        // Then from today.
        context.now = utc(u"2027-01-05T10:00:00Z"_s);
        QCOMPARE(parsed(u"11:00 first 503s"_s, context).occurredAt, utc(u"2027-01-05T10:00:00Z"_s));
    }

    void actors()
    {
        // Free text: a system, or someone not on the participant list.
        const QuickEntry system = parsed(u"14:03 checkout-api: returned 503 to every request"_s);
        QCOMPARE(system.actorParticipantId, 0);
        QCOMPARE(system.actorName, u"checkout-api"_s);
        QCOMPARE(system.kind, u"observation"_s);

        QCOMPARE(parsed(u"14:03 MIRA LINDQVIST: paged"_s).actorParticipantId, 2);
        QCOMPARE(parsed(u"14:03 mira lind: paged"_s).actorParticipantId, 2);
        QCOMPARE(parsed(u"14:03 @aiko: started the call"_s).actorParticipantId, 1);
        QCOMPARE(parsed(u"14:03 Prometheus Alertmanager: fired"_s).actorName,
                 u"Prometheus Alertmanager"_s);

        // "ali" could be Alice or Alicia: kept as typed, with a note.
        const QuickEntry ambiguous = parsed(u"14:03 ali: restarted"_s);
        QCOMPARE(ambiguous.actorParticipantId, 0);
        QCOMPARE(ambiguous.actorName, u"ali"_s);
        QCOMPARE(ambiguous.notes.size(), 1);
        QVERIFY(ambiguous.notes.constFirst().contains(u"Alicia Keys"_s));

        // A colon inside a sentence is not an actor.
        const QuickEntry sentence = parsed(u"14:03 the pool error was: connection refused"_s);
        QVERIFY(sentence.actorName.isEmpty());
        QCOMPARE(sentence.whatHappened, u"the pool error was: connection refused"_s);
        const QuickEntry url = parsed(u"14:03 see https://status.example/incidents/42"_s);
        QVERIFY(url.actorName.isEmpty());
        const QuickEntry longSentence =
            parsed(u"14:03 we looked at the dashboards and then: nothing"_s);
        QVERIFY(longSentence.actorName.isEmpty());
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("!alert") << u"14:03 !alert disk full on db-2"_s << u"alert"_s << u"disk full on db-2"_s;
        QTest::newRow("!") << u"14:03 ! disk full on db-2"_s << u"alert"_s << u"disk full on db-2"_s;
        QTest::newRow("#decision") << u"14:03 #decision roll back"_s << u"decision"_s << u"roll back"_s;
        QTest::newRow("#dec") << u"14:03 #dec roll back"_s << u"decision"_s << u"roll back"_s;
        QTest::newRow("#Communication") << u"14:03 #Communication status page"_s << u"communication"_s << u"status page"_s;
        QTest::newRow("#obs") << u"14:03 #obs latency up"_s << u"observation"_s << u"latency up"_s;
        QTest::newRow("after actor") << u"14:03 alice: #decision roll back"_s << u"decision"_s << u"roll back"_s;
        QTest::newRow("before actor") << u"14:03 #decision alice: roll back"_s << u"decision"_s << u"roll back"_s;
        // Not a kind: a channel name stays part of what happened.
        QTest::newRow("channel") << u"14:03 #inc-42 opened"_s << u"observation"_s << u"#inc-42 opened"_s;
        QTest::newRow("ambiguous") << u"14:03 #a something"_s << u"observation"_s << u"#a something"_s;
    }

    void kinds()
    {
        QFETCH(QString, line);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const QuickEntry entry = parsed(line);
        QCOMPARE(entry.kind, kind);
        QCOMPARE(entry.whatHappened, text);
    }

    void milestones_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("milestone");
        QTest::addColumn<QString>("text");
        QTest::newRow("[detected]") << u"14:01 pager fired [detected]"_s << u"detected"_s << u"pager fired"_s;
        QTest::newRow("[ack]") << u"14:09 mira: acked [ack]"_s << u"acknowledged"_s << u"acked"_s;
        QTest::newRow("[impact]") << u"13:48 [impact] first 503s"_s << u"impact-start"_s << u"first 503s"_s;
        QTest::newRow("[Impact-Start]") << u"13:48 first 503s [Impact-Start]"_s << u"impact-start"_s << u"first 503s"_s;
        QTest::newRow("label") << u"15:29 errors gone [Mitigated]"_s << u"mitigated"_s << u"errors gone"_s;
        QTest::newRow("[resolved] twice") << u"16:36 done [resolved] [resolved]"_s << u"resolved"_s << u"done"_s;
        QTest::newRow("[WARN] stays") << u"14:01 [WARN] pool low"_s << QString() << u"[WARN] pool low"_s;
    }

    void milestones()
    {
        QFETCH(QString, line);
        QFETCH(QString, milestone);
        QFETCH(QString, text);
        const QuickEntry entry = parsed(line);
        QCOMPARE(entry.milestone, milestone);
        QCOMPARE(entry.whatHappened, text);
    }

    void milestoneKindDefaults()
    {
        QCOMPARE(parsed(u"14:01 pager fired [detected]"_s).kind, u"milestone"_s);
        QCOMPARE(parsed(u"14:01 !alert pager fired [detected]"_s).kind, u"alert"_s);
        QVERIFY(errorOf(u"14:01 both [detected] [resolved]"_s).contains(u"one milestone"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QString() << u"Type a time"_s;
        QTest::newRow("blank") << u"   "_s << u"Type a time"_s;
        QTest::newRow("no time") << u"alice: restarted"_s << u"Start with a time"_s;
        QTest::newRow("hour 25") << u"25:00 restarted"_s << u"not a valid time"_s;
        QTest::newRow("minute 61") << u"14:61 restarted"_s << u"not a valid time"_s;
        QTest::newRow("bad range end") << u"14:00-14:99 restarted"_s << u"not a valid time"_s;
        QTest::newRow("30 February") << u"2026-02-30 14:00 restarted"_s << u"not a valid date"_s;
        QTest::newRow("nothing happened") << u"14:02"_s << u"what happened"_s;
        QTest::newRow("only an actor") << u"14:02 alice:"_s << u"what happened"_s;
        QTest::newRow("only a milestone") << u"14:02 [detected]"_s << u"what happened"_s;
        QTest::newRow("plus alone") << u"+ pager"_s << u"length"_s;
        QTest::newRow("plus without unit") << u"+5 pager"_s << u"Start with a time"_s;
        QTest::newRow("time glued to text") << u"14:02alice restarted"_s << u"Start with a time"_s;
        QTest::newRow("too long") << u"14:02 "_s + QString(5000, u'x') << u"longer than"_s;
    }

    void errors()
    {
        QFETCH(QString, line);
        QFETCH(QString, fragment);
        const QuickEntryResult result = QuickEntryParser::parse(line, berlinContext());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        // Never half an event.
        QVERIFY(!result.entry.occurredAt.isValid());
        QVERIFY(result.entry.whatHappened.isEmpty());
    }

    void skippedHourDoesNotExist()
    {
        QuickEntryContext context = berlinContext();
        context.previousEvent = utc(u"2026-03-29T00:30:00Z"_s); // 01:30 CET
        const QString error = errorOf(u"02:30 cron ran"_s, context);
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QVERIFY(error.contains(u"Europe/Berlin"_s));
        QVERIFY(!errorOf(u"2026-03-29 02:30 cron ran"_s, context).isEmpty());
        QCOMPARE(parsed(u"03:30 cron ran"_s, context).occurredAt, utc(u"2026-03-29T01:30:00Z"_s));
        // A repeated hour counts from its first occurrence (summer time).
        context.previousEvent = utc(u"2026-10-25T00:10:00Z"_s); // 02:10 CEST
        QCOMPARE(parsed(u"02:30 cron ran"_s, context).occurredAt, utc(u"2026-10-25T00:30:00Z"_s));
    }

    void utcIncident()
    {
        QuickEntryContext context = berlinContext();
        context.zone = QTimeZone::UTC;
        QCOMPARE(parsed(u"14:02 restarted"_s, context).occurredAt, utc(u"2026-10-14T14:02:00Z"_s));
    }

    void toRecord()
    {
        const QuickEntry entry = parsed(u"~14:05-14:10 #decision alice: roll back [mitigated]"_s);
        const Record record = entry.toRecord();
        QCOMPARE(record.values.size(), int(TimelineEventField::Count));
        QCOMPARE(record.value(TimelineEventField::OccurredAt).toDateTime(), utc(u"2026-10-14T12:05:00Z"_s));
        QCOMPARE(record.value(TimelineEventField::OccurredUntil).toDateTime(), utc(u"2026-10-14T12:10:00Z"_s));
        QCOMPARE(record.text(TimelineEventField::Precision), u"range"_s);
        QCOMPARE(record.text(TimelineEventField::Kind), u"decision"_s);
        QCOMPARE(record.value(TimelineEventField::ActorParticipant).toLongLong(), 10);
        QCOMPARE(record.text(TimelineEventField::WhatHappened), u"roll back"_s);
        QCOMPARE(record.text(TimelineEventField::Milestone), u"mitigated"_s);
        QCOMPARE(record.text(TimelineEventField::Source), u"typed"_s);

        const Record free = parsed(u"14:05 checkout-api: 503"_s).toRecord();
        QVERIFY(free.value(TimelineEventField::ActorParticipant).isNull());
        QVERIFY(free.value(TimelineEventField::OccurredUntil).isNull());
        QCOMPARE(free.text(TimelineEventField::ActorName), u"checkout-api"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuickEntryParser)
#include "TestQuickEntryParser.moc"
