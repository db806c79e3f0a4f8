#include "TimelineColors.h"

#include "report/TimelineFigureDrawing.h"

#include <QPainter>
#include <QPixmap>

namespace Debrief::TimelineColors {

namespace {

QColor forPalette(QColor color, const QPalette &palette)
{
    if (!isDark(palette))
        return color;
    // Same hue, lighter: dark ink on a dark background would vanish.
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    color.getHslF(&hue, &saturation, &lightness);
    return QColor::fromHslF(hue, std::min(saturation, 0.75f), std::max(lightness, 0.66f));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor kindColor(const QString &kind, const QPalette &palette)
{
    return forPalette(TimelineFigureDrawing::kindColor(kind), palette);
}

QColor milestoneColor(const QString &milestone, const QPalette &palette)
{
    return forPalette(TimelineFigureDrawing::milestoneColor(milestone), palette);
}

QColor impactColor(const QPalette &palette)
{
    QColor color = milestoneColor(QStringLiteral("impact-start"), palette);
    color.setAlphaF(isDark(palette) ? 0.22f : 0.12f);
    return color;
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QIcon kindIcon(const QString &kind, const QPalette &palette)
{
    const QColor color = kindColor(kind, palette);
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal margin = size * 0.22;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Debrief::TimelineColors
