#include "CheckIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Debrief::CheckIcons {

namespace {

enum class Shape { Pass, Fail, Warning, Open, Skipped };

class CheckIconEngine : public QIconEngine
{
public:
    explicit CheckIconEngine(Shape shape)
        : m_shape(shape)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        const qreal pen = std::max(1.5, side / 10.0);
        const bool disabled = mode == QIcon::Disabled;
        const QColor grey = palette.color(QPalette::Disabled, QPalette::Text);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF disc = box.adjusted(pen / 4, pen / 4, -pen / 4, -pen / 4);
        const QPen mark(Qt::white, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (m_shape) {
        case Shape::Pass: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(disabled ? grey : QColor(0x2e, 0x7d, 0x32));
            painter->drawEllipse(disc);
            QPainterPath tick;
            tick.moveTo(box.left() + side * 0.27, box.top() + side * 0.52);
            tick.lineTo(box.left() + side * 0.44, box.top() + side * 0.68);
            tick.lineTo(box.left() + side * 0.74, box.top() + side * 0.34);
            painter->setPen(mark);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
            break;
        }
        case Shape::Fail: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(disabled ? grey : QColor(0xc6, 0x28, 0x28));
            painter->drawEllipse(disc);
            painter->setPen(mark);
            const qreal a = side * 0.33;
            const qreal b = side * 0.67;
            painter->drawLine(QPointF(box.left() + a, box.top() + a),
                              QPointF(box.left() + b, box.top() + b));
            painter->drawLine(QPointF(box.left() + b, box.top() + a),
                              QPointF(box.left() + a, box.top() + b));
            break;
        }
        case Shape::Warning: {
            QPainterPath triangle;
            triangle.moveTo(box.left() + side / 2, box.top() + side * 0.06);
            triangle.lineTo(box.right() - side * 0.03, box.bottom() - side * 0.08);
            triangle.lineTo(box.left() + side * 0.03, box.bottom() - side * 0.08);
            triangle.closeSubpath();
            painter->setPen(QPen(disabled ? grey : QColor(0x8a, 0x5a, 0x00), pen / 2));
            painter->setBrush(disabled ? grey : QColor(0xf5, 0xb0, 0x00));
            painter->drawPath(triangle);
            painter->setPen(QPen(Qt::black, pen * 1.2, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(box.left() + side / 2, box.top() + side * 0.36),
                              QPointF(box.left() + side / 2, box.top() + side * 0.62));
            painter->drawPoint(QPointF(box.left() + side / 2, box.top() + side * 0.76));
            break;
        }
        case Shape::Open:
            painter->setPen(QPen(disabled ? grey : palette.color(QPalette::Text), pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(pen, pen, -pen, -pen));
            break;
        case Shape::Skipped:
            painter->setPen(Qt::NoPen);
            painter->setBrush(grey);
            painter->drawEllipse(disc);
            painter->setPen(mark);
            painter->drawLine(QPointF(box.left() + side * 0.3, box.center().y()),
                              QPointF(box.left() + side * 0.7, box.center().y()));
            break;
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new CheckIconEngine(m_shape); }

private:
    Shape m_shape;
};

QIcon drawn(Shape shape)
{
    return QIcon(new CheckIconEngine(shape));
}

} // namespace

QIcon pass()
{
    return drawn(Shape::Pass);
}

QIcon fail()
{
    return drawn(Shape::Fail);
}

QIcon warning()
{
    return drawn(Shape::Warning);
}

QIcon open()
{
    return drawn(Shape::Open);
}

QIcon skipped()
{
    return drawn(Shape::Skipped);
}

} // namespace Debrief::CheckIcons
