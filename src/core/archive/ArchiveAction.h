#pragma once

#include <QCoreApplication>
#include <QString>

namespace Debrief {

class ArchiveCatalog;
class Document;

// "Archive it for historical retrieval": the post-mortem is marked archived and a copy in its
// final state goes into an archive folder, where the catalog picks it up at once.
class ArchiveAction
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveAction)

public:
    struct Result
    {
        bool archived = false;
        QString path;         // the copy in the archive folder
        QString error;        // why nothing was archived
        QString indexWarning; // archived, but the catalog could not take it in
    };

    // Sets the incident's archived time (one undoable step, which the Basics checklist reads),
    // writes the copy and indexes it in `catalog` (may be null). An existing different file
    // is never overwritten: the copy gets a unique name. A previous archived copy of the
    // same post-mortem is replaced. On failure the document is left as it was.
    static Result archive(Document &document, const QString &folder, ArchiveCatalog *catalog);

    // Where archive() would write in `folder`.
    static QString targetPath(const Document &document, const QString &folder);
};

} // namespace Debrief
