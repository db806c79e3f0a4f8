#include "ReportExport.h"

#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/ReportBuilder.h"

#include <QSaveFile>

namespace Debrief {

QPageSize ReportExport::defaultPageSize()
{
    // LC_ALL overrides everything, then LC_PAPER, then the general locale.
    const QString all = qEnvironmentVariable("LC_ALL");
    const QString paper = qEnvironmentVariable("LC_PAPER");
    if (all.isEmpty() && !paper.isEmpty())
        return pageSizeFor(QLocale(paper.section(u'.', 0, 0)));
    return pageSizeFor(QLocale());
}

QPageSize ReportExport::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

bool ReportExport::writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReportExport::writePdf(const Document &document, const QString &path,
                            const PdfOptions &options, QString *error)
{
    const QByteArray pdf = PdfRenderer::pdf(ReportBuilder::build(document), options, error);
    return !pdf.isEmpty() && writeAtomically(path, pdf, error);
}

bool ReportExport::writeHtml(const Document &document, const QString &path, QString *error)
{
    return writeAtomically(path, HtmlRenderer::html(ReportBuilder::build(document)).toUtf8(), error);
}

bool ReportExport::writeMarkdown(const Document &document, const QString &path, QString *error)
{
    return writeAtomically(path, MarkdownRenderer::markdown(ReportBuilder::build(document)).toUtf8(),
                           error);
}

bool ReportExport::writeStatementPdf(const Document &document, const QString &path,
                                     const PdfOptions &options, QString *error)
{
    const QByteArray pdf = PdfRenderer::pdf(ReportBuilder::buildStatement(document), options, error);
    return !pdf.isEmpty() && writeAtomically(path, pdf, error);
}

bool ReportExport::writeStatementText(const Document &document, const QString &path, QString *error)
{
    return writeAtomically(path, ReportBuilder::statementText(document).toUtf8() + '\n', error);
}

} // namespace Debrief
