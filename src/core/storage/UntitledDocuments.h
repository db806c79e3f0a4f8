#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Debrief {

// Untitled documents left behind by a session that ended without closing them (a crash, a
// killed process, a dead battery): they are offered back on the next start.
struct RecoverableDocument
{
    QString path;
    QString title;
    QDateTime lastModified;
};

class UntitledDocuments
{
public:
    // Untitled documents that no running Debrief holds open.
    static QList<RecoverableDocument> recoverable();
    // Removes an untitled document and its lock (after Save As, or when discarded).
    static bool discard(const QString &path);
};

} // namespace Debrief
