#include "ReportPrinting.h"

#include "document/Document.h"
#include "report/PdfRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportExport.h"

#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace Debrief {

namespace {

bool paintReport(const Report &report, QPrinter &printer)
{
    // The user may pick another paper or orientation in the dialogs; the report is laid out on
    // the sheet as it lies.
    printer.setFullPage(true);
    const QSizeF sheet = printer.pageLayout().fullRectPoints().size();
    const PdfRenderer renderer(report, QPageSize(sheet, QPageSize::Point));
    int first = 0;
    int last = renderer.pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::clamp(printer.fromPage() - 1, 0, last);
        last = std::clamp(printer.toPage() > 0 ? printer.toPage() - 1 : last, first, last);
    }
    return renderer.paint(printer, first, last);
}

} // namespace

void ReportPrinting::preparePrinter(QPrinter &printer, const Document &document)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(ReportExport::defaultPageSize(), QPageLayout::Portrait,
                                      QMarginsF()));
    printer.setDocName(ReportBuilder::build(document).title);
    printer.setCreator(QCoreApplication::applicationName());
}

bool ReportPrinting::print(const Document &document, QPrinter &printer)
{
    return paintReport(ReportBuilder::build(document), printer);
}

bool ReportPrinting::printWithDialog(const Document &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, document);
    QPrintDialog dialog(&printer, parent);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setWindowTitle(tr("Print Post-mortem Report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return print(document, printer);
}

QPrintPreviewDialog *ReportPrinting::createPreviewDialog(const Document &document, QWidget *parent)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    preparePrinter(*printer, document);
    auto *dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setWindowTitle(tr("Print Preview – Post-mortem Report"));
    // Built once: changing the paper in the preview only lays the same report out again.
    auto report = std::make_shared<const Report>(ReportBuilder::build(document));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [report, printer](QPrinter *target) { paintReport(*report, *target); });
    return dialog;
}

} // namespace Debrief
