#include "HtmlRenderer.h"

#include "report/TimelineFigureDrawing.h"

#include <QHash>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const auto Css = uR"(
:root { --ink:#1a1f26; --navy:#132a43; --muted:#5a636e; --accent:#0b6a73; --warning:#9a3d0c;
        --rule:#dbe0e6; --rule-dark:#3a4653; --fill:#eef1f4; --code:#f5f7f9; }
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0 auto; max-width: 52rem; padding: 2.5rem 2rem 4rem; color: var(--ink);
       font: 15px/1.55 "Noto Serif", "DejaVu Serif", Georgia, serif; }
h1, h2, h3, .eyebrow, table, .fields dt, .headline, .when, .caption, nav, footer
  { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { color: var(--navy); font-size: 2rem; line-height: 1.2; margin: .3rem 0 1rem; }
h2 { color: var(--navy); font-size: 1.45rem; margin: 2.6rem 0 .7rem; padding-bottom: .3rem;
     border-bottom: 1px solid #b9c2cc; break-after: avoid; }
h3 { color: var(--navy); font-size: 1.08rem; margin: 1.5rem 0 .4rem; break-after: avoid; }
p { margin: .45rem 0; }
p, li, td, dd, .headline, .when { unicode-bidi: plaintext; overflow-wrap: anywhere; }
.eyebrow { color: var(--accent); font-weight: bold; text-transform: uppercase;
           letter-spacing: .06em; font-size: .8rem; margin: 0; }
.accent { width: 3.5rem; height: 3px; background: var(--accent); margin: 0 0 1.2rem; }
.small { font-size: .88rem; color: #2c333c; }
.quote { font-style: italic; font-size: .9rem; color: #2c333c; border-left: 2px solid #a9bccf;
         padding-left: .7rem; margin-left: .1rem; }
.bullet { padding-left: 1rem; text-indent: -.8rem; font-size: .93rem; }
.bullet::before { content: "•"; color: var(--muted); display: inline-block; width: .8rem;
                  text-indent: 0; }
.muted { color: var(--muted); }
.label { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-weight: bold;
         font-size: .78em; color: #46515d; }
.tag { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-weight: bold;
       font-size: .72em; letter-spacing: .05em; text-transform: uppercase; color: var(--accent); }
.warning { color: var(--warning); }
.fields { margin: 0 0 1rem; }
.fields div { display: grid; grid-template-columns: 9rem 1fr; gap: 1rem; padding: .35rem 0;
              border-bottom: 1px solid var(--rule); }
.fields dt { font-size: .72rem; font-weight: bold; text-transform: uppercase; letter-spacing: .05em;
             color: var(--muted); padding-top: .25rem; }
.fields dd { margin: 0; }
.fields dd p { margin: 0 0 .15rem; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: .8rem 0 1rem; font-size: .8rem;
        line-height: 1.4; border-top: 1.5px solid var(--rule-dark);
        border-bottom: 1.5px solid var(--rule-dark); }
thead { display: table-header-group; }
th { background: var(--fill); text-align: left; font-size: .74rem; color: #2a3542;
     padding: .35rem .4rem; border-bottom: 1px solid var(--rule-dark); }
td { vertical-align: top; padding: .35rem .4rem; border-bottom: 1px solid var(--rule); }
tr { break-inside: avoid; }
td p { margin: 0 0 .2rem; }
td .small { font-size: .72rem; }
.entry { display: grid; grid-template-columns: 5.2rem 1fr; gap: 0 .5rem; margin: .9rem 0;
         break-inside: avoid; }
.when { font-weight: bold; color: var(--navy); font-size: .83rem; padding-top: .1rem; }
.headline { font-size: .83rem; margin: 0 0 .2rem; }
.entry p { margin: .2rem 0; }
.code-title { margin: 1.3rem 0 0; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif;
              font-weight: bold; color: var(--navy); font-size: .92rem; }
.caption { color: var(--muted); font-size: .72rem; margin: 0 0 .3rem; }
pre { background: var(--code); border-left: 2px solid #c3cdd8; padding: .6rem .7rem; margin: 0;
      font: .72rem/1.45 "Noto Sans Mono", "DejaVu Sans Mono", monospace; white-space: pre-wrap;
      overflow-wrap: anywhere; tab-size: 4; }
svg.figure { width: 100%; height: auto; display: block; margin: .8rem 0; }
nav ol { padding-left: 1.2rem; }
nav a { color: var(--ink); }
footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--rule);
         color: var(--muted); font-size: .75rem; }
section.starts-page { break-before: page; }
@page { size: A4; margin: 18mm 17mm; }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { margin-top: 1.6rem; } }
)"_s;

QString escaped(const QString &text)
{
    QString result = text.toHtmlEscaped();
    result.replace(u'\n', u"<br>"_s);
    return result;
}

QString spanHtml(const TextSpan &span)
{
    const QString text = escaped(span.text);
    switch (span.style) {
    case TextStyle::Plain:
        return text;
    case TextStyle::Strong:
        return u"<strong>"_s + text + u"</strong>"_s;
    case TextStyle::Emphasis:
        return u"<em>"_s + text + u"</em>"_s;
    case TextStyle::Muted:
        return u"<span class=\"muted\">"_s + text + u"</span>"_s;
    case TextStyle::Label:
        return u"<span class=\"label\">"_s + text + u"</span>"_s;
    case TextStyle::Tag:
        return u"<span class=\"tag\">"_s + text + u"</span>"_s;
    case TextStyle::Warning:
        return u"<span class=\"warning\">"_s + text + u"</span>"_s;
    }
    return text;
}

QString spansHtml(const Spans &spans)
{
    QString html;
    for (const TextSpan &span : spans)
        html += spanHtml(span);
    return html;
}

QString paragraphHtml(const ReportParagraph &paragraph)
{
    QString cssClass;
    switch (paragraph.role) {
    case ReportParagraph::Role::Body:
        break;
    case ReportParagraph::Role::Small:
        cssClass = u"small"_s;
        break;
    case ReportParagraph::Role::Quote:
        cssClass = u"quote"_s;
        break;
    case ReportParagraph::Role::Bullet:
        cssClass = u"bullet"_s;
        break;
    }
    return (cssClass.isEmpty() ? u"<p>"_s : u"<p class=\""_s + cssClass + u"\">"_s)
           + spansHtml(paragraph.spans) + u"</p>\n"_s;
}

QString paragraphsHtml(const QList<ReportParagraph> &paragraphs)
{
    QString html;
    for (const ReportParagraph &paragraph : paragraphs)
        html += paragraphHtml(paragraph);
    return html;
}

QString tableHtml(const ReportTable &table)
{
    // The PDF's column proportions, so that short columns (times, dates) do not wrap.
    qreal total = 0;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        total += table.columnWeights.value(c, 1);
    QString html = u"<table>\n<colgroup>"_s;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        html += u"<col style=\"width:"_s
                + QString::number(100 * table.columnWeights.value(c, 1) / total, 'f', 1) + u"%\">"_s;
    }
    html += u"</colgroup>\n<thead><tr>"_s;
    for (const QString &header : table.header)
        html += u"<th>"_s + escaped(header) + u"</th>"_s;
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const auto &row : table.rows) {
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < table.header.size(); ++c)
            html += u"<td>"_s + paragraphsHtml(row.value(c)) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    return html + u"</tbody>\n</table>\n"_s;
}

QString fieldsHtml(const ReportFields &fields)
{
    QString html = u"<dl class=\"fields\">\n"_s;
    for (const ReportFields::Row &row : fields.rows) {
        html += u"<div><dt>"_s + escaped(row.label) + u"</dt><dd>"_s + paragraphsHtml(row.value)
                + u"</dd></div>\n"_s;
    }
    return html + u"</dl>\n"_s;
}

// Highlight formats become classes so that a long excerpt repeats short names, not styles.
class CodeStyles
{
public:
    QString classFor(const HighlightRun &run)
    {
        const QString style = u"color:"_s + QColor::fromRgb(run.color).name()
                              + (run.background ? u";background:"_s + QColor::fromRgb(run.background).name()
                                                : QString())
                              + (run.bold ? u";font-weight:bold"_s : QString())
                              + (run.italic ? u";font-style:italic"_s : QString())
                              + (run.underline ? u";text-decoration:underline"_s : QString());
        auto it = m_classes.constFind(style);
        if (it != m_classes.cend())
            return it.value();
        const QString name = u"h"_s + QString::number(m_classes.size());
        m_classes.insert(style, name);
        m_order.append(style);
        return name;
    }
    QString css() const
    {
        QString css;
        for (const QString &style : m_order)
            css += u"pre ."_s + m_classes.value(style) + u" { "_s + style + u" }\n"_s;
        return css;
    }

private:
    QHash<QString, QString> m_classes;
    QStringList m_order;
};

QString codeLineHtml(const CodeLine &line, CodeStyles &styles)
{
    QString html;
    int position = 0;
    for (const HighlightRun &run : line.runs) {
        const int start = std::clamp(run.start, position, int(line.text.size()));
        const int end = std::clamp(run.start + run.length, start, int(line.text.size()));
        html += line.text.mid(position, start - position).toHtmlEscaped();
        if (end > start)
            html += u"<span class=\""_s + styles.classFor(run) + u"\">"_s
                    + line.text.mid(start, end - start).toHtmlEscaped() + u"</span>"_s;
        position = end;
    }
    return html + line.text.mid(position).toHtmlEscaped();
}

QString codeHtml(const ReportCode &code, CodeStyles &styles)
{
    QString html = u"<p class=\"code-title\">"_s + escaped(code.title) + u"</p>\n"_s;
    if (!code.caption.isEmpty())
        html += u"<p class=\"caption\">"_s + escaped(code.caption) + u"</p>\n"_s;
    html += u"<pre><code>"_s;
    for (qsizetype i = 0; i < code.lines.size(); ++i) {
        if (i > 0)
            html += u'\n';
        html += codeLineHtml(code.lines.at(i), styles);
    }
    html += u"</code></pre>\n"_s;
    if (code.omittedLines > 0) {
        html += u"<p class=\"small muted\">"_s
                + escaped(HtmlRenderer::tr("… %n more line(s) of this excerpt are in the "
                                           "post-mortem file.",
                                           nullptr, code.omittedLines))
                + u"</p>\n"_s;
    }
    return html;
}

QString entryHtml(const ReportEntry &entry)
{
    QString html = u"<div class=\"entry\"><div class=\"when\">"_s + escaped(entry.marker)
                   + u"</div><div>"_s;
    if (!entry.headline.isEmpty())
        html += u"<p class=\"headline\">"_s + spansHtml(entry.headline) + u"</p>"_s;
    html += paragraphsHtml(entry.paragraphs);
    return html + u"</div></div>\n"_s;
}

QString figureHtml(const TimelineFigure &figure)
{
    constexpr qreal Width = 480;
    SvgFigureCanvas canvas;
    const qreal height = TimelineFigureDrawing::height(figure, canvas, Width);
    TimelineFigureDrawing::draw(figure, canvas, Width);
    return canvas.svg(Width, height,
                      HtmlRenderer::tr("Timeline of %n event(s) in lanes per actor, with milestones",
                                       nullptr, int(figure.events.size())));
}

QString contentsHtml(const Report &report)
{
    QString html = u"<nav>\n<h3>"_s + escaped(HtmlRenderer::tr("Contents")) + u"</h3>\n<ol>\n"_s;
    for (const ReportSection &section : report.sections) {
        if (section.showTitle)
            html += u"<li><a href=\"#"_s + section.key + u"\">"_s + escaped(section.title)
                    + u"</a></li>\n"_s;
    }
    return html + u"</ol>\n</nav>\n"_s;
}

} // namespace

QString HtmlRenderer::html(const Report &report)
{
    CodeStyles styles;
    QString body;
    for (const ReportSection &section : report.sections) {
        // Keys are ours (letters and dashes), never document text.
        body += u"<section id=\""_s + section.key + u'"'
                + (section.startsPage ? u" class=\"starts-page\""_s : QString()) + u">\n"_s;
        if (section.showTitle)
            body += u"<h2>"_s + escaped(section.title) + u"</h2>\n"_s;
        for (const ReportBlock &block : section.blocks) {
            if (const auto *heading = std::get_if<ReportHeading>(&block))
                body += u"<h3>"_s + escaped(heading->text) + u"</h3>\n"_s;
            else if (const auto *paragraph = std::get_if<ReportParagraph>(&block))
                body += paragraphHtml(*paragraph);
            else if (const auto *fields = std::get_if<ReportFields>(&block))
                body += fieldsHtml(*fields);
            else if (const auto *table = std::get_if<ReportTable>(&block))
                body += tableHtml(*table);
            else if (const auto *code = std::get_if<ReportCode>(&block))
                body += codeHtml(*code, styles);
            else if (const auto *entry = std::get_if<ReportEntry>(&block))
                body += entryHtml(*entry);
            else if (const auto *figure = std::get_if<TimelineFigure>(&block))
                body += figureHtml(*figure);
            else if (const auto *title = std::get_if<ReportTitleBlock>(&block)) {
                if (!title->subtitle.isEmpty())
                    body += u"<p class=\"eyebrow\">"_s + escaped(title->subtitle) + u"</p>\n"_s;
                body += u"<h1>"_s + escaped(title->title) + u"</h1>\n<div class=\"accent\"></div>\n"_s;
                body += fieldsHtml(title->fields);
                if (!title->participants.rows.isEmpty()) {
                    body += u"<h3>"_s + escaped(tr("Participants")) + u"</h3>\n"_s;
                    body += tableHtml(title->participants);
                }
            } else if (std::holds_alternative<ReportContents>(block)) {
                body += contentsHtml(report);
            }
        }
        body += u"</section>\n"_s;
    }

    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\""_s + report.language.toHtmlEscaped() + u"\">\n<head>\n"_s;
    html += u"<meta charset=\"utf-8\">\n"_s;
    // Nothing may be fetched: no images, fonts, scripts, frames or form targets.
    html += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            u"style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; script-src 'none'; "
            u"connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'\">\n"_s;
    html += u"<meta name=\"referrer\" content=\"no-referrer\">\n"_s;
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    html += u"<meta name=\"generator\" content=\"Debrief "_s + QString::fromLatin1(DEBRIEF_VERSION)
            + u"\">\n"_s;
    html += u"<title>"_s + escaped(report.title) + u"</title>\n"_s;
    if (!report.author.isEmpty())
        html += u"<meta name=\"author\" content=\""_s + report.author.toHtmlEscaped() + u"\">\n"_s;
    html += u"<meta name=\"description\" content=\""_s + report.subject.toHtmlEscaped() + u"\">\n"_s;
    html += u"<meta name=\"keywords\" content=\""_s + report.keywords.join(u", "_s).toHtmlEscaped()
            + u"\">\n"_s;
    html += u"<style>"_s + Css + styles.css() + u"</style>\n</head>\n<body>\n<main>\n"_s;
    html += body;
    html += u"</main>\n<footer>"_s + escaped(report.footerNote);
    if (!report.reference.isEmpty())
        html += u" · "_s + escaped(report.reference);
    html += u"</footer>\n</body>\n</html>\n"_s;
    return html;
}

} // namespace Debrief
