#pragma once

#include <QByteArray>
#include <QString>

namespace Debrief::TestSupport {

// tests/data in the source tree.
QString dataPath(const QString &name);
// The built debrief executable.
QString debriefBinary();
QByteArray fileChecksum(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the real debrief binary with `arguments` and no display.
ProcessResult runDebrief(const QStringList &arguments, int timeoutMs = 60000);

} // namespace Debrief::TestSupport
