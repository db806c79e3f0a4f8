// Log import benchmark of issue #4: parse a 200,000-line (about 19 MB) log in at most 0.3 s.
#include "BenchmarkTable.h"
#include "importers/LogImporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace Debrief;
using namespace Debrief::Benchmarks;
using namespace Qt::StringLiterals;

namespace {

constexpr int LineCount = 200'000;

const char *const Threads[] = {"exec-7", "main", "pool-1", "sched-1", "kafka-3"};
const char *const Loggers[] = {"c.k.t.api.ParcelController", "c.z.hikari.HikariPool", "c.k.t.DbHealth",
                               "o.a.k.c.NetworkClient"};
const char *const Levels[] = {"INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"};
const char *const Messages[] = {
    "GET /v2/parcels/KP93817264DE/events 41 ms",
    "Pool stats total=20 active=3 idle=17",
    "database health UP",
    "Connection not available after 30000ms",
    "Node 2 disconnected",
    "GET /v2/parcels/KP58201937DE failed: 503",
};

// A log4j-style log in Berlin time as a busy service writes it: one entry every few
// milliseconds, with an occasional stack trace.
QByteArray log4jLog()
{
    QRandomGenerator random(2026);
    QByteArray log;
    log.reserve(20 * 1024 * 1024);
    qint64 ms = QDateTime(QDate(2026, 10, 14), QTime(10, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    char stamp[32];
    int lines = 0;
    while (lines < LineCount) {
        ms += random.bounded(60);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
        const QDate date = at.date();
        const QTime time = at.time();
        std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02d %02d:%02d:%02d,%03d ", date.year(),
                      date.month(), date.day(), time.hour(), time.minute(), time.second(), time.msec());
        log += stamp;
        log += Levels[random.bounded(6)];
        log += " [";
        log += Threads[random.bounded(5)];
        log += "] ";
        log += Loggers[random.bounded(4)];
        log += " - ";
        log += Messages[random.bounded(6)];
        log += '\n';
        ++lines;
        if (random.bounded(100) < 3 && lines + 3 <= LineCount) {
            log += "java.sql.SQLTransientConnectionException: Connection is not available\n";
            log += "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n";
            log += "\tat c.k.t.api.ParcelController.events(ParcelController.java:88)\n";
            lines += 3;
        }
    }
    return log;
}

// Every format Debrief reads, mixed line by line.
QByteArray mixedLog()
{
    const char *const samples[] = {
        "2026-10-14T11:48:02.117Z tracking-api: GET /v2/parcels/KP93817264DE/events 503 30004ms\n",
        "Oct 14 13:48:02 trk-db-proxy-1 haproxy[813]: backend pg_primary has no server available!\n",
        "<34>1 2026-10-14T11:52:01.003Z alertmanager-0 alertmanager 1 NOTIFY - Notify success\n",
        "10.42.3.8 - - [14/Oct/2026:11:48:02 +0000] \"GET /v2/parcels/KP93817264DE/events HTTP/1.1\" 503 162\n",
        "E1014 11:51:44.500012   30512 prober.go:104] \"Probe failed\" probeType=\"Readiness\" pod=x\n",
        "{\"level\":\"error\",\"ts\":1791978482.117,\"caller\":\"gw/proxy.go:88\",\"msg\":\"upstream 503\"}\n",
        "2026-10-14 13:49:30,512 - tracking_notifier.worker - WARNING - delivery batch delayed\n",
        "ts=2026-10-14T11:52:31.117Z caller=notify.go:732 level=warn msg=\"Notify failed\"\n",
        "2026-10-14T13:40:30+0200 trk-db-proxy-1 systemd[1]: Reloading haproxy.service...\n",
        "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n",
    };
    QByteArray log;
    log.reserve(20 * 1024 * 1024);
    for (int line = 0; line < LineCount; ++line)
        log += samples[line % 10];
    return log;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024 * 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tracking-api.log"_s);
    const QByteArray generated = log4jLog();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generated) != generated.size()) {
            qCritical("cannot write %s", qPrintable(path));
            return 1;
        }
    }
    const LogImportOptions options{QTimeZone("Europe/Berlin"),
                                   QDateTime(QDate(2026, 10, 14), QTime(11, 48), QTimeZone::UTC)};

    // What grep does: find every line end.
    qsizetype scannedLines = 0;
    const double scanMs = medianMs(9, [&] {
        scannedLines = 0;
        for (const char *p = generated.constData(), *end = p + generated.size();
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
            ++scannedLines;
    });

    qsizetype candidates = 0;
    const double fileMs = medianMs(9, [&] {
        const LogImportResult result = LogImporter::parseFile(path, options);
        candidates = result.candidates.size();
    });
    const QString fileNote = u"%1 lines, %2 MiB, log4j in Europe/Berlin, 3 % stack traces; %3 entries; "
                             "line scan alone %4 ms"_s
                                 .arg(scannedLines)
                                 .arg(megabytes(generated.size()), 0, 'f', 1)
                                 .arg(candidates)
                                 .arg(scanMs, 0, 'f', 1);
    const double memoryMs = medianMs(9, [&] { LogImporter::parse(generated, options); });

    const QByteArray mixed = mixedLog();
    qsizetype mixedCandidates = 0;
    const double mixedMs = medianMs(9, [&] {
        mixedCandidates = LogImporter::parse(mixed, options).candidates.size();
    });

    BenchmarkTable table(u"Log import (issue #4)"_s);
    table.add(u"read and parse a 200,000-line log file"_s, fileMs, 300, fileNote);
    table.add(u"parse the same log from memory"_s, memoryMs, 300, u"no file reading"_s);
    table.add(u"parse 200,000 lines of mixed formats"_s, mixedMs, 300,
              u"%1 MiB, 9 formats + stack lines; %2 entries"_s.arg(megabytes(mixed.size()), 0, 'f', 1)
                  .arg(mixedCandidates));
    table.print();
    return 0;
}
