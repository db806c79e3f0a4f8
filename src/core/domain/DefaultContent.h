#pragma once

#include "document/Record.h"

namespace Debrief {

// What a new post-mortem starts with: the incident record, the SEV1–SEV4 scale with
// definitions (editable in the document) and the creation time and time zone.
void applyDefaultContent(DocumentTables &tables);

} // namespace Debrief
