#include "PageStyle.h"

#include <QLabel>
#include <QWidget>

namespace Debrief::PageStyle {

using namespace Qt::StringLiterals;

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor passColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    label->setPalette(palette);
}

void makeCard(QWidget *widget)
{
    // palette() roles keep the card readable in light, dark and high-contrast themes.
    widget->setStyleSheet(u"#%1 { background: palette(alternate-base); border-left: 4px solid "
                          u"palette(highlight); border-radius: 2px; padding: 10px 14px; }"_s
                              .arg(widget->objectName()));
}

void makeFacilitatorGuidance(QWidget *widget)
{
    makeCard(widget);
    widget->setProperty("facilitatorOnly", true);
}

} // namespace Debrief::PageStyle
