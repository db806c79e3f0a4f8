#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <limits>

// Wall-clock arithmetic shared by quick entry and the importers. Times read from text are in
// some zone's local time; documents store UTC.
namespace Debrief::LocalTime {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerMinute = 60 * MsPerSecond;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), so
// that importers can compute epoch milliseconds without building a QDateTime per line.
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

constexpr bool isValidDate(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
           && day <= daysInMonth(year, month);
}

// Milliseconds of a wall-clock date and time counted as if it were UTC.
constexpr qint64 naiveMs(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return daysFromCivil(year, month, day) * MsPerDay + hour * MsPerHour + minute * MsPerMinute
           + second * MsPerSecond + ms;
}

// Converts wall-clock milliseconds of one zone to UTC. The zone's offset is looked up once per
// wall-clock hour and reused while it stays the same for the whole hour, so a log of 200,000
// lines costs a handful of time-zone look-ups; hours holding a clock change are resolved per
// stamp.
class ZoneConverter
{
public:
    explicit ZoneConverter(const QTimeZone &zone);

    qint64 toUtcMs(qint64 localMs);
    const QTimeZone &zone() const { return m_zone; }

private:
    qint64 slowToUtcMs(qint64 localMs) const;

    QTimeZone m_zone;
    bool m_fixed = false;
    qint64 m_fixedOffsetMs = 0;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffsetMs = 0;
    bool m_cachedUniform = false;
};

// The moment of the wall-clock time `time` in `zone` that lies within 12 hours of
// `reference`: the same local day as the reference, or the day after or before when that is
// nearer (23:50 then 00:10 is ten minutes later, the next day). Invalid when the time does not
// exist on that day (skipped by a clock change).
QDateTime placeNear(QTime time, const QDateTime &reference, const QTimeZone &zone);

// The zone an IANA id names, or an invalid zone.
QTimeZone zoneFromId(const QString &ianaId);

} // namespace Debrief::LocalTime
