#include "ReportTestSupport.h"

#include "report/PdfRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportExportDialog.h"
#include "report/ReportPrinting.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/ReportController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPrintDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Debrief;
using namespace Debrief::ReportTests;
using namespace Qt::StringLiterals;

// Print and print preview paint the pages of the PDF export.
class TestReportPrinting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_example;
    QString m_exportPdf;
    int m_pages = 0;

    // Answers the next modal dialog of type T with `answer`, as a user would, once it shows.
    template<typename T>
    void whenModal(std::function<void(T *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start();
    }

    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"debrief"_s);
        QCoreApplication::setApplicationName(u"debrief"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_example = openExample(m_dir.path());
        QVERIFY(m_example);
        QString error;
        const QByteArray pdf = PdfRenderer::pdf(ReportBuilder::build(*m_example), {}, &error);
        m_exportPdf = m_dir.filePath(u"export.pdf"_s);
        QVERIFY(writeFile(m_exportPdf, pdf));
        m_pages = pdfInfo(m_exportPdf).value(u"Pages"_s).toInt();
        QVERIFY(m_pages > 3);
    }

    void printingGivesTheExportedPages()
    {
        QPrinter printer(QPrinter::HighResolution);
        ReportPrinting::preparePrinter(printer, *m_example);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(printed);
        QVERIFY(ReportPrinting::print(*m_example, printer));
        QCOMPARE(qpdfProblems(printed), QString());
        QCOMPARE(pdfInfo(printed).value(u"Pages"_s).toInt(), m_pages);
        QCOMPARE(pdfText(printed), pdfText(m_exportPdf));
    }

    void printingHonoursThePageRange()
    {
        QPrinter printer(QPrinter::HighResolution);
        ReportPrinting::preparePrinter(printer, *m_example);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(u"range.pdf"_s);
        printer.setOutputFileName(printed);
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QVERIFY(ReportPrinting::print(*m_example, printer));
        QCOMPARE(pdfInfo(printed).value(u"Pages"_s).toInt(), 2);
        QCOMPARE(pdfText(printed, 1), pdfText(m_exportPdf, 2));
    }

    void previewShowsTheSamePages()
    {
        std::unique_ptr<QPrintPreviewDialog> dialog(ReportPrinting::createPreviewDialog(*m_example, nullptr));
        dialog->printer()->setPageSize(QPageSize(QPageSize::A4));
        dialog->show();
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        preview->updatePreview();
        QTRY_COMPARE(preview->pageCount(), m_pages);
        dialog->close();
    }

    void mainWindowMenus()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *controller = window.findChild<ReportController *>();
        QVERIFY(controller);
        auto *exportMenu = window.findChild<QMenu *>(u"exportMenu"_s);
        auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(exportMenu && fileMenu);
        for (QAction *action : {controller->exportPdfAction(), controller->exportMarkdownAction(),
                                controller->exportHtmlAction(), controller->exportStatementAction()}) {
            QVERIFY(exportMenu->actions().contains(action));
            QVERIFY(!action->isEnabled()); // nothing open yet
        }
        QVERIFY(fileMenu->actions().contains(controller->printAction()));
        QVERIFY(fileMenu->actions().contains(controller->printPreviewAction()));
        QCOMPARE(controller->printAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));

        window.openExample();
        const Document *document = window.document();
        QVERIFY(document);
        QVERIFY(controller->exportPdfAction()->isEnabled());
        QVERIFY(controller->printAction()->isEnabled());
        const Report report = ReportBuilder::build(*document);
        QSignalSpy finished(controller, &ReportController::exportFinished);

        // Markdown and HTML: the file dialog's name gets its suffix; the file is the renderer's.
        FileDialogs::setNextFileName(m_dir.filePath(u"menu"_s));
        controller->exportMarkdownAction()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(readAll(m_dir.filePath(u"menu.md"_s)), MarkdownRenderer::markdown(report));
        FileDialogs::setNextFileName(m_dir.filePath(u"menu.html"_s));
        controller->exportHtmlAction()->trigger();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(readAll(m_dir.filePath(u"menu.html"_s)), HtmlRenderer::html(report));

        // PDF: the options dialog (US Letter, PDF/A-1b), then the file; typeset off the GUI
        // thread, so the action returns while the export still runs.
        whenModal<ReportExportDialog>([](ReportExportDialog *dialog) {
            auto *pageSize = dialog->findChild<QComboBox *>(u"pageSizeComboBox"_s);
            pageSize->setCurrentIndex(pageSize->findData(int(QPageSize::Letter)));
            QTest::mouseClick(dialog->findChild<QCheckBox *>(u"pdfACheckBox"_s), Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        const QString pdf = m_dir.filePath(u"menu.pdf"_s);
        FileDialogs::setNextFileName(pdf);
        controller->exportPdfAction()->trigger();
        QVERIFY(controller->isExporting());
        QVERIFY(!controller->exportHtmlAction()->isEnabled()); // one export at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QVERIFY(finished.at(2).at(1).toBool());
        QVERIFY(controller->exportHtmlAction()->isEnabled());
        QCOMPARE(qpdfProblems(pdf), QString());
        QVERIFY(pdfInfo(pdf).value(u"Page size"_s).contains(u"letter"_s));
        QVERIFY(pdfText(pdf).contains(document->incidentValue(IncidentField::Title).toString()));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("<pdfaid:part>1</pdfaid:part>"));
        }

        // The customer statement, as plain text and as PDF.
        FileDialogs::setNextFileName(m_dir.filePath(u"statement.txt"_s));
        controller->exportStatementAction()->trigger();
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(readAll(m_dir.filePath(u"statement.txt"_s)),
                 ReportBuilder::statementText(*document) + u'\n');
        FileDialogs::setNextFileName(m_dir.filePath(u"statement"_s));
        controller->exportStatementAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 30000);
        QCOMPARE(qpdfProblems(m_dir.filePath(u"statement.pdf"_s)), QString());
        QVERIFY(pdfText(m_dir.filePath(u"statement.pdf"_s)).contains(u"We are sorry"_s));

        // A file that cannot be written: reported, and nothing (not even a temporary file) left.
        const QString missingFolder = m_dir.filePath(u"missing/report.md"_s);
        MessageBoxes::clearLastMessage();
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        FileDialogs::setNextFileName(missingFolder);
        controller->exportMarkdownAction()->trigger();
        QTRY_COMPARE(finished.count(), 6);
        QVERIFY(!finished.at(5).at(1).toBool());
        QVERIFY(MessageBoxes::lastMessage().contains(QDir::toNativeSeparators(missingFolder)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"missing"_s)));
        // Cancelling the file dialog exports nothing.
        FileDialogs::setNextFileName(QString());
        controller->exportHtmlAction()->trigger();
        QVERIFY(!controller->isExporting());
        // Only the finished files, no temporary ones beside them.
        const QStringList written = QDir(m_dir.path()).entryList({u"menu*"_s, u"statement*"_s},
                                                                 QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(written, QStringList({u"menu.html"_s, u"menu.md"_s, u"menu.pdf"_s,
                                       u"statement.pdf"_s, u"statement.txt"_s}));

        // Print Preview shows the PDF's pages; Ctrl+P asks for a printer.
        controller->printPreviewAction()->trigger();
        auto *preview = window.findChild<QPrintPreviewDialog *>(u"reportPrintPreviewDialog"_s);
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_COMPARE(pages->pageCount(), m_pages);
        preview->close();
        bool printDialogShown = false;
        whenModal<QPrintDialog>([&printDialogShown](QPrintDialog *dialog) {
            printDialogShown = true;
            dialog->reject();
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(printDialogShown);
    }

    void exportDialogOptions()
    {
        ReportExportDialog dialog;
        auto *pageSize = dialog.findChild<QComboBox *>(u"pageSizeComboBox"_s);
        auto *pdfA = dialog.findChild<QCheckBox *>(u"pdfACheckBox"_s);
        QVERIFY(pageSize && pdfA);
        // C locale in tests: A4 by default, PDF/A off.
        QCOMPARE(dialog.options().pageSize.id(), QPageSize::A4);
        QVERIFY(!dialog.options().pdfA);
        pageSize->setCurrentIndex(pageSize->findData(int(QPageSize::Letter)));
        pdfA->setChecked(true);
        QCOMPARE(dialog.options().pageSize.id(), QPageSize::Letter);
        QVERIFY(dialog.options().pdfA);
    }
};

QTEST_MAIN(TestReportPrinting)
#include "TestReportPrinting.moc"
