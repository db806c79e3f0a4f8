#include "LogImporter.h"

#include "timeline/LocalTime.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>
#include <string_view>

namespace Debrief {

using namespace Qt::StringLiterals;
using namespace LocalTime;
using namespace std::string_view_literals;

namespace {

// Lines are read as bytes, with hand-written digit parsing and no regular expressions or
// QDateTime per line: a 200,000-line log must be read in well under a second.

inline unsigned digitValue(char c)
{
    return static_cast<unsigned>(static_cast<unsigned char>(c)) - unsigned('0');
}

inline bool isDigit(char c)
{
    return digitValue(c) <= 9;
}

inline bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool isAlnum(char c)
{
    return isDigit(c) || isAlpha(c);
}

inline char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Reads exactly `count` digits at `pos`.
inline bool readDigits(const char *s, qsizetype n, qsizetype pos, int count, int *value)
{
    if (pos < 0 || pos + count > n)
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned digit = digitValue(s[pos + i]);
        if (digit > 9)
            return false;
        result = result * 10 + int(digit);
    }
    *value = result;
    return true;
}

inline bool charAt(const char *s, qsizetype n, qsizetype pos, char c)
{
    return pos < n && s[pos] == c;
}

// Reads a fraction of a second after '.' or ',' at `*pos`; returns milliseconds.
inline int readFraction(const char *s, qsizetype n, qsizetype *pos)
{
    qsizetype q = *pos;
    if (q + 1 >= n || (s[q] != '.' && s[q] != ',') || !isDigit(s[q + 1]))
        return 0;
    ++q;
    int ms = 0;
    int count = 0;
    while (q < n && isDigit(s[q])) {
        if (count < 3)
            ms = ms * 10 + int(digitValue(s[q]));
        ++count;
        ++q;
    }
    for (; count < 3; ++count)
        ms *= 10;
    *pos = q;
    return ms;
}

int monthFromName(const char *p)
{
    switch (p[0]) {
    case 'J':
        if (p[1] == 'a' && p[2] == 'n')
            return 1;
        if (p[1] == 'u' && p[2] == 'n')
            return 6;
        if (p[1] == 'u' && p[2] == 'l')
            return 7;
        return 0;
    case 'F':
        return p[1] == 'e' && p[2] == 'b' ? 2 : 0;
    case 'M':
        if (p[1] == 'a' && p[2] == 'r')
            return 3;
        return p[1] == 'a' && p[2] == 'y' ? 5 : 0;
    case 'A':
        if (p[1] == 'p' && p[2] == 'r')
            return 4;
        return p[1] == 'u' && p[2] == 'g' ? 8 : 0;
    case 'S':
        return p[1] == 'e' && p[2] == 'p' ? 9 : 0;
    case 'O':
        return p[1] == 'c' && p[2] == 't' ? 10 : 0;
    case 'N':
        return p[1] == 'o' && p[2] == 'v' ? 11 : 0;
    case 'D':
        return p[1] == 'e' && p[2] == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

// A level word such as "ERROR", "warn", "CRIT" or "information".
LogLevel levelFromWord(const char *p, qsizetype length)
{
    if (length < 3 || length > 11)
        return LogLevel::Unknown;
    char word[12];
    for (qsizetype i = 0; i < length; ++i)
        word[i] = toLower(p[i]);
    word[length] = 0;
    struct Name
    {
        const char *name;
        LogLevel level;
    };
    static constexpr Name names[] = {
        {"trace", LogLevel::Trace},       {"trc", LogLevel::Trace},
        {"finest", LogLevel::Trace},      {"finer", LogLevel::Trace},
        {"debug", LogLevel::Debug},       {"dbg", LogLevel::Debug},
        {"fine", LogLevel::Debug},        {"info", LogLevel::Info},
        {"inf", LogLevel::Info},          {"information", LogLevel::Info},
        {"notice", LogLevel::Notice},     {"warn", LogLevel::Warning},
        {"warning", LogLevel::Warning},   {"wrn", LogLevel::Warning},
        {"error", LogLevel::Error},       {"err", LogLevel::Error},
        {"eror", LogLevel::Error},        {"severe", LogLevel::Error},
        {"crit", LogLevel::Critical},     {"critical", LogLevel::Critical},
        {"fatal", LogLevel::Critical},    {"ftl", LogLevel::Critical},
        {"alert", LogLevel::Alert},       {"emerg", LogLevel::Emergency},
        {"emergency", LogLevel::Emergency}, {"panic", LogLevel::Emergency},
    };
    for (const Name &name : names) {
        if (std::strcmp(word, name.name) == 0)
            return name.level;
    }
    return LogLevel::Unknown;
}

// The letters at `pos` (after spaces and an opening bracket) read as a level.
LogLevel levelAt(const char *s, qsizetype n, qsizetype pos, qsizetype *wordEnd = nullptr)
{
    while (pos < n && s[pos] == ' ')
        ++pos;
    if (pos < n && (s[pos] == '[' || s[pos] == '<'))
        ++pos;
    qsizetype end = pos;
    while (end < n && end - pos <= 11 && isAlpha(s[end]))
        ++end;
    if (end < n && isAlnum(s[end]))
        return LogLevel::Unknown;
    if (wordEnd)
        *wordEnd = end;
    return levelFromWord(s + pos, end - pos);
}

LogLevel levelFromSyslogPriority(int priority)
{
    static constexpr LogLevel levels[] = {LogLevel::Emergency, LogLevel::Alert,
                                          LogLevel::Critical,  LogLevel::Error,
                                          LogLevel::Warning,   LogLevel::Notice,
                                          LogLevel::Info,      LogLevel::Debug};
    return levels[priority % 8];
}

enum class Outcome { None, Stamp, Invalid };

struct Parsed
{
    LogFormat format = LogFormat::Iso8601;
    LogLevel level = LogLevel::Unknown;
    qint64 utcMs = 0;
    qsizetype messageOffset = 0;
    qsizetype sourceOffset = -1;
    qsizetype sourceLength = 0;
    bool zoneless = false;
};

struct IsoTime
{
    qint64 localMs = 0;
    bool zoned = false;
    qint64 offsetMs = 0;
    char separator = 'T';
    qsizetype end = 0;
};

// "+02:00", "+0200", "+02", "-07:00" at `*pos`.
Outcome readOffset(const char *s, qsizetype n, qsizetype *pos, qint64 *offsetMs)
{
    const qsizetype q = *pos;
    if (q >= n || (s[q] != '+' && s[q] != '-'))
        return Outcome::None;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(s, n, q + 1, 2, &hours))
        return Outcome::None;
    qsizetype end = q + 3;
    if (charAt(s, n, end, ':') && readDigits(s, n, end + 1, 2, &minutes))
        end += 3;
    else if (readDigits(s, n, end, 2, &minutes))
        end += 2;
    if (end < n && isDigit(s[end]))
        return Outcome::None;
    if (hours > 23 || minutes > 59)
        return Outcome::Invalid;
    *offsetMs = (s[q] == '-' ? -1 : 1) * (hours * MsPerHour + minutes * MsPerMinute);
    *pos = end;
    return Outcome::Stamp;
}

// An ISO 8601 / RFC 3339 date and time at `pos`: "2026-10-14T13:52:01.003Z",
// "2026-10-14 13:52:01,123", "2026-10-14T13:52:01+02:00", "2026-10-14 13:52:01.5 +0200".
Outcome readIso(const char *s, qsizetype n, qsizetype pos, IsoTime *time)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(s, n, pos, 4, &year) || !charAt(s, n, pos + 4, '-')
        || !readDigits(s, n, pos + 5, 2, &month) || !charAt(s, n, pos + 7, '-')
        || !readDigits(s, n, pos + 8, 2, &day))
        return Outcome::None;
    qsizetype q = pos + 10;
    if (q >= n || (s[q] != 'T' && s[q] != ' ' && s[q] != 't'))
        return Outcome::None;
    time->separator = s[q] == ' ' ? ' ' : 'T';
    if (!readDigits(s, n, q + 1, 2, &hour) || !charAt(s, n, q + 3, ':')
        || !readDigits(s, n, q + 4, 2, &minute))
        return Outcome::None;
    q += 6;
    if (charAt(s, n, q, ':')) {
        if (!readDigits(s, n, q + 1, 2, &second))
            return Outcome::None;
        q += 3;
    }
    int ms = readFraction(s, n, &q);
    time->zoned = false;
    time->offsetMs = 0;
    if (q < n && (s[q] == 'Z' || s[q] == 'z')) {
        time->zoned = true;
        ++q;
    } else if (q < n && (s[q] == '+' || s[q] == '-')) {
        const Outcome offset = readOffset(s, n, &q, &time->offsetMs);
        if (offset == Outcome::Invalid)
            return Outcome::Invalid;
        time->zoned = offset == Outcome::Stamp;
    } else if (q + 1 < n && s[q] == ' ' && (s[q + 1] == '+' || s[q + 1] == '-')
               && q + 2 < n && isDigit(s[q + 2])) {
        qsizetype r = q + 1; // Go's "2026-10-14 13:52:01.5 +0200 CEST"
        if (readOffset(s, n, &r, &time->offsetMs) == Outcome::Stamp) {
            time->zoned = true;
            q = r;
        }
    }
    if (q < n && isAlnum(s[q]))
        return Outcome::None;
    if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return Outcome::Invalid;
    if (second == 60) { // a leap second is kept inside its minute
        second = 59;
        ms = 999;
    }
    time->localMs = naiveMs(year, month, day, hour, minute, second, ms);
    time->end = q;
    return Outcome::Stamp;
}

// "HH:MM:SS" at `pos`, with an optional fraction; milliseconds since midnight.
Outcome readTimeOfDay(const char *s, qsizetype n, qsizetype pos, qint64 *ms, qsizetype *end)
{
    int hour = 0, minute = 0, second = 0;
    if (!readDigits(s, n, pos, 2, &hour) || !charAt(s, n, pos + 2, ':')
        || !readDigits(s, n, pos + 3, 2, &minute) || !charAt(s, n, pos + 5, ':')
        || !readDigits(s, n, pos + 6, 2, &second))
        return Outcome::None;
    qsizetype q = pos + 8;
    const int fraction = readFraction(s, n, &q);
    if (q < n && isAlnum(s[q]))
        return Outcome::None;
    if (hour > 23 || minute > 59 || second > 60)
        return Outcome::Invalid;
    *ms = hour * MsPerHour + minute * MsPerMinute + std::min(second, 59) * MsPerSecond + fraction;
    *end = q;
    return Outcome::Stamp;
}

qsizetype skipSpaces(const char *s, qsizetype n, qsizetype pos)
{
    while (pos < n && (s[pos] == ' ' || s[pos] == '\t'))
        ++pos;
    return pos;
}

qsizetype findChar(const char *s, qsizetype n, qsizetype from, char c, qsizetype limit)
{
    const qsizetype end = std::min(n, from + limit);
    if (from >= end)
        return -1;
    const void *found = std::memchr(s + from, c, size_t(end - from));
    return found ? static_cast<const char *>(found) - s : -1;
}

// Everything a parse needs besides the line: the zone of zone-less stamps, the year of
// stamps without one, the day of time-only stamps.
class LineParser
{
public:
    explicit LineParser(const LogImportOptions &options)
        : m_zone(options.zone)
    {
        const QDateTime reference =
            (options.reference.isValid() ? options.reference : QDateTime::currentDateTimeUtc())
                .toTimeZone(m_zone.zone());
        m_referenceYear = reference.date().year();
        m_referenceMonth = reference.date().month();
        m_timeOfDayAnchor = naiveMs(reference.date().year(), reference.date().month(),
                                    reference.date().day(), reference.time().hour(),
                                    reference.time().minute(), reference.time().second(), 0);
    }

    Outcome parse(const char *s, qsizetype n, Parsed *parsed)
    {
        m_usedZone = false;
        const Outcome outcome = dispatch(s, n, parsed);
        parsed->zoneless = m_usedZone;
        return outcome;
    }

private:
    Outcome dispatch(const char *s, qsizetype n, Parsed *parsed);
    // Wall-clock time in the zone the caller gave.
    qint64 fromLocal(qint64 localMs)
    {
        m_usedZone = true;
        return m_zone.toUtcMs(localMs);
    }
    qint64 toUtc(const IsoTime &time)
    {
        return time.zoned ? time.localMs - time.offsetMs : fromLocal(time.localMs);
    }
    // Syslog and klog leave out the year: the one nearest the incident is meant.
    int yearFor(int month) const
    {
        if (month - m_referenceMonth > 6)
            return m_referenceYear - 1;
        if (m_referenceMonth - month > 6)
            return m_referenceYear + 1;
        return m_referenceYear;
    }
    Outcome localFromParts(int month, int day, qint64 timeOfDayMs, qint64 *localMs) const
    {
        const int year = yearFor(month);
        if (!isValidDate(year, month, day))
            return Outcome::Invalid;
        *localMs = daysFromCivil(year, month, day) * MsPerDay + timeOfDayMs;
        return Outcome::Stamp;
    }

    Outcome parseIsoFamily(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseSyslog(const char *s, qsizetype n, qsizetype pos, int priority, Parsed *parsed);
    Outcome parseRfc5424(const char *s, qsizetype n, qsizetype pos, int priority, Parsed *parsed);
    Outcome parsePriority(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseKlog(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseNginxError(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseTimeOnly(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseEpoch(const char *s, qsizetype n, qsizetype pos, bool json, Parsed *parsed,
                       qsizetype *end);
    Outcome parseAccessLog(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseBracketed(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseJson(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseLogfmt(const char *s, qsizetype n, Parsed *parsed);
    Outcome parseStampValue(const char *s, qsizetype n, qsizetype pos, bool json, Parsed *parsed);

    ZoneConverter m_zone;
    int m_referenceYear = 1970;
    int m_referenceMonth = 1;
    qint64 m_timeOfDayAnchor = 0; // local ms of the last time-only stamp (or the reference)
    bool m_usedZone = false;
};

Outcome LineParser::dispatch(const char *s, qsizetype n, Parsed *parsed)
{
    const char first = s[0];
    if (first == ' ' || first == '\t')
        return Outcome::None; // continuation: stack traces, wrapped messages
    Outcome outcome = Outcome::None;
    if (isDigit(first)) {
        if (n >= 16 && s[4] == '-')
            return parseIsoFamily(s, n, parsed);
        if (n >= 19 && s[4] == '/')
            outcome = parseNginxError(s, n, parsed);
        else if (n >= 8 && s[2] == ':')
            return parseTimeOnly(s, n, parsed);
        else {
            qsizetype end = 0;
            outcome = parseEpoch(s, n, 0, false, parsed, &end);
            if (outcome == Outcome::Stamp) {
                parsed->messageOffset = skipSpaces(s, n, end);
                parsed->level = levelAt(s, n, end);
            }
        }
    } else if (first == '<') {
        return parsePriority(s, n, parsed);
    } else if (first == '{') {
        return parseJson(s, n, parsed);
    } else if (first == '[') {
        outcome = parseBracketed(s, n, parsed);
    } else if (isAlpha(first)) {
        if (n >= 15 && monthFromName(s))
            outcome = parseSyslog(s, n, 0, -1, parsed);
        if (outcome == Outcome::None && n >= 21
            && (first == 'I' || first == 'W' || first == 'E' || first == 'F') && isDigit(s[1]))
            outcome = parseKlog(s, n, parsed);
        if (outcome == Outcome::None)
            outcome = parseLogfmt(s, n, parsed);
    }
    if (outcome != Outcome::None)
        return outcome;
    // Access logs start with the client's address, so their stamp is further in.
    return parseAccessLog(s, n, parsed);
}

Outcome LineParser::parseIsoFamily(const char *s, qsizetype n, Parsed *parsed)
{
    IsoTime time;
    const Outcome outcome = readIso(s, n, 0, &time);
    if (outcome != Outcome::Stamp)
        return outcome;
    parsed->utcMs = toUtc(time);
    const qsizetype rest = skipSpaces(s, n, time.end);
    parsed->messageOffset = rest;

    // Python: "stamp - name - LEVEL - message".
    if (rest + 2 < n && s[rest] == '-' && s[rest + 1] == ' ') {
        const qsizetype nameEnd = findChar(s, n, rest + 2, '-', 200);
        if (nameEnd > 0 && s[nameEnd - 1] == ' ') {
            qsizetype levelEnd = 0;
            const LogLevel level = levelAt(s, n, nameEnd + 1, &levelEnd);
            if (level != LogLevel::Unknown && charAt(s, n, levelEnd, ' ')
                && charAt(s, n, levelEnd + 1, '-')) {
                parsed->format = LogFormat::PythonLogging;
                parsed->level = level;
                parsed->sourceOffset = rest + 2;
                parsed->sourceLength = nameEnd - 1 - parsed->sourceOffset;
                parsed->messageOffset = skipSpaces(s, n, levelEnd + 2);
                return Outcome::Stamp;
            }
        }
    }
    // log4j / logback / Spring Boot: the level right after the stamp.
    const LogLevel level = levelAt(s, n, rest);
    if (level != LogLevel::Unknown) {
        parsed->level = level;
        parsed->format = time.zoned && time.separator == 'T' ? LogFormat::Iso8601 : LogFormat::Log4j;
        return Outcome::Stamp;
    }
    parsed->format = LogFormat::Iso8601;
    // journalctl -o short-iso: "stamp host prog[pid]: message".
    if (time.zoned && time.separator == 'T') {
        const qsizetype hostEnd = findChar(s, n, rest, ' ', 256);
        if (hostEnd > rest) {
            const qsizetype tagEnd = findChar(s, n, hostEnd + 1, ' ', 256);
            if (tagEnd > hostEnd + 2 && s[tagEnd - 1] == ':') {
                qsizetype nameEnd = tagEnd - 1;
                if (s[nameEnd - 1] == ']') {
                    const qsizetype bracket = findChar(s, n, hostEnd + 1, '[', nameEnd - hostEnd);
                    nameEnd = bracket > hostEnd + 1 ? bracket : nameEnd;
                }
                parsed->format = LogFormat::JournalShortIso;
                parsed->sourceOffset = hostEnd + 1;
                parsed->sourceLength = nameEnd - hostEnd - 1;
                parsed->messageOffset = skipSpaces(s, n, tagEnd);
            }
        }
    }
    return Outcome::Stamp;
}

// "Oct 14 13:52:01 host prog[pid]: msg" at `pos`; with a fraction it is journalctl's
// short-precise.
Outcome LineParser::parseSyslog(const char *s, qsizetype n, qsizetype pos, int priority,
                                Parsed *parsed)
{
    if (pos + 15 > n)
        return Outcome::None;
    const int month = monthFromName(s + pos);
    if (month == 0 || s[pos + 3] != ' ')
        return Outcome::None;
    int day = 0;
    if (s[pos + 4] == ' ') {
        if (!readDigits(s, n, pos + 5, 1, &day))
            return Outcome::None;
    } else if (!readDigits(s, n, pos + 4, 2, &day)) {
        return Outcome::None;
    }
    if (s[pos + 6] != ' ')
        return Outcome::None;
    qint64 timeOfDay = 0;
    qsizetype end = 0;
    const Outcome timeOutcome = readTimeOfDay(s, n, pos + 7, &timeOfDay, &end);
    if (timeOutcome != Outcome::Stamp)
        return timeOutcome;
    qint64 local = 0;
    if (localFromParts(month, day, timeOfDay, &local) != Outcome::Stamp)
        return Outcome::Invalid;
    parsed->utcMs = fromLocal(local);
    parsed->format = end > pos + 15 ? LogFormat::JournalShortPrecise : LogFormat::Rfc3164;
    if (priority >= 0)
        parsed->level = levelFromSyslogPriority(priority);
    // host, then the tag up to ':' or '['.
    const qsizetype host = skipSpaces(s, n, end);
    const qsizetype hostEnd = findChar(s, n, host, ' ', 256);
    parsed->messageOffset = host;
    if (hostEnd > host) {
        const qsizetype tag = hostEnd + 1;
        qsizetype tagEnd = tag;
        while (tagEnd < n && tagEnd - tag < 64 && s[tagEnd] != ':' && s[tagEnd] != '['
               && s[tagEnd] != ' ')
            ++tagEnd;
        if (tagEnd > tag && tagEnd < n && (s[tagEnd] == ':' || s[tagEnd] == '[')) {
            parsed->sourceOffset = tag;
            parsed->sourceLength = tagEnd - tag;
            const qsizetype colon = findChar(s, n, tagEnd, ':', 32);
            parsed->messageOffset = colon > 0 ? skipSpaces(s, n, colon + 1) : hostEnd + 1;
        } else {
            parsed->messageOffset = hostEnd + 1;
        }
    }
    return Outcome::Stamp;
}

// "<34>1 2026-10-14T13:52:01.003Z host app procid msgid [sd] msg" from `pos` (after "<34>").
Outcome LineParser::parseRfc5424(const char *s, qsizetype n, qsizetype pos, int priority,
                                 Parsed *parsed)
{
    const qsizetype stamp = pos + 2;
    if (charAt(s, n, stamp, '-'))
        return Outcome::None; // the NILVALUE: the sender did not know the time
    IsoTime time;
    const Outcome outcome = readIso(s, n, stamp, &time);
    if (outcome != Outcome::Stamp)
        return outcome;
    parsed->utcMs = toUtc(time);
    parsed->format = LogFormat::Rfc5424;
    parsed->level = levelFromSyslogPriority(priority);
    // HOSTNAME APP-NAME PROCID MSGID, then structured data.
    qsizetype q = skipSpaces(s, n, time.end);
    qsizetype fieldStart[4] = {};
    qsizetype fieldEnd[4] = {};
    for (int field = 0; field < 4; ++field) {
        fieldStart[field] = q;
        const qsizetype space = findChar(s, n, q, ' ', 256);
        fieldEnd[field] = space < 0 ? n : space;
        q = space < 0 ? n : space + 1;
    }
    if (fieldEnd[1] > fieldStart[1] && !(fieldEnd[1] - fieldStart[1] == 1 && s[fieldStart[1]] == '-')) {
        parsed->sourceOffset = fieldStart[1];
        parsed->sourceLength = fieldEnd[1] - fieldStart[1];
    }
    if (q < n && s[q] == '-') {
        ++q;
    } else {
        while (q < n && s[q] == '[') { // SD-ELEMENTs, with \] escapes inside values
            ++q;
            while (q < n && s[q] != ']') {
                if (s[q] == '\\')
                    ++q;
                ++q;
            }
            ++q;
        }
    }
    q = skipSpaces(s, n, std::min(q, n));
    // A UTF-8 BOM may start the message.
    if (q + 3 <= n && s[q] == '\xEF' && s[q + 1] == '\xBB' && s[q + 2] == '\xBF')
        q += 3;
    parsed->messageOffset = q;
    return Outcome::Stamp;
}

Outcome LineParser::parsePriority(const char *s, qsizetype n, Parsed *parsed)
{
    qsizetype q = 1;
    int priority = 0;
    while (q < n && q <= 3 && isDigit(s[q]))
        priority = priority * 10 + int(digitValue(s[q++]));
    if (q == 1 || !charAt(s, n, q, '>') || priority > 191)
        return Outcome::None;
    ++q;
    if (charAt(s, n, q, '1') && charAt(s, n, q + 1, ' '))
        return parseRfc5424(s, n, q, priority, parsed);
    return parseSyslog(s, n, q, priority, parsed);
}

// "I1014 13:52:01.123456   12345 file.go:42] msg"
Outcome LineParser::parseKlog(const char *s, qsizetype n, Parsed *parsed)
{
    int month = 0, day = 0;
    if (!readDigits(s, n, 1, 2, &month) || !readDigits(s, n, 3, 2, &day) || s[5] != ' ')
        return Outcome::None;
    qint64 timeOfDay = 0;
    qsizetype end = 0;
    const Outcome timeOutcome = readTimeOfDay(s, n, 6, &timeOfDay, &end);
    if (timeOutcome != Outcome::Stamp)
        return timeOutcome;
    if (end == 14) // klog always writes microseconds
        return Outcome::None;
    if (month < 1 || month > 12)
        return Outcome::Invalid;
    qint64 local = 0;
    if (localFromParts(month, day, timeOfDay, &local) != Outcome::Stamp)
        return Outcome::Invalid;
    parsed->utcMs = fromLocal(local);
    parsed->format = LogFormat::Klog;
    switch (s[0]) {
    case 'I':
        parsed->level = LogLevel::Info;
        break;
    case 'W':
        parsed->level = LogLevel::Warning;
        break;
    case 'E':
        parsed->level = LogLevel::Error;
        break;
    default:
        parsed->level = LogLevel::Critical;
        break;
    }
    const qsizetype bracket = findChar(s, n, end, ']', 256);
    parsed->messageOffset = bracket > 0 ? skipSpaces(s, n, bracket + 1) : end;
    if (bracket > 0) { // "file.go:42" names the source
        qsizetype file = bracket;
        while (file > end && s[file - 1] != ' ')
            --file;
        parsed->sourceOffset = file;
        parsed->sourceLength = bracket - file;
    }
    return Outcome::Stamp;
}

// "2026/10/14 13:52:01 [error] 1234#0: *5 message"
Outcome LineParser::parseNginxError(const char *s, qsizetype n, Parsed *parsed)
{
    int year = 0, month = 0, day = 0;
    if (!readDigits(s, n, 0, 4, &year) || !readDigits(s, n, 5, 2, &month) || s[7] != '/'
        || !readDigits(s, n, 8, 2, &day) || s[10] != ' ')
        return Outcome::None;
    qint64 timeOfDay = 0;
    qsizetype end = 0;
    const Outcome timeOutcome = readTimeOfDay(s, n, 11, &timeOfDay, &end);
    if (timeOutcome != Outcome::Stamp)
        return timeOutcome;
    if (!isValidDate(year, month, day))
        return Outcome::Invalid;
    parsed->utcMs = fromLocal(daysFromCivil(year, month, day) * MsPerDay + timeOfDay);
    parsed->format = LogFormat::NginxError;
    qsizetype levelEnd = end;
    parsed->level = levelAt(s, n, end, &levelEnd);
    parsed->messageOffset = skipSpaces(s, n, charAt(s, n, levelEnd, ']') ? levelEnd + 1 : end);
    return Outcome::Stamp;
}

// logback's default pattern "13:52:01.123 [main] ERROR c.e.Foo - msg": no date at all, so
// the day is the incident's, moving on when the clock passes midnight.
Outcome LineParser::parseTimeOnly(const char *s, qsizetype n, Parsed *parsed)
{
    qint64 timeOfDay = 0;
    qsizetype end = 0;
    const Outcome outcome = readTimeOfDay(s, n, 0, &timeOfDay, &end);
    if (outcome != Outcome::Stamp)
        return outcome;
    const qint64 dayStart = m_timeOfDayAnchor >= 0 ? m_timeOfDayAnchor / MsPerDay * MsPerDay
                                                   : (m_timeOfDayAnchor - MsPerDay + 1) / MsPerDay * MsPerDay;
    qint64 local = dayStart + timeOfDay;
    if (local - m_timeOfDayAnchor > 12 * MsPerHour)
        local -= MsPerDay;
    else if (m_timeOfDayAnchor - local > 12 * MsPerHour)
        local += MsPerDay;
    m_timeOfDayAnchor = local;
    parsed->utcMs = fromLocal(local);
    parsed->format = LogFormat::TimeOnly;
    qsizetype q = skipSpaces(s, n, end);
    if (charAt(s, n, q, '[')) { // the thread
        const qsizetype close = findChar(s, n, q, ']', 256);
        if (close > 0)
            q = close + 1;
    }
    parsed->level = levelAt(s, n, q);
    parsed->messageOffset = skipSpaces(s, n, end);
    return Outcome::Stamp;
}

// Epoch seconds (10 digits, optional fraction) or milliseconds (13 digits) at `pos`.
Outcome LineParser::parseEpoch(const char *s, qsizetype n, qsizetype pos, bool json,
                               Parsed *parsed, qsizetype *end)
{
    qsizetype q = pos;
    qint64 value = 0;
    while (q < n && q - pos < 14 && isDigit(s[q]))
        value = value * 10 + qint64(digitValue(s[q++]));
    const qsizetype digits = q - pos;
    if (digits == 10) {
        const int fraction = readFraction(s, n, &q);
        if (q < n && (isAlnum(s[q]) || s[q] == '.'))
            return Outcome::None;
        // 2001-09-09 to 2100: other ten-digit numbers are ids, not times.
        if (value < 1'000'000'000 || value >= 4'102'444'800)
            return Outcome::None;
        parsed->utcMs = value * MsPerSecond + fraction;
        parsed->format = json ? LogFormat::JsonEpochSeconds : LogFormat::EpochSeconds;
    } else if (digits == 13) {
        if (q < n && (isAlnum(s[q]) || s[q] == '.'))
            return Outcome::None;
        if (value < 1'000'000'000'000 || value >= 4'102'444'800'000)
            return Outcome::None;
        parsed->utcMs = value;
        parsed->format = json ? LogFormat::JsonEpochMillis : LogFormat::EpochMillis;
    } else {
        return Outcome::None;
    }
    *end = q;
    return Outcome::Stamp;
}

// Apache/nginx access logs: 'host ident user [14/Oct/2026:13:52:01 +0200] "GET / HTTP/1.1" 200 512'.
// Their level is read from the status code: 5xx an error, 4xx a warning.
Outcome LineParser::parseAccessLog(const char *s, qsizetype n, Parsed *parsed)
{
    const qsizetype open = findChar(s, n, 0, '[', 300);
    if (open < 0 || (open > 0 && s[open - 1] != ' '))
        return Outcome::None;
    int day = 0, year = 0, hour = 0, minute = 0, second = 0;
    const qsizetype p = open + 1;
    if (!readDigits(s, n, p, 2, &day) || !charAt(s, n, p + 2, '/') || p + 6 > n
        || !charAt(s, n, p + 6, '/') || !readDigits(s, n, p + 7, 4, &year)
        || !charAt(s, n, p + 11, ':') || !readDigits(s, n, p + 12, 2, &hour)
        || !charAt(s, n, p + 14, ':') || !readDigits(s, n, p + 15, 2, &minute)
        || !charAt(s, n, p + 17, ':') || !readDigits(s, n, p + 18, 2, &second))
        return Outcome::None;
    const int month = monthFromName(s + p + 3);
    qsizetype q = p + 20;
    const int ms = readFraction(s, n, &q);
    qint64 offsetMs = 0;
    bool zoned = false;
    if (charAt(s, n, q, ' ')) {
        ++q;
        const Outcome offset = readOffset(s, n, &q, &offsetMs);
        if (offset == Outcome::Invalid)
            return Outcome::Invalid;
        zoned = offset == Outcome::Stamp;
    }
    if (!charAt(s, n, q, ']'))
        return Outcome::None;
    if (month == 0 || !isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return Outcome::Invalid;
    const qint64 local = naiveMs(year, month, day, hour, minute, std::min(second, 59), ms);
    parsed->utcMs = zoned ? local - offsetMs : fromLocal(local);
    parsed->format = LogFormat::CommonLog;
    parsed->messageOffset = skipSpaces(s, n, q + 1);
    // '"request" status bytes' and, in the combined format, '"referer" "agent"'.
    qsizetype r = parsed->messageOffset;
    if (charAt(s, n, r, '"')) {
        qsizetype close = r + 1;
        while (close < n && s[close] != '"') {
            if (s[close] == '\\')
                ++close;
            ++close;
        }
        int status = 0;
        if (close < n && readDigits(s, n, close + 2, 3, &status)) {
            parsed->level = status >= 500 ? LogLevel::Error
                            : status >= 400 ? LogLevel::Warning
                                            : LogLevel::Info;
            const qsizetype bytesEnd = findChar(s, n, close + 6, ' ', 32);
            if (bytesEnd > 0 && charAt(s, n, bytesEnd + 1, '"'))
                parsed->format = LogFormat::CombinedLog;
        }
    }
    return Outcome::Stamp;
}

// "[2026-10-14T13:52:01.123456+00:00] app.ERROR: msg" (Monolog and others) and Apache's
// error log "[Wed Oct 14 13:52:01.123456 2026] [core:error] [pid 1234] msg".
Outcome LineParser::parseBracketed(const char *s, qsizetype n, Parsed *parsed)
{
    IsoTime time;
    const Outcome iso = readIso(s, n, 1, &time);
    if (iso == Outcome::Invalid)
        return iso;
    if (iso == Outcome::Stamp && charAt(s, n, time.end, ']')) {
        parsed->utcMs = toUtc(time);
        parsed->format = LogFormat::Iso8601;
        const qsizetype rest = skipSpaces(s, n, time.end + 1);
        parsed->messageOffset = rest;
        // "channel.LEVEL:" or a plain level word.
        qsizetype wordEnd = rest;
        while (wordEnd < n && wordEnd - rest < 64 && s[wordEnd] != ' ' && s[wordEnd] != ':')
            ++wordEnd;
        qsizetype dot = wordEnd;
        while (dot > rest && s[dot - 1] != '.')
            --dot;
        parsed->level = levelFromWord(s + dot, wordEnd - dot);
        if (parsed->level == LogLevel::Unknown)
            parsed->level = levelAt(s, n, rest);
        return Outcome::Stamp;
    }
    // Apache error log: "[Www Mmm dd HH:MM:SS(.ffffff) yyyy]".
    if (n < 26 || !isAlpha(s[1]) || s[4] != ' ')
        return Outcome::None;
    const int month = monthFromName(s + 5);
    int day = 0;
    if (month == 0 || s[8] != ' ' || !readDigits(s, n, 9, 2, &day) || s[11] != ' ')
        return Outcome::None;
    qint64 timeOfDay = 0;
    qsizetype end = 0;
    const Outcome timeOutcome = readTimeOfDay(s, n, 12, &timeOfDay, &end);
    if (timeOutcome != Outcome::Stamp)
        return timeOutcome;
    int year = 0;
    if (!charAt(s, n, end, ' ') || !readDigits(s, n, end + 1, 4, &year) || !charAt(s, n, end + 5, ']'))
        return Outcome::None;
    if (!isValidDate(year, month, day))
        return Outcome::Invalid;
    parsed->utcMs = fromLocal(daysFromCivil(year, month, day) * MsPerDay + timeOfDay);
    parsed->format = LogFormat::ApacheError;
    qsizetype q = skipSpaces(s, n, end + 6);
    parsed->messageOffset = q;
    if (charAt(s, n, q, '[')) { // "[module:level]"
        const qsizetype close = findChar(s, n, q, ']', 64);
        const qsizetype colon = findChar(s, n, q, ':', 64);
        if (close > 0 && colon > 0 && colon < close) {
            parsed->level = levelFromWord(s + colon + 1, close - colon - 1);
            parsed->sourceOffset = q + 1;
            parsed->sourceLength = colon - q - 1;
        }
    }
    return Outcome::Stamp;
}

// A time value in JSON or logfmt at `pos`: a number, or a string holding a number or an
// ISO stamp.
Outcome LineParser::parseStampValue(const char *s, qsizetype n, qsizetype pos, bool json,
                                    Parsed *parsed)
{
    const bool quoted = charAt(s, n, pos, '"');
    const qsizetype value = quoted ? pos + 1 : pos;
    IsoTime time;
    const Outcome iso = readIso(s, n, value, &time);
    if (iso == Outcome::Invalid)
        return iso;
    if (iso == Outcome::Stamp && (!quoted || charAt(s, n, time.end, '"'))) {
        parsed->utcMs = toUtc(time);
        parsed->format = json ? LogFormat::JsonIso : LogFormat::Logfmt;
        return Outcome::Stamp;
    }
    qsizetype end = 0;
    if (parseEpoch(s, n, value, json, parsed, &end) == Outcome::Stamp
        && (!quoted || charAt(s, n, end, '"'))) {
        if (!json)
            parsed->format = LogFormat::Logfmt;
        return Outcome::Stamp;
    }
    return Outcome::None;
}

// Where the value of `"key"` starts in a JSON line, or -1.
qsizetype jsonValue(const char *s, qsizetype n, std::string_view key)
{
    const std::string_view line(s, size_t(n));
    size_t from = 0;
    while (true) {
        const size_t found = line.find(key, from);
        if (found == std::string_view::npos)
            return -1;
        qsizetype q = skipSpaces(s, n, qsizetype(found + key.size()));
        if (charAt(s, n, q, ':'))
            return skipSpaces(s, n, q + 1);
        from = found + 1;
    }
}

LogLevel jsonLevel(const char *s, qsizetype n)
{
    for (std::string_view key : {"\"level\""sv, "\"log.level\""sv, "\"severity\""sv, "\"lvl\""sv, "\"levelname\""sv}) {
        const qsizetype value = jsonValue(s, n, key);
        if (value < 0)
            continue;
        if (charAt(s, n, value, '"')) {
            const qsizetype close = findChar(s, n, value + 1, '"', 16);
            if (close > 0)
                return levelFromWord(s + value + 1, close - value - 1);
        }
        int number = 0; // pino and bunyan: 10 trace ... 60 fatal
        if (readDigits(s, n, value, 2, &number)) {
            static constexpr LogLevel levels[] = {LogLevel::Trace, LogLevel::Debug,
                                                  LogLevel::Info,  LogLevel::Warning,
                                                  LogLevel::Error, LogLevel::Critical};
            return number >= 10 && number <= 60 ? levels[number / 10 - 1] : LogLevel::Unknown;
        }
    }
    return LogLevel::Unknown;
}

Outcome LineParser::parseJson(const char *s, qsizetype n, Parsed *parsed)
{
    for (std::string_view key :
         {"\"ts\""sv, "\"time\""sv, "\"timestamp\""sv, "\"@timestamp\""sv}) {
        const qsizetype value = jsonValue(s, n, key);
        if (value < 0)
            continue;
        const Outcome outcome = parseStampValue(s, n, value, true, parsed);
        if (outcome == Outcome::None)
            continue;
        if (outcome == Outcome::Stamp) {
            parsed->level = jsonLevel(s, n);
            parsed->messageOffset = 0;
        }
        return outcome;
    }
    return Outcome::None;
}

// "ts=2026-10-14T13:52:01.123Z caller=main.go:42 level=error msg=..." and
// 'time="2026-10-14T13:52:01Z" level=info msg="..."'.
Outcome LineParser::parseLogfmt(const char *s, qsizetype n, Parsed *parsed)
{
    const qsizetype equals = findChar(s, n, 0, '=', 32);
    if (equals <= 0 || findChar(s, n, 0, ' ', equals) >= 0)
        return Outcome::None;
    Outcome outcome = Outcome::None;
    LogLevel level = LogLevel::Unknown;
    qsizetype q = 0;
    const qsizetype limit = std::min<qsizetype>(n, 512);
    while (q < limit) {
        const qsizetype keyEnd = findChar(s, n, q, '=', 32);
        if (keyEnd < 0)
            break;
        const std::string_view key(s + q, size_t(keyEnd - q));
        const qsizetype value = keyEnd + 1;
        if (outcome == Outcome::None && (key == "ts" || key == "time" || key == "t" || key == "timestamp"))
            outcome = parseStampValue(s, n, value, false, parsed);
        else if (key == "level" || key == "lvl" || key == "severity")
            level = levelAt(s, n, charAt(s, n, value, '"') ? value + 1 : value);
        // Next pair: past the value, which may be quoted with spaces inside.
        qsizetype next = value;
        if (charAt(s, n, next, '"')) {
            ++next;
            while (next < n && s[next] != '"') {
                if (s[next] == '\\')
                    ++next;
                ++next;
            }
        }
        const qsizetype space = findChar(s, n, next, ' ', limit);
        if (space < 0)
            break;
        q = skipSpaces(s, n, space);
    }
    if (outcome == Outcome::Stamp) {
        parsed->level = level;
        parsed->messageOffset = 0;
    }
    return outcome;
}

QString lineStart(const char *s, qsizetype n)
{
    constexpr qsizetype shown = 200;
    QString text = QString::fromUtf8(s, std::min(n, shown));
    text.replace(QChar(0), QChar::ReplacementCharacter);
    return n > shown ? QString(text + u'…') : text;
}

// Cuts at most `limit` bytes without splitting a UTF-8 sequence.
qsizetype utf8Prefix(const char *s, qsizetype n, qsizetype limit)
{
    if (n <= limit)
        return n;
    qsizetype cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;
    return cut;
}

} // namespace

QDateTime LogImportResult::time(const LogCandidate &candidate) const
{
    return QDateTime::fromMSecsSinceEpoch(candidate.utcMs, QTimeZone::UTC);
}

QString LogImportResult::text(const LogCandidate &candidate) const
{
    const char *s = data.constData() + candidate.begin;
    const qsizetype length = candidate.end - candidate.begin;
    const qsizetype kept = utf8Prefix(s, length, LogImporter::MaxEventTextBytes);
    QString text = QString::fromUtf8(s, kept);
    text.remove(u'\r');
    if (kept < length) {
        text += u'\n'
                + LogImporter::tr("[… %n more lines]", nullptr,
                                  int(QByteArrayView(s + kept, length - kept).count('\n')));
    }
    return text;
}

QString LogImportResult::message(const LogCandidate &candidate) const
{
    const char *s = data.constData() + candidate.begin;
    const qsizetype length = candidate.end - candidate.begin;
    const qsizetype from = std::min<qsizetype>(candidate.messageOffset, length);
    const void *newline = std::memchr(s + from, '\n', size_t(length - from));
    const qsizetype lineEnd = newline ? static_cast<const char *>(newline) - s : length;
    const qsizetype kept = utf8Prefix(s + from, lineEnd - from, 4096);
    return QString::fromUtf8(s + from, kept).trimmed();
}

QString LogImportResult::source(const LogCandidate &candidate) const
{
    if (candidate.sourceOffset < 0 || candidate.sourceLength <= 0)
        return {};
    return QString::fromUtf8(data.constData() + candidate.begin + candidate.sourceOffset,
                             candidate.sourceLength);
}

LogImportResult LogImporter::parse(const QByteArray &input, const LogImportOptions &options)
{
    LogImportResult result;
    if (input.size() > MaxInputBytes) {
        result.error = tr("The log is larger than %1 MB. Cut it to the time of the incident "
                          "first (for example with grep or sed).")
                           .arg(MaxInputBytes / (1024 * 1024));
        return result;
    }
    if (input.startsWith("\x1f\x8b") || input.startsWith("PK\x03\x04")
        || input.startsWith("BZh") || input.startsWith("\xfd" "7zXZ")) {
        result.error = tr("The log is compressed. Decompress it first.");
        return result;
    }
    if (input.startsWith("\xff\xfe") || input.startsWith("\xfe\xff")) {
        // Windows tools write UTF-16; everything below reads UTF-8.
        QStringDecoder decoder(input.startsWith("\xff\xfe") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        const QString text = decoder(QByteArrayView(input).sliced(2));
        result.data = text.toUtf8();
    } else {
        result.data = input.startsWith("\xef\xbb\xbf") ? input.sliced(3) : input;
    }
    if (result.data.isEmpty()) {
        result.error = tr("The log is empty.");
        return result;
    }

    const char *const data = result.data.constData();
    const qsizetype size = result.data.size();
    LineParser parser(options);
    result.candidates.reserve(size / 120 + 16);
    qsizetype current = -1; // the candidate that lines without a stamp belong to
    qint32 lineNumber = 0;
    auto unreadable = [&](const char *line, qsizetype length, UnreadableReason reason) {
        ++result.unreadableCount;
        if (result.unreadable.size() < MaxReportedUnreadable)
            result.unreadable.append({lineNumber, reason, lineStart(line, length)});
    };

    for (qsizetype position = 0; position < size;) {
        const char *line = data + position;
        const void *newline = std::memchr(line, '\n', size_t(size - position));
        qsizetype length = newline ? static_cast<const char *>(newline) - line : size - position;
        const qsizetype next = position + length + 1;
        ++lineNumber;
        if (length > 0 && line[length - 1] == '\r')
            --length;
        if (length == 0) {
            position = next;
            continue;
        }
        // An entry never holds bytes reported as unreadable, so such a line ends it.
        if (length > MaxLineBytes) {
            unreadable(line, length, UnreadableReason::TooLong);
            current = -1;
            position = next;
            continue;
        }
        if (std::memchr(line, 0, size_t(length))) {
            unreadable(line, length, UnreadableReason::Binary);
            current = -1;
            position = next;
            continue;
        }
        Parsed parsed;
        switch (parser.parse(line, length, &parsed)) {
        case Outcome::Stamp: {
            LogCandidate candidate;
            candidate.utcMs = parsed.utcMs;
            candidate.begin = position;
            candidate.end = position + length;
            candidate.firstLine = candidate.lastLine = lineNumber;
            candidate.messageOffset = qint32(parsed.messageOffset);
            candidate.sourceOffset = qint32(parsed.sourceOffset);
            candidate.sourceLength = qint32(parsed.sourceLength);
            candidate.format = parsed.format;
            candidate.level = parsed.level;
            candidate.zoneless = parsed.zoneless;
            result.zonelessCount += parsed.zoneless ? 1 : 0;
            result.candidates.append(candidate);
            current = result.candidates.size() - 1;
            break;
        }
        case Outcome::Invalid:
            unreadable(line, length, UnreadableReason::InvalidTimestamp);
            current = -1; // its continuation lines must not join the entry before
            break;
        case Outcome::None:
            if (current >= 0) {
                LogCandidate &owner = result.candidates[current];
                owner.end = position + length;
                owner.lastLine = lineNumber;
            } else {
                unreadable(line, length, UnreadableReason::NoTimestamp);
            }
            break;
        }
        position = next;
    }
    result.lineCount = lineNumber;
    if (result.candidates.isEmpty()) {
        result.error = tr("No line has a time stamp Debrief can read (ISO 8601, syslog, "
                          "journalctl, Apache/nginx, klog, log4j, Python logging, epoch).");
    }
    return result;
}

LogImportResult LogImporter::parseFile(const QString &path, const LogImportOptions &options)
{
    LogImportResult result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(name, file.errorString());
        return result;
    }
    if (file.size() > MaxInputBytes) {
        result.error = tr("%1 is larger than %2 MB. Cut it to the time of the incident first "
                          "(for example with grep or sed).")
                           .arg(name)
                           .arg(MaxInputBytes / (1024 * 1024));
        return result;
    }
    result = parse(file.read(MaxInputBytes + 1), options);
    if (!result.ok())
        result.error = tr("%1: %2").arg(name, result.error);
    return result;
}

QString LogImporter::formatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Iso8601:
        return tr("ISO 8601 / RFC 3339");
    case LogFormat::Rfc5424:
        return tr("syslog (RFC 5424)");
    case LogFormat::Rfc3164:
        return tr("syslog (RFC 3164)");
    case LogFormat::JournalShortIso:
        return tr("journalctl short-iso");
    case LogFormat::JournalShortPrecise:
        return tr("journalctl short-precise");
    case LogFormat::CommonLog:
        return tr("Apache/nginx common log");
    case LogFormat::CombinedLog:
        return tr("Apache/nginx combined log");
    case LogFormat::ApacheError:
        return tr("Apache error log");
    case LogFormat::NginxError:
        return tr("nginx error log");
    case LogFormat::Klog:
        return tr("klog (Kubernetes)");
    case LogFormat::Log4j:
        return tr("log4j / logback");
    case LogFormat::PythonLogging:
        return tr("Python logging");
    case LogFormat::TimeOnly:
        return tr("time of day only (logback default)");
    case LogFormat::EpochSeconds:
        return tr("epoch seconds");
    case LogFormat::EpochMillis:
        return tr("epoch milliseconds");
    case LogFormat::JsonEpochSeconds:
        return tr("JSON lines, epoch seconds");
    case LogFormat::JsonEpochMillis:
        return tr("JSON lines, epoch milliseconds");
    case LogFormat::JsonIso:
        return tr("JSON lines, ISO 8601");
    case LogFormat::Logfmt:
        return tr("logfmt");
    }
    return {};
}

QLatin1StringView LogImporter::formatKey(LogFormat format)
{
    switch (format) {
    case LogFormat::Iso8601:
        return "iso8601"_L1;
    case LogFormat::Rfc5424:
        return "rfc5424"_L1;
    case LogFormat::Rfc3164:
        return "rfc3164"_L1;
    case LogFormat::JournalShortIso:
        return "journal-short-iso"_L1;
    case LogFormat::JournalShortPrecise:
        return "journal-short-precise"_L1;
    case LogFormat::CommonLog:
        return "common-log"_L1;
    case LogFormat::CombinedLog:
        return "combined-log"_L1;
    case LogFormat::ApacheError:
        return "apache-error"_L1;
    case LogFormat::NginxError:
        return "nginx-error"_L1;
    case LogFormat::Klog:
        return "klog"_L1;
    case LogFormat::Log4j:
        return "log4j"_L1;
    case LogFormat::PythonLogging:
        return "python"_L1;
    case LogFormat::TimeOnly:
        return "time-only"_L1;
    case LogFormat::EpochSeconds:
        return "epoch-seconds"_L1;
    case LogFormat::EpochMillis:
        return "epoch-millis"_L1;
    case LogFormat::JsonEpochSeconds:
        return "json-epoch-seconds"_L1;
    case LogFormat::JsonEpochMillis:
        return "json-epoch-millis"_L1;
    case LogFormat::JsonIso:
        return "json-iso8601"_L1;
    case LogFormat::Logfmt:
        return "logfmt"_L1;
    }
    return {};
}

QString LogImporter::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Unknown:
        return {};
    case LogLevel::Trace:
        return tr("Trace");
    case LogLevel::Debug:
        return tr("Debug");
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Notice:
        return tr("Notice");
    case LogLevel::Warning:
        return tr("Warning");
    case LogLevel::Error:
        return tr("Error");
    case LogLevel::Critical:
        return tr("Critical");
    case LogLevel::Alert:
        return tr("Alert");
    case LogLevel::Emergency:
        return tr("Emergency");
    }
    return {};
}

QLatin1StringView LogImporter::levelKey(LogLevel level)
{
    switch (level) {
    case LogLevel::Unknown:
        return {};
    case LogLevel::Trace:
        return "trace"_L1;
    case LogLevel::Debug:
        return "debug"_L1;
    case LogLevel::Info:
        return "info"_L1;
    case LogLevel::Notice:
        return "notice"_L1;
    case LogLevel::Warning:
        return "warning"_L1;
    case LogLevel::Error:
        return "error"_L1;
    case LogLevel::Critical:
        return "critical"_L1;
    case LogLevel::Alert:
        return "alert"_L1;
    case LogLevel::Emergency:
        return "emergency"_L1;
    }
    return {};
}

QString LogImporter::reasonText(UnreadableReason reason)
{
    switch (reason) {
    case UnreadableReason::NoTimestamp:
        return tr("no time stamp, and no entry before it to belong to");
    case UnreadableReason::InvalidTimestamp:
        return tr("the time stamp is not a real date or time");
    case UnreadableReason::TooLong:
        return tr("longer than %1 KB").arg(MaxLineBytes / 1024);
    case UnreadableReason::Binary:
        return tr("binary data");
    }
    return {};
}

} // namespace Debrief
