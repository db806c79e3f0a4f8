#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace Debrief {

class Document;

// The report outputs of `debrief export`: --pdf OUT [--pdfa] [--page-size a4|letter],
// --markdown OUT, --html OUT, --statement OUT.pdf|OUT.txt.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    // Adds the options to `parser`.
    explicit ReportCommand(QCommandLineParser &parser);

    // Whether any report output was asked for.
    bool isRequested() const;
    // Checks the option values after parsing; prints what is wrong to `err`.
    bool validate(QTextStream &err) const;
    // Writes every requested output; 0, or 2 (with the reason on `err`) when one fails.
    int run(const Document &document, QTextStream &out, QTextStream &err) const;

    // Whether the command line `arguments` (command first) will paint a PDF, which needs a
    // QGuiApplication for fonts; main() then starts one on the offscreen platform.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_pdf;
    QCommandLineOption m_pdfA;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_markdown;
    QCommandLineOption m_html;
    QCommandLineOption m_statement;
};

} // namespace Debrief
