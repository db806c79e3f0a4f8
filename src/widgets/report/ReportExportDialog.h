#pragma once

#include "report/PdfRenderer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Debrief {

// The options of a PDF export: paper size (the locale's default preselected) and PDF/A-1b for
// archives. The main window asks it before the file dialog.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(QWidget *parent = nullptr);

    PdfOptions options() const;
    void setOptions(const PdfOptions &options);

private:
    QComboBox *m_pageSize;
    QCheckBox *m_pdfA;
};

} // namespace Debrief
