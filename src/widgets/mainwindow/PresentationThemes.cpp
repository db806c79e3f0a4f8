#include "PresentationThemes.h"

#include <cmath>

namespace Debrief::PresentationThemes {

using namespace Qt::StringLiterals;

namespace {

struct Colors
{
    QColor window, text, base, alternateBase, button, highlight, highlightedText, secondary,
        disabled, link, linkVisited, light, mid, dark, shadow;
};

Colors colors(Theme theme)
{
    if (theme == Theme::Dark) {
        return {QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff), QColor(0x0d, 0x0d, 0x0d),
            QColor(0x1f, 0x1f, 0x1f), QColor(0x26, 0x26, 0x26), QColor(0xff, 0xd4, 0x3b),
            QColor(0x00, 0x00, 0x00), QColor(0xd6, 0xd6, 0xd6), QColor(0xa6, 0xa6, 0xa6),
            QColor(0x8c, 0xc8, 0xff), QColor(0xd4, 0xb0, 0xff), QColor(0x59, 0x59, 0x59),
            QColor(0x8a, 0x8a, 0x8a), QColor(0xbf, 0xbf, 0xbf), QColor(0xe6, 0xe6, 0xe6)};
    }
    return {QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff),
        QColor(0xee, 0xee, 0xee), QColor(0xe6, 0xe6, 0xe6), QColor(0x00, 0x3d, 0x99),
        QColor(0xff, 0xff, 0xff), QColor(0x2e, 0x2e, 0x2e), QColor(0x57, 0x57, 0x57),
        QColor(0x00, 0x33, 0x99), QColor(0x55, 0x1a, 0x8b), QColor(0xff, 0xff, 0xff),
        QColor(0x6e, 0x6e, 0x6e), QColor(0x40, 0x40, 0x40), QColor(0x00, 0x00, 0x00)};
}

qreal channel(qreal value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

QString key(Theme theme)
{
    return theme == Theme::Dark ? u"dark"_s : u"light"_s;
}

Theme fromKey(const QString &key)
{
    return key == "dark"_L1 ? Theme::Dark : Theme::Light;
}

QPalette palette(Theme theme)
{
    const Colors c = colors(theme);
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, c.window);
        palette.setColor(group, QPalette::WindowText, c.text);
        palette.setColor(group, QPalette::Base, c.base);
        palette.setColor(group, QPalette::AlternateBase, c.alternateBase);
        palette.setColor(group, QPalette::Text, c.text);
        palette.setColor(group, QPalette::Button, c.button);
        palette.setColor(group, QPalette::ButtonText, c.text);
        palette.setColor(group, QPalette::BrightText, c.text);
        palette.setColor(group, QPalette::Highlight, c.highlight);
        palette.setColor(group, QPalette::HighlightedText, c.highlightedText);
        palette.setColor(group, QPalette::PlaceholderText, c.secondary);
        palette.setColor(group, QPalette::ToolTipBase, c.base);
        palette.setColor(group, QPalette::ToolTipText, c.text);
        palette.setColor(group, QPalette::Link, c.link);
        palette.setColor(group, QPalette::LinkVisited, c.linkVisited);
        palette.setColor(group, QPalette::Light, c.light);
        palette.setColor(group, QPalette::Midlight, c.light);
        palette.setColor(group, QPalette::Mid, c.mid);
        palette.setColor(group, QPalette::Dark, c.dark);
        palette.setColor(group, QPalette::Shadow, c.shadow);
        palette.setColor(group, QPalette::Accent, c.highlight);
    }
    palette.setColor(QPalette::Disabled, QPalette::Window, c.window);
    palette.setColor(QPalette::Disabled, QPalette::Base, c.window);
    palette.setColor(QPalette::Disabled, QPalette::AlternateBase, c.alternateBase);
    palette.setColor(QPalette::Disabled, QPalette::Button, c.button);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText,
            QPalette::BrightText, QPalette::ToolTipText})
        palette.setColor(QPalette::Disabled, role, c.disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, c.highlightedText);
    for (const QPalette::ColorRole role :
        {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        palette.setColor(QPalette::Disabled, role, palette.color(QPalette::Active, role));
    palette.setColor(QPalette::Disabled, QPalette::Link, c.disabled);
    palette.setColor(QPalette::Disabled, QPalette::LinkVisited, c.disabled);
    palette.setColor(QPalette::Disabled, QPalette::ToolTipBase, c.base);
    palette.setColor(QPalette::Disabled, QPalette::Accent, c.mid);
    return palette;
}

QColor nearEndColor(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xff, 0xc2, 0x33) : QColor(0x80, 0x4d, 0x00);
}

QColor overTimeColor(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xa8, 0x00, 0x00);
}

qreal relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

qreal contrastRatio(const QColor &first, const QColor &second)
{
    const qreal a = relativeLuminance(first);
    const qreal b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace Debrief::PresentationThemes
