// Document benchmarks of issue #2: open a large document, persist one edit, start the app.
#include "BenchmarkTable.h"
#include "LargeDocumentGenerator.h"
#include "document/Document.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Debrief;
using namespace Debrief::Benchmarks;
using namespace Qt::StringLiterals;

namespace {

double coldStartMs()
{
    return medianMs(7, [] {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"DEBRIEF_EXIT_WHEN_SHOWN"_s, u"1"_s);
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(DEBRIEF_BINARY_PATH), {});
        process.waitForFinished(30000);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"debrief-bench"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.debrief"_s);
    QString error;
    QElapsedTimer generation;
    generation.start();
    if (!TestSupport::generateLargeDocument(path, {}, &error)) {
        qCritical("cannot generate: %s", qPrintable(error));
        return 1;
    }
    const QString sizeNote = u"5,000 events, 500 remediation items, 2 MiB evidence; %1 MiB file"_s.arg(
        double(QFileInfo(path).size()) / (1024 * 1024), 0, 'f', 1);

    BenchmarkTable table(u"Document (issue #2)"_s);
    table.add(u"open large document (load, no window)"_s, medianMs(9, [&] {
                  OpenError openError;
                  auto document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
                  Q_ASSERT(document);
              }),
              150, sizeNote);

    table.add(u"open large document to a shown window"_s, medianMs(9, [&] {
                  MainWindow window;
                  window.resize(1600, 1000);
                  window.show();
                  window.openFile(path);
                  QApplication::processEvents();
              }),
              150, sizeNote);

    {
        OpenError openError;
        auto document = Document::open(path, DocumentFile::Access::ReadWrite, &openError);
        const qint64 eventId = document->records(Table::TimelineEvent).at(2500).id;
        int counter = 0;
        table.add(u"one persisted edit (set a field, commit to disk)"_s, medianMs(201, [&] {
                      document->setValue(Table::TimelineEvent, eventId,
                                         TimelineEventField::WhatHappened,
                                         u"Edited %1"_s.arg(++counter));
                      document->saveNow();
                  }),
                  2, u"synchronous=FULL, rollback journal"_s);
    }
    table.add(u"cold start to shown welcome window"_s, coldStartMs(), 300,
              u"new process, offscreen platform"_s);
    table.print();
    return 0;
}
