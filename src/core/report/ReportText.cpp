#include "ReportText.h"

namespace Debrief::ReportText {

using namespace Qt::StringLiterals;

bool isHiddenControl(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}

namespace {

QString marker(char16_t c)
{
    return u"[U+"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u']';
}

void fix(QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isHiddenControl(c.unicode()); }))
        return;
    text = visible(text);
}

void fix(Spans &spans)
{
    for (TextSpan &span : spans)
        fix(span.text);
}

void fix(QList<ReportParagraph> &paragraphs)
{
    for (ReportParagraph &paragraph : paragraphs)
        fix(paragraph.spans);
}

void fix(ReportTable &table)
{
    for (QString &header : table.header)
        fix(header);
    for (auto &row : table.rows) {
        for (auto &cell : row)
            fix(cell);
    }
}

void fix(ReportFields &fields)
{
    for (ReportFields::Row &row : fields.rows) {
        fix(row.label);
        fix(row.value);
    }
}

void fix(CodeLine &line)
{
    if (std::none_of(line.text.cbegin(), line.text.cend(),
                     [](QChar c) { return isHiddenControl(c.unicode()) && c != u'\t'; }))
        return;
    // Each replaced character grows the line; runs after it move along.
    QString text;
    QList<int> newIndex; // old index -> new index
    newIndex.reserve(line.text.size() + 1);
    for (const QChar c : std::as_const(line.text)) {
        newIndex.append(int(text.size()));
        if (isHiddenControl(c.unicode()))
            text += marker(c.unicode());
        else
            text += c;
    }
    newIndex.append(int(text.size()));
    for (HighlightRun &run : line.runs) {
        const int start = std::clamp(run.start, 0, int(newIndex.size()) - 1);
        const int end = std::clamp(run.start + run.length, 0, int(newIndex.size()) - 1);
        run.start = newIndex.at(start);
        run.length = newIndex.at(end) - run.start;
    }
    line.text = text;
}

struct Fixer
{
    void operator()(ReportHeading &heading) { fix(heading.text); }
    void operator()(ReportParagraph &paragraph) { fix(paragraph.spans); }
    void operator()(ReportFields &fields) { fix(fields); }
    void operator()(ReportTable &table) { fix(table); }
    void operator()(ReportCode &code)
    {
        fix(code.title);
        fix(code.caption);
        for (CodeLine &line : code.lines)
            fix(line);
    }
    void operator()(ReportEntry &entry)
    {
        fix(entry.marker);
        fix(entry.headline);
        fix(entry.paragraphs);
    }
    void operator()(TimelineFigure &figure)
    {
        for (QString &lane : figure.lanes)
            fix(lane);
        for (auto &milestone : figure.milestones)
            fix(milestone.label);
        for (auto &entry : figure.legend)
            fix(entry.second);
    }
    void operator()(ReportTitleBlock &block)
    {
        fix(block.title);
        fix(block.subtitle);
        fix(block.fields);
        fix(block.participants);
    }
    void operator()(ReportContents &) {}
};

} // namespace

QString visible(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (isHiddenControl(c.unicode()))
            result += marker(c.unicode());
        else
            result += c;
    }
    return result;
}

void makeVisible(Report &report)
{
    fix(report.title);
    fix(report.reference);
    fix(report.author);
    fix(report.subject);
    for (QString &keyword : report.keywords)
        fix(keyword);
    fix(report.footerNote);
    for (ReportSection &section : report.sections) {
        fix(section.title);
        for (ReportBlock &block : section.blocks)
            std::visit(Fixer{}, block);
    }
}

} // namespace Debrief::ReportText
