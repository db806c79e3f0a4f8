#pragma once

#include <QString>

namespace Debrief::AppPaths {

// Where documents that were never given a name live until Save As (recovered after a crash).
QString untitledFolder();
QString newUntitledPath();
bool isUntitled(const QString &documentPath);

} // namespace Debrief::AppPaths
