#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Debrief {

// How a line's time stamp was written.
enum class LogFormat : quint8 {
    Iso8601, // ISO 8601 / RFC 3339, also in brackets: "[2026-10-14T13:52:01Z] ..."
    Rfc5424, // <34>1 2026-10-14T13:52:01.003Z host app - - - msg
    Rfc3164, // Oct 14 13:52:01 host prog[pid]: msg (also journalctl's default "short")
    JournalShortIso, // 2026-10-14T13:52:01+0200 host prog[pid]: msg
    JournalShortPrecise, // Oct 14 13:52:01.123456 host prog[pid]: msg
    CommonLog, // host - user [14/Oct/2026:13:52:01 +0200] "GET / HTTP/1.1" 200 512
    CombinedLog, // common log + "referer" "user agent"
    ApacheError, // [Wed Oct 14 13:52:01.123456 2026] [core:error] [pid 1] msg
    NginxError, // 2026/10/14 13:52:01 [error] 1#1: msg
    Klog, // I1014 13:52:01.123456   12345 file.go:42] msg
    Log4j, // 2026-10-14 13:52:01,123 ERROR [main] c.e.Foo - msg (log4j, logback, Spring)
    PythonLogging, // 2026-10-14 13:52:01,123 - name - ERROR - msg
    TimeOnly, // 13:52:01.123 [main] ERROR c.e.Foo - msg (logback's default pattern)
    EpochSeconds, // 1792000321 msg, 1792000321.123 msg
    EpochMillis, // 1792000321123 msg
    JsonEpochSeconds, // {"ts":1792000321.123,...}
    JsonEpochMillis, // {"time":1792000321123,...}
    JsonIso, // {"timestamp":"2026-10-14T13:52:01Z",...}
    Logfmt, // ts=2026-10-14T13:52:01Z level=error msg="..."
};

enum class LogLevel : quint8 {
    Unknown,
    Trace,
    Debug,
    Info,
    Notice,
    Warning,
    Error,
    Critical,
    Alert,
    Emergency,
};

// One log entry that could become a timeline event: a line with a time stamp and the lines
// without one that follow it (a stack trace). Offsets point into LogImportResult::data, so
// that 200,000 entries cost no string conversions until someone looks at them.
struct LogCandidate
{
    qint64 utcMs = 0;
    qint64 begin = 0; // first byte of the first line
    qint64 end = 0; // just past the last byte of the last line
    qint32 firstLine = 0; // 1-based
    qint32 lastLine = 0;
    qint32 messageOffset = 0; // from `begin`: the text after the time stamp
    qint32 sourceOffset = -1; // from `begin`: the program name, when the format has one
    qint32 sourceLength = 0;
    LogFormat format = LogFormat::Iso8601;
    LogLevel level = LogLevel::Unknown;
    bool zoneless = false; // the stamp had no zone: read in LogImportOptions::zone
};

enum class UnreadableReason : quint8 {
    NoTimestamp, // no time stamp and no entry before it to belong to
    InvalidTimestamp, // looks like a time stamp, but is not a real date or time
    TooLong,
    Binary,
};

struct UnreadableLine
{
    qint32 line = 0; // 1-based
    UnreadableReason reason = UnreadableReason::NoTimestamp;
    QString text; // the start of the line
};

struct LogImportOptions
{
    // The zone of time stamps written without one; asked once in the app, --zone on the
    // command line, otherwise the incident's zone.
    QTimeZone zone = QTimeZone::UTC;
    // UTC; the incident's start. Stamps without a year (syslog, klog) take the year that puts
    // them nearest to it, and stamps without a date take its day. Now when not set.
    QDateTime reference;
};

struct LogImportResult
{
    QByteArray data; // the log, as UTF-8
    QList<LogCandidate> candidates;
    QList<UnreadableLine> unreadable; // the first LogImporter::MaxReportedUnreadable
    qint64 unreadableCount = 0;
    qint64 lineCount = 0;
    // Entries whose stamp had no zone; only when there are some does the zone need asking.
    qint64 zonelessCount = 0;
    QString error; // translated; set when nothing could be imported at all

    bool ok() const { return error.isEmpty(); }
    QDateTime time(const LogCandidate &candidate) const;
    // The original lines, capped at LogImporter::MaxEventTextBytes.
    QString text(const LogCandidate &candidate) const;
    // The first line without its time stamp.
    QString message(const LogCandidate &candidate) const;
    // The program that wrote the line (syslog tag, RFC 5424 app name), or empty.
    QString source(const LogCandidate &candidate) const;
};

// Reads log files into timeline candidates. Never throws away a line silently: every line
// becomes part of a candidate or is counted as unreadable, with the reason.
class LogImporter
{
    Q_DECLARE_TR_FUNCTIONS(LogImporter)

public:
    static constexpr qint64 MaxInputBytes = 200 * 1024 * 1024;
    static constexpr qint64 MaxLineBytes = 64 * 1024;
    static constexpr int MaxReportedUnreadable = 200;
    static constexpr qint64 MaxEventTextBytes = 32 * 1024;

    static LogImportResult parse(const QByteArray &data, const LogImportOptions &options);
    static LogImportResult parseFile(const QString &path, const LogImportOptions &options);

    static QString formatName(LogFormat format); // translated
    static QLatin1StringView formatKey(LogFormat format); // stable, for JSON output
    static QString levelName(LogLevel level); // translated
    static QLatin1StringView levelKey(LogLevel level); // "error"; empty when unknown
    static QString reasonText(UnreadableReason reason); // translated
};

} // namespace Debrief
