#include "UntitledDocuments.h"

#include "AppPaths.h"
#include "document/Document.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace Debrief {

using namespace Qt::StringLiterals;

QList<RecoverableDocument> UntitledDocuments::recoverable()
{
    QList<RecoverableDocument> result;
    const QDir folder(AppPaths::untitledFolder());
    const QFileInfoList files =
        folder.entryInfoList({u"*.debrief"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        QLockFile lock(DocumentFile::lockFilePath(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // open in a running Debrief
        lock.unlock();
        OpenError error;
        auto document = Document::open(info.absoluteFilePath(), DocumentFile::Access::ReadOnly, &error);
        RecoverableDocument entry{info.absoluteFilePath(), QString(), info.lastModified()};
        if (document)
            entry.title = document->incidentValue(IncidentField::Title).toString();
        result.append(entry);
    }
    return result;
}

bool UntitledDocuments::discard(const QString &path)
{
    if (!AppPaths::isUntitled(path))
        return false;
    QFile::remove(DocumentFile::lockFilePath(path));
    return QFile::remove(path);
}

} // namespace Debrief
