#pragma once

#include "document/Record.h"

namespace Debrief {

// What a new post-mortem starts with: the incident record, the SEV1–SEV4 scale with
// definitions (editable in the document), the creation time and time zone, and the seed's
// built-in questions, all open.
void applyDefaultContent(DocumentTables &tables);

} // namespace Debrief
