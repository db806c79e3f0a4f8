#include "TimelineFigureDrawing.h"

#include "report/PagedLayout.h"
#include "report/ReportFonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Debrief {

using namespace Qt::StringLiterals;
using PagedLayout::pt;

// --- QPainter

PainterFigureCanvas::PainterFigureCanvas(QPainter *painter, QPointF origin)
    : m_painter(painter)
    , m_origin(origin)
{
}

QPointF PainterFigureCanvas::map(QPointF point) const
{
    return m_origin + QPointF(pt(point.x()), pt(point.y()));
}

void PainterFigureCanvas::line(QPointF from, QPointF to, const QColor &color, qreal width, bool dashed)
{
    if (!m_painter)
        return;
    QPen pen(color, pt(width));
    pen.setCapStyle(Qt::FlatCap);
    if (dashed)
        pen.setDashPattern({2.5, 2.0});
    m_painter->setPen(pen);
    m_painter->drawLine(map(from), map(to));
}

void PainterFigureCanvas::rect(const QRectF &rect, const QColor &fill)
{
    if (!m_painter)
        return;
    m_painter->fillRect(QRectF(map(rect.topLeft()), QSizeF(pt(rect.width()), pt(rect.height()))), fill);
}

void PainterFigureCanvas::circle(QPointF centre, qreal radius, const QColor &fill,
                                 const QColor &stroke, qreal strokeWidth)
{
    if (!m_painter)
        return;
    m_painter->setPen(strokeWidth > 0 ? QPen(stroke, pt(strokeWidth)) : QPen(Qt::NoPen));
    m_painter->setBrush(fill);
    m_painter->drawEllipse(map(centre), pt(radius), pt(radius));
    m_painter->setBrush(Qt::NoBrush);
}

void PainterFigureCanvas::diamond(QPointF centre, qreal radius, const QColor &fill)
{
    if (!m_painter)
        return;
    QPainterPath path;
    path.moveTo(map(centre + QPointF(0, -radius)));
    path.lineTo(map(centre + QPointF(radius, 0)));
    path.lineTo(map(centre + QPointF(0, radius)));
    path.lineTo(map(centre + QPointF(-radius, 0)));
    path.closeSubpath();
    m_painter->fillPath(path, fill);
}

void PainterFigureCanvas::text(QPointF anchor, const QString &text, qreal size, bool bold,
                               const QColor &color, Qt::Alignment alignment)
{
    if (!m_painter)
        return;
    const QFont font = ReportFonts::sans(size, bold);
    m_painter->setFont(font);
    m_painter->setPen(color);
    QPointF at = map(anchor);
    const qreal width = QFontMetricsF(font).horizontalAdvance(text);
    if (alignment & Qt::AlignHCenter)
        at.rx() -= width / 2;
    else if (alignment & Qt::AlignRight)
        at.rx() -= width;
    m_painter->drawText(at, text);
}

qreal PainterFigureCanvas::textWidth(const QString &text, qreal size, bool bold)
{
    return QFontMetricsF(ReportFonts::sans(size, bold)).horizontalAdvance(text) / pt(1);
}

QString PainterFigureCanvas::elided(const QString &text, qreal size, bool bold, qreal width)
{
    return QFontMetricsF(ReportFonts::sans(size, bold)).elidedText(text, Qt::ElideRight, pt(width));
}

// --- SVG

namespace {
QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}
QString colorText(const QColor &color)
{
    return color.name(QColor::HexRgb);
}
} // namespace

void SvgFigureCanvas::line(QPointF from, QPointF to, const QColor &color, qreal width, bool dashed)
{
    m_body += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"%7/>\n"_s
                  .arg(number(from.x()), number(from.y()), number(to.x()), number(to.y()),
                       colorText(color), number(width),
                       dashed ? u" stroke-dasharray=\"2.5 2\""_s : QString());
}

void SvgFigureCanvas::rect(const QRectF &rect, const QColor &fill)
{
    m_body += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n"_s.arg(
        number(rect.x()), number(rect.y()), number(rect.width()), number(rect.height()),
        colorText(fill));
}

void SvgFigureCanvas::circle(QPointF centre, qreal radius, const QColor &fill, const QColor &stroke,
                             qreal strokeWidth)
{
    m_body += u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"%5/>\n"_s.arg(
        number(centre.x()), number(centre.y()), number(radius), colorText(fill),
        strokeWidth > 0 ? u" stroke=\"%1\" stroke-width=\"%2\""_s.arg(colorText(stroke), number(strokeWidth))
                        : QString());
}

void SvgFigureCanvas::diamond(QPointF centre, qreal radius, const QColor &fill)
{
    m_body += u"<polygon points=\"%1,%2 %3,%4 %5,%6 %7,%8\" fill=\"%9\"/>\n"_s
                  .arg(number(centre.x()), number(centre.y() - radius), number(centre.x() + radius),
                       number(centre.y()), number(centre.x()), number(centre.y() + radius),
                       number(centre.x() - radius), number(centre.y()))
                  .arg(colorText(fill));
}

void SvgFigureCanvas::text(QPointF anchor, const QString &text, qreal size, bool bold,
                           const QColor &color, Qt::Alignment alignment)
{
    const QString textAnchor = (alignment & Qt::AlignHCenter) ? u"middle"_s
                               : (alignment & Qt::AlignRight) ? u"end"_s
                                                              : u"start"_s;
    m_body += u"<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4 fill=\"%5\" text-anchor=\"%6\">%7</text>\n"_s
                  .arg(number(anchor.x()), number(anchor.y()), number(size),
                       bold ? u" font-weight=\"bold\""_s : QString(), colorText(color), textAnchor,
                       text.toHtmlEscaped());
}

qreal SvgFigureCanvas::textWidth(const QString &text, qreal size, bool bold)
{
    // No font database without a display: an average advance of the sans face is close enough
    // to keep labels apart.
    return text.size() * size * (bold ? 0.58 : 0.54);
}

QString SvgFigureCanvas::elided(const QString &text, qreal size, bool bold, qreal width)
{
    if (textWidth(text, size, bold) <= width)
        return text;
    const int characters = std::max(1, int(width / (size * (bold ? 0.58 : 0.54))) - 1);
    return text.left(characters) + u'…';
}

QString SvgFigureCanvas::svg(qreal width, qreal height, const QString &description) const
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\" viewBox=\"0 0 %1 %2\" "
           "role=\"img\" aria-label=\"%3\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\">\n"_s
               .arg(number(width), number(height), description.toHtmlEscaped())
           + m_body + u"</svg>\n"_s;
}

// --- The figure

namespace {

constexpr qreal LegendHeight = 16;
constexpr qreal MilestoneRowHeight = 10;
constexpr qreal AxisHeight = 12;
constexpr qreal LaneHeight = 15;
constexpr qreal LaneLabelSize = 7;
constexpr qreal SmallSize = 6.5;

const QColor Grid(0xe1, 0xe5, 0xea);
const QColor LaneLine(0xc9, 0xcf, 0xd6);
const QColor Muted(0x5f, 0x66, 0x70);
const QColor Ink(0x1a, 0x1f, 0x26);
const QColor ImpactFill(0xfb, 0xe6, 0xe4);

struct Geometry
{
    qreal width = 0;
    qreal laneLabelWidth = 0;
    qreal trackLeft = 0;
    qreal trackRight = 0;
    QDateTime from;
    QDateTime to;

    qreal x(const QDateTime &at) const
    {
        const qreal span = qreal(from.msecsTo(to));
        const qreal t = span > 0 ? qreal(from.msecsTo(at)) / span : 0.5;
        return trackLeft + t * (trackRight - trackLeft);
    }
};

Geometry geometry(const TimelineFigure &figure, FigureCanvas &canvas, qreal width)
{
    Geometry g;
    g.width = width;
    qreal widest = 0;
    for (const QString &lane : figure.lanes)
        widest = std::max(widest, canvas.textWidth(lane, LaneLabelSize, false));
    g.laneLabelWidth = std::min(widest, width * 0.22);
    g.trackLeft = g.laneLabelWidth + 10;
    g.trackRight = width - 8;
    qint64 span = figure.from.msecsTo(figure.to);
    if (span <= 0)
        span = 60 * 60 * 1000;
    const qint64 pad = std::max<qint64>(span / 30, 60 * 1000);
    g.from = figure.from.addMSecs(-pad);
    g.to = figure.from.addMSecs(std::max<qint64>(figure.from.msecsTo(figure.to), 0) + pad);
    if (figure.from.msecsTo(figure.to) <= 0) {
        g.from = figure.from.addMSecs(-span / 2);
        g.to = figure.from.addMSecs(span / 2);
    }
    return g;
}

struct MilestoneLabel
{
    const TimelineFigure::Milestone *milestone;
    QString text;
    qreal x;
    qreal left;
    qreal right;
    int row;
};

QList<MilestoneLabel> milestoneLabels(const TimelineFigure &figure, const Geometry &g,
                                      FigureCanvas &canvas)
{
    QList<MilestoneLabel> labels;
    QList<qreal> rowEnds;
    QList<const TimelineFigure::Milestone *> sorted;
    for (const TimelineFigure::Milestone &milestone : figure.milestones)
        sorted.append(&milestone);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto *a, const auto *b) { return a->at < b->at; });
    for (const TimelineFigure::Milestone *milestone : std::as_const(sorted)) {
        QString time = milestone->at.toTimeZone(figure.zone).toString(u"HH:mm"_s);
        if (milestone->approximate)
            time.prepend(u"≈ "_s);
        const QString text = milestone->label + u' ' + time;
        const qreal x = g.x(milestone->at);
        const qreal textWidth = canvas.textWidth(text, SmallSize, true);
        // Labels start at their line, or end at it near the right edge.
        qreal left = x - 2;
        if (left + textWidth > g.width)
            left = std::max<qreal>(0, x + 2 - textWidth);
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) > left - 4)
            ++row;
        if (row == rowEnds.size())
            rowEnds.append(0);
        rowEnds[row] = left + textWidth;
        labels.append({milestone, text, x, left, left + textWidth, row});
    }
    return labels;
}

struct Tick
{
    QDateTime at;
    QString label;
};

QList<Tick> ticks(const TimelineFigure &figure, const Geometry &g)
{
    static const qint64 steps[] = {60,    120,   300,   600,    900,    1800,   3600,  7200,
                                   10800, 21600, 43200, 86400,  172800, 604800, 2592000};
    const qint64 span = g.from.secsTo(g.to);
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 candidate : steps) {
        if (span / candidate <= 8) {
            step = candidate;
            break;
        }
    }
    const QTimeZone zone = figure.zone;
    const QDateTime localFrom = g.from.toTimeZone(zone);
    const QDateTime midnight(localFrom.date(), QTime(0, 0), zone);
    qint64 offset = midnight.secsTo(g.from);
    qint64 first = ((offset + step - 1) / step) * step;
    QList<Tick> result;
    QDate lastDate = localFrom.date();
    for (QDateTime at = midnight.addSecs(first); at <= g.to && result.size() < 40;
         at = at.addSecs(step)) {
        if (at < g.from)
            continue;
        const QDateTime local = at.toTimeZone(zone);
        QString label;
        if (step >= 86400)
            label = local.toString(u"d MMM"_s);
        else if (local.date() != lastDate)
            label = local.toString(u"d MMM HH:mm"_s);
        else
            label = local.toString(u"HH:mm"_s);
        lastDate = local.date();
        result.append({at.toUTC(), label});
    }
    return result;
}

} // namespace

QColor TimelineFigureDrawing::kindColor(const QString &kind)
{
    if (kind == "alert"_L1)
        return QColor(0xc0, 0x39, 0x2b);
    if (kind == "observation"_L1)
        return QColor(0x27, 0x74, 0xae);
    if (kind == "action"_L1)
        return QColor(0x1e, 0x84, 0x49);
    if (kind == "decision"_L1)
        return QColor(0x7d, 0x3c, 0x98);
    if (kind == "communication"_L1)
        return QColor(0xc2, 0x7c, 0x0e);
    if (kind == "milestone"_L1)
        return QColor(0x2c, 0x3e, 0x50);
    return QColor(0x80, 0x8b, 0x96);
}

QColor TimelineFigureDrawing::milestoneColor(const QString &milestone)
{
    if (milestone == "impact-start"_L1)
        return QColor(0xb0, 0x3a, 0x2e);
    if (milestone == "detected"_L1)
        return QColor(0xb9, 0x5c, 0x0b);
    if (milestone == "acknowledged"_L1)
        return QColor(0x8a, 0x6d, 0x00);
    if (milestone == "mitigated"_L1)
        return QColor(0x1e, 0x84, 0x49);
    if (milestone == "resolved"_L1)
        return QColor(0x1f, 0x5f, 0x8b);
    return Ink;
}

qreal TimelineFigureDrawing::height(const TimelineFigure &figure, FigureCanvas &canvas, qreal width)
{
    const Geometry g = geometry(figure, canvas, width);
    int rows = 0;
    for (const MilestoneLabel &label : milestoneLabels(figure, g, canvas))
        rows = std::max(rows, label.row + 1);
    return LegendHeight + rows * MilestoneRowHeight + AxisHeight + 4
           + qreal(figure.lanes.size()) * LaneHeight + 6;
}

void TimelineFigureDrawing::draw(const TimelineFigure &figure, FigureCanvas &canvas, qreal width)
{
    const Geometry g = geometry(figure, canvas, width);

    // Legend: kinds, milestones, impact.
    qreal x = 0;
    const qreal legendBaseline = 8;
    auto legendGap = [&](qreal advance) { x += advance + 12; };
    for (const auto &[kind, label] : figure.legend) {
        canvas.circle(QPointF(x + 3, legendBaseline - 2.4), 2.6, kindColor(kind), Qt::white, 0);
        canvas.text(QPointF(x + 8, legendBaseline), label, 7, false, Ink, Qt::AlignLeft);
        legendGap(8 + canvas.textWidth(label, 7, false));
    }
    if (figure.impactFrom.isValid()) {
        canvas.rect(QRectF(x, legendBaseline - 6.5, 10, 8), ImpactFill);
        canvas.text(QPointF(x + 13, legendBaseline), tr("Customer impact"), 7, false, Ink,
                    Qt::AlignLeft);
    }

    const QList<MilestoneLabel> labels = milestoneLabels(figure, g, canvas);
    int rows = 0;
    for (const MilestoneLabel &label : labels)
        rows = std::max(rows, label.row + 1);
    const qreal labelsTop = LegendHeight;
    const qreal axisTop = labelsTop + rows * MilestoneRowHeight;
    const qreal lanesTop = axisTop + AxisHeight + 4;
    const qreal lanesBottom = lanesTop + qreal(figure.lanes.size()) * LaneHeight;

    if (figure.impactFrom.isValid()) {
        const qreal left = g.x(figure.impactFrom);
        canvas.rect(QRectF(left, lanesTop, g.x(figure.impactTo) - left, lanesBottom - lanesTop),
                    ImpactFill);
    }

    // Axis: ticks with labels above the lanes, faint lines through them.
    qreal lastLabelEnd = -1e9;
    for (const Tick &tick : ticks(figure, g)) {
        const qreal tx = g.x(tick.at);
        canvas.line(QPointF(tx, lanesTop - 2), QPointF(tx, lanesBottom), Grid, 0.5, false);
        const qreal labelWidth = canvas.textWidth(tick.label, SmallSize, false);
        if (tx - labelWidth / 2 > lastLabelEnd + 4 && tx + labelWidth / 2 <= width) {
            canvas.text(QPointF(tx, axisTop + 8), tick.label, SmallSize, false, Muted, Qt::AlignHCenter);
            lastLabelEnd = tx + labelWidth / 2;
        }
    }
    canvas.line(QPointF(g.trackLeft, lanesTop - 2), QPointF(g.trackRight, lanesTop - 2), LaneLine,
                0.6, false);

    // Lanes.
    for (qsizetype i = 0; i < figure.lanes.size(); ++i) {
        const qreal centre = lanesTop + (qreal(i) + 0.5) * LaneHeight;
        canvas.line(QPointF(g.trackLeft, centre), QPointF(g.trackRight, centre), LaneLine, 0.4, false);
        canvas.text(QPointF(0, centre + 2.4),
                    canvas.elided(figure.lanes.at(i), LaneLabelSize, false, g.laneLabelWidth),
                    LaneLabelSize, false, Ink, Qt::AlignLeft);
    }

    // Milestones: a dashed line from the label down through the lanes.
    for (const MilestoneLabel &label : labels) {
        const QColor color = milestoneColor(label.milestone->key);
        const qreal baseline = labelsTop + label.row * MilestoneRowHeight + 7;
        canvas.text(QPointF(label.left, baseline), label.text, SmallSize, true, color, Qt::AlignLeft);
        canvas.line(QPointF(label.x, baseline + 2), QPointF(label.x, lanesBottom), color, 0.7, true);
        canvas.diamond(QPointF(label.x, lanesTop - 2), 2.8, color);
    }

    // Events: ranges as bars, exact times as dots, approximate ones hollow.
    for (const TimelineFigure::Event &event : figure.events) {
        const qreal centre = lanesTop + (qreal(event.lane) + 0.5) * LaneHeight;
        const QColor color = kindColor(event.kind);
        const qreal ex = g.x(event.at);
        if (event.until.isValid() && event.until > event.at) {
            const qreal right = std::max(g.x(event.until), ex + 2);
            canvas.rect(QRectF(ex, centre - 1.8, right - ex, 3.6), color);
        }
        if (event.approximate)
            canvas.circle(QPointF(ex, centre), 2.3, Qt::white, color, 1.0);
        else
            canvas.circle(QPointF(ex, centre), 2.5, color, Qt::white, 0.5);
    }
}

} // namespace Debrief
