#pragma once

#include <QString>

namespace Debrief::TestSupport {

// Sizes of a generated post-mortem, far beyond a real meeting, for benchmarks.
struct LargeDocumentSize
{
    int timelineEvents = 5000;
    int remediationItems = 500;
    int participants = 40;
    qint64 evidenceBytes = 2 * 1024 * 1024;
};

// Writes a deterministic, realistic-looking document of `size` to `path`.
bool generateLargeDocument(const QString &path, const LargeDocumentSize &size, QString *error);

} // namespace Debrief::TestSupport
