#include "MarkdownRenderer.h"

#include <QTimeZone>

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

bool isLineStartSyntax(QChar c)
{
    return c == u'#' || c == u'-' || c == u'+' || c == u'=' || c == u'>';
}

bool escapedEverywhere(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'|':
    case u'~':
    case u'&':
    case u'!':
    case u'$':
        return true;
    default:
        return false;
    }
}

QString escapeLine(const QString &line)
{
    QString result;
    result.reserve(line.size() + 8);
    qsizetype i = 0;
    // Leading spaces would make an indented code block; they carry no meaning in a report.
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    // Block syntax at the start of a line: headings, lists, quotes, setext underlines,
    // ordered lists ("1." / "1)").
    if (i < line.size() && isLineStartSyntax(line.at(i)) && !escapedEverywhere(line.at(i))) {
        result += u'\\';
        result += line.at(i++);
    } else {
        qsizetype digits = i;
        while (digits < line.size() && line.at(digits).isDigit())
            ++digits;
        if (digits > i && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')')) {
            result += line.mid(i, digits - i) + u'\\' + line.at(digits);
            i = digits + 1;
        }
    }
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (escapedEverywhere(c))
            result += u'\\';
        result += c;
    }
    return result;
}

// Lines joined with hard breaks ("\" at the end of a line).
QString inlineText(const QString &text, const QString &lineBreak)
{
    const QStringList lines = text.split(u'\n');
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(MarkdownRenderer::escape(line));
    return escaped.join(lineBreak);
}

// Spaces between spans are kept (escaping a span on its own would drop them as if it started a
// line); where a line starts they carry no meaning and could make an indented code block.
QString whitespace(const QString &text, const QString &lineBreak, bool lineStart)
{
    QString result;
    for (const QChar c : text) {
        if (c == u'\n') {
            result += lineBreak;
            lineStart = true;
        } else if (!lineStart) {
            result += c == u'\t' ? u' ' : c;
        }
    }
    return result;
}

qsizetype leadingSpaceCount(const QString &text)
{
    return std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); })
           - text.cbegin();
}

QString delimited(const QString &text, const QString &delimiter, const QString &lineBreak,
                  bool lineStart)
{
    const qsizetype start = leadingSpaceCount(text);
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end <= start)
        return whitespace(text, lineBreak, lineStart);
    return whitespace(text.left(start), lineBreak, lineStart) + delimiter
           + inlineText(text.mid(start, end - start), lineBreak) + delimiter
           + whitespace(text.mid(end), lineBreak, false);
}

QString spansMarkdown(const Spans &spans, const QString &lineBreak = u"\\\n"_s)
{
    QString text;
    for (const TextSpan &span : spans) {
        const bool lineStart = text.isEmpty() || text.endsWith(lineBreak);
        switch (span.style) {
        case TextStyle::Plain:
        case TextStyle::Muted: {
            const qsizetype lead = leadingSpaceCount(span.text);
            text += whitespace(span.text.left(lead), lineBreak, lineStart)
                    + inlineText(span.text.mid(lead), lineBreak);
            break;
        }
        case TextStyle::Strong:
        case TextStyle::Warning:
            text += delimited(span.text, u"**"_s, lineBreak, lineStart);
            break;
        case TextStyle::Emphasis:
        case TextStyle::Label:
            text += delimited(span.text, u"*"_s, lineBreak, lineStart);
            break;
        case TextStyle::Tag:
            text += delimited(span.text.toUpper(), u"**"_s, lineBreak, lineStart);
            break;
        }
    }
    return text;
}

QString paragraphMarkdown(const ReportParagraph &paragraph)
{
    switch (paragraph.role) {
    case ReportParagraph::Role::Body:
    case ReportParagraph::Role::Small:
        return spansMarkdown(paragraph.spans) + u"\n\n"_s;
    case ReportParagraph::Role::Quote:
        return u"> "_s + spansMarkdown(paragraph.spans, u"\\\n> "_s) + u"\n\n"_s;
    case ReportParagraph::Role::Bullet:
        return u"- "_s + spansMarkdown(paragraph.spans, u"\\\n  "_s) + u"\n\n"_s;
    }
    return {};
}

bool isSingleLine(const QList<ReportParagraph> &cell)
{
    if (cell.size() > 1)
        return false;
    for (const ReportParagraph &paragraph : cell) {
        for (const TextSpan &span : paragraph.spans) {
            if (span.text.contains(u'\n'))
                return false;
        }
    }
    return true;
}

QString cellMarkdown(const QList<ReportParagraph> &cell, const QString &lineBreak)
{
    QStringList parts;
    for (const ReportParagraph &paragraph : cell) {
        if (!plainText(paragraph.spans).trimmed().isEmpty())
            parts.append(spansMarkdown(paragraph.spans, lineBreak));
    }
    return parts.join(lineBreak);
}

// GitHub tables hold one line per cell; a line break in a cell would need the HTML tag <br>,
// and a Markdown reader that meets raw HTML may read what follows as HTML too. Tables with
// multi-line cells become a list, one item per row, one "Header: value" line per cell.
QString tableMarkdown(const ReportTable &table)
{
    const bool singleLine = std::all_of(table.rows.cbegin(), table.rows.cend(), [](const auto &row) {
        return std::all_of(row.cbegin(), row.cend(), isSingleLine);
    });
    QString text;
    if (!singleLine) {
        const QString lineBreak = u"\\\n  "_s;
        for (const auto &row : table.rows) {
            QStringList lines;
            for (qsizetype c = 0; c < table.header.size(); ++c) {
                const QString value = cellMarkdown(row.value(c), lineBreak);
                if (!value.isEmpty())
                    lines.append(u"**"_s + MarkdownRenderer::escape(table.header.at(c)) + u":** "_s + value);
            }
            if (!lines.isEmpty())
                text += u"- "_s + lines.join(lineBreak) + u"\n\n"_s;
        }
        return text;
    }
    text = u"|"_s;
    for (const QString &header : table.header)
        text += u' ' + MarkdownRenderer::escape(header) + u" |"_s;
    text += u"\n|"_s;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        text += u"---|"_s;
    text += u'\n';
    for (const auto &row : table.rows) {
        text += u'|';
        for (qsizetype c = 0; c < table.header.size(); ++c)
            text += u' ' + cellMarkdown(row.value(c), u" "_s) + u" |"_s;
        text += u'\n';
    }
    return text + u'\n';
}

QString codeMarkdown(const ReportCode &code)
{
    QString text = u"**"_s + MarkdownRenderer::escape(code.title) + u"**"_s;
    if (!code.caption.isEmpty())
        text += u"\\\n*"_s + MarkdownRenderer::escape(code.caption) + u'*';
    text += u"\n\n"_s;
    QStringList lines;
    for (const CodeLine &line : code.lines)
        lines.append(line.text);
    const QString fence = MarkdownRenderer::fenceFor(lines);
    text += fence + code.languageToken + u'\n';
    for (const QString &line : std::as_const(lines))
        text += line + u'\n';
    text += fence + u"\n\n"_s;
    if (code.omittedLines > 0) {
        text += u'*'
                + MarkdownRenderer::escape(MarkdownRenderer::tr(
                    "… %n more line(s) of this excerpt are in the post-mortem file.", nullptr,
                    code.omittedLines))
                + u"*\n\n"_s;
    }
    return text;
}

QString entryMarkdown(const ReportEntry &entry)
{
    QString text = u"**"_s + MarkdownRenderer::escape(entry.marker) + u"**"_s;
    if (!entry.headline.isEmpty())
        text += u" · "_s + spansMarkdown(entry.headline);
    text += u"\n\n"_s;
    for (const ReportParagraph &paragraph : entry.paragraphs)
        text += paragraphMarkdown(paragraph);
    return text;
}

QString fieldsMarkdown(const ReportFields &fields)
{
    QString text;
    for (const ReportFields::Row &row : fields.rows) {
        QStringList values;
        for (const ReportParagraph &value : row.value)
            values.append(spansMarkdown(value.spans, u"\\\n  "_s));
        text += u"- **"_s + MarkdownRenderer::escape(row.label) + u":** "_s + values.join(u" — "_s)
                + u'\n';
    }
    return text + u'\n';
}

QString figureMarkdown(const TimelineFigure &figure)
{
    const QString from = figure.from.toTimeZone(figure.zone).toString(u"yyyy-MM-dd HH:mm"_s);
    const QString to = figure.to.toTimeZone(figure.zone).toString(u"yyyy-MM-dd HH:mm"_s);
    QString text = MarkdownRenderer::tr("%n event(s) from %1 to %2 in lanes: %3.", nullptr,
                                        int(figure.events.size()))
                       .arg(from, to, figure.lanes.join(u", "_s));
    QStringList milestones;
    for (const TimelineFigure::Milestone &milestone : figure.milestones) {
        QString time = milestone.at.toTimeZone(figure.zone).toString(u"HH:mm"_s);
        if (milestone.approximate)
            time.prepend(u"≈ "_s);
        milestones.append(milestone.label + u' ' + time);
    }
    if (!milestones.isEmpty())
        text += u' ' + MarkdownRenderer::tr("Milestones: %1.").arg(milestones.join(u"; "_s));
    return u'*' + MarkdownRenderer::escape(text) + u"*\n\n"_s;
}

} // namespace

QString MarkdownRenderer::escape(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(escapeLine(line));
    return escaped.join(u'\n');
}

QString MarkdownRenderer::fenceFor(const QStringList &lines)
{
    qsizetype longest = 0;
    for (const QString &line : lines) {
        qsizetype run = 0;
        for (const QChar c : line) {
            run = c == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

QString MarkdownRenderer::markdown(const Report &report)
{
    QString text;
    for (const ReportSection &section : report.sections) {
        if (section.showTitle)
            text += u"## "_s + escape(section.title) + u"\n\n"_s;
        for (const ReportBlock &block : section.blocks) {
            if (const auto *heading = std::get_if<ReportHeading>(&block))
                text += u"### "_s + escape(heading->text) + u"\n\n"_s;
            else if (const auto *paragraph = std::get_if<ReportParagraph>(&block))
                text += paragraphMarkdown(*paragraph);
            else if (const auto *fields = std::get_if<ReportFields>(&block))
                text += fieldsMarkdown(*fields);
            else if (const auto *table = std::get_if<ReportTable>(&block))
                text += tableMarkdown(*table);
            else if (const auto *code = std::get_if<ReportCode>(&block))
                text += codeMarkdown(*code);
            else if (const auto *entry = std::get_if<ReportEntry>(&block))
                text += entryMarkdown(*entry);
            else if (const auto *figure = std::get_if<TimelineFigure>(&block))
                text += figureMarkdown(*figure);
            else if (const auto *title = std::get_if<ReportTitleBlock>(&block)) {
                text += u"# "_s + escape(title->title) + u"\n\n"_s;
                if (!title->subtitle.isEmpty())
                    text += u'*' + escape(title->subtitle) + u"*\n\n"_s;
                text += fieldsMarkdown(title->fields);
                if (!title->participants.rows.isEmpty()) {
                    text += u"### "_s + escape(tr("Participants")) + u"\n\n"_s;
                    text += tableMarkdown(title->participants);
                }
            }
            // The contents list is left to the wiki, which builds its own from the headings.
        }
    }
    while (text.endsWith(u"\n\n"_s))
        text.chop(1);
    return text;
}

} // namespace Debrief
