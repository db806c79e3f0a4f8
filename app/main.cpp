#include "Bootstrap.h"
#include "cli/CommandLine.h"
#include "mainwindow/MainWindow.h"
#include "report/ReportCommand.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Debrief::CommandLine::isHeadless(arguments)) {
        auto runHeadless = [&arguments](QCoreApplication &application) {
            Debrief::Bootstrap::setUpApplication(application);
            QTextStream out(stdout);
            QTextStream err(stderr);
            return Debrief::CommandLine::run(arguments, out, err);
        };
        // Painting a PDF needs the font database of a QGuiApplication; it never needs a display.
        if (Debrief::ReportCommand::needsGuiApplication(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication application(argc, argv);
            return runHeadless(application);
        }
        QCoreApplication application(argc, argv);
        return runHeadless(application);
    }

    QApplication application(argc, argv);
    Debrief::Bootstrap::setUpApplication(application);

    if (arguments.value(0) == "--self-test"_L1) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (const int result = Debrief::CommandLine::selfTest(out, err))
            return result;
        Debrief::MainWindow window;
        window.show();
        QApplication::processEvents();
        out << (window.isVisible() ? "self-test: window ok" : "self-test: window not shown")
            << Qt::endl;
        return window.isVisible() ? 0 : 1;
    }

    auto *window = new Debrief::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // Lets the start-up benchmark measure a real process up to its first shown window.
    if (qEnvironmentVariableIsSet("DEBRIEF_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &application, &QCoreApplication::quit);
    if (!arguments.isEmpty())
        window->openFile(arguments.constFirst());
    else
        window->offerRecovery();
    return QApplication::exec();
}
