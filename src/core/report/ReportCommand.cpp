#include "ReportCommand.h"

#include "report/ReportBuilder.h"
#include "report/ReportExport.h"

#include <QCommandLineParser>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

bool isStatementText(const QString &path)
{
    return path.endsWith(u".txt"_s, Qt::CaseInsensitive);
}

bool isStatementPdf(const QString &path)
{
    return path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
}

} // namespace

ReportCommand::ReportCommand(QCommandLineParser &parser)
    : m_parser(parser)
    , m_pdf(u"pdf"_s, tr("Write the report as PDF to OUT."), u"OUT"_s)
    , m_pdfA(u"pdfa"_s, tr("Make the PDF files PDF/A-1b, for archives."))
    , m_pageSize(u"page-size"_s, tr("Paper size of PDF files: a4 or letter (default: from the locale)."),
                 u"SIZE"_s)
    , m_markdown(u"markdown"_s, tr("Write the report as Markdown to OUT."), u"OUT"_s)
    , m_html(u"html"_s, tr("Write the report as one self-contained HTML file to OUT."), u"OUT"_s)
    , m_statement(u"statement"_s,
                  tr("Write the customer-facing statement to OUT (.pdf or .txt)."), u"OUT"_s)
{
    parser.addOptions({m_pdf, m_pdfA, m_pageSize, m_markdown, m_html, m_statement});
}

bool ReportCommand::isRequested() const
{
    return m_parser.isSet(m_pdf) || m_parser.isSet(m_markdown) || m_parser.isSet(m_html)
           || m_parser.isSet(m_statement);
}

bool ReportCommand::validate(QTextStream &err) const
{
    if (m_parser.isSet(m_pageSize)) {
        const QString size = m_parser.value(m_pageSize).toLower();
        if (size != "a4"_L1 && size != "letter"_L1) {
            err << tr("Unknown page size “%1”: use a4 or letter.").arg(m_parser.value(m_pageSize))
                << Qt::endl;
            return false;
        }
    }
    if (m_parser.isSet(m_statement)) {
        const QString path = m_parser.value(m_statement);
        if (!isStatementPdf(path) && !isStatementText(path)) {
            err << tr("The statement is written as .pdf or .txt, not “%1”.").arg(path) << Qt::endl;
            return false;
        }
    }
    const bool pdfOutput = m_parser.isSet(m_pdf)
                           || (m_parser.isSet(m_statement) && isStatementPdf(m_parser.value(m_statement)));
    if ((m_parser.isSet(m_pdfA) || m_parser.isSet(m_pageSize)) && !pdfOutput) {
        err << tr("--pdfa and --page-size apply to PDF output (--pdf or --statement OUT.pdf).")
            << Qt::endl;
        return false;
    }
    return true;
}

int ReportCommand::run(const Document &document, QTextStream &out, QTextStream &err) const
{
    PdfOptions options;
    options.pageSize = ReportExport::defaultPageSize();
    if (m_parser.isSet(m_pageSize)) {
        options.pageSize = m_parser.value(m_pageSize).toLower() == "letter"_L1
                               ? QPageSize(QPageSize::Letter)
                               : QPageSize(QPageSize::A4);
    }
    options.pdfA = m_parser.isSet(m_pdfA);

    auto report = [&](const QString &path, bool ok, const QString &error) {
        if (ok)
            out << tr("Wrote %1").arg(path) << Qt::endl;
        else
            err << tr("Cannot write %1: %2").arg(path, error) << Qt::endl;
        return ok;
    };
    QString error;
    if (m_parser.isSet(m_pdf)) {
        const QString path = m_parser.value(m_pdf);
        if (!report(path, ReportExport::writePdf(document, path, options, &error), error))
            return 2;
    }
    if (m_parser.isSet(m_markdown)) {
        const QString path = m_parser.value(m_markdown);
        if (!report(path, ReportExport::writeMarkdown(document, path, &error), error))
            return 2;
    }
    if (m_parser.isSet(m_html)) {
        const QString path = m_parser.value(m_html);
        if (!report(path, ReportExport::writeHtml(document, path, &error), error))
            return 2;
    }
    if (m_parser.isSet(m_statement)) {
        const QString path = m_parser.value(m_statement);
        if (ReportBuilder::buildStatement(document).sections.size() < 2) {
            err << tr("There is no customer-facing statement to write: regret, reason and remedy "
                      "are empty.")
                << Qt::endl;
            return 2;
        }
        const bool ok = isStatementText(path)
                            ? ReportExport::writeStatementText(document, path, &error)
                            : ReportExport::writeStatementPdf(document, path, options, &error);
        if (!report(path, ok, error))
            return 2;
    }
    return 0;
}

bool ReportCommand::needsGuiApplication(const QStringList &arguments)
{
    if (arguments.value(0) != "export"_L1)
        return false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (!argument.startsWith(u'-'))
            continue;
        while (argument.startsWith(u'-'))
            argument.remove(0, 1);
        const QString name = argument.section(u'=', 0, 0);
        if (name == "pdf"_L1)
            return true;
        if (name == "statement"_L1) {
            const QString value = argument.contains(u'=') ? argument.section(u'=', 1)
                                                          : arguments.value(i + 1);
            if (!isStatementText(value))
                return true;
        }
    }
    return false;
}

} // namespace Debrief
