#include "PdfRenderer.h"

#include "report/PagedLayout.h"
#include "report/PdfMetadata.h"
#include "report/ReportFonts.h"
#include "report/TimelineFigureDrawing.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;
using namespace PagedLayout;

namespace {

// --- Colours: opaque only (PDF/A-1 has no transparency), dark enough for grey-scale printers.
const QColor Ink(0x1a, 0x1f, 0x26);
const QColor Navy(0x13, 0x2a, 0x43);
const QColor Muted(0x5a, 0x63, 0x6e);
const QColor LabelInk(0x46, 0x51, 0x5d);
const QColor Accent(0x0b, 0x6a, 0x73);
const QColor WarningInk(0x9a, 0x3d, 0x0c);
const QColor RuleLight(0xdb, 0xe0, 0xe6);
const QColor RuleMedium(0xb9, 0xc2, 0xcc);
const QColor RuleDark(0x3a, 0x46, 0x53);
const QColor HeaderFill(0xee, 0xf1, 0xf4);
const QColor CodeFill(0xf5, 0xf7, 0xf9);
const QColor CodeBar(0xc3, 0xcd, 0xd8);
const QColor QuoteBar(0xa9, 0xbc, 0xcf);

// --- Page geometry in points.
constexpr qreal MarginLeft = 60;
constexpr qreal MarginRight = 60;
constexpr qreal BodyTop = 62;
constexpr qreal BodyBottomMargin = 62;
constexpr qreal HeaderBaseline = 36;
constexpr qreal HeaderRule = 43;
constexpr qreal FooterBaselineFromBottom = 34;

constexpr qreal EntryGutter = 60;

// Line breaks inside a field stay line breaks; ReportText already made controls visible.
QString printable(const QString &text, bool keepTabs = false)
{
    QString result = text;
    result.remove(u'\r');
    result.replace(u'\n', QChar::LineSeparator);
    if (!keepTabs)
        result.replace(u'\t', u' ');
    return result;
}

struct ParagraphStyle
{
    QFont font;
    QColor color = Ink;
    qreal labelSize = 7.3; // run-in labels are set in the sans face
    QTextOption::WrapMode wrap = QTextOption::WrapAtWordBoundaryOrAnywhere;
};

struct LaidOut
{
    QTextLayout *layout = nullptr;
    qreal height = 0;
    QColor color = Ink; // of text without a format
};

} // namespace

class PdfRenderer::Private
{
public:
    Private(const Report &source, const QPageSize &size)
        : report(source)
        , pageSize(size)
    {
        const QSizeF points = pageSize.size(QPageSize::Point);
        pageWidth = pt(points.width());
        pageHeight = pt(points.height());
        contentWidth = pageWidth - pt(MarginLeft + MarginRight);
        bodyHeight = pageHeight - pt(BodyTop + BodyBottomMargin);
        build();
        pages = flow.paginate(bodyHeight);
        for (int page = 0; page < pages.size(); ++page) {
            for (const Placement &placement : std::as_const(pages.at(page).placements)) {
                const int anchor = flow.box(placement.box).anchor;
                if (anchor >= 0 && placement.from == 0 && !sectionPages.contains(anchor))
                    sectionPages.insert(anchor, page + 1);
            }
        }
    }

    void paintPage(QPainter &painter, int page) const;

    Report report;
    QPageSize pageSize;
    qreal pageWidth = 0;
    qreal pageHeight = 0;
    qreal contentWidth = 0;
    qreal bodyHeight = 0;
    Flow flow;
    QList<Page> pages;
    QHash<int, int> sectionPages;

private:
    // --- Text
    QTextCharFormat spanFormat(TextStyle style, const ParagraphStyle &base) const
    {
        QTextCharFormat format;
        format.setForeground(base.color);
        const qreal size = base.font.pixelSize() / pt(1);
        switch (style) {
        case TextStyle::Plain:
            break;
        case TextStyle::Strong: {
            QFont font = base.font;
            font.setWeight(QFont::Bold);
            format.setFont(font);
            break;
        }
        case TextStyle::Emphasis: {
            QFont font = base.font;
            font.setItalic(true);
            format.setFont(font);
            break;
        }
        case TextStyle::Muted:
            format.setForeground(Muted);
            break;
        case TextStyle::Label:
            format.setFont(ReportFonts::sans(std::min(base.labelSize, size), true));
            format.setForeground(LabelInk);
            break;
        case TextStyle::Tag:
            format.setFont(ReportFonts::sans(std::min(size * 0.8, 7.2), true));
            // Set on their own: setFont() leaves capitalization and spacing unresolved.
            format.setFontCapitalization(QFont::AllUppercase);
            format.setFontLetterSpacingType(QFont::PercentageSpacing);
            format.setFontLetterSpacing(106);
            format.setForeground(Accent);
            break;
        case TextStyle::Warning:
            format.setForeground(WarningInk);
            break;
        }
        return format;
    }

    // Lays out `spans` in `width`, lines starting at `indent` from the left, continuation lines
    // of code at `hangingIndent`.
    LaidOut layoutSpans(const Spans &spans, const ParagraphStyle &style, qreal width,
                        qreal hangingIndent = 0, bool keepTabs = false)
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;
        for (const TextSpan &span : spans) {
            const QString piece = printable(span.text, keepTabs);
            if (piece.isEmpty())
                continue;
            // Plain text is drawn in the paragraph's colour, which each line sets as the pen
            // (never a palette's); only other styles need a format, and a layout without formats
            // is much cheaper to shape.
            if (span.style != TextStyle::Plain)
                formats.append({int(text.size()), int(piece.size()), spanFormat(span.style, style)});
            text += piece;
        }
        auto layout = std::make_unique<QTextLayout>(text, style.font);
        layout->setCacheEnabled(true);
        QTextOption option;
        option.setWrapMode(style.wrap);
        option.setUseDesignMetrics(true);
        if (keepTabs)
            option.setTabStopDistance(QFontMetricsF(style.font).horizontalAdvance(u' ') * 4);
        layout->setTextOption(option);
        if (!formats.isEmpty())
            layout->setFormats(formats);
        qreal y = 0;
        layout->beginLayout();
        for (int lineNumber = 0;; ++lineNumber) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal indent = lineNumber == 0 ? 0 : hangingIndent;
            line.setLineWidth(std::max<qreal>(width - indent, pt(20)));
            line.setPosition(QPointF(indent, y));
            y += line.height();
        }
        layout->endLayout();
        QTextLayout *adopted = flow.adoptLayout(std::move(layout));
        return {adopted, y, style.color};
    }

    // Adds the lines of `laid` at (x, y) inside `box`; returns the break offsets between lines.
    QList<qreal> addLines(Box &box, const LaidOut &laid, qreal x, qreal y)
    {
        QList<qreal> lineBottoms;
        for (int i = 0; i < laid.layout->lineCount(); ++i) {
            const QTextLine line = laid.layout->lineAt(i);
            Drawable drawable;
            drawable.kind = Drawable::Kind::TextLine;
            drawable.layout = laid.layout;
            drawable.color = laid.color;
            drawable.line = i;
            drawable.x = x;
            drawable.y = y;
            drawable.top = y + line.y();
            drawable.bottom = drawable.top + line.height();
            box.drawables.append(drawable);
            lineBottoms.append(drawable.bottom);
        }
        return lineBottoms;
    }

    // Break points between lines that leave at least two lines on either side (no orphans, no
    // widows).
    static void addParagraphBreaks(Box &box, const QList<qreal> &lineBottoms)
    {
        const qsizetype count = lineBottoms.size();
        for (qsizetype before = 2; before + 2 <= count; ++before)
            box.breaks.append({lineBottoms.at(before - 1), lineBottoms.at(before - 1)});
    }

    static Drawable rule(Drawable::Kind kind, qreal x, qreal top, qreal bottom, qreal width,
                         qreal thickness, const QColor &color)
    {
        Drawable drawable;
        drawable.kind = kind;
        drawable.x = x;
        drawable.top = top;
        drawable.bottom = bottom;
        drawable.width = width;
        drawable.thickness = thickness;
        drawable.color = color;
        return drawable;
    }

    static Drawable fill(qreal x, qreal top, qreal bottom, qreal width, const QColor &color)
    {
        return rule(Drawable::Kind::Fill, x, top, bottom, width, 0, color);
    }

    // --- Styles
    static ParagraphStyle bodyStyle(ReportParagraph::Role role)
    {
        ParagraphStyle style;
        switch (role) {
        case ReportParagraph::Role::Body:
            style.font = ReportFonts::serif(9.5);
            style.labelSize = 7.6;
            break;
        case ReportParagraph::Role::Small:
            style.font = ReportFonts::serif(8.6);
            style.color = QColor(0x2c, 0x33, 0x3c);
            style.labelSize = 7.1;
            break;
        case ReportParagraph::Role::Quote:
            style.font = ReportFonts::serif(8.8, false, true);
            style.color = QColor(0x2c, 0x33, 0x3c);
            style.labelSize = 7.1;
            break;
        case ReportParagraph::Role::Bullet:
            style.font = ReportFonts::serif(9);
            style.labelSize = 7.3;
            break;
        }
        return style;
    }

    static ParagraphStyle cellStyle(ReportParagraph::Role role)
    {
        ParagraphStyle style;
        const bool small = role == ReportParagraph::Role::Small;
        style.font = ReportFonts::sans(small ? 7.2 : 8);
        style.color = small ? QColor(0x2c, 0x33, 0x3c) : Ink;
        style.labelSize = small ? 6.6 : 7.2;
        return style;
    }

    static qreal spaceBefore(ReportParagraph::Role role)
    {
        switch (role) {
        case ReportParagraph::Role::Body:
            return pt(5.5);
        case ReportParagraph::Role::Small:
        case ReportParagraph::Role::Quote:
            return pt(3.5);
        case ReportParagraph::Role::Bullet:
            return pt(2.5);
        }
        return 0;
    }

    // A paragraph inside a composite box (entry, cell, field value) at (x, y); returns its
    // height and collects its line bottoms.
    qreal placeParagraph(Box &box, const ReportParagraph &paragraph, const ParagraphStyle &style,
                         qreal x, qreal y, qreal width, QList<qreal> *lineBottoms)
    {
        qreal indent = 0;
        if (paragraph.role == ReportParagraph::Role::Quote)
            indent = pt(9);
        else if (paragraph.role == ReportParagraph::Role::Bullet)
            indent = pt(10);
        const LaidOut laid = layoutSpans(paragraph.spans, style, width - indent);
        const QList<qreal> bottoms = addLines(box, laid, x + indent, y);
        if (lineBottoms)
            *lineBottoms += bottoms;
        if (paragraph.role == ReportParagraph::Role::Quote && laid.height > 0) {
            box.drawables.append(rule(Drawable::Kind::VRule, x + pt(1.5), y + pt(1.5),
                                      y + laid.height - pt(1), 0, pt(1.3), QuoteBar));
        } else if (paragraph.role == ReportParagraph::Role::Bullet && laid.height > 0) {
            ParagraphStyle bulletStyle = style;
            bulletStyle.color = Muted;
            const LaidOut bullet = layoutSpans({{u"•"_s, TextStyle::Plain}}, bulletStyle, indent);
            addLines(box, bullet, x + pt(1.5), y);
        }
        return laid.height;
    }

    // --- Blocks
    void addSectionHeading(const ReportSection &section, int sectionIndex, bool pageBreak)
    {
        Box box;
        box.keepWithNext = true;
        box.spaceBefore = pt(24);
        box.pageBreakBefore = pageBreak || section.startsPage;
        box.anchor = sectionIndex;
        ParagraphStyle style;
        style.font = ReportFonts::sans(15, true);
        style.color = Navy;
        const LaidOut laid = layoutSpans({{section.title, TextStyle::Plain}}, style, contentWidth);
        addLines(box, laid, 0, 0);
        box.drawables.append(rule(Drawable::Kind::HRule, 0, laid.height + pt(3.5), 0, contentWidth,
                                  pt(0.6), RuleMedium));
        box.height = laid.height + pt(9);
        flow.addBox(std::move(box));
    }

    void addHeading(const ReportHeading &heading)
    {
        Box box;
        box.keepWithNext = true;
        box.spaceBefore = heading.level <= 2 ? pt(13) : pt(9);
        ParagraphStyle style;
        style.font = ReportFonts::sans(heading.level <= 2 ? 10.5 : 9.5, true);
        style.color = Navy;
        const LaidOut laid = layoutSpans({{heading.text, TextStyle::Plain}}, style, contentWidth);
        addLines(box, laid, 0, 0);
        box.height = laid.height + pt(1.5);
        flow.addBox(std::move(box));
    }

    void addParagraph(const ReportParagraph &paragraph)
    {
        Box box;
        box.spaceBefore = spaceBefore(paragraph.role);
        box.keepWithNext = paragraph.keepWithNext;
        QList<qreal> bottoms;
        box.height = placeParagraph(box, paragraph, bodyStyle(paragraph.role), 0, 0, contentWidth,
                                    &bottoms);
        addParagraphBreaks(box, bottoms);
        flow.addBox(std::move(box));
    }

    void addFields(const ReportFields &fields)
    {
        const qreal labelWidth = pt(92);
        const qreal padding = pt(4);
        for (qsizetype i = 0; i < fields.rows.size(); ++i) {
            const ReportFields::Row &row = fields.rows.at(i);
            Box box;
            box.keepTogether = true;
            ParagraphStyle labelStyle;
            labelStyle.font = ReportFonts::sans(7.4, true);
            labelStyle.font.setCapitalization(QFont::AllUppercase);
            labelStyle.font.setLetterSpacing(QFont::PercentageSpacing, 106);
            labelStyle.color = Muted;
            const LaidOut label = layoutSpans({{row.label, TextStyle::Plain}}, labelStyle,
                                              labelWidth - pt(8));
            qreal y = padding;
            for (qsizetype p = 0; p < row.value.size(); ++p) {
                const ReportParagraph &paragraph = row.value.at(p);
                if (p > 0)
                    y += pt(1.5);
                const qreal height = placeParagraph(box, paragraph, bodyStyle(paragraph.role),
                                                    labelWidth, y, contentWidth - labelWidth, nullptr);
                y += height;
            }
            // Align the label's baseline with the value's first line.
            qreal labelY = padding;
            for (const Drawable &drawable : std::as_const(box.drawables)) {
                if (drawable.kind == Drawable::Kind::TextLine) {
                    const qreal valueAscent = drawable.layout->lineAt(drawable.line).ascent();
                    labelY = drawable.top + valueAscent - label.layout->lineAt(0).ascent();
                    break;
                }
            }
            // The label goes first in the content stream, so text extraction reads it first.
            const qsizetype valueCount = box.drawables.size();
            addLines(box, label, 0, labelY);
            std::rotate(box.drawables.begin(), box.drawables.begin() + valueCount, box.drawables.end());
            box.height = std::max(y, labelY + label.height) + padding;
            box.drawables.append(rule(Drawable::Kind::HRule, 0, box.height, 0, contentWidth,
                                      pt(0.5), RuleLight));
            flow.addBox(std::move(box));
        }
    }

    void addTable(const ReportTable &table)
    {
        const qsizetype columns = table.header.size();
        if (columns == 0)
            return;
        qreal totalWeight = 0;
        for (qsizetype c = 0; c < columns; ++c)
            totalWeight += table.columnWeights.value(c, 1);
        QList<qreal> lefts;
        QList<qreal> widths;
        qreal x = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            const qreal width = contentWidth * table.columnWeights.value(c, 1) / totalWeight;
            lefts.append(x);
            widths.append(width);
            x += width;
        }
        const qreal padX = pt(4);
        const qreal padY = pt(3.4);

        Box header;
        header.keepWithNext = true;
        header.keepTogether = true;
        header.spaceBefore = pt(7);
        {
            ParagraphStyle style;
            style.font = ReportFonts::sans(7.4, true);
            style.color = QColor(0x2a, 0x35, 0x42);
            qreal height = 0;
            QList<LaidOut> cells;
            for (qsizetype c = 0; c < columns; ++c) {
                cells.append(layoutSpans({{table.header.at(c), TextStyle::Plain}}, style,
                                         widths.at(c) - 2 * padX));
                height = std::max(height, cells.last().height);
            }
            header.height = height + 2 * padY;
            header.drawables.append(fill(0, 0, header.height, contentWidth, HeaderFill));
            for (qsizetype c = 0; c < columns; ++c)
                addLines(header, cells.at(c), lefts.at(c) + padX, padY);
            header.drawables.append(rule(Drawable::Kind::HRule, 0, 0, 0, contentWidth, pt(0.9), RuleDark));
            header.drawables.append(rule(Drawable::Kind::HRule, 0, header.height, 0, contentWidth,
                                         pt(0.5), RuleDark));
        }
        const int headerIndex = flow.addBox(std::move(header));

        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QList<ReportTable::Cell> &row = table.rows.at(r);
            Box box;
            box.repeatHeader = headerIndex;
            QList<QList<QPair<qreal, qreal>>> cellLines; // (top, bottom) per line per cell
            qreal height = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                const ReportTable::Cell cell = row.value(c);
                qreal y = padY;
                const qsizetype before = box.drawables.size();
                for (qsizetype p = 0; p < cell.size(); ++p) {
                    if (p > 0)
                        y += pt(2);
                    y += placeParagraph(box, cell.at(p), cellStyle(cell.at(p).role),
                                        lefts.at(c) + padX, y, widths.at(c) - 2 * padX, nullptr);
                }
                QList<QPair<qreal, qreal>> lines;
                for (qsizetype d = before; d < box.drawables.size(); ++d) {
                    const Drawable &drawable = box.drawables.at(d);
                    if (drawable.kind == Drawable::Kind::TextLine)
                        lines.append({drawable.top, drawable.bottom});
                }
                cellLines.append(lines);
                height = std::max(height, y);
            }
            box.height = height + padY;
            // A row may break only where no cell has a line across the cut.
            QList<qreal> candidates;
            for (const auto &lines : std::as_const(cellLines)) {
                for (const auto &line : lines)
                    candidates.append(line.second);
            }
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            for (const qreal cut : std::as_const(candidates)) {
                if (cut >= box.height - padY - 1)
                    continue;
                const bool clear = std::all_of(cellLines.cbegin(), cellLines.cend(), [cut](const auto &lines) {
                    return std::none_of(lines.cbegin(), lines.cend(), [cut](const auto &line) {
                        return line.first < cut - 0.5 && line.second > cut + 0.5;
                    });
                });
                if (clear)
                    box.breaks.append({cut, cut});
            }
            // Short rows move whole; only rows taller than a good part of a page are split.
            box.keepTogether = box.height < bodyHeight * 0.4;
            const bool last = r == table.rows.size() - 1;
            box.drawables.append(rule(Drawable::Kind::HRule, 0, box.height, 0, contentWidth,
                                      last ? pt(0.9) : pt(0.45), last ? RuleDark : RuleLight));
            flow.addBox(std::move(box));
        }
    }

    void addCode(const ReportCode &code)
    {
        Box title;
        title.keepWithNext = true;
        title.keepTogether = true;
        title.spaceBefore = pt(12);
        {
            ParagraphStyle style;
            style.font = ReportFonts::sans(9, true);
            style.color = Navy;
            const LaidOut heading = layoutSpans({{code.title, TextStyle::Plain}}, style, contentWidth);
            addLines(title, heading, 0, 0);
            qreal y = heading.height;
            if (!code.caption.isEmpty()) {
                ParagraphStyle captionStyle;
                captionStyle.font = ReportFonts::sans(7.2);
                captionStyle.color = Muted;
                const LaidOut caption = layoutSpans({{code.caption, TextStyle::Plain}}, captionStyle,
                                                    contentWidth);
                addLines(title, caption, 0, y + pt(0.5));
                y += caption.height + pt(0.5);
            }
            title.height = y + pt(3);
        }
        flow.addBox(std::move(title));

        Box box;
        const qreal pad = pt(5);
        const qreal bar = pt(1.6);
        ParagraphStyle style;
        style.font = ReportFonts::mono(7.1);
        style.wrap = QTextOption::WrapAtWordBoundaryOrAnywhere;
        const qreal hanging = QFontMetricsF(style.font).horizontalAdvance(u' ') * 4;
        qreal y = pad;
        QList<qreal> bottoms;
        for (const CodeLine &line : code.lines) {
            LaidOut laid = layoutCode(line, style, contentWidth - 2 * pad - bar, hanging);
            bottoms += addLines(box, laid, bar + pad, y);
            y += laid.height;
        }
        box.height = y + pad;
        box.drawables.prepend(fill(0, 0, box.height, contentWidth, CodeFill));
        box.drawables.prepend(rule(Drawable::Kind::VRule, 0, 0, box.height, 0, bar, CodeBar));
        // Any line end is a fine place to continue on the next page.
        for (qsizetype i = 1; i + 1 < bottoms.size(); ++i)
            box.breaks.append({bottoms.at(i), bottoms.at(i)});
        box.keepTogether = box.height < bodyHeight * 0.25;
        flow.addBox(std::move(box));
        if (code.omittedLines > 0) {
            addParagraph({{{PdfRenderer::tr("… %n more line(s) of this excerpt are in the "
                                            "post-mortem file.",
                                            nullptr, code.omittedLines),
                            TextStyle::Muted}},
                          ReportParagraph::Role::Small,
                          false});
        }
    }

    LaidOut layoutCode(const CodeLine &line, const ParagraphStyle &style, qreal width, qreal hanging)
    {
        Spans spans;
        // Highlight runs become spans; the text between them stays plain.
        QString text = line.text;
        auto layout = std::make_unique<QTextLayout>(printable(text, true), style.font);
        layout->setCacheEnabled(true);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAnywhere);
        option.setUseDesignMetrics(true);
        option.setTabStopDistance(hanging);
        layout->setTextOption(option);
        QList<QTextLayout::FormatRange> formats;
        for (const HighlightRun &run : line.runs) {
            QTextCharFormat format;
            format.setForeground(QColor::fromRgb(run.color));
            if (run.background)
                format.setBackground(QColor::fromRgb(run.background));
            if (run.bold || run.italic) {
                QFont font = style.font;
                font.setWeight(run.bold ? QFont::Bold : QFont::Normal);
                font.setItalic(run.italic);
                format.setFont(font);
            }
            format.setFontUnderline(run.underline);
            formats.append({run.start, run.length, format});
        }
        if (!formats.isEmpty())
            layout->setFormats(formats);
        qreal y = 0;
        layout->beginLayout();
        for (int lineNumber = 0;; ++lineNumber) {
            QTextLine textLine = layout->createLine();
            if (!textLine.isValid())
                break;
            const qreal indent = lineNumber == 0 ? 0 : hanging;
            textLine.setLineWidth(width - indent);
            textLine.setPosition(QPointF(indent, y));
            y += textLine.height();
        }
        layout->endLayout();
        return {flow.adoptLayout(std::move(layout)), y, Ink};
    }

    void addEntry(const ReportEntry &entry)
    {
        Box box;
        box.spaceBefore = pt(8.5);
        const qreal textLeft = pt(EntryGutter);
        const qreal textWidth = contentWidth - textLeft;
        qreal y = 0;
        QList<qreal> breakable; // line bottoms where a break is allowed
        qreal firstUnitEnd = 0;
        if (!entry.headline.isEmpty()) {
            ParagraphStyle style;
            style.font = ReportFonts::sans(8.3);
            style.color = Ink;
            const LaidOut headline = layoutSpans(entry.headline, style, textWidth);
            addLines(box, headline, textLeft, 0);
            y = headline.height + pt(1);
        }
        for (qsizetype p = 0; p < entry.paragraphs.size(); ++p) {
            const ReportParagraph &paragraph = entry.paragraphs.at(p);
            if (p > 0)
                y += paragraph.role == ReportParagraph::Role::Body ? pt(3) : pt(2);
            QList<qreal> bottoms;
            y += placeParagraph(box, paragraph, bodyStyle(paragraph.role), textLeft, y, textWidth,
                                &bottoms);
            if (p == 0) {
                firstUnitEnd = bottoms.size() > 1 ? bottoms.at(1) : bottoms.value(0, y);
            }
            const qsizetype count = bottoms.size();
            for (qsizetype i = 0; i < count; ++i) {
                const bool lastLine = i == count - 1;
                // Within a paragraph keep two lines on each side of a break.
                if (!lastLine && (i < 1 || count - i - 1 < 2))
                    continue;
                breakable.append(bottoms.at(i));
            }
        }
        // The time sits in the margin on the baseline of the entry's first line.
        ParagraphStyle markerStyle;
        markerStyle.font = ReportFonts::sans(8.3, true);
        markerStyle.color = Navy;
        const LaidOut marker = layoutSpans({{entry.marker, TextStyle::Plain}}, markerStyle,
                                           textLeft - pt(6));
        qreal markerY = 0;
        for (const Drawable &drawable : std::as_const(box.drawables)) {
            if (drawable.kind == Drawable::Kind::TextLine) {
                markerY = drawable.top + drawable.layout->lineAt(drawable.line).ascent()
                          - marker.layout->lineAt(0).ascent();
                break;
            }
        }
        // The time goes first in the content stream, so text extraction reads it first.
        const qsizetype entryCount = box.drawables.size();
        addLines(box, marker, 0, markerY);
        std::rotate(box.drawables.begin(), box.drawables.begin() + entryCount, box.drawables.end());
        box.height = std::max(y, markerY + marker.height);
        for (const qreal cut : std::as_const(breakable)) {
            if (cut > firstUnitEnd + 0.5 && cut < box.height - 0.5)
                box.breaks.append({cut, cut});
        }
        box.keepTogether = box.height < bodyHeight * 0.3;
        flow.addBox(std::move(box));
    }

    void addFigure(const TimelineFigure &figure)
    {
        Box box;
        box.spaceBefore = pt(8);
        box.keepTogether = true;
        const qreal width = contentWidth / pt(1);
        PainterFigureCanvas measure(nullptr);
        const qreal height = pt(TimelineFigureDrawing::height(figure, measure, width));
        Drawable drawable;
        drawable.kind = Drawable::Kind::Custom;
        drawable.top = 0;
        drawable.bottom = height;
        drawable.width = contentWidth;
        const TimelineFigure *data = &figure;
        drawable.callback = flow.addCallback([data, width](QPainter &painter, const QRectF &rect) {
            PainterFigureCanvas canvas(&painter, rect.topLeft());
            TimelineFigureDrawing::draw(*data, canvas, width);
        });
        box.drawables.append(drawable);
        box.height = height;
        flow.addBox(std::move(box));
    }

    void addTitleBlock(const ReportTitleBlock &block)
    {
        Box box;
        ParagraphStyle eyebrow;
        eyebrow.font = ReportFonts::sans(8.2, true);
        eyebrow.font.setCapitalization(QFont::AllUppercase);
        eyebrow.font.setLetterSpacing(QFont::PercentageSpacing, 108);
        eyebrow.color = Accent;
        qreal y = pt(6);
        if (!block.subtitle.isEmpty()) {
            const LaidOut subtitle = layoutSpans({{block.subtitle, TextStyle::Plain}}, eyebrow,
                                                 contentWidth);
            addLines(box, subtitle, 0, y);
            y += subtitle.height + pt(4);
        }
        ParagraphStyle titleStyle;
        titleStyle.font = ReportFonts::sans(21, true);
        titleStyle.color = Navy;
        titleStyle.wrap = QTextOption::WrapAtWordBoundaryOrAnywhere;
        const LaidOut title = layoutSpans({{block.title, TextStyle::Plain}}, titleStyle, contentWidth);
        addLines(box, title, 0, y);
        y += title.height + pt(9);
        box.drawables.append(fill(0, y, y + pt(2.2), pt(54), Accent));
        box.height = y + pt(2.2) + pt(12);
        flow.addBox(std::move(box));
        addFields(block.fields);
        if (!block.participants.rows.isEmpty()) {
            addHeading({2, PdfRenderer::tr("Participants")});
            addTable(block.participants);
        }
    }

    void addContents()
    {
        QList<int> listed;
        for (int i = 0; i < report.sections.size(); ++i) {
            if (report.sections.at(i).showTitle)
                listed.append(i);
        }
        if (listed.isEmpty())
            return;
        addHeading({2, PdfRenderer::tr("Contents")});
        ParagraphStyle style;
        style.font = ReportFonts::sans(9);
        style.color = Ink;
        for (const int section : std::as_const(listed)) {
            Box box;
            box.keepTogether = true;
            const LaidOut title = layoutSpans({{report.sections.at(section).title, TextStyle::Plain}},
                                              style, contentWidth - pt(60));
            addLines(box, title, 0, pt(2));
            const QTextLine last = title.layout->lineAt(title.layout->lineCount() - 1);
            const qreal baseline = pt(2) + last.y() + last.ascent();
            const qreal textEnd = last.naturalTextWidth();
            Drawable leader;
            leader.kind = Drawable::Kind::Custom;
            leader.top = 0;
            leader.bottom = title.height + pt(3);
            leader.width = contentWidth;
            leader.callback = flow.addCallback(
                [this, section, baseline, textEnd](QPainter &painter, const QRectF &rect) {
                    const QString number = QString::number(sectionPages.value(section));
                    const QFont font = ReportFonts::sans(9);
                    painter.setFont(font);
                    painter.setPen(Ink);
                    const qreal numberWidth = QFontMetricsF(font).horizontalAdvance(number);
                    painter.drawText(QPointF(rect.right() - numberWidth, rect.top() + baseline), number);
                    QPen dots(RuleMedium, pt(0.9));
                    dots.setCapStyle(Qt::RoundCap);
                    dots.setDashPattern({0.01, 3.2});
                    painter.setPen(dots);
                    const qreal y = rect.top() + baseline - pt(1);
                    painter.drawLine(QPointF(rect.left() + textEnd + pt(6), y),
                                     QPointF(rect.right() - numberWidth - pt(6), y));
                    painter.setPen(Ink);
                });
            box.drawables.append(leader);
            box.height = title.height + pt(3);
            flow.addBox(std::move(box));
        }
    }

    void build()
    {
        bool titlePage = false;
        for (int s = 0; s < report.sections.size(); ++s) {
            const ReportSection &section = report.sections.at(s);
            const bool firstAfterTitle = s > 0 && report.sections.at(s - 1).key == "title"_L1;
            if (section.showTitle)
                addSectionHeading(section, s, firstAfterTitle && titlePage);
            for (qsizetype b = 0; b < section.blocks.size(); ++b) {
                const ReportBlock &block = section.blocks.at(b);
                if (const auto *heading = std::get_if<ReportHeading>(&block)) {
                    addHeading(*heading);
                    continue;
                }
                if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
                    // A paragraph that introduces a table, code or the figure stays with it,
                    // rather than being left alone at the foot of a page.
                    const ReportBlock *next = b + 1 < section.blocks.size() ? &section.blocks.at(b + 1)
                                                                            : nullptr;
                    const bool introduces = next
                        && (std::holds_alternative<ReportTable>(*next)
                            || std::holds_alternative<ReportCode>(*next)
                            || std::holds_alternative<TimelineFigure>(*next));
                    if (introduces && !paragraph->keepWithNext) {
                        ReportParagraph lead = *paragraph;
                        lead.keepWithNext = true;
                        addParagraph(lead);
                    } else {
                        addParagraph(*paragraph);
                    }
                }
                else if (const auto *fields = std::get_if<ReportFields>(&block))
                    addFields(*fields);
                else if (const auto *table = std::get_if<ReportTable>(&block))
                    addTable(*table);
                else if (const auto *code = std::get_if<ReportCode>(&block))
                    addCode(*code);
                else if (const auto *entry = std::get_if<ReportEntry>(&block))
                    addEntry(*entry);
                else if (const auto *figure = std::get_if<TimelineFigure>(&block))
                    addFigure(*figure);
                else if (const auto *title = std::get_if<ReportTitleBlock>(&block))
                    addTitleBlock(*title);
                else if (std::holds_alternative<ReportContents>(block)) {
                    addContents();
                    titlePage = true;
                }
            }
        }
    }
};

void PdfRenderer::Private::paintPage(QPainter &painter, int page) const
{
    painter.setPen(Ink);
    painter.setBrush(Qt::NoBrush);
    const QFont headerFont = ReportFonts::sans(7.4);
    const QFont headerBold = ReportFonts::sans(7.4, true);
    const qreal left = pt(MarginLeft);
    const qreal right = pageWidth - pt(MarginRight);

    // Running header: title left, incident id right.
    painter.setFont(headerBold);
    const QFontMetricsF boldMetrics(headerBold);
    const qreal referenceWidth = boldMetrics.horizontalAdvance(report.reference);
    painter.setPen(Navy);
    painter.drawText(QPointF(right - referenceWidth, pt(HeaderBaseline)), report.reference);
    painter.setFont(headerFont);
    painter.setPen(Muted);
    const QString title = QFontMetricsF(headerFont).elidedText(
        printable(report.title), Qt::ElideRight, right - left - referenceWidth - pt(24));
    painter.drawText(QPointF(left, pt(HeaderBaseline)), title);
    painter.fillRect(QRectF(left, pt(HeaderRule), right - left, pt(0.5)), RuleMedium);

    // Footer: status note left, page number right.
    const qreal footerBaseline = pageHeight - pt(FooterBaselineFromBottom);
    painter.fillRect(QRectF(left, footerBaseline - pt(11), right - left, pt(0.5)), RuleLight);
    painter.drawText(QPointF(left, footerBaseline), report.footerNote);
    const QString number = PdfRenderer::tr("Page %1 of %2").arg(page + 1).arg(pages.size());
    painter.setPen(Ink);
    painter.drawText(QPointF(right - QFontMetricsF(headerFont).horizontalAdvance(number), footerBaseline),
                     number);

    painter.setPen(Ink);
    flow.paintPage(painter, pages.at(page), QPointF(left, pt(BodyTop)));
}

PdfRenderer::PdfRenderer(const Report &report, const QPageSize &pageSize)
    : d(std::make_unique<Private>(report, pageSize))
{
}

PdfRenderer::~PdfRenderer() = default;

int PdfRenderer::pageCount() const
{
    return int(d->pages.size());
}

QPageSize PdfRenderer::pageSize() const
{
    return d->pageSize;
}

void PdfRenderer::paintPage(QPainter &painter, int page) const
{
    if (page >= 0 && page < pageCount())
        d->paintPage(painter, page);
}

bool PdfRenderer::paint(QPagedPaintDevice &device, int first, int last) const
{
    if (last < 0 || last >= pageCount())
        last = pageCount() - 1;
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const qreal scale = device.logicalDpiX() / UnitsPerInch;
    for (int page = first; page <= last; ++page) {
        if (page > first && !device.newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        painter.scale(scale, device.logicalDpiY() / UnitsPerInch);
        d->paintPage(painter, page);
        painter.restore();
    }
    return painter.end();
}

QByteArray PdfRenderer::pdf(const Report &report, const PdfOptions &options, QString *error)
{
    const PdfRenderer renderer(report, options.pageSize);
    PdfMetadata metadata;
    metadata.title = report.title;
    metadata.author = report.author;
    metadata.subject = report.subject;
    metadata.keywords = report.keywords;
    metadata.creator = u"Debrief "_s + QString::fromLatin1(DEBRIEF_VERSION);
    metadata.producer = metadata.creator + u" (Qt "_s + QString::fromLatin1(qVersion()) + u')';
    metadata.created = QDateTime::currentDateTimeUtc();
    metadata.pdfA = options.pdfA;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(UnitsPerInch));
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(),
                                         QPageLayout::Point));
        writer.setTitle(report.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(metadata.xmp());
        if (!renderer.paint(writer)) {
            if (error)
                *error = tr("The PDF could not be painted.");
            return {};
        }
    }
    QByteArray bytes = buffer.data();
    if (!metadata.appendInfo(bytes)) {
        if (error)
            *error = tr("The PDF writer produced an unexpected file.");
        return {};
    }
    return bytes;
}

} // namespace Debrief
