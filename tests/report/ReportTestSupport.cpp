#include "ReportTestSupport.h"

#include "TestSupport.h"
#include "document/DocumentJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace Debrief::ReportTests {

using namespace Qt::StringLiterals;

QString examplePath()
{
    return QDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"))
        .filePath(u"resources/examples/example-postmortem.json"_s);
}

std::unique_ptr<Document> importJson(const QString &jsonPath, const QString &folder)
{
    QFile input(jsonPath);
    if (!input.open(QIODevice::ReadOnly))
        return nullptr;
    const QString target = QDir(folder).filePath(QFileInfo(jsonPath).completeBaseName() + u".debrief"_s);
    QFile::remove(target);
    QString error;
    if (!DocumentJson::importToFile(input.readAll(), target, &error)) {
        qWarning("import of %s failed: %s", qPrintable(jsonPath), qPrintable(error));
        return nullptr;
    }
    OpenError openError;
    return Document::open(target, DocumentFile::Access::ReadOnly, &openError);
}

std::unique_ptr<Document> openExample(const QString &folder)
{
    return importJson(examplePath(), folder);
}

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString pdfText(const QString &pdfPath, int page)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments += {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    arguments += {pdfPath, u"-"_s};
    return runTool(u"pdftotext"_s, arguments).out;
}

QMap<QString, QString> pdfInfo(const QString &pdfPath)
{
    QMap<QString, QString> info;
    const QStringList lines = runTool(u"pdfinfo"_s, {pdfPath}).out.split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

QString qpdfProblems(const QString &pdfPath)
{
    const ToolResult result = runTool(u"qpdf"_s, {u"--check"_s, pdfPath});
    if (result.exitCode == 0 && result.out.contains(u"No syntax or stream encoding errors"_s))
        return {};
    return result.out + result.err + u" (exit "_s + QString::number(result.exitCode) + u')';
}

QString squeezed(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QString result = text;
    return result.remove(space);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace Debrief::ReportTests
