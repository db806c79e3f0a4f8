#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QPageSize>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Debrief {

struct PdfOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    bool pdfA = false; // PDF/A-1b for archives
};

// Typesets a report on pages of one size with its own pagination (running header, "Page N of
// M", headings kept with what follows, repeated table headers) and paints the pages on any
// paged device: QPdfWriter for export, QPrinter for print and print preview, so that all three
// show the same pages. Text is laid out with QTextLayout from plain strings: nothing in a
// document is ever parsed as markup, and nothing is loaded.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    PdfRenderer(const Report &report, const QPageSize &pageSize);
    ~PdfRenderer();
    PdfRenderer(const PdfRenderer &) = delete;
    PdfRenderer &operator=(const PdfRenderer &) = delete;

    int pageCount() const;
    QPageSize pageSize() const;

    // Paints pages `first` to `last` (0-based, inclusive; -1 for the last page) on `device`,
    // whose painting origin must be the paper's top-left corner (full-page printers, or a
    // QPdfWriter without margins). Starts and ends its own painter.
    bool paint(QPagedPaintDevice &device, int first = 0, int last = -1) const;

    // Paints one page with `painter` scaled so that one unit is 1/1200 inch.
    void paintPage(QPainter &painter, int page) const;

    // The complete PDF file: fonts embedded, title, author, subject and keywords set.
    static QByteArray pdf(const Report &report, const PdfOptions &options, QString *error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Debrief
