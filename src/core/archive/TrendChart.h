#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace Debrief {

struct ChartSeries
{
    QString name;
    QColor color;
    QList<double> values; // one per category; NaN where there is no value
};

// What a trend chart shows, independent of where it is drawn.
struct ChartData
{
    enum class Kind { StackedBars, GroupedBars, Lines };
    enum class Unit { Count, Duration /* seconds */, Percent };

    Kind kind = Kind::StackedBars;
    Unit unit = Unit::Count;
    QString title;
    QString xAxisTitle;
    QString yAxisTitle; // for durations the unit chosen for the axis is appended
    QStringList categories;
    QList<ChartSeries> series;
    QStringList annotations; // one per category, drawn above it (may be empty)
    bool valueLabels = false; // each bar (or point) labelled with its value
    QString emptyText;        // shown when there is nothing to draw
};

// Draws trend charts with QPainter: on screen, into a PNG (QImage) or a PDF (QPdfWriter,
// vector). Layout scales with the target rectangle so text stays readable at any size.
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    static constexpr QSize DefaultImageSize{1600, 900};

    static void paint(QPainter &painter, const QRectF &rect, const ChartData &chart);
    static QImage toImage(const ChartData &chart, const QSize &size = DefaultImageSize);
    static bool savePng(const ChartData &chart, const QString &path, QString *error,
                        const QSize &size = DefaultImageSize);
    // A landscape A4 page with the chart as vector graphics and text.
    static bool savePdf(const ChartData &chart, const QString &path, QString *error);

    // Nothing to draw: no categories or no value anywhere.
    static bool isEmpty(const ChartData &chart);
};

} // namespace Debrief
