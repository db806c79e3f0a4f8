#include "IncidentMetrics.h"

#include "LocalTime.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const QString ImpactStart = u"impact-start"_s;
const QString Detected = u"detected"_s;
const QString Acknowledged = u"acknowledged"_s;
const QString Mitigated = u"mitigated"_s;
const QString Resolved = u"resolved"_s;

QString quoted(const QString &milestone)
{
    return IncidentMetrics::tr("“%1”").arg(choiceLabel(Vocabulary::Milestone, milestone));
}

} // namespace

IncidentMetrics::IncidentMetrics(const QList<Record> &events, const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::UTC)
{
    const QList<Choice> milestones = choices(Vocabulary::Milestone);
    for (const Choice &choice : milestones) {
        std::optional<MilestoneTime> earliest;
        int count = 0;
        for (const Record &event : events) {
            if (event.text(TimelineEventField::Milestone) != choice.key)
                continue;
            const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
            if (!at.isValid())
                continue; // an event without a time cannot place the milestone
            ++count;
            if (earliest && earliest->at <= at)
                continue;
            const QString precision = event.text(TimelineEventField::Precision);
            earliest = MilestoneTime{choice.key, event.id, at,
                                     precision == "approximate"_L1 || precision == "range"_L1,
                                     precision == "range"_L1, 1};
        }
        if (earliest) {
            earliest->eventCount = count;
            m_milestones.append(*earliest);
        }
    }

    m_results = {
        compute(Metric::TimeToDetect, ImpactStart, Detected),
        compute(Metric::TimeToAcknowledge, Detected, Acknowledged),
        compute(Metric::TimeToMitigate, ImpactStart, Mitigated),
        compute(Metric::TimeToResolve, ImpactStart, Resolved),
        compute(Metric::ImpactDuration, ImpactStart, milestone(Mitigated) ? Mitigated : Resolved),
    };
    if (!milestone(Mitigated) && milestone(Resolved)) {
        m_results.last().notes.append(
            tr("Impact is counted until %1 because no event is marked %2.")
                .arg(quoted(Resolved), quoted(Mitigated)));
    }

    for (int i = 0; i < m_milestones.size(); ++i) {
        for (int j = i + 1; j < m_milestones.size(); ++j) {
            const MilestoneTime &earlier = m_milestones.at(i);
            const MilestoneTime &later = m_milestones.at(j);
            if (later.at < earlier.at) {
                m_orderWarnings.append(tr("%1 (%2) is before %3 (%4).")
                                           .arg(quoted(later.milestone), describeTime(later),
                                                quoted(earlier.milestone), describeTime(earlier)));
            }
        }
    }
}

IncidentMetrics IncidentMetrics::fromDocument(const Document &document)
{
    return IncidentMetrics(
        document.records(Table::TimelineEvent),
        LocalTime::zoneFromId(document.incidentValue(IncidentField::TimeZone).toString()));
}

IncidentMetrics::Result IncidentMetrics::compute(Metric metric, const QString &from,
                                                 const QString &to) const
{
    Result result;
    result.metric = metric;
    result.fromMilestone = from;
    result.toMilestone = to;
    const std::optional<MilestoneTime> start = milestone(from);
    const std::optional<MilestoneTime> end = milestone(to);
    if (!start || !end) {
        result.state = State::MissingMilestone;
        if (!start && !end) {
            result.problem = tr("Missing milestones %1 and %2").arg(quoted(from), quoted(to));
        } else {
            result.problem = tr("Missing milestone %1").arg(quoted(start ? to : from));
        }
        return result;
    }
    for (const MilestoneTime &time : {*start, *end}) {
        if (time.range)
            result.notes.append(tr("%1 is a time range; its start is used.").arg(quoted(time.milestone)));
        if (time.eventCount > 1) {
            result.notes.append(tr("%n events are marked %1; the earliest counts.", nullptr,
                                   time.eventCount)
                                    .arg(quoted(time.milestone)));
        }
    }
    result.approximate = start->approximate || end->approximate;
    if (end->at < start->at) {
        result.state = State::OutOfOrder;
        result.problem = tr("Out of order: %1 (%2) is before %3 (%4). Check these times.")
                             .arg(quoted(to), describeTime(*end), quoted(from), describeTime(*start));
        return result;
    }
    result.state = State::Value;
    result.seconds = start->at.secsTo(end->at);
    return result;
}

QString IncidentMetrics::describeTime(const MilestoneTime &time) const
{
    const QDateTime local = time.at.toTimeZone(m_zone);
    const bool severalDays = std::any_of(m_milestones.cbegin(), m_milestones.cend(),
                                         [&](const MilestoneTime &other) {
                                             return other.at.toTimeZone(m_zone).date() != local.date();
                                         });
    QString format = local.time().second() != 0 ? u"HH:mm:ss"_s : u"HH:mm"_s;
    if (severalDays)
        format.prepend(u"yyyy-MM-dd "_s);
    return local.toString(format);
}

IncidentMetrics::Result IncidentMetrics::result(Metric metric) const
{
    for (const Result &candidate : m_results) {
        if (candidate.metric == metric)
            return candidate;
    }
    return {};
}

std::optional<MilestoneTime> IncidentMetrics::milestone(const QString &key) const
{
    for (const MilestoneTime &time : m_milestones) {
        if (time.milestone == key)
            return time;
    }
    return std::nullopt;
}

QString IncidentMetrics::metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::TimeToDetect:
        return tr("Time to detect");
    case Metric::TimeToAcknowledge:
        return tr("Time to acknowledge");
    case Metric::TimeToMitigate:
        return tr("Time to mitigate");
    case Metric::TimeToResolve:
        return tr("Time to resolve");
    case Metric::ImpactDuration:
        return tr("Impact duration");
    }
    return {};
}

QList<IncidentMetrics::Metric> IncidentMetrics::allMetrics()
{
    return {Metric::TimeToDetect, Metric::TimeToAcknowledge, Metric::TimeToMitigate,
            Metric::TimeToResolve, Metric::ImpactDuration};
}

QString IncidentMetrics::Result::text() const
{
    if (state != State::Value)
        return problem;
    const QString duration = formatDuration(seconds);
    return approximate ? tr("≈ %1").arg(duration) : duration;
}

QString IncidentMetrics::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return tr("−%1").arg(formatDuration(-seconds));
    QStringList parts;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        parts.append(tr("%1 min").arg(seconds / 60));
        if (seconds % 60 != 0)
            parts.append(tr("%1 s").arg(seconds % 60));
        return parts.join(u' ');
    }
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes % (24 * 60) / 60;
    if (days > 0)
        parts.append(tr("%1 d").arg(days));
    if (hours > 0)
        parts.append(tr("%1 h").arg(hours));
    if (minutes % 60 != 0)
        parts.append(tr("%1 min").arg(minutes % 60));
    return parts.join(u' ');
}

} // namespace Debrief
