#pragma once

#include "report/Report.h"

// Text from a document is shown as what it is. Explicit bidirectional embeddings, overrides
// and isolates (U+202A–U+202E, U+2066–U+2069) would silently reorder the text around them, and
// other control characters print as nothing; in a report each one becomes a visible "[U+202E]".
// Ordinary right-to-left text needs none of them and is untouched.
namespace Debrief::ReportText {

bool isHiddenControl(char16_t c);
QString visible(const QString &text);
// Applies visible() to every string of the report, keeping highlight runs on their characters.
void makeVisible(Report &report);

} // namespace Debrief::ReportText
