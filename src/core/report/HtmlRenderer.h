#pragma once

#include "report/Report.h"

#include <QCoreApplication>

namespace Debrief {

// One self-contained HTML file: inline CSS, the visual timeline as inline SVG, evidence
// highlighted with classes. Every string from the document is escaped; the page loads nothing
// (a Content-Security-Policy forbids any load) and holds no <img>, script or external link.
class HtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    static QString html(const Report &report);
};

} // namespace Debrief
