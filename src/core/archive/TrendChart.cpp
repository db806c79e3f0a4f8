#include "TrendChart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// Every size below is in units of a 1000 x 560 chart and scaled to the target.
constexpr double ReferenceWidth = 1000;
constexpr double ReferenceHeight = 560;

const QColor TextColor(0x21, 0x21, 0x21);
const QColor MutedTextColor(0x61, 0x61, 0x61);
const QColor AxisColor(0x42, 0x42, 0x42);
const QColor GridColor(0xE0, 0xE0, 0xE0);

struct DurationScale
{
    double divisor = 60;
    QString unitName;
};

DurationScale durationScale(double maxSeconds)
{
    if (maxSeconds < 2 * 3600)
        return {60, TrendChart::tr("minutes")};
    if (maxSeconds < 72 * 3600)
        return {3600, TrendChart::tr("hours")};
    return {86400, TrendChart::tr("days")};
}

// 1, 2, 2.5 or 5 times a power of ten, at least `rough`.
double niceStep(double rough, bool integral)
{
    if (rough <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    return integral ? std::max(1.0, std::ceil(step)) : step;
}

QString formatNumber(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

// Short enough to sit on a bar: "14 min", "9.4 h", "2.5 d".
QString compactDuration(double seconds)
{
    if (seconds < 3600)
        return TrendChart::tr("%1 min").arg(std::max<qint64>(1, std::llround(seconds / 60)));
    if (seconds < 48 * 3600)
        return TrendChart::tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
    return TrendChart::tr("%1 d").arg(QLocale().toString(seconds / 86400, 'f', 1));
}

QString formatValue(const ChartData &chart, double value)
{
    switch (chart.unit) {
    case ChartData::Unit::Count:
        return formatNumber(value);
    case ChartData::Unit::Duration:
        return compactDuration(value);
    case ChartData::Unit::Percent:
        return formatNumber(value) + u'%';
    }
    return {};
}

QColor readableTextOn(const QColor &background)
{
    return qGray(background.rgb()) < 140 ? QColor(Qt::white) : TextColor;
}

} // namespace

bool TrendChart::isEmpty(const ChartData &chart)
{
    if (chart.categories.isEmpty())
        return true;
    for (const ChartSeries &series : chart.series) {
        for (double value : series.values) {
            if (!std::isnan(value))
                return false;
        }
    }
    return true;
}

void TrendChart::paint(QPainter &painter, const QRectF &rect, const ChartData &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, Qt::white);

    const double scale = std::min(rect.width() / ReferenceWidth, rect.height() / ReferenceHeight);
    auto font = [scale](double size, bool bold = false) {
        QFont result;
        result.setPixelSize(std::max(1, int(std::lround(size * scale))));
        result.setBold(bold);
        return result;
    };
    auto units = [scale](double value) { return value * scale; };

    const QFont titleFont = font(26, true);
    const QFont legendFont = font(17);
    const QFont axisTitleFont = font(17, true);
    const QFont tickFont = font(16);
    const QFont annotationFont = font(15, true);
    const QFont valueFont = font(14);

    const double margin = units(28);
    QRectF area = rect.adjusted(margin, margin, -margin, -margin);

    // Title
    painter.setPen(TextColor);
    painter.setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    area.setTop(area.top() + titleMetrics.height() + units(10));

    if (isEmpty(chart)) {
        painter.setPen(MutedTextColor);
        painter.setFont(legendFont);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         chart.emptyText.isEmpty() ? tr("No data yet.") : chart.emptyText);
        painter.restore();
        return;
    }

    // Legend, wrapped over as many lines as it needs.
    const QFontMetricsF legendMetrics(legendFont);
    const double swatch = legendMetrics.ascent() * 0.8;
    const double itemGap = units(28);
    double x = area.left();
    double y = area.top();
    painter.setFont(legendFont);
    for (const ChartSeries &series : chart.series) {
        const double itemWidth = swatch + units(8) + legendMetrics.horizontalAdvance(series.name);
        if (x > area.left() && x + itemWidth > area.right()) {
            x = area.left();
            y += legendMetrics.height() + units(4);
        }
        const double middle = y + legendMetrics.height() / 2;
        painter.fillRect(QRectF(x, middle - swatch / 2, swatch, swatch), series.color);
        painter.setPen(TextColor);
        painter.drawText(QRectF(x + swatch + units(8), y, itemWidth, legendMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, series.name);
        x += itemWidth + itemGap;
    }
    area.setTop(y + legendMetrics.height() + units(18));

    // Value range
    const int categoryCount = int(chart.categories.size());
    double maxValue = 0;
    for (int c = 0; c < categoryCount; ++c) {
        double stack = 0;
        for (const ChartSeries &series : chart.series) {
            const double value = series.values.value(c, qQNaN());
            if (std::isnan(value))
                continue;
            stack += value;
            maxValue = std::max(maxValue, value);
        }
        if (chart.kind == ChartData::Kind::StackedBars)
            maxValue = std::max(maxValue, stack);
    }
    double divisor = 1;
    QString yTitle = chart.yAxisTitle;
    if (chart.unit == ChartData::Unit::Duration) {
        const DurationScale duration = durationScale(maxValue);
        divisor = duration.divisor;
        yTitle = tr("%1 (%2)").arg(chart.yAxisTitle, duration.unitName);
    }
    const double axisMax = chart.unit == ChartData::Unit::Percent ? 100 : maxValue / divisor;
    const bool integral = chart.unit == ChartData::Unit::Count;
    const double step = chart.unit == ChartData::Unit::Percent ? 20
                                                               : niceStep(axisMax / 5, integral);
    // Room above the highest bar for its annotation.
    const double headroom = chart.annotations.isEmpty() && !chart.valueLabels ? 1.0 : 1.12;
    const double top = chart.unit == ChartData::Unit::Percent
                           ? 100
                           : std::max(step, std::ceil(axisMax * headroom / step) * step);

    // Axis titles and tick labels take their room from the plot.
    const QFontMetricsF tickMetrics(tickFont);
    const QFontMetricsF axisTitleMetrics(axisTitleFont);
    double tickLabelWidth = 0;
    for (double tick = 0; tick <= top + step / 2; tick += step)
        tickLabelWidth = std::max(tickLabelWidth, tickMetrics.horizontalAdvance(formatNumber(tick)));
    QRectF plot = area;
    plot.setLeft(area.left() + axisTitleMetrics.height() + units(10) + tickLabelWidth + units(10));
    plot.setBottom(area.bottom() - tickMetrics.height() - units(8)
                   - (chart.xAxisTitle.isEmpty() ? 0 : axisTitleMetrics.height() + units(8)));
    plot.setRight(area.right() - units(8));

    auto yFor = [&](double value) { return plot.bottom() - plot.height() * (value / divisor) / top; };

    // Grid and y ticks
    painter.setFont(tickFont);
    for (double tick = 0; tick <= top + step / 2; tick += step) {
        const double ty = plot.bottom() - plot.height() * tick / top;
        painter.setPen(QPen(GridColor, std::max(1.0, units(1))));
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        painter.setPen(MutedTextColor);
        painter.drawText(QRectF(plot.left() - units(10) - tickLabelWidth, ty - tickMetrics.height() / 2,
                                tickLabelWidth, tickMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatNumber(tick));
    }
    // Y axis title, rotated
    painter.save();
    painter.setFont(axisTitleFont);
    painter.setPen(TextColor);
    painter.translate(area.left(), plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), axisTitleMetrics.height()),
                     Qt::AlignCenter, yTitle);
    painter.restore();

    // Category labels, thinned out when they would overlap.
    const double slot = plot.width() / std::max(1, categoryCount);
    double widest = 0;
    for (const QString &category : chart.categories)
        widest = std::max(widest, tickMetrics.horizontalAdvance(category));
    const int every = std::max(1, int(std::ceil((widest + units(12)) / slot)));
    painter.setFont(tickFont);
    painter.setPen(MutedTextColor);
    for (int c = 0; c < categoryCount; c += every) {
        const double cx = plot.left() + slot * (c + 0.5);
        painter.drawText(QRectF(cx - widest, plot.bottom() + units(6), 2 * widest,
                                tickMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(c));
    }
    if (!chart.xAxisTitle.isEmpty()) {
        painter.setFont(axisTitleFont);
        painter.setPen(TextColor);
        painter.drawText(QRectF(plot.left(), area.bottom() - axisTitleMetrics.height(),
                                plot.width(), axisTitleMetrics.height()),
                         Qt::AlignCenter, chart.xAxisTitle);
    }

    // Data
    const QFontMetricsF valueMetrics(valueFont);
    QList<double> categoryTops(categoryCount, plot.bottom());
    auto drawValueLabel = [&](const QRectF &bar, double value, const QColor &color, bool inside) {
        const QString text = formatValue(chart, value);
        const double width = valueMetrics.horizontalAdvance(text);
        painter.setFont(valueFont);
        if (inside) {
            if (bar.height() < valueMetrics.height() || bar.width() < width + units(4))
                return;
            painter.setPen(readableTextOn(color));
            painter.drawText(bar, Qt::AlignCenter, text);
        } else {
            // Above a narrow bar the label shrinks to the bar's width, or is left out rather
            // than run into its neighbour's.
            QFont labelFont = valueFont;
            double fitted = width;
            while (fitted > bar.width() + units(6)
                   && labelFont.pixelSize() > valueFont.pixelSize() * 3 / 4) {
                labelFont.setPixelSize(labelFont.pixelSize() - 1);
                fitted = QFontMetricsF(labelFont).horizontalAdvance(text);
            }
            if (fitted > bar.width() + units(6))
                return;
            painter.setFont(labelFont);
            painter.setPen(TextColor);
            painter.drawText(QRectF(bar.center().x() - fitted, bar.top() - valueMetrics.height() - units(2),
                                    2 * fitted, valueMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, text);
        }
    };
    switch (chart.kind) {
    case ChartData::Kind::StackedBars: {
        const double barWidth = slot * 0.62;
        for (int c = 0; c < categoryCount; ++c) {
            double base = 0;
            const double left = plot.left() + slot * c + (slot - barWidth) / 2;
            for (const ChartSeries &series : chart.series) {
                const double value = series.values.value(c, qQNaN());
                if (std::isnan(value) || value <= 0)
                    continue;
                const QRectF bar(QPointF(left, yFor(base + value)), QPointF(left + barWidth, yFor(base)));
                painter.fillRect(bar, series.color);
                if (chart.valueLabels)
                    drawValueLabel(bar, value, series.color, true);
                base += value;
            }
            categoryTops[c] = yFor(base);
        }
        break;
    }
    case ChartData::Kind::GroupedBars: {
        const int seriesCount = std::max(1, int(chart.series.size()));
        const double groupWidth = slot * 0.78;
        const double barWidth = groupWidth / seriesCount;
        for (int c = 0; c < categoryCount; ++c) {
            const double groupLeft = plot.left() + slot * c + (slot - groupWidth) / 2;
            for (int s = 0; s < chart.series.size(); ++s) {
                const ChartSeries &series = chart.series.at(s);
                const double value = series.values.value(c, qQNaN());
                if (std::isnan(value))
                    continue;
                const double left = groupLeft + barWidth * s;
                const QRectF bar(QPointF(left + units(1), yFor(value)),
                                 QPointF(left + barWidth - units(1), plot.bottom()));
                painter.fillRect(bar, series.color);
                if (chart.valueLabels)
                    drawValueLabel(bar, value, series.color, false);
                categoryTops[c] = std::min(categoryTops[c], bar.top()
                                                                - (chart.valueLabels ? valueMetrics.height() : 0));
            }
        }
        break;
    }
    case ChartData::Kind::Lines: {
        for (const ChartSeries &series : chart.series) {
            QPainterPath path;
            bool drawing = false;
            painter.setPen(QPen(series.color, units(3.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            for (int c = 0; c < categoryCount; ++c) {
                const double value = series.values.value(c, qQNaN());
                if (std::isnan(value)) {
                    drawing = false; // a gap where nothing is known
                    continue;
                }
                const QPointF point(plot.left() + slot * (c + 0.5), yFor(value));
                if (drawing)
                    path.lineTo(point);
                else
                    path.moveTo(point);
                drawing = true;
                categoryTops[c] = std::min(categoryTops[c], point.y() - units(6));
            }
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(series.color);
            painter.setPen(QPen(Qt::white, units(1.5)));
            for (int c = 0; c < categoryCount; ++c) {
                const double value = series.values.value(c, qQNaN());
                if (!std::isnan(value))
                    painter.drawEllipse(QPointF(plot.left() + slot * (c + 0.5), yFor(value)),
                                        units(5.5), units(5.5));
            }
        }
        break;
    }
    }

    // Axes over the data.
    painter.setPen(QPen(AxisColor, std::max(1.0, units(1.5))));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Annotations above each category.
    const QFontMetricsF annotationMetrics(annotationFont);
    painter.setFont(annotationFont);
    painter.setPen(TextColor);
    for (int c = 0; c < categoryCount && c < chart.annotations.size(); ++c) {
        if (chart.annotations.at(c).isEmpty())
            continue;
        const double cx = plot.left() + slot * (c + 0.5);
        painter.drawText(QRectF(cx - slot / 2, categoryTops.at(c) - annotationMetrics.height() - units(4),
                                slot, annotationMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, chart.annotations.at(c));
    }
    painter.restore();
}

QImage TrendChart::toImage(const ChartData &chart, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    painter.end();
    return image;
}

bool TrendChart::savePng(const ChartData &chart, const QString &path, QString *error,
                         const QSize &size)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !toImage(chart, size).save(&file, "PNG")
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TrendChart::savePdf(const ChartData &chart, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        constexpr int Resolution = 300;
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(chart.title);
        writer.setCreator(u"Debrief"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Cannot write %1.").arg(path);
            file.cancelWriting();
            return false;
        }
        const QRect page = writer.pageLayout().paintRectPixels(Resolution);
        // Keep the chart's proportions on the page, centred.
        QSizeF size(page.width(), page.width() * ReferenceHeight / ReferenceWidth);
        if (size.height() > page.height())
            size = QSizeF(page.height() * ReferenceWidth / ReferenceHeight, page.height());
        const QRectF target(QPointF((page.width() - size.width()) / 2,
                                    (page.height() - size.height()) / 2),
                            size);
        paint(painter, target, chart);
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Debrief
