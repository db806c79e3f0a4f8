#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Debrief {

// The one KSyntaxHighlighting repository of the application. Building it reads every syntax
// definition on the system (a few milliseconds), so the evidence views, the log import preview
// and the report all share this instance. Created on first use; main thread only, as the
// repository itself is not thread-safe.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Debrief
