#include "LocalTime.h"

#include <cstdlib>

namespace Debrief::LocalTime {

ZoneConverter::ZoneConverter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::UTC)
{
    if (m_zone.isUtcOrFixedOffset()) {
        m_fixed = true;
        m_fixedOffsetMs = qint64(m_zone.fixedSecondsAheadOfUtc()) * MsPerSecond;
    }
}

qint64 ZoneConverter::toUtcMs(qint64 localMs)
{
    if (m_fixed)
        return localMs - m_fixedOffsetMs;
    const qint64 hour = localMs >= 0 ? localMs / MsPerHour : (localMs - MsPerHour + 1) / MsPerHour;
    if (hour != m_cachedHour) {
        m_cachedHour = hour;
        const qint64 hourStart = hour * MsPerHour;
        const qint64 utcStart = slowToUtcMs(hourStart);
        const qint64 utcEnd = slowToUtcMs(hourStart + MsPerHour - 1);
        m_cachedUniform = utcEnd - utcStart == MsPerHour - 1;
        m_cachedOffsetMs = hourStart - utcStart;
    }
    return m_cachedUniform ? localMs - m_cachedOffsetMs : slowToUtcMs(localMs);
}

qint64 ZoneConverter::slowToUtcMs(qint64 localMs) const
{
    const qint64 days = localMs >= 0 ? localMs / MsPerDay : (localMs - MsPerDay + 1) / MsPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(localMs - days * MsPerDay));
    // With the offset in force before a clock change, a skipped wall-clock time lands just
    // after the change and a repeated one on its first occurrence.
    const QDateTime moment(date, time, m_zone, QDateTime::TransitionResolution::RelativeToBefore);
    return moment.isValid() ? moment.toMSecsSinceEpoch() : localMs;
}

QDateTime placeNear(QTime time, const QDateTime &reference, const QTimeZone &zone)
{
    const QDate referenceDay = reference.toTimeZone(zone).date();
    QDate bestDay;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int dayOffset : {0, 1, -1}) {
        const QDateTime candidate(referenceDay.addDays(dayOffset), time, zone,
                                  QDateTime::TransitionResolution::RelativeToBefore);
        const qint64 distance = std::abs(reference.msecsTo(candidate));
        if (candidate.isValid() && distance < bestDistance) {
            bestDay = referenceDay.addDays(dayOffset);
            bestDistance = distance;
        }
    }
    if (!bestDay.isValid())
        return {};
    // A repeated hour counts from its first occurrence; a skipped one does not exist.
    const QDateTime chosen(bestDay, time, zone, QDateTime::TransitionResolution::PreferBefore);
    if (!chosen.isValid() || chosen.time() != time)
        return {};
    return chosen.toUTC();
}

QTimeZone zoneFromId(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return {};
    const QTimeZone zone(ianaId.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

} // namespace Debrief::LocalTime
