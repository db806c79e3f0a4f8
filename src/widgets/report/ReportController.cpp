#include "ReportController.h"

#include "ReportExportDialog.h"
#include "ReportPrinting.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "mainwindow/MainWindow.h"
#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportExport.h"
#include "storage/AppPaths.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>

#include <memory>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
constexpr int StatusMessageMs = 6000;

bool writeText(const QString &path, const QString &text, QString *error)
{
    return ReportExport::writeAtomically(path, text.toUtf8(), error);
}
} // namespace

ReportController::ReportController(MainWindow *window, QMenu *fileMenu, QMenu *exportMenu)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"reportController"_s);
    m_pdfOptions.pageSize = ReportExport::defaultPageSize();

    m_exportPdfAction = new QAction(QIcon::fromTheme(u"application-pdf"_s), tr("&PDF\u2026"), this);
    m_exportPdfAction->setObjectName(u"exportPdfAction"_s);
    m_exportPdfAction->setStatusTip(tr("Export the report as a PDF for distribution"));
    connect(m_exportPdfAction, &QAction::triggered, this, &ReportController::exportPdf);

    m_exportMarkdownAction = new QAction(tr("&Markdown\u2026"), this);
    m_exportMarkdownAction->setObjectName(u"exportMarkdownAction"_s);
    m_exportMarkdownAction->setStatusTip(tr("Export the report as Markdown for a wiki or repository"));
    connect(m_exportMarkdownAction, &QAction::triggered, this, &ReportController::exportMarkdown);

    m_exportHtmlAction = new QAction(tr("&HTML\u2026"), this);
    m_exportHtmlAction->setObjectName(u"exportHtmlAction"_s);
    m_exportHtmlAction->setStatusTip(tr("Export the report as a single self-contained HTML file"));
    connect(m_exportHtmlAction, &QAction::triggered, this, &ReportController::exportHtml);

    m_exportStatementAction = new QAction(tr("&Customer Statement\u2026"), this);
    m_exportStatementAction->setObjectName(u"exportStatementAction"_s);
    m_exportStatementAction->setStatusTip(
        tr("Export the customer-facing statement (regret, reason, remedy) as PDF or plain text"));
    connect(m_exportStatementAction, &QAction::triggered, this, &ReportController::exportStatement);

    m_printAction = new QAction(QIcon::fromTheme(u"document-print"_s), tr("&Print\u2026"), this);
    m_printAction->setObjectName(u"printAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the report"));
    connect(m_printAction, &QAction::triggered, this, &ReportController::print);

    m_printPreviewAction = new QAction(QIcon::fromTheme(u"document-print-preview"_s),
                                       tr("Print Pre&view\u2026"), this);
    m_printPreviewAction->setObjectName(u"printPreviewAction"_s);
    m_printPreviewAction->setStatusTip(tr("Show the pages of the report as they will print"));
    connect(m_printPreviewAction, &QAction::triggered, this, &ReportController::printPreview);

    exportMenu->addSeparator();
    exportMenu->addAction(m_exportPdfAction);
    exportMenu->addAction(m_exportMarkdownAction);
    exportMenu->addAction(m_exportHtmlAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_exportStatementAction);

    // Print beside Export, before the group that closes the document.
    QAction *before = nullptr;
    const QList<QAction *> fileActions = fileMenu->actions();
    for (qsizetype i = 0; i < fileActions.size(); ++i) {
        if (fileActions.at(i)->objectName() == u"closeAction"_s) {
            before = i > 0 && fileActions.at(i - 1)->isSeparator() ? fileActions.at(i - 1)
                                                                    : fileActions.at(i);
        }
    }
    fileMenu->insertSeparator(before);
    fileMenu->insertAction(before, m_printPreviewAction);
    fileMenu->insertAction(before, m_printAction);

    connect(fileMenu, &QMenu::aboutToShow, this, &ReportController::updateActions);
    connect(exportMenu, &QMenu::aboutToShow, this, &ReportController::updateActions);
    if (auto *stack = window->findChild<QStackedWidget *>(u"centralStackedWidget"_s))
        connect(stack, &QStackedWidget::currentChanged, this, &ReportController::updateActions);
    updateActions();
}

ReportController::~ReportController()
{
    // Closing the window lets a running export finish: the file is then complete or absent.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        QGuiApplication::restoreOverrideCursor();
    }
}

QString ReportController::askForFile(const QString &caption, const QString &suffix,
                                     const QString &filter) const
{
    const Document *document = m_window->document();
    const QString base = AppPaths::isUntitled(document->filePath())
        ? tr("post-mortem")
        : QFileInfo(document->filePath()).completeBaseName();
    QString path = FileDialogs::getSaveFileName(m_window, caption, base + suffix, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

void ReportController::exportPdf()
{
    const Document *document = m_window->document();
    if (!document || m_worker)
        return;
    ReportExportDialog dialog(m_window);
    dialog.setOptions(m_pdfOptions);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pdfOptions = dialog.options();
    const QString path = askForFile(tr("Export Report as PDF"), u".pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    start(path, [path, report = ReportBuilder::build(*document), options = m_pdfOptions](QString *error) {
        const QByteArray pdf = PdfRenderer::pdf(report, options, error);
        return !pdf.isEmpty() && ReportExport::writeAtomically(path, pdf, error);
    });
}

void ReportController::exportMarkdown()
{
    const Document *document = m_window->document();
    if (!document || m_worker)
        return;
    const QString path = askForFile(tr("Export Report as Markdown"), u".md"_s,
                                    tr("Markdown files (*.md *.markdown)"));
    if (path.isEmpty())
        return;
    start(path, [path, report = ReportBuilder::build(*document)](QString *error) {
        return writeText(path, MarkdownRenderer::markdown(report), error);
    });
}

void ReportController::exportHtml()
{
    const Document *document = m_window->document();
    if (!document || m_worker)
        return;
    const QString path = askForFile(tr("Export Report as HTML"), u".html"_s,
                                    tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    start(path, [path, report = ReportBuilder::build(*document)](QString *error) {
        return writeText(path, HtmlRenderer::html(report), error);
    });
}

void ReportController::exportStatement()
{
    const Document *document = m_window->document();
    if (!document || m_worker)
        return;
    const QString path = askForFile(tr("Export Customer Statement"), u".pdf"_s,
                                    tr("PDF files (*.pdf);;Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(u"txt"_s, Qt::CaseInsensitive) == 0) {
        start(path, [path, text = ReportBuilder::statementText(*document)](QString *error) {
            return writeText(path, text + u'\n', error);
        });
        return;
    }
    start(path, [path, report = ReportBuilder::buildStatement(*document),
                 options = m_pdfOptions](QString *error) {
        const QByteArray pdf = PdfRenderer::pdf(report, options, error);
        return !pdf.isEmpty() && ReportExport::writeAtomically(path, pdf, error);
    });
}

void ReportController::print()
{
    if (const Document *document = m_window->document())
        ReportPrinting::printWithDialog(*document, m_window);
}

void ReportController::printPreview()
{
    const Document *document = m_window->document();
    if (!document)
        return;
    QPrintPreviewDialog *dialog = ReportPrinting::createPreviewDialog(*document, m_window);
    dialog->setObjectName(u"reportPrintPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReportController::start(const QString &path, Job job)
{
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([job = std::move(job), outcome] { outcome->ok = job(&outcome->error); });
    m_worker->setObjectName(u"reportExportThread"_s);
    connect(m_worker, &QThread::finished, this, [this, path, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        QGuiApplication::restoreOverrideCursor();
        finish(path, outcome->ok, outcome->error);
    });
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    m_window->statusBar()->showMessage(tr("Exporting %1\u2026").arg(QDir::toNativeSeparators(path)));
    updateActions();
    m_worker->start();
}

void ReportController::finish(const QString &path, bool ok, const QString &error)
{
    updateActions();
    if (ok) {
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                           StatusMessageMs);
    } else {
        m_window->statusBar()->clearMessage();
        MessageBoxes::critical(m_window, tr("Cannot Export"),
                               tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), error));
    }
    Q_EMIT exportFinished(path, ok);
}

void ReportController::updateActions()
{
    const bool open = m_window->document() != nullptr;
    for (QAction *action : {m_exportPdfAction, m_exportMarkdownAction, m_exportHtmlAction,
                            m_exportStatementAction})
        action->setEnabled(open && !m_worker);
    m_printAction->setEnabled(open);
    m_printPreviewAction->setEnabled(open);
}

} // namespace Debrief
