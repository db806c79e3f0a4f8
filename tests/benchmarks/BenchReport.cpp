// Report benchmarks of issue #5: a post-mortem with 2,000 events and 200 remediation items to
// PDF (time and peak memory of the real `debrief export`), against Chromium printing the HTML
// export of the same document.
#include "BenchmarkTable.h"
#include "LargeDocumentGenerator.h"
#include "document/Document.h"
#include "report/PdfRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportExport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>

using namespace Debrief;
using namespace Debrief::Benchmarks;
using namespace Qt::StringLiterals;

extern char **environ;

namespace {

const QString ChromiumPath = u"/usr/bin/chromium"_s;

struct ChildRun
{
    double ms = 0;
    double peakMiB = 0;
    int exitCode = -1;
};

// Runs the real binary and reads its peak resident set size from wait4(), which counts the
// child alone.
ChildRun runChild(const QStringList &arguments)
{
    QList<QByteArray> storage;
    storage.append(QFile::encodeName(QString::fromUtf8(DEBRIEF_BINARY_PATH)));
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    ChildRun run;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid) {
            run.ms = double(timer.nsecsElapsed()) / 1e6;
            run.peakMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
            run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"debrief-bench"_s);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.debrief"_s);
    TestSupport::LargeDocumentSize size;
    size.timelineEvents = 2000;
    size.remediationItems = 200;
    size.participants = 40;
    size.evidenceBytes = 64 * 1024; // one log excerpt, printed up to the report's line cap
    QString error;
    if (!TestSupport::generateLargeDocument(path, size, &error)) {
        qCritical("cannot generate: %s", qPrintable(error));
        return 1;
    }
    OpenError openError;
    auto document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
    if (!document) {
        qCritical("cannot open: %s", qPrintable(openError.reason));
        return 1;
    }
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::A4);

    const int pages = PdfRenderer(ReportBuilder::build(*document), options.pageSize).pageCount();
    const double inProcess = medianMs(5, [&] {
        PdfRenderer::pdf(ReportBuilder::build(*document), options, &error);
    });

    const QString pdf = dir.filePath(u"report.pdf"_s);
    QList<double> times;
    double peak = 0;
    for (int i = 0; i < 5; ++i) {
        QFile::remove(pdf);
        const ChildRun run = runChild({u"export"_s, path, u"--pdf"_s, pdf, u"--page-size"_s, u"a4"_s});
        if (run.exitCode != 0) {
            qCritical("debrief export failed with %d", run.exitCode);
            return 1;
        }
        times.append(run.ms);
        peak = std::max(peak, run.peakMiB);
    }
    const double processMs = median(times);
    const QString sizeNote = u"2,000 events, 200 items, %1 pages, %2 MiB PDF"_s.arg(pages).arg(
        double(QFileInfo(pdf).size()) / (1024 * 1024), 0, 'f', 1);

    BenchmarkTable table(u"Report (issue #5)"_s);
    table.add(u"build report + PDF in process"_s, inProcess, 1200, sizeNote);
    table.add(u"`debrief export --pdf`, whole process"_s, processMs, 1200,
              u"start, open, build, lay out, paint, write"_s);
    table.add(u"peak memory of `debrief export --pdf` (MiB, not ms)"_s, peak, 150,
              u"ru_maxrss of the child from wait4()"_s);

    const QString html = dir.filePath(u"report.html"_s);
    if (!ReportExport::writeHtml(*document, html, &error)) {
        qCritical("cannot write HTML: %s", qPrintable(error));
        return 1;
    }
    QString chromiumNote;
    if (QFileInfo::exists(ChromiumPath)) {
        QList<double> chromiumTimes;
        QString chromiumPages;
        for (int i = 0; i < 3; ++i) {
            QTemporaryDir profile;
            const QString printed = dir.filePath(u"chromium.pdf"_s);
            QFile::remove(printed);
            QProcess chromium;
            chromium.setProcessChannelMode(QProcess::MergedChannels);
            QElapsedTimer timer;
            timer.start();
            chromium.start(ChromiumPath,
                           {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                            u"--no-first-run"_s, u"--disable-background-networking"_s,
                            u"--disable-component-update"_s, u"--disable-sync"_s,
                            u"--user-data-dir="_s + profile.path(), u"--print-to-pdf="_s + printed,
                            u"file://"_s + html});
            if (!chromium.waitForFinished(300000) || !QFileInfo::exists(printed)) {
                chromiumNote = u"Chromium failed: "_s + QString::fromLocal8Bit(chromium.readAll()).left(200);
                break;
            }
            chromiumTimes.append(double(timer.nsecsElapsed()) / 1e6);
            QProcess info;
            info.start(u"pdfinfo"_s, {printed});
            info.waitForFinished();
            for (const QString &line : QString::fromUtf8(info.readAll()).split(u'\n')) {
                if (line.startsWith(u"Pages:"_s))
                    chromiumPages = line.mid(6).trimmed();
            }
        }
        if (!chromiumTimes.isEmpty()) {
            const double chromiumMs = median(chromiumTimes);
            table.add(u"Chromium --print-to-pdf of the HTML export (reference)"_s, chromiumMs,
                      chromiumMs, u"%1 pages, median of 3"_s.arg(chromiumPages));
            table.add(u"`debrief export --pdf` vs a third of Chromium's time"_s, processMs,
                      chromiumMs / 3, u"target: at most a third of Chromium"_s);
        }
    } else {
        chromiumNote = u"Chromium comparison skipped: %1 is not installed. Install it in the build "
                       "root for the benchmark only: tools/dev exec apt-get install -y chromium"_s
                           .arg(ChromiumPath);
    }
    table.print();
    if (!chromiumNote.isEmpty())
        out << "\n" << chromiumNote << Qt::endl;
    return 0;
}
