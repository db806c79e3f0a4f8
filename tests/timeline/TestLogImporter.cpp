#include "TestSupport.h"
#include "importers/LogImporter.h"
#include "timeline/LocalTime.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone Berlin("Europe/Berlin");

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

LogImportOptions options(const QTimeZone &zone = Berlin,
                         const QString &reference = u"2026-10-14T11:48:00Z"_s)
{
    return {zone, utc(reference)};
}

LogImportResult sample(const QString &name, const LogImportOptions &importOptions = options())
{
    return LogImporter::parseFile(dataPath(u"logs/"_s + name), importOptions);
}

struct Expected
{
    QString time;
    LogFormat format;
    LogLevel level;
    int firstLine;
    int lastLine;
    QString source;
};

} // namespace

class TestLogImporter : public QObject
{
    Q_OBJECT

    void compare(const LogImportResult &result, const QList<Expected> &expected)
    {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.unreadableCount, 0);
        QCOMPARE(result.candidates.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const LogCandidate &candidate = result.candidates.at(i);
            const Expected &want = expected.at(i);
            const QByteArray where = "candidate " + QByteArray::number(i);
            QVERIFY2(result.time(candidate) == utc(want.time),
                     QByteArray(where + ": " + result.time(candidate).toString(Qt::ISODateWithMs).toUtf8()).constData());
            QVERIFY2(candidate.format == want.format,
                     QByteArray(where + ": " + LogImporter::formatKey(candidate.format).data()).constData());
            QVERIFY2(candidate.level == want.level,
                     QByteArray(where + ": level " + LogImporter::levelKey(candidate.level).data()).constData());
            QCOMPARE(candidate.firstLine, want.firstLine);
            QCOMPARE(candidate.lastLine, want.lastLine);
            QCOMPARE(result.source(candidate), want.source);
        }
    }

private Q_SLOTS:
    void iso8601()
    {
        const LogImportResult result = sample(u"iso8601.log"_s);
        compare(result, {
            {u"2026-10-14T11:40:31.204Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 1, 1, {}},
            {u"2026-10-14T11:41:07.918Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 2, 2, {}},
            {u"2026-10-14T11:48:02Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 3, 3, {}},
            {u"2026-10-14T11:48:40.500Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 4, 4, {}},
            // Without a zone: Berlin, as given.
            {u"2026-10-14T11:50:12Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 5, 6, {}},
            {u"2026-10-14T11:51:00.250Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 7, 7, {}},
            {u"2026-10-14T11:51:30.125Z"_s, LogFormat::Iso8601, LogLevel::Unknown, 8, 8, {}},
        });
        const LogCandidate &first = result.candidates.constFirst();
        QCOMPARE(result.message(first),
                 u"cert-rotator: certificate for tracking-db-proxy rotated, issuer \"Kittiwake Internal Issuing CA G2\""_s);
        QVERIFY(result.text(first).startsWith(u"2026-10-14T11:40:31.204Z cert-rotator"_s));
        // A stack line joins its entry, with the original text kept.
        QCOMPARE(result.text(result.candidates.at(4)),
                 u"2026-10-14 13:50:12 tracking-api: HikariPool-1 - Connection is not available, request timed out after 30000ms.\n"
                 "    at com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)"_s);
        QCOMPARE(result.lineCount, 8);
        QCOMPARE(result.zonelessCount, 1);
        QVERIFY(result.candidates.at(4).zoneless);
        QVERIFY(!result.candidates.at(3).zoneless);

        // Only the zone-less stamp depends on the zone given.
        const LogImportResult inUtc = sample(u"iso8601.log"_s, options(QTimeZone::UTC));
        QCOMPARE(inUtc.time(inUtc.candidates.at(4)), utc(u"2026-10-14T13:50:12Z"_s));
        QCOMPARE(inUtc.time(inUtc.candidates.at(3)), utc(u"2026-10-14T11:48:40.500Z"_s));
    }

    void syslogRfc3164()
    {
        const LogImportResult result = sample(u"syslog-rfc3164.log"_s);
        compare(result, {
            {u"2026-10-14T11:40:29Z"_s, LogFormat::Rfc3164, LogLevel::Unknown, 1, 1, u"cert-reloader"_s},
            {u"2026-10-14T11:40:30Z"_s, LogFormat::Rfc3164, LogLevel::Unknown, 2, 2, u"haproxy"_s},
            {u"2026-10-14T11:41:07Z"_s, LogFormat::Rfc3164, LogLevel::Unknown, 3, 3, u"haproxy"_s},
            {u"2026-10-14T11:48:02Z"_s, LogFormat::Rfc3164, LogLevel::Error, 4, 4, u"haproxy"_s},
            {u"2026-10-14T13:29:01Z"_s, LogFormat::Rfc3164, LogLevel::Unknown, 5, 5, u"kernel"_s},
        });
        QCOMPARE(result.message(result.candidates.at(0)),
                 u"new certificate /etc/haproxy/certs/tracking-db.pem installed, serial 4F:2A:91:0C"_s);
        QCOMPARE(result.message(result.candidates.at(4)),
                 u"TCP: request_sock_TCP: Possible SYN flooding on port 5432. Sending cookies."_s);
    }

    void syslogYearComesFromTheIncident()
    {
        const QByteArray log = "Dec 31 23:59:58 web-1 cron[12]: nightly export started\n"
                               "Jan  2 00:00:01 web-1 cron[12]: nightly export finished\n";
        const LogImportResult result = LogImporter::parse(log, options(QTimeZone::UTC, u"2027-01-01T08:00:00Z"_s));
        QCOMPARE(result.candidates.size(), 2);
        QCOMPARE(result.time(result.candidates.at(0)), utc(u"2026-12-31T23:59:58Z"_s));
        QCOMPARE(result.time(result.candidates.at(1)), utc(u"2027-01-02T00:00:01Z"_s));
        // A day that does not exist in that year is unreadable, not guessed.
        const LogImportResult leap = LogImporter::parse("Feb 29 10:00:00 web-1 cron[1]: x\n",
                                                        options(QTimeZone::UTC, u"2027-03-01T00:00:00Z"_s));
        QVERIFY(!leap.ok());
        QCOMPARE(leap.unreadable.constFirst().reason, UnreadableReason::InvalidTimestamp);
    }

    void syslogRfc5424()
    {
        const LogImportResult result = sample(u"syslog-rfc5424.log"_s);
        compare(result, {
            {u"2026-10-14T11:40:31.201Z"_s, LogFormat::Rfc5424, LogLevel::Info, 1, 1, u"cert-rotator"_s},
            {u"2026-10-14T11:41:07.914Z"_s, LogFormat::Rfc5424, LogLevel::Warning, 2, 2, u"haproxy"_s},
            {u"2026-10-14T11:52:01.003Z"_s, LogFormat::Rfc5424, LogLevel::Critical, 3, 3, u"alertmanager"_s},
            {u"2026-10-14T12:01:00.412Z"_s, LogFormat::Rfc5424, LogLevel::Notice, 4, 4, u"synthetics"_s},
        });
        QCOMPARE(result.message(result.candidates.at(0)), u"certificate rotated"_s);
        QCOMPARE(result.message(result.candidates.at(1)), u"SSL handshake failure from 10.42.7.19:51544"_s);
        // Structured data with an escaped bracket, then a second element.
        QCOMPARE(result.message(result.candidates.at(3)), u"5xx ratio 100% over 10 minutes"_s);
        QCOMPARE(result.zonelessCount, 0);
        // The NILVALUE time has no time: it continues the entry before.
        const LogImportResult nil = LogImporter::parse(
            "<34>1 2026-10-14T11:52:01.003Z a app - - - first\n<34>1 - a app - - - second\n", options());
        QCOMPARE(nil.candidates.size(), 1);
        QCOMPARE(nil.candidates.constFirst().lastLine, 2);
    }

    void accessLogs()
    {
        compare(sample(u"access-common.log"_s), {
            {u"2026-10-14T11:47:58Z"_s, LogFormat::CommonLog, LogLevel::Info, 1, 1, {}},
            {u"2026-10-14T11:48:33Z"_s, LogFormat::CommonLog, LogLevel::Error, 2, 2, {}},
            {u"2026-10-14T11:49:10Z"_s, LogFormat::CommonLog, LogLevel::Error, 3, 3, {}},
            {u"2026-10-14T11:49:12Z"_s, LogFormat::CommonLog, LogLevel::Info, 4, 4, {}},
        });
        const LogImportResult combined = sample(u"access-combined.log"_s);
        compare(combined, {
            {u"2026-10-14T11:48:02Z"_s, LogFormat::CombinedLog, LogLevel::Error, 1, 1, {}},
            {u"2026-10-14T11:48:05Z"_s, LogFormat::CombinedLog, LogLevel::Error, 2, 2, {}},
            {u"2026-10-14T13:29:14Z"_s, LogFormat::CombinedLog, LogLevel::Info, 3, 3, {}},
            {u"2026-10-14T13:29:15Z"_s, LogFormat::CombinedLog, LogLevel::Warning, 4, 4, {}},
        });
        QVERIFY(combined.message(combined.candidates.constFirst()).startsWith(u"\"GET /v2/parcels/"_s));
    }

    void journalctl()
    {
        const LogImportResult iso = sample(u"journal-short-iso.log"_s);
        compare(iso, {
            {u"2026-10-14T11:40:30Z"_s, LogFormat::JournalShortIso, LogLevel::Unknown, 1, 1, u"systemd"_s},
            {u"2026-10-14T11:40:30Z"_s, LogFormat::JournalShortIso, LogLevel::Unknown, 2, 2, u"haproxy"_s},
            {u"2026-10-14T11:40:31Z"_s, LogFormat::JournalShortIso, LogLevel::Unknown, 3, 3, u"systemd"_s},
            {u"2026-10-14T13:22:47Z"_s, LogFormat::JournalShortIso, LogLevel::Unknown, 4, 4, u"kernel"_s},
        });
        QCOMPARE(iso.message(iso.candidates.constFirst()), u"Reloading haproxy.service - HAProxy Load Balancer..."_s);
        const LogImportResult precise = sample(u"journal-short-precise.log"_s);
        compare(precise, {
            {u"2026-10-14T11:52:01.003Z"_s, LogFormat::JournalShortPrecise, LogLevel::Unknown, 1, 1, u"alertmanager"_s},
            {u"2026-10-14T12:01:00.412Z"_s, LogFormat::JournalShortPrecise, LogLevel::Unknown, 2, 2, u"synthetics"_s},
            {u"2026-10-14T12:09:12.100Z"_s, LogFormat::JournalShortPrecise, LogLevel::Unknown, 3, 3, u"pagerduty-bridge"_s},
        });
    }

    void klog()
    {
        const LogImportResult result = sample(u"klog.log"_s, options(QTimeZone::UTC));
        compare(result, {
            {u"2026-10-14T11:40:31.201Z"_s, LogFormat::Klog, LogLevel::Info, 1, 1, u"controller.go:214"_s},
            {u"2026-10-14T11:41:07.918Z"_s, LogFormat::Klog, LogLevel::Warning, 2, 2, u"reflector.go:561"_s},
            {u"2026-10-14T11:51:44.500Z"_s, LogFormat::Klog, LogLevel::Error, 3, 3, u"prober.go:104"_s},
            {u"2026-10-14T12:30:00Z"_s, LogFormat::Klog, LogLevel::Critical, 4, 7, u"main.go:88"_s},
        });
        QCOMPARE(result.message(result.candidates.at(3)), u"unrecoverable: lost leader election"_s);
        QVERIFY(result.text(result.candidates.at(3)).endsWith(u"\t/src/main.go:88 +0x1c5"_s));
    }

    void log4j()
    {
        const LogImportResult result = sample(u"log4j.log"_s);
        compare(result, {
            {u"2026-10-14T11:48:02.117Z"_s, LogFormat::Log4j, LogLevel::Error, 1, 7, {}},
            {u"2026-10-14T11:48:02.431Z"_s, LogFormat::Log4j, LogLevel::Warning, 8, 8, {}},
            {u"2026-10-14T11:52:10.006Z"_s, LogFormat::Log4j, LogLevel::Info, 9, 9, {}},
            {u"2026-10-14T13:29:03.880Z"_s, LogFormat::Log4j, LogLevel::Info, 10, 10, {}},
        });
        const QString trace = result.text(result.candidates.constFirst());
        QCOMPARE(trace.count(u'\n'), 6);
        QCOMPARE(result.zonelessCount, 4);
        QVERIFY(trace.contains(u"Caused by: org.postgresql.util.PSQLException"_s));
    }

    void pythonLogging()
    {
        const LogImportResult result = sample(u"python.log"_s);
        compare(result, {
            {u"2026-10-14T11:49:30.512Z"_s, LogFormat::PythonLogging, LogLevel::Warning, 1, 1, u"tracking_notifier.worker"_s},
            // The traceback and "ERROR:root:..." (no time) belong to the entry before.
            {u"2026-10-14T11:52:31.020Z"_s, LogFormat::PythonLogging, LogLevel::Error, 2, 9, u"tracking_notifier.worker"_s},
            {u"2026-10-14T13:31:02.004Z"_s, LogFormat::PythonLogging, LogLevel::Info, 10, 10, u"tracking_notifier.worker"_s},
        });
        QCOMPARE(result.message(result.candidates.constFirst()),
                 u"delivery notification batch delayed: tracking API returned 503 for 412 of 412 parcels"_s);
        QVERIFY(result.text(result.candidates.at(1)).endsWith(u"ERROR:root:uncaught exception in worker thread 3"_s));
    }

    void logbackTimeOnlyTakesTheIncidentDay()
    {
        // The incident began at 22:00 Berlin time; the log crosses midnight.
        const LogImportResult result =
            sample(u"logback-time-only.log"_s, options(Berlin, u"2026-10-14T20:00:00Z"_s));
        compare(result, {
            {u"2026-10-14T21:58:41.120Z"_s, LogFormat::TimeOnly, LogLevel::Info, 1, 1, {}},
            {u"2026-10-14T22:00:41.122Z"_s, LogFormat::TimeOnly, LogLevel::Info, 2, 2, {}},
            {u"2026-10-14T22:02:41.130Z"_s, LogFormat::TimeOnly, LogLevel::Warning, 3, 3, {}},
        });
    }

    void epochs()
    {
        const LogImportResult seconds = sample(u"epoch-seconds.log"_s);
        compare(seconds, {
            {u"2026-10-14T11:40:31Z"_s, LogFormat::EpochSeconds, LogLevel::Unknown, 1, 1, {}},
            {u"2026-10-14T11:48:01.250Z"_s, LogFormat::EpochSeconds, LogLevel::Unknown, 2, 2, {}},
            {u"2026-10-14T11:49:01Z"_s, LogFormat::EpochSeconds, LogLevel::Unknown, 3, 3, {}},
        });
        QCOMPARE(seconds.message(seconds.candidates.constFirst()), u"tracking-canary: probe ok latency_ms=41"_s);
        compare(sample(u"epoch-millis.log"_s), {
            {u"2026-10-14T11:48:02.117Z"_s, LogFormat::EpochMillis, LogLevel::Warning, 1, 1, {}},
            {u"2026-10-14T11:48:02.431Z"_s, LogFormat::EpochMillis, LogLevel::Error, 2, 2, {}},
        });
        // Other numbers at the start of a line are not times.
        const LogImportResult numbers = LogImporter::parse(
            "1791978031 start\n404 not found\n12345678901 eleven digits\n0000000001 too early\n", options());
        QCOMPARE(numbers.candidates.size(), 1);
        QCOMPARE(numbers.candidates.constFirst().lastLine, 4);
    }

    void jsonLines()
    {
        const LogImportResult result = sample(u"json-lines.log"_s);
        compare(result, {
            {u"2026-10-14T11:40:31.204Z"_s, LogFormat::JsonEpochSeconds, LogLevel::Info, 1, 1, {}},
            {u"2026-10-14T11:48:02.117Z"_s, LogFormat::JsonEpochMillis, LogLevel::Error, 2, 2, {}},
            {u"2026-10-14T11:52:01.003Z"_s, LogFormat::JsonIso, LogLevel::Error, 3, 3, {}},
            {u"2026-10-14T13:29:14.220Z"_s, LogFormat::JsonIso, LogLevel::Info, 4, 4, {}},
        });
        // A JSON line without a time field is not an entry of its own.
        const LogImportResult noTime = LogImporter::parse(
            "{\"ts\":1791978031,\"msg\":\"a\"}\n{\"msg\":\"no time\",\"hosts\":3}\n{\"time\":\"soon\"}\n", options());
        QCOMPARE(noTime.candidates.size(), 1);
        QCOMPARE(noTime.candidates.constFirst().lastLine, 3);
    }

    void logfmt()
    {
        compare(sample(u"logfmt.log"_s), {
            {u"2026-10-14T11:52:01.003Z"_s, LogFormat::Logfmt, LogLevel::Info, 1, 1, {}},
            {u"2026-10-14T11:52:31.117Z"_s, LogFormat::Logfmt, LogLevel::Warning, 2, 2, {}},
            {u"2026-10-14T13:29:40Z"_s, LogFormat::Logfmt, LogLevel::Error, 3, 3, {}},
        });
    }

    void webServerErrorLogs()
    {
        const LogImportResult nginx = sample(u"nginx-error.log"_s);
        compare(nginx, {
            {u"2026-10-14T11:48:02Z"_s, LogFormat::NginxError, LogLevel::Error, 1, 1, {}},
            {u"2026-10-14T11:50:00Z"_s, LogFormat::NginxError, LogLevel::Warning, 2, 2, {}},
        });
        QVERIFY(nginx.message(nginx.candidates.constFirst()).startsWith(u"29#29: *118274 upstream timed out"_s));
        compare(sample(u"apache-error.log"_s), {
            {u"2026-10-14T11:48:02.118Z"_s, LogFormat::ApacheError, LogLevel::Error, 1, 1, u"proxy_http"_s},
            {u"2026-10-14T11:48:02.118Z"_s, LogFormat::ApacheError, LogLevel::Error, 2, 2, u"proxy"_s},
        });
    }

    void malformedLinesAreCountedAndShown()
    {
        const LogImportResult result = sample(u"malformed.log"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.candidates.size(), 3);
        QCOMPARE(result.candidates.at(0).firstLine, 3);
        QCOMPARE(result.candidates.at(1).firstLine, 6);
        QCOMPARE(result.candidates.at(2).firstLine, 10);
        for (const LogCandidate &candidate : result.candidates)
            QCOMPARE(candidate.lastLine, candidate.firstLine);
        QCOMPARE(result.unreadableCount, 7);
        const QList<std::pair<int, UnreadableReason>> expected{
            {1, UnreadableReason::NoTimestamp},      {2, UnreadableReason::NoTimestamp},
            {4, UnreadableReason::InvalidTimestamp}, {5, UnreadableReason::NoTimestamp},
            {7, UnreadableReason::Binary},           {8, UnreadableReason::InvalidTimestamp},
            {9, UnreadableReason::InvalidTimestamp}};
        QCOMPARE(result.unreadable.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.unreadable.at(i).line, expected.at(i).first);
            QCOMPARE(result.unreadable.at(i).reason, expected.at(i).second);
            QVERIFY(!LogImporter::reasonText(result.unreadable.at(i).reason).isEmpty());
        }
        QCOMPARE(result.unreadable.at(3).text, u"\tat continuation of the broken entry"_s);
        QVERIFY(!result.unreadable.at(4).text.contains(QChar(0)));
    }

    void fatalInputs_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << u"compressed"_s;
        QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << u"compressed"_s;
        QTest::newRow("no time stamps") << QByteArray("hello\nworld\n") << u"No line"_s;
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << u"No line"_s;
    }

    void fatalInputs()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        const LogImportResult result = LogImporter::parse(data, options());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        QVERIFY(result.candidates.isEmpty());
    }

    void encodingsAndLineEndings()
    {
        const QByteArray log = "2026-10-14T11:48:02Z first\r\n  stack line\r\n2026-10-14T11:48:03Z second café\r\n";
        const LogImportResult crlf = LogImporter::parse(log, options());
        QCOMPARE(crlf.candidates.size(), 2);
        QCOMPARE(crlf.text(crlf.candidates.at(0)), u"2026-10-14T11:48:02Z first\n  stack line"_s);
        QCOMPARE(crlf.message(crlf.candidates.at(1)), u"second café"_s);

        const LogImportResult bom = LogImporter::parse("\xef\xbb\xbf" + log, options());
        QCOMPARE(bom.candidates.size(), 2);
        QCOMPARE(bom.time(bom.candidates.at(0)), utc(u"2026-10-14T11:48:02Z"_s));

        const QString text = QString::fromUtf8(log);
        QByteArray utf16("\xff\xfe");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const LogImportResult windows = LogImporter::parse(utf16, options());
        QVERIFY2(windows.ok(), qPrintable(windows.error));
        QCOMPARE(windows.candidates.size(), 2);
        QCOMPARE(windows.message(windows.candidates.at(1)), u"second café"_s);
    }

    void capsLinesAndSizes()
    {
        QByteArray log = "2026-10-14T11:48:02Z before\n";
        log += "2026-10-14T11:48:03Z " + QByteArray(LogImporter::MaxLineBytes + 10, 'x') + '\n';
        log += "2026-10-14T11:48:04Z after\n";
        const LogImportResult result = LogImporter::parse(log, options());
        QCOMPARE(result.candidates.size(), 2);
        QCOMPARE(result.unreadableCount, 1);
        QCOMPARE(result.unreadable.constFirst().reason, UnreadableReason::TooLong);
        QCOMPARE(result.unreadable.constFirst().line, 2);
        QVERIFY(result.unreadable.constFirst().text.size() < 300);

        // Unreadable lines are all counted; the first ones are listed.
        QByteArray garbage;
        for (int i = 0; i < 1000; ++i)
            garbage += "garbage line " + QByteArray::number(i) + '\n';
        const LogImportResult many = LogImporter::parse(garbage + "2026-10-14T11:48:02Z ok\n", options());
        QCOMPARE(many.unreadableCount, 1000);
        QCOMPARE(many.unreadable.size(), LogImporter::MaxReportedUnreadable);
        QCOMPARE(many.candidates.size(), 1);

        // A huge stack trace is kept to a readable size, saying how much was left out.
        QByteArray trace = "2026-10-14T11:48:02Z ERROR boom\n";
        for (int i = 0; i < 2000; ++i)
            trace += "\tat com.example.Frame" + QByteArray::number(i) + ".call(Frame.java:42)\n";
        const LogImportResult deep = LogImporter::parse(trace, options());
        QCOMPARE(deep.candidates.size(), 1);
        QCOMPARE(deep.candidates.constFirst().lastLine, 2001);
        const QString text = deep.text(deep.candidates.constFirst());
        QVERIFY(text.size() < LogImporter::MaxEventTextBytes + 100);
        QVERIFY2(text.endsWith(u"more lines]"_s), qPrintable(text.right(80)));

        // A file over the size cap is refused before it is read.
        QTemporaryDir dir;
        QFile big(dir.filePath(u"huge.log"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(LogImporter::MaxInputBytes + 1));
        big.close();
        const LogImportResult refused = LogImporter::parseFile(big.fileName(), options());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"huge.log"_s) && refused.error.contains(u"200 MB"_s),
                 qPrintable(refused.error));
        QVERIFY(!LogImporter::parseFile(dir.filePath(u"missing.log"_s), options()).ok());
    }

    void zonesAcrossClockChanges()
    {
        // Zone-less stamps around the end of summer time in Berlin (25 October 2026).
        const QByteArray log = "2026-10-25 01:59:59 a\n"
                               "2026-10-25 02:30:00 b\n" // the repeated hour: its first occurrence
                               "2026-10-25 03:00:00 c\n"
                               "2026-03-29 02:30:00 d\n" // skipped hour: as just after the change
                               "2026-03-29 03:00:00 e\n";
        const LogImportResult result = LogImporter::parse(log, options());
        QCOMPARE(result.candidates.size(), 5);
        QCOMPARE(result.time(result.candidates.at(0)), utc(u"2026-10-24T23:59:59Z"_s));
        QCOMPARE(result.time(result.candidates.at(1)), utc(u"2026-10-25T00:30:00Z"_s));
        QCOMPARE(result.time(result.candidates.at(2)), utc(u"2026-10-25T02:00:00Z"_s));
        QCOMPARE(result.time(result.candidates.at(3)), utc(u"2026-03-29T01:30:00Z"_s));
        QCOMPARE(result.time(result.candidates.at(4)), utc(u"2026-03-29T01:00:00Z"_s));
    }

    void zoneConverterAgreesWithQDateTime()
    {
        for (const QByteArray &id : {QByteArray("Europe/Berlin"), QByteArray("America/New_York"),
                                     QByteArray("Australia/Lord_Howe"), QByteArray("Asia/Kolkata"),
                                     QByteArray("UTC")}) {
            const QTimeZone zone(id);
            QVERIFY(zone.isValid());
            LocalTime::ZoneConverter converter(zone);
            QRandomGenerator random(42);
            const qint64 start = LocalTime::naiveMs(2025, 1, 1, 0, 0, 0, 0);
            for (int i = 0; i < 20000; ++i) {
                // Mostly increasing, like a log, with jumps.
                const qint64 local = start + qint64(i) * 53 * 60 * 1000 + random.bounded(3600000);
                const QDateTime expected(QDate(1970, 1, 1).addDays(local / LocalTime::MsPerDay),
                                         QTime::fromMSecsSinceStartOfDay(int(local % LocalTime::MsPerDay)),
                                         zone, QDateTime::TransitionResolution::RelativeToBefore);
                QCOMPARE(converter.toUtcMs(local), expected.toMSecsSinceEpoch());
            }
        }
    }

    void truncatedAndRandomInputNeverCrash()
    {
        const QStringList samples = QDir(dataPath(u"logs"_s)).entryList({u"*.log"_s}, QDir::Files);
        QVERIFY(samples.size() >= 18);
        for (const QString &name : samples) {
            QFile file(dataPath(u"logs/"_s + name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            for (qsizetype cut = 1; cut <= data.size(); cut += 3) {
                const QByteArray part(data.constData(), cut);
                const LogImportResult result = LogImporter::parse(part, options());
                for (const LogCandidate &candidate : result.candidates) {
                    QVERIFY(candidate.begin >= 0 && candidate.end <= part.size());
                    QVERIFY(candidate.begin + candidate.messageOffset <= candidate.end);
                    QVERIFY(candidate.firstLine <= candidate.lastLine);
                    result.text(candidate);
                    result.message(candidate);
                    result.source(candidate);
                }
            }
        }
        QRandomGenerator random(7);
        const QByteArray alphabet("0123456789-:T Z+.,[]<>{}\"/=\tabcJanOctIWEF\n");
        for (int round = 0; round < 2000; ++round) {
            QByteArray data;
            const int length = random.bounded(200);
            for (int i = 0; i < length; ++i)
                data += alphabet.at(random.bounded(alphabet.size()));
            const LogImportResult result = LogImporter::parse(data, options());
            for (const LogCandidate &candidate : result.candidates) {
                QVERIFY(candidate.end <= data.size());
                result.text(candidate);
                result.message(candidate);
            }
        }
    }

    void namesForEveryFormatAndLevel()
    {
        for (int format = int(LogFormat::Iso8601); format <= int(LogFormat::Logfmt); ++format) {
            QVERIFY(!LogImporter::formatName(LogFormat(format)).isEmpty());
            QVERIFY(!LogImporter::formatKey(LogFormat(format)).isEmpty());
        }
        for (int level = int(LogLevel::Trace); level <= int(LogLevel::Emergency); ++level) {
            QVERIFY(!LogImporter::levelName(LogLevel(level)).isEmpty());
            QVERIFY(!LogImporter::levelKey(LogLevel(level)).isEmpty());
        }
        QVERIFY(LogImporter::levelKey(LogLevel::Unknown).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogImporter)
#include "TestLogImporter.moc"
