#include "TintedFrame.h"

#include <QPainter>

namespace Debrief {

TintedFrame::TintedFrame(const QColor &background, const QColor &border, const QColor &text,
                         QWidget *parent)
    : QFrame(parent)
    , m_background(background)
    , m_border(border)
{
    // Explicit text colours: the tint stays readable in a dark desktop theme too.
    QPalette colours = palette();
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        colours.setColor(role, text);
    setPalette(colours);
    setContentsMargins(4, 4, 4, 4);
}

void TintedFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace Debrief
