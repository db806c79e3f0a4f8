#pragma once

#include "document/Record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Debrief {

class Document;

// When one milestone was reached, as the timeline says.
struct MilestoneTime
{
    QString milestone; // Vocabulary::Milestone key
    qint64 eventId = 0;
    QDateTime at; // UTC; the start when the event is a range
    bool approximate = false; // the event's precision is approximate or range
    bool range = false;
    int eventCount = 1; // events marked with this milestone; the earliest counts
};

// The time calculations of the post-mortem ("Mean Time to Resolution / other time
// calculations" of the seed's checklist), from the milestones on the timeline:
//
//   time to detect       impact-start → detected
//   time to acknowledge  detected     → acknowledged
//   time to mitigate     impact-start → mitigated
//   time to resolve      impact-start → resolved
//   impact duration      impact-start → mitigated
//
// Impact duration ends at "mitigated" because that is when customers stopped being affected;
// the work until "resolved" (permanent fix, clean-up) is not impact. Without a mitigated
// milestone it ends at "resolved", and the result says so.
//
// A result never shows a negative duration: when the end milestone lies before the start one,
// the result is a warning instead of a value.
class IncidentMetrics
{
    Q_DECLARE_TR_FUNCTIONS(IncidentMetrics)

public:
    enum class Metric { TimeToDetect, TimeToAcknowledge, TimeToMitigate, TimeToResolve, ImpactDuration };
    enum class State { Value, MissingMilestone, OutOfOrder };

    struct Result
    {
        Metric metric = Metric::TimeToDetect;
        State state = State::MissingMilestone;
        QString fromMilestone;
        QString toMilestone;
        qint64 seconds = 0; // only with State::Value
        bool approximate = false; // an involved time is approximate or the start of a range
        QString problem; // translated: the missing milestone or the order warning
        QStringList notes; // translated remarks: ranges, duplicates, fallbacks

        bool hasValue() const { return state == State::Value; }
        // "1 h 41 min", "≈ 1 h 41 min", or the problem.
        QString text() const;
    };

    // `zone` is used to show times in warnings (the incident's zone).
    explicit IncidentMetrics(const QList<Record> &events, const QTimeZone &zone = QTimeZone::UTC);
    static IncidentMetrics fromDocument(const Document &document);

    const QList<Result> &results() const { return m_results; }
    Result result(Metric metric) const;
    std::optional<MilestoneTime> milestone(const QString &key) const;
    // Every pair of milestones whose times contradict the order impact start → detected →
    // acknowledged → mitigated → resolved, including pairs no metric uses.
    const QStringList &orderWarnings() const { return m_orderWarnings; }

    static QString metricLabel(Metric metric);
    static QList<Metric> allMetrics();

    // A duration for people: "45 s", "12 min 30 s", "1 h 41 min", "2 d 3 h". Hours and longer
    // are rounded to the minute.
    static QString formatDuration(qint64 seconds);

private:
    Result compute(Metric metric, const QString &from, const QString &to) const;
    QString describeTime(const MilestoneTime &time) const;

    QTimeZone m_zone;
    QList<MilestoneTime> m_milestones;
    QList<Result> m_results;
    QStringList m_orderWarnings;
};

} // namespace Debrief
