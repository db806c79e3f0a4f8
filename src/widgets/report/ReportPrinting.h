#pragma once

#include <QCoreApplication>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace Debrief {

class Document;

// File ▸ Print and Print Preview: the pages are the PDF export's pages (same PdfRenderer, same
// layout), painted on the printer at its resolution, in the paper size chosen for it.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinting)

public:
    // A high-resolution printer set up for the report: full page, the locale's default paper,
    // the document title as job name.
    static void preparePrinter(QPrinter &printer, const Document &document);

    // Prints the report of `document` on `printer` (respecting a chosen page range).
    static bool print(const Document &document, QPrinter &printer);

    // Asks for a printer with QPrintDialog and prints; false when cancelled or failed.
    static bool printWithDialog(const Document &document, QWidget *parent);

    // A print preview of the report; the caller shows or exec()s it. The dialog owns its
    // printer; it must not outlive `document`.
    static QPrintPreviewDialog *createPreviewDialog(const Document &document, QWidget *parent);
};

} // namespace Debrief
