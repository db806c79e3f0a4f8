#include "ArchiveAction.h"

#include "archive/ArchiveCatalog.h"
#include "document/Document.h"
#include "storage/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxBaseNameLength = 80;

// A file name people recognise, safe on every file system and share.
QString baseNameFor(const Document &document)
{
    if (!AppPaths::isUntitled(document.filePath()))
        return QFileInfo(document.filePath()).completeBaseName();
    const QString reference = document.incidentValue(IncidentField::Reference).toString();
    const QString title = document.incidentValue(IncidentField::Title).toString();
    QString name;
    for (const QChar c : QString(reference + u' ' + title).simplified()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            name += c;
        else if ((c.isSpace() || c == u'.' || c == u'/') && !name.isEmpty() && !name.endsWith(u' '))
            name += u' ';
    }
    name = name.left(MaxBaseNameLength).trimmed();
    return name.isEmpty() ? ArchiveAction::tr("post-mortem") : name;
}

bool isOpenElsewhere(const QString &path)
{
    QLockFile probe(DocumentFile::lockFilePath(path));
    if (!QFileInfo::exists(DocumentFile::lockFilePath(path)))
        return false;
    if (!probe.tryLock(0))
        return true;
    probe.unlock();
    return false;
}

// An earlier archived copy of this same post-mortem may be replaced; nothing else may.
bool isReplaceableCopy(const QString &path, const QString &identity)
{
    if (identity.isEmpty() || isOpenElsewhere(path))
        return false;
    OpenError error;
    auto existing = Document::open(path, DocumentFile::Access::ReadOnly, &error);
    if (!existing)
        return false;
    const QDateTime created = existing->incidentValue(IncidentField::CreatedAt).toDateTime();
    return created.isValid() && created.toUTC().toString(Qt::ISODateWithMs) == identity;
}

} // namespace

QString ArchiveAction::targetPath(const Document &document, const QString &folder)
{
    const QDir dir(folder);
    const QString base = baseNameFor(document);
    const QDateTime created = document.incidentValue(IncidentField::CreatedAt).toDateTime();
    const QString identity =
        created.isValid() ? created.toUTC().toString(Qt::ISODateWithMs) : QString();
    const QString source = QFileInfo(document.filePath()).absoluteFilePath();
    for (int attempt = 1;; ++attempt) {
        const QString name = attempt == 1 ? base : u"%1-%2"_s.arg(base).arg(attempt);
        const QString candidate = QDir::cleanPath(dir.absoluteFilePath(name + u".debrief"_s));
        if (candidate == source)
            continue; // archiving a file that already lives in the archive folder
        if (!QFileInfo::exists(candidate) || isReplaceableCopy(candidate, identity))
            return candidate;
    }
}

ArchiveAction::Result ArchiveAction::archive(Document &document, const QString &folder,
                                             ArchiveCatalog *catalog)
{
    Result result;
    if (document.isReadOnly()) {
        result.error = tr("This post-mortem is open read-only; it cannot be marked archived.");
        return result;
    }
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir() || !folderInfo.isWritable()) {
        result.error = tr("The archive folder %1 cannot be written.")
                           .arg(QDir::toNativeSeparators(folder));
        return result;
    }

    QUndoStack *stack = document.undoStack();
    const int indexBefore = stack->index();
    stack->beginMacro(tr("Archive"));
    document.setIncidentValue(IncidentField::ArchivedAt, QDateTime::currentDateTimeUtc());
    stack->endMacro();
    const bool edited = stack->index() != indexBefore;

    const QString target = targetPath(document, folder);
    QString error;
    if (!document.saveCopy(target, &error)) {
        if (edited && stack->index() == indexBefore + 1) {
            stack->undo();
            document.saveNow();
        }
        result.error = tr("The post-mortem could not be archived: %1").arg(error);
        return result;
    }
    result.archived = true;
    result.path = target;
    if (catalog) {
        QString catalogError;
        if (!catalog->addFolder(folder, &catalogError) || !catalog->indexFile(target, &catalogError))
            result.indexWarning = catalogError;
    }
    return result;
}

} // namespace Debrief
