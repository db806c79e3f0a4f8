#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// High-contrast palettes for a projector: washed-out projectors and bright rooms eat
// contrast, so every text role stays at 7:1 or more (WCAG AAA) against its background.
namespace Debrief::PresentationThemes {

enum class Theme { Light, Dark };

QString key(Theme theme);
Theme fromKey(const QString &key); // unknown keys give Light

QPalette palette(Theme theme);

// The timebox label when the step nears its end and once it is over; both readable on the
// theme's window colour.
QColor nearEndColor(Theme theme);
QColor overTimeColor(Theme theme);

// WCAG 2 relative luminance and contrast ratio (1 to 21).
qreal relativeLuminance(const QColor &color);
qreal contrastRatio(const QColor &first, const QColor &second);

} // namespace Debrief::PresentationThemes
