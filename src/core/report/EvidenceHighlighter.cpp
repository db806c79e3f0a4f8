#include "EvidenceHighlighter.h"

#include "report/SyntaxRepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QMimeDatabase>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

class RunCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    using AbstractHighlighter::highlightLine;
    QList<HighlightRun> *runs = nullptr;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        HighlightRun run;
        run.start = offset;
        run.length = length;
        run.color = format.hasTextColor(theme()) ? format.textColor(theme()).rgb()
                                                 : theme().textColor(KSyntaxHighlighting::Theme::Normal);
        run.background = format.hasBackgroundColor(theme()) ? format.backgroundColor(theme()).rgb() : 0;
        run.bold = format.isBold(theme());
        run.italic = format.isItalic(theme());
        run.underline = format.isUnderline(theme());
        runs->append(run);
    }
};

KSyntaxHighlighting::Theme printingTheme()
{
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    const KSyntaxHighlighting::Theme theme = repository.theme(u"Printing"_s);
    return theme.isValid() ? theme
                           : repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

KSyntaxHighlighting::Definition EvidenceHighlighter::definitionFor(const QString &chosenName,
                                                                   const QString &fileName,
                                                                   const QString &content,
                                                                   const QString &kind)
{
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    if (!chosenName.isEmpty()) {
        const auto definition = repository.definitionForName(chosenName);
        if (definition.isValid())
            return definition;
    }
    if (!fileName.isEmpty()) {
        const auto definition = repository.definitionForFileName(fileName);
        if (definition.isValid())
            return definition;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForData(content.left(4096).toUtf8());
    if (mime.isValid() && !mime.isDefault() && mime.name() != "text/plain"_L1) {
        const auto definition = repository.definitionForMimeType(mime.name());
        if (definition.isValid())
            return definition;
    }
    if (kind == "log"_L1)
        return repository.definitionForName(u"Log File (advanced)"_s);
    return {};
}

QList<CodeLine> EvidenceHighlighter::highlight(const QString &content,
                                               const KSyntaxHighlighting::Definition &definition,
                                               int maxLines, int *omitted)
{
    QList<CodeLine> lines;
    QStringView rest(content);
    if (rest.endsWith(u'\n'))
        rest.chop(1);
    RunCollector collector;
    const bool highlighting = definition.isValid();
    if (highlighting) {
        collector.setDefinition(definition);
        collector.setTheme(printingTheme());
    }
    KSyntaxHighlighting::State state;
    int total = 0;
    qsizetype position = 0;
    while (position <= rest.size()) {
        qsizetype end = rest.indexOf(u'\n', position);
        if (end < 0)
            end = rest.size();
        ++total;
        if (lines.size() < maxLines) {
            QStringView line = rest.mid(position, end - position);
            if (line.endsWith(u'\r'))
                line.chop(1);
            CodeLine codeLine;
            codeLine.text = line.toString();
            if (highlighting) {
                collector.runs = &codeLine.runs;
                state = collector.highlightLine(line, state);
            }
            lines.append(std::move(codeLine));
        }
        position = end + 1;
    }
    if (omitted)
        *omitted = total - int(lines.size());
    return lines;
}

} // namespace Debrief
