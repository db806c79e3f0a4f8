#include "TrendChartView.h"

#include <QPainter>

namespace Debrief {

TrendChartView::TrendChartView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The chart is read by the room, not edited: it takes no focus.
    setFocusPolicy(Qt::NoFocus);
}

void TrendChartView::setChart(const ChartData &chart)
{
    m_chart = chart;
    setAccessibleName(chart.title);
    update();
}

QSize TrendChartView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 28};
}

QSize TrendChartView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 14};
}

void TrendChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    TrendChart::paint(painter, QRectF(rect()), m_chart);
}

} // namespace Debrief
