#pragma once

#include "archive/TrendChart.h"

#include <QWidget>

namespace Debrief {

// Shows one trend chart, drawn by TrendChart at the widget's size.
class TrendChartView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChartView(QWidget *parent = nullptr);

    void setChart(const ChartData &chart);
    const ChartData &chart() const { return m_chart; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ChartData m_chart;
};

} // namespace Debrief
