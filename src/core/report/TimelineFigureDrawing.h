#pragma once

#include "report/Report.h"

#include <QColor>
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace Debrief {

// Where the visual timeline draws: a QPainter for PDF and print, SVG text for HTML. Lengths are
// in points.
class FigureCanvas
{
public:
    virtual ~FigureCanvas() = default;
    virtual void line(QPointF from, QPointF to, const QColor &color, qreal width, bool dashed) = 0;
    virtual void rect(const QRectF &rect, const QColor &fill) = 0;
    virtual void circle(QPointF centre, qreal radius, const QColor &fill, const QColor &stroke,
                        qreal strokeWidth) = 0;
    virtual void diamond(QPointF centre, qreal radius, const QColor &fill) = 0;
    // `anchor` is the baseline point the text starts at (left), is centred on, or ends at.
    virtual void text(QPointF anchor, const QString &text, qreal size, bool bold,
                      const QColor &color, Qt::Alignment alignment) = 0;
    virtual qreal textWidth(const QString &text, qreal size, bool bold) = 0;
    virtual QString elided(const QString &text, qreal size, bool bold, qreal width) = 0;
};

// Paints on a QPainter whose coordinates are layout units (1/1200 inch); without a painter it
// only measures.
class PainterFigureCanvas : public FigureCanvas
{
public:
    explicit PainterFigureCanvas(QPainter *painter, QPointF origin = {});
    void line(QPointF from, QPointF to, const QColor &color, qreal width, bool dashed) override;
    void rect(const QRectF &rect, const QColor &fill) override;
    void circle(QPointF centre, qreal radius, const QColor &fill, const QColor &stroke,
                qreal strokeWidth) override;
    void diamond(QPointF centre, qreal radius, const QColor &fill) override;
    void text(QPointF anchor, const QString &text, qreal size, bool bold, const QColor &color,
              Qt::Alignment alignment) override;
    qreal textWidth(const QString &text, qreal size, bool bold) override;
    QString elided(const QString &text, qreal size, bool bold, qreal width) override;

private:
    QPointF map(QPointF point) const;
    QPainter *m_painter;
    QPointF m_origin;
};

// Writes SVG elements; every text is escaped.
class SvgFigureCanvas : public FigureCanvas
{
public:
    void line(QPointF from, QPointF to, const QColor &color, qreal width, bool dashed) override;
    void rect(const QRectF &rect, const QColor &fill) override;
    void circle(QPointF centre, qreal radius, const QColor &fill, const QColor &stroke,
                qreal strokeWidth) override;
    void diamond(QPointF centre, qreal radius, const QColor &fill) override;
    void text(QPointF anchor, const QString &text, qreal size, bool bold, const QColor &color,
              Qt::Alignment alignment) override;
    qreal textWidth(const QString &text, qreal size, bool bold) override;
    QString elided(const QString &text, qreal size, bool bold, qreal width) override;

    QString svg(qreal width, qreal height, const QString &description) const;

private:
    QString m_body;
};

// The visual timeline: lanes per actor, events coloured by kind, milestones and the impact
// period, with a time axis in the incident's zone.
class TimelineFigureDrawing
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFigureDrawing)

public:
    static qreal height(const TimelineFigure &figure, FigureCanvas &canvas, qreal width);
    static void draw(const TimelineFigure &figure, FigureCanvas &canvas, qreal width);
    static QColor kindColor(const QString &kind);
    static QColor milestoneColor(const QString &milestone);
};

} // namespace Debrief
