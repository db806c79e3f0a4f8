#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace Debrief {

// The colours of event kinds and milestones on screen: the report's colours, so that the
// projection and the PDF agree, made lighter on a dark palette so that they stay readable.
namespace TimelineColors {

bool isDark(const QPalette &palette);
QColor kindColor(const QString &kind, const QPalette &palette);
QColor milestoneColor(const QString &milestone, const QPalette &palette);
// The impact period's shading behind the lanes.
QColor impactColor(const QPalette &palette);
// Text that warns: out-of-order milestones, errors under the quick entry field.
QColor warningColor(const QPalette &palette);
// A small filled circle in the kind's colour, for lists and tables (cache it: it paints).
QIcon kindIcon(const QString &kind, const QPalette &palette);

} // namespace TimelineColors
} // namespace Debrief
