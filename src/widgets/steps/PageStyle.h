#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QLabel;
class QWidget;

// Looks shared by the step pages, relative to the window's font so that zoom and
// presentation mode scale everything in proportion.
namespace Debrief::PageStyle {

QFont scaledFont(const QFont &base, qreal factor, bool bold = false);

bool isDark(const QPalette &palette);
// Text that warns (a person named as a factor, a malformed link, a missing SMART part).
QColor warningColor(const QPalette &palette);
// Text that confirms (a check that passes).
QColor passColor(const QPalette &palette);

// Sets the label's text colour; call again when the palette changes.
void setTextColor(QLabel *label, const QColor &color);

// A quiet card for guidance and explanations: alternate background and an accent bar.
void makeCard(QWidget *widget);
// Guidance meant for the facilitator alone: styled as a card and hidden by presentation
// mode through the "facilitatorOnly" property.
void makeFacilitatorGuidance(QWidget *widget);

} // namespace Debrief::PageStyle
