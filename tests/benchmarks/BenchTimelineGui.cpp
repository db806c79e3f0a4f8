// Timeline step benchmarks of issue #4: open the step with 10,000 events, scroll and select
// within a frame, highlight a 50,000-line excerpt without blocking the window for long.
#include "BenchmarkTable.h"
#include "LargeDocumentGenerator.h"
#include "document/Document.h"
#include "report/SyntaxRepository.h"
#include "timeline/EvidenceTextEdit.h"
#include "timeline/TimelinePage.h"
#include "timeline/TimelineView.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace Debrief;
using namespace Debrief::Benchmarks;
using namespace Qt::StringLiterals;

namespace {

struct Samples
{
    QList<double> ms;
    double median() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }
    QString note(const QString &what) const
    {
        return u"%1; max %2 ms over %3 runs"_s.arg(what).arg(max(), 0, 'f', 2).arg(ms.size());
    }
};

Samples measure(int runs, const std::function<void(int)> &work)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        QApplication::processEvents(); // layout and paint, as the next frame would
        samples.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

// Runs the event loop until `done`, and returns the longest time the loop was away: a timer
// that wants to fire every millisecond sees every step that blocks the window.
double longestBlockingMs(const std::function<bool()> &done, double firstStepMs, double *totalMs)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceLast;
    sinceLast.start();
    double longest = firstStepMs;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longest = std::max(longest, double(sinceLast.nsecsElapsed()) / 1e6);
        sinceLast.restart();
    });
    ticker.start();
    while (!done())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    // The last step ran after the last tick.
    longest = std::max(longest, double(sinceLast.nsecsElapsed()) / 1e6);
    *totalMs = double(total.nsecsElapsed()) / 1e6 + firstStepMs;
    return longest;
}

QString largeLog(int lines, int variant)
{
    static const char *const levels[] = {"INFO", "WARN", "ERROR", "DEBUG"};
    QString text;
    text.reserve(lines * 110);
    const QDateTime start(QDate(2026, 10, 14), QTime(11, 0), QTimeZone::UTC);
    for (int i = 0; i < lines; ++i) {
        text += start.addMSecs(qint64(i) * 37).toString(Qt::ISODateWithMs) + u' '
                + QLatin1StringView(levels[(i + variant) % 4])
                + u" [pool-%1] c.k.tracking.ParcelRepository - connection wait %2 ms, active=20 "
                  "idle=0 waiting=%3\n"_s.arg(i % 8)
                      .arg(i * 7 % 30000)
                      .arg(i % 200);
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"debrief-bench"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.debrief"_s);
    TestSupport::LargeDocumentSize size;
    size.timelineEvents = 10000;
    size.remediationItems = 50;
    size.participants = 40;
    size.evidenceBytes = 256 * 1024;
    QString error;
    if (!TestSupport::generateLargeDocument(path, size, &error)) {
        qCritical("cannot generate: %s", qPrintable(error));
        return 1;
    }
    OpenError openError;
    auto document = Document::open(path, DocumentFile::Access::ReadWrite, &openError);
    if (!document) {
        qCritical("cannot open: %s", qPrintable(openError.reason));
        return 1;
    }
    // The repository is built once at start-up in the app; not part of any step here.
    syntaxRepository();
    const QString events = u"10,000 events, 40 participants"_s;

    BenchmarkTable table(u"Timeline step (issue #4)"_s);

    {
        TimelinePage page;
        page.resize(1600, 1000);
        page.show();
        QApplication::processEvents();
        // Only setting the document, showing and the first paint count; the reset does not.
        Samples opening;
        for (int i = 0; i < 9; ++i) {
            page.setDocument(nullptr);
            page.hide();
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            page.setDocument(document.get());
            page.show();
            QApplication::processEvents();
            opening.ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        table.add(u"open the timeline step (model, lanes, metrics, first paint)"_s,
                  opening.median(), 100, opening.note(events));

        auto *view = page.findChild<TimelineView *>();
        auto *events10k = page.findChild<QTableView *>(u"eventsTableView"_s);
        QRandomGenerator random(42);
        const Samples select = measure(200, [&](int) {
            events10k->selectRow(int(random.bounded(10000)));
        });
        table.add(u"select an event (table, timeline, detail editor repaint)"_s, select.median(),
                  16, select.note(u"random rows, timeline fitted: all events on screen"_s));

        const Samples keys = measure(200, [&](int) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
            QApplication::sendEvent(view, &press);
        });
        table.add(u"arrow key on the visual timeline"_s, keys.median(), 16,
                  keys.note(u"moves the selection to the next event"_s));

        view->zoomIn();
        view->zoomIn();
        view->zoomIn();
        view->zoomIn();
        QScrollBar *horizontal = view->horizontalScrollBar();
        const Samples scroll = measure(200, [&](int i) {
            horizontal->setValue((i * horizontal->pageStep() / 3) % std::max(1, horizontal->maximum()));
        });
        table.add(u"scroll the visual timeline (zoomed in)"_s, scroll.median(), 16,
                  scroll.note(u"a third of a page per step"_s));

        view->zoomToFit();
        const Samples zoom = measure(100, [&](int i) {
            if (i % 2)
                view->zoomOut();
            else
                view->zoomIn();
        });
        table.add(u"zoom the visual timeline (whole incident in view)"_s, zoom.median(), 16,
                  zoom.note(u"every event visible"_s));

        QScrollBar *rows = events10k->verticalScrollBar();
        const Samples scrollTable = measure(200, [&](int i) {
            rows->setValue((i * rows->pageStep()) % std::max(1, rows->maximum()));
        });
        table.add(u"scroll the events table"_s, scrollTable.median(), 16,
                  scrollTable.note(u"a page per step"_s));
        page.setDocument(nullptr);
    }

    {
        EvidenceTextEdit viewer;
        viewer.resize(1200, 700);
        viewer.show();
        QApplication::processEvents();
        const KSyntaxHighlighting::Definition logDefinition =
            syntaxRepository().definitionForName(u"Log File (advanced)"_s);
        const QString first = largeLog(50000, 0);
        const QString second = largeLog(50000, 1);

        QElapsedTimer step;
        step.start();
        viewer.setContent(first, logDefinition);
        const double firstStep = double(step.nsecsElapsed()) / 1e6;
        double totalMs = 0;
        const double longest =
            longestBlockingMs([&] { return !viewer.isBusy(); }, firstStep, &totalMs);
        table.add(u"highlight 50,000 lines: longest blocking step (max)"_s, longest, 50,
                  u"all highlighted after %1 ms, %2 MB, Log File (advanced)"_s.arg(totalMs, 0, 'f', 0)
                      .arg(double(first.size() * 2) / (1024 * 1024), 0, 'f', 1));

        step.restart();
        viewer.setContent(second, logDefinition);
        const double switchStep = double(step.nsecsElapsed()) / 1e6;
        const double longestSwitch =
            longestBlockingMs([&] { return !viewer.isBusy(); }, switchStep, &totalMs);
        table.add(u"switch to another 50,000-line excerpt: longest step (max)"_s, longestSwitch,
                  50, u"frees the previous one meanwhile; done after %1 ms"_s.arg(totalMs, 0, 'f', 0));

        QPalette dark = viewer.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        step.restart();
        viewer.setPalette(dark);
        const double themeStep = double(step.nsecsElapsed()) / 1e6;
        const double longestTheme =
            longestBlockingMs([&] { return !viewer.isBusy(); }, themeStep, &totalMs);
        table.add(u"dark palette: re-highlight 50,000 lines, longest step (max)"_s, longestTheme,
                  50, u"done after %1 ms"_s.arg(totalMs, 0, 'f', 0));

        QScrollBar *lines = viewer.verticalScrollBar();
        const Samples scrollText = measure(200, [&](int i) {
            lines->setValue(int((qint64(i) * 997 * lines->pageStep()) % std::max(1, lines->maximum())));
        });
        table.add(u"scroll the 50,000-line excerpt"_s, scrollText.median(), 16,
                  scrollText.note(u"jumps across the whole text"_s));
    }

    table.print();
    return 0;
}
