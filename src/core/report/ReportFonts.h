#pragma once

#include <QFont>

// The faces of the printed report. Sizes are given in points and set as pixel sizes in layout
// units (1/1200 inch), so that text measures the same on every device it is painted on.
namespace Debrief::ReportFonts {

QFont serif(qreal points, bool bold = false, bool italic = false);
QFont sans(qreal points, bool bold = false, bool italic = false);
QFont mono(qreal points, bool bold = false);

} // namespace Debrief::ReportFonts
