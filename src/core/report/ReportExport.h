#pragma once

#include "report/PdfRenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace Debrief {

class Document;

// Writing the report and the customer-facing statement to files. Every output is written to a
// temporary file in the target folder and renamed into place when complete, so a failed or
// interrupted export never leaves a partial file.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // US Letter where it is the usual paper (North and Central America, the Philippines, ...),
    // A4 elsewhere. LC_PAPER decides when it is set, as for other programs.
    static QPageSize defaultPageSize();
    static QPageSize pageSizeFor(const QLocale &locale);

    static bool writePdf(const Document &document, const QString &path, const PdfOptions &options,
                         QString *error);
    static bool writeHtml(const Document &document, const QString &path, QString *error);
    static bool writeMarkdown(const Document &document, const QString &path, QString *error);
    static bool writeStatementPdf(const Document &document, const QString &path,
                                  const PdfOptions &options, QString *error);
    static bool writeStatementText(const Document &document, const QString &path, QString *error);

    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace Debrief
