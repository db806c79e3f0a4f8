#pragma once

#include "report/PdfRenderer.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QThread;

namespace Debrief {

class MainWindow;

// The report in the main window: File ▸ Export ▸ PDF, Markdown, HTML and the customer
// statement, File ▸ Print and Print Preview. The report is taken from the document at once;
// typesetting and writing run on a worker thread, so the window stays responsive, and each file
// is written to a temporary file and renamed into place, so none is ever left half written.
class ReportController : public QObject
{
    Q_OBJECT

public:
    // Adds the export actions to `exportMenu`, Print and Print Preview to `fileMenu` (before
    // its Close action).
    ReportController(MainWindow *window, QMenu *fileMenu, QMenu *exportMenu);
    ~ReportController() override;

    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *exportMarkdownAction() const { return m_exportMarkdownAction; }
    QAction *exportHtmlAction() const { return m_exportHtmlAction; }
    QAction *exportStatementAction() const { return m_exportStatementAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }

    bool isExporting() const { return m_worker != nullptr; }

public Q_SLOTS:
    void exportPdf();
    void exportMarkdown();
    void exportHtml();
    void exportStatement();
    void print();
    void printPreview();

Q_SIGNALS:
    // After each export, successful or not; `path` is the file asked for.
    void exportFinished(const QString &path, bool ok);

private:
    using Job = std::function<bool(QString *error)>;

    QString askForFile(const QString &caption, const QString &suffix, const QString &filter) const;
    void start(const QString &path, Job job);
    void finish(const QString &path, bool ok, const QString &error);
    void updateActions();

    MainWindow *m_window;
    QThread *m_worker = nullptr;
    PdfOptions m_pdfOptions;
    QAction *m_exportPdfAction;
    QAction *m_exportMarkdownAction;
    QAction *m_exportHtmlAction;
    QAction *m_exportStatementAction;
    QAction *m_printAction;
    QAction *m_printPreviewAction;
};

} // namespace Debrief
