#include "timeline/IncidentMetrics.h"

#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

using Metric = IncidentMetrics::Metric;
using State = IncidentMetrics::State;

qint64 g_nextId = 1;

Record milestone(const QString &key, const QString &utc, const QString &precision = u"exact"_s,
                 const QString &until = QString())
{
    Record event = emptyRecord(Table::TimelineEvent);
    event.id = g_nextId++;
    event.values[TimelineEventField::Milestone] = key;
    event.values[TimelineEventField::OccurredAt] =
        utc.isEmpty() ? QVariant() : QVariant(QDateTime::fromString(utc, Qt::ISODate));
    if (!until.isEmpty())
        event.values[TimelineEventField::OccurredUntil] = QDateTime::fromString(until, Qt::ISODate);
    event.values[TimelineEventField::Precision] = precision;
    event.values[TimelineEventField::Kind] = u"milestone"_s;
    return event;
}

// The example post-mortem's milestones (UTC).
QList<Record> exampleMilestones()
{
    return {milestone(u"impact-start"_s, u"2026-10-14T11:48:00Z"_s),
            milestone(u"detected"_s, u"2026-10-14T12:01:00Z"_s),
            milestone(u"acknowledged"_s, u"2026-10-14T12:09:00Z"_s),
            milestone(u"mitigated"_s, u"2026-10-14T13:29:00Z"_s),
            milestone(u"resolved"_s, u"2026-10-14T14:36:00Z"_s)};
}

} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 s"_s;
        QTest::newRow("seconds") << qint64(45) << u"45 s"_s;
        QTest::newRow("minute") << qint64(60) << u"1 min"_s;
        QTest::newRow("minutes and seconds") << qint64(12 * 60 + 30) << u"12 min 30 s"_s;
        QTest::newRow("just under an hour") << qint64(3599) << u"59 min 59 s"_s;
        QTest::newRow("hour") << qint64(3600) << u"1 h"_s;
        QTest::newRow("example impact") << qint64(101 * 60) << u"1 h 41 min"_s;
        QTest::newRow("rounds to the minute") << qint64(101 * 60 + 31) << u"1 h 42 min"_s;
        QTest::newRow("rounds down") << qint64(101 * 60 + 29) << u"1 h 41 min"_s;
        QTest::newRow("rounds up to the hour") << qint64(2 * 3600 - 10) << u"2 h"_s;
        QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600) << u"2 d 3 h"_s;
        QTest::newRow("day and minutes") << qint64(86400 + 5 * 60) << u"1 d 5 min"_s;
        QTest::newRow("negative") << qint64(-90) << u"−1 min 30 s"_s;
    }

    void formatsDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(IncidentMetrics::formatDuration(seconds), text);
    }

    void computesAllMetricsOfTheExample()
    {
        const IncidentMetrics metrics(exampleMilestones(), QTimeZone("Europe/Berlin"));
        QCOMPARE(metrics.results().size(), 5);
        const auto expect = [&](Metric metric, qint64 seconds) {
            const IncidentMetrics::Result result = metrics.result(metric);
            QVERIFY2(result.hasValue(), qPrintable(result.problem));
            QCOMPARE(result.seconds, seconds);
            QVERIFY(!result.approximate);
            QVERIFY(result.notes.isEmpty());
        };
        expect(Metric::TimeToDetect, 13 * 60);
        expect(Metric::TimeToAcknowledge, 8 * 60);
        expect(Metric::TimeToMitigate, 101 * 60);
        expect(Metric::TimeToResolve, (2 * 60 + 48) * 60);
        // Impact ends at "mitigated": the example's customer impact is "1 h 41 min".
        expect(Metric::ImpactDuration, 101 * 60);
        QCOMPARE(metrics.result(Metric::ImpactDuration).text(), u"1 h 41 min"_s);
        QCOMPARE(metrics.result(Metric::ImpactDuration).toMilestone, u"mitigated"_s);
        QVERIFY(metrics.orderWarnings().isEmpty());
    }

    void missingMilestonesAreNamed()
    {
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T11:48:00Z"_s),
                                       milestone(u"resolved"_s, u"2026-10-14T14:36:00Z"_s)});
        const IncidentMetrics::Result detect = metrics.result(Metric::TimeToDetect);
        QCOMPARE(detect.state, State::MissingMilestone);
        QVERIFY(!detect.hasValue());
        QVERIFY2(detect.text().contains(u"Missing milestone"_s), qPrintable(detect.text()));
        QVERIFY(detect.text().contains(u"Detected"_s));
        QVERIFY(!detect.text().contains(u"Impact started"_s));

        const IncidentMetrics::Result acknowledge = metrics.result(Metric::TimeToAcknowledge);
        QCOMPARE(acknowledge.state, State::MissingMilestone);
        QVERIFY(acknowledge.text().contains(u"Detected"_s));
        QVERIFY(acknowledge.text().contains(u"Acknowledged"_s));

        QVERIFY(metrics.result(Metric::TimeToResolve).hasValue());
        // Without "mitigated", impact runs until "resolved", and the result says so.
        const IncidentMetrics::Result impact = metrics.result(Metric::ImpactDuration);
        QVERIFY(impact.hasValue());
        QCOMPARE(impact.seconds, qint64((2 * 60 + 48) * 60));
        QCOMPARE(impact.toMilestone, u"resolved"_s);
        QCOMPARE(impact.notes.size(), 1);
        QVERIFY(impact.notes.constFirst().contains(u"Mitigated"_s));
    }

    void emptyTimelineHasNoValues()
    {
        const IncidentMetrics metrics(QList<Record>{});
        for (const IncidentMetrics::Result &result : metrics.results()) {
            QCOMPARE(result.state, State::MissingMilestone);
            QVERIFY(!result.problem.isEmpty());
        }
        QVERIFY(metrics.orderWarnings().isEmpty());
    }

    void outOfOrderGivesAWarningNeverANegativeDuration()
    {
        // Detection entered before impact start (a typing slip or a wrong zone).
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T12:10:00Z"_s),
                                       milestone(u"detected"_s, u"2026-10-14T12:01:00Z"_s),
                                       milestone(u"acknowledged"_s, u"2026-10-14T12:09:00Z"_s)},
                                      QTimeZone("Europe/Berlin"));
        const IncidentMetrics::Result detect = metrics.result(Metric::TimeToDetect);
        QCOMPARE(detect.state, State::OutOfOrder);
        QCOMPARE(detect.seconds, 0);
        // Times in the warning are the incident's wall clock.
        QVERIFY2(detect.text().contains(u"14:01"_s) && detect.text().contains(u"14:10"_s),
                 qPrintable(detect.text()));
        QVERIFY(detect.text().contains(u"Out of order"_s));
        QVERIFY(metrics.result(Metric::TimeToAcknowledge).hasValue());
        QCOMPARE(metrics.result(Metric::TimeToAcknowledge).seconds, 8 * 60);

        // Every contradicting pair is listed, also acknowledged before impact start.
        QCOMPARE(metrics.orderWarnings().size(), 2);
        for (const QString &warning : metrics.orderWarnings())
            QVERIFY(warning.contains(u"Impact started"_s));
        for (const IncidentMetrics::Result &result : metrics.results()) {
            QVERIFY(result.seconds >= 0);
            QVERIFY(!result.text().startsWith(u'−'));
        }
    }

    void mitigatedAfterResolvedIsWarned()
    {
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T11:48:00Z"_s),
                                       milestone(u"mitigated"_s, u"2026-10-14T15:00:00Z"_s),
                                       milestone(u"resolved"_s, u"2026-10-14T14:36:00Z"_s)});
        QCOMPARE(metrics.orderWarnings().size(), 1);
        QVERIFY(metrics.orderWarnings().constFirst().contains(u"Resolved"_s));
        // Each metric on its own is in order.
        QVERIFY(metrics.result(Metric::TimeToMitigate).hasValue());
        QVERIFY(metrics.result(Metric::TimeToResolve).hasValue());
    }

    void equalTimesGiveZero()
    {
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T11:48:00Z"_s),
                                       milestone(u"detected"_s, u"2026-10-14T11:48:00Z"_s)});
        QVERIFY(metrics.result(Metric::TimeToDetect).hasValue());
        QCOMPARE(metrics.result(Metric::TimeToDetect).text(), u"0 s"_s);
        QVERIFY(metrics.orderWarnings().isEmpty());
    }

    void approximateAndRangeTimesAreMarked()
    {
        const IncidentMetrics metrics(
            {milestone(u"impact-start"_s, u"2026-10-14T11:40:00Z"_s, u"range"_s,
                       u"2026-10-14T11:50:00Z"_s),
             milestone(u"detected"_s, u"2026-10-14T12:01:00Z"_s),
             milestone(u"acknowledged"_s, u"2026-10-14T12:09:00Z"_s, u"approximate"_s)});
        const IncidentMetrics::Result detect = metrics.result(Metric::TimeToDetect);
        QVERIFY(detect.hasValue());
        QCOMPARE(detect.seconds, 21 * 60); // from the range's start
        QVERIFY(detect.approximate);
        QCOMPARE(detect.text(), u"≈ 21 min"_s);
        QCOMPARE(detect.notes.size(), 1);
        QVERIFY(detect.notes.constFirst().contains(u"range"_s));

        const IncidentMetrics::Result acknowledge = metrics.result(Metric::TimeToAcknowledge);
        QVERIFY(acknowledge.approximate);
        QVERIFY(acknowledge.notes.isEmpty());
        QCOMPARE(acknowledge.text(), u"≈ 8 min"_s);

        QVERIFY(metrics.milestone(u"impact-start"_s)->range);
        QVERIFY(metrics.milestone(u"impact-start"_s)->approximate);
        QVERIFY(!metrics.milestone(u"detected"_s)->approximate);
    }

    void theEarliestOfSeveralCountsWithANote()
    {
        const Record later = milestone(u"detected"_s, u"2026-10-14T12:30:00Z"_s);
        const Record earliest = milestone(u"detected"_s, u"2026-10-14T12:01:00Z"_s);
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T11:48:00Z"_s),
                                       later, earliest,
                                       milestone(u"detected"_s, u"2026-10-14T12:15:00Z"_s)});
        const IncidentMetrics::Result detect = metrics.result(Metric::TimeToDetect);
        QCOMPARE(detect.seconds, 13 * 60);
        QCOMPARE(detect.notes.size(), 1);
        QVERIFY2(detect.notes.constFirst().contains(u"3 events"_s), qPrintable(detect.notes.constFirst()));
        QCOMPARE(metrics.milestone(u"detected"_s)->eventId, earliest.id);
        QCOMPARE(metrics.milestone(u"detected"_s)->eventCount, 3);
    }

    void eventsWithoutTimeOrUnknownMilestonesAreIgnored()
    {
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T11:48:00Z"_s),
                                       milestone(u"detected"_s, QString()),
                                       milestone(u"customer-informed"_s, u"2026-10-14T12:30:00Z"_s)});
        QCOMPARE(metrics.result(Metric::TimeToDetect).state, State::MissingMilestone);
        QVERIFY(!metrics.milestone(u"customer-informed"_s));
    }

    void daysAreShownWhenMilestonesSpanMidnight()
    {
        const IncidentMetrics metrics({milestone(u"impact-start"_s, u"2026-10-14T23:50:00Z"_s),
                                       milestone(u"detected"_s, u"2026-10-14T23:40:00Z"_s),
                                       milestone(u"resolved"_s, u"2026-10-15T01:10:00Z"_s)});
        const QString warning = metrics.result(Metric::TimeToDetect).problem;
        QVERIFY2(warning.contains(u"2026-10-14 23:40"_s), qPrintable(warning));
        QCOMPARE(metrics.result(Metric::TimeToResolve).text(), u"1 h 20 min"_s);
    }

    void labelsAreDistinct()
    {
        QStringList labels;
        for (Metric metric : IncidentMetrics::allMetrics())
            labels.append(IncidentMetrics::metricLabel(metric));
        labels.removeDuplicates();
        QCOMPARE(labels.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestIncidentMetrics)
#include "TestIncidentMetrics.moc"
