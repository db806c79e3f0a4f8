#include "TimelineFormat.h"

#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "timeline/LocalTime.h"

#include <QLocale>

namespace Debrief {

using namespace Qt::StringLiterals;

QTimeZone TimelineFormat::incidentZone(const Document &document)
{
    const QTimeZone zone =
        LocalTime::zoneFromId(document.incidentValue(IncidentField::TimeZone).toString());
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

QDate TimelineFormat::referenceDay(const Document &document, const QTimeZone &zone)
{
    QDateTime start = document.incidentValue(IncidentField::StartedAt).toDateTime();
    if (!start.isValid()) {
        for (const Record &event : document.records(Table::TimelineEvent)) {
            start = event.value(TimelineEventField::OccurredAt).toDateTime();
            if (start.isValid())
                break;
        }
    }
    return start.isValid() ? start.toTimeZone(zone).date() : QDate();
}

QString TimelineFormat::timeText(const QDateTime &utc, const QTimeZone &zone,
                                 const QDate &referenceDay)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    const QTime time = local.time();
    const QString clock = time.second() != 0 || time.msec() != 0
                              ? local.toString(u"HH:mm:ss"_s)
                              : local.toString(u"HH:mm"_s);
    if (!referenceDay.isValid() || local.date() == referenceDay)
        return clock;
    const QString day = QLocale().toString(local.date(), tr("ddd d MMM", "date of a timeline "
                                                                         "event on another day"));
    return tr("%1, %2", "day, time of a timeline event").arg(day, clock);
}

bool TimelineFormat::isApproximate(const Record &event)
{
    return event.text(TimelineEventField::Precision) == "approximate"_L1;
}

bool TimelineFormat::isRange(const Record &event)
{
    return event.text(TimelineEventField::Precision) == "range"_L1
           && event.value(TimelineEventField::OccurredUntil).toDateTime().isValid();
}

QString TimelineFormat::eventTimeText(const Record &event, const QTimeZone &zone,
                                      const QDate &referenceDay)
{
    const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
    if (!at.isValid())
        return tr("No time");
    const QString start = timeText(at, zone, referenceDay);
    if (isRange(event)) {
        const QDateTime until = event.value(TimelineEventField::OccurredUntil).toDateTime();
        // The end's day is shown only when it differs from the start's.
        const QString end = timeText(until, zone, at.toTimeZone(zone).date());
        return tr("%1–%2", "time range of a timeline event").arg(start, end);
    }
    if (isApproximate(event))
        return tr("≈ %1", "approximate time of a timeline event").arg(start);
    return start;
}

qint64 TimelineFormat::actorParticipant(const Record &event)
{
    const QVariant value = event.value(TimelineEventField::ActorParticipant);
    return value.isNull() ? 0 : value.toLongLong();
}

QString TimelineFormat::actorText(const Document &document, const Record &event)
{
    if (const qint64 participant = actorParticipant(event)) {
        const QString name =
            document.value(Table::Participant, participant, ParticipantField::Name).toString();
        if (!name.trimmed().isEmpty())
            return name;
    }
    return event.text(TimelineEventField::ActorName);
}

QString TimelineFormat::sourceText(const Record &event)
{
    QString source = event.text(TimelineEventField::Source);
    if (source.isEmpty())
        source = u"typed"_s;
    const QString label = choiceLabel(Vocabulary::EventSource, source);
    const QString detail = event.text(TimelineEventField::SourceDetail).trimmed();
    return detail.isEmpty() ? label : tr("%1 — %2", "event source — detail").arg(label, detail);
}

} // namespace Debrief
