#include "StepIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Debrief::StepIcons {

using namespace Qt::StringLiterals;

namespace {

// Vector drawing, so the icon stays sharp at every zoom level of a projected screen.
class DrawnIconEngine : public QIconEngine
{
public:
    explicit DrawnIconEngine(bool checked)
        : m_checked(checked)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        const qreal pen = std::max(1.5, side / 10.0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_checked) {
            QColor fill(0x2e, 0x7d, 0x32); // readable green on light and dark backgrounds
            if (mode == QIcon::Disabled)
                fill = palette.color(QPalette::Disabled, QPalette::Text);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(box.adjusted(pen / 4, pen / 4, -pen / 4, -pen / 4));
            QPainterPath tick;
            tick.moveTo(box.left() + side * 0.27, box.top() + side * 0.52);
            tick.lineTo(box.left() + side * 0.44, box.top() + side * 0.68);
            tick.lineTo(box.left() + side * 0.74, box.top() + side * 0.34);
            painter->setPen(QPen(Qt::white, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
        } else {
            painter->setPen(QPen(palette.color(QPalette::Disabled, QPalette::Text), pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(pen, pen, -pen, -pen));
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_checked); }

private:
    bool m_checked;
};

} // namespace

QIcon complete()
{
    return QIcon::fromTheme(u"checkmark"_s, QIcon(new DrawnIconEngine(true)));
}

QIcon incomplete()
{
    return QIcon(new DrawnIconEngine(false));
}

} // namespace Debrief::StepIcons
