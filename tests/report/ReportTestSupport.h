#pragma once

#include "document/Document.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Debrief::ReportTests {

// The example post-mortem, imported into `folder`.
std::unique_ptr<Document> openExample(const QString &folder);
// A JSON document (tests/data/... or the example) imported into `folder` and opened.
std::unique_ptr<Document> importJson(const QString &jsonPath, const QString &folder);
QString examplePath();

struct ToolResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs a command-line tool (pdftotext, pdfinfo, qpdf...) of the build environment.
ToolResult runTool(const QString &program, const QStringList &arguments);

// pdftotext of the whole file or of one page (1-based).
QString pdfText(const QString &pdfPath, int page = 0);
// pdfinfo's "Key: value" lines.
QMap<QString, QString> pdfInfo(const QString &pdfPath);
// `qpdf --check`; empty when it passes, else its output.
QString qpdfProblems(const QString &pdfPath);

// Whitespace removed, so that text wrapped across lines or pages still matches.
QString squeezed(const QString &text);

bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace Debrief::ReportTests
