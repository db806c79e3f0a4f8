#pragma once

#include "archive/ArchiveQuery.h"
#include "archive/PostMortemSummary.h"
#include "archive/Similarity.h"
#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Debrief {

struct UnreadableFile
{
    QString path;
    QString reason; // OpenError::reason, one translated line
};

struct ArchiveFolder
{
    QString path;
    bool available = true;
    QString detail; // why it is unavailable
    QDateTime lastScan;
};

// What one indexing pass did.
struct IndexReport
{
    int added = 0;
    int updated = 0;
    int moved = 0;
    int removed = 0;
    int unchanged = 0;
    QList<UnreadableFile> unreadable; // every unreadable file under the folders indexed
    QList<ArchiveFolder> unavailableFolders;
    bool cancelled = false;
    QString error; // the catalog itself could not be read or written

    bool succeeded() const { return error.isEmpty(); }
};

// Callbacks of a synchronous indexing pass; all optional.
struct IndexCallbacks
{
    // A folder is being listed (on a slow share this is where time goes).
    std::function<void(const QString &folder)> scanning;
    // `done` of `total` files that needed reading; `path` is the one being read now.
    std::function<void(int done, int total, const QString &path)> progress;
    // Polled between files; true stops the pass (what is done stays done).
    std::function<bool()> isCancelled;
};

// One post-mortem in the catalog.
struct CatalogEntry
{
    qint64 id = 0; // stable across re-indexing and moves
    QString path;
    QString identity;
    QString title;
    QString reference;
    QString status;
    QString severityKey;
    QString severityName;
    int severityRank = -1;
    QDateTime incidentDate;
    IncidentDurations durations;
    int timelineEvents = 0;
    int remediationTotal = 0;
    int remediationOpen = 0;
    int remediationOverdue = 0; // relative to the `today` of the query
    double relevance = 0;       // bm25, lower is better; 0 without search text
    // Matching text around the hits; matched words between SnippetMatchStart and
    // SnippetMatchEnd.
    QString snippet;

    static constexpr QChar SnippetMatchStart = QChar(0x2);
    static constexpr QChar SnippetMatchEnd = QChar(0x3);
    // The snippet without match markers.
    QString plainSnippet() const;
};

struct CatalogFactor
{
    qint64 documentId = 0;
    ArchivedFactor factor;
    Similarity::Tokens tokens;
};

struct CatalogRemediation
{
    qint64 documentId = 0;
    ArchivedRemediation item;
    Similarity::Tokens tokens;
};

struct CatalogSeverity
{
    QString key;
    QString name;
    int rank = -1;
};

// The archive catalog: a SQLite file (by default in the app data folder) that indexes
// every .debrief file of the archive folders. Each thread uses its own ArchiveCatalog
// (its own connection); the file is in WAL mode so that searching never waits for an
// indexing pass. The full-text table is kept current by this class, not by triggers
// (documents and the catalog are opened with trusted_schema=OFF, under which FTS5 sync
// triggers fail).
class ArchiveCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCatalog)

public:
    // "DBRC": PRAGMA application_id of the catalog.
    static constexpr quint32 ApplicationId = 0x44425243;
    static constexpr int SchemaVersion = 1;

    ArchiveCatalog();
    ~ArchiveCatalog();
    ArchiveCatalog(const ArchiveCatalog &) = delete;
    ArchiveCatalog &operator=(const ArchiveCatalog &) = delete;

    // <AppDataLocation>/archive-catalog.sqlite
    static QString defaultPath();

    // Opens or creates the catalog, migrating an older schema in one transaction.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    // --- Folders
    QList<ArchiveFolder> folders();
    bool addFolder(const QString &folder, QString *error);
    // Forgets the folder and what the catalog holds of its files (the files stay).
    bool removeFolder(const QString &folder, QString *error);
    static QString normalizedFolder(const QString &folder);

    // --- Indexing (synchronous; ArchiveIndexer runs it on a worker thread)
    // Brings the catalog up to date with `folders` (registering them): new, changed, moved
    // and deleted files. An unavailable folder is reported and its entries are kept.
    IndexReport index(const QStringList &folders, const IndexCallbacks &callbacks = {});
    // The same for every registered folder.
    IndexReport reindex(const IndexCallbacks &callbacks = {});
    // Indexes one file now (after archiving it); false when the catalog cannot be written.
    bool indexFile(const QString &path, QString *error);

    // --- Reading
    // The best-matching passage of one document for `searchText`, matches marked as in
    // CatalogEntry::snippet; empty when it does not match.
    QString snippet(qint64 documentId, const QString &searchText);
    QList<CatalogEntry> search(const ArchiveQuery &query, const QDate &today,
                               QString *error = nullptr);
    std::optional<CatalogEntry> entry(qint64 id, const QDate &today);
    QList<CatalogEntry> entries(const QDate &today); // every readable post-mortem
    int documentCount();                              // readable post-mortems
    QList<UnreadableFile> unreadableFiles(const QString &underFolder = {});
    QList<CatalogSeverity> severities(); // distinct keys, most severe first
    QList<CatalogFactor> factors();
    QList<CatalogRemediation> remediationItems();

    SqliteDatabase &database() { return m_db; }

private:
    struct KnownFile
    {
        qint64 id = 0;
        QString path;
        qint64 size = 0;
        qint64 modified = 0;
        QString hash;
        bool readable = false;
        QString reason;
    };
    struct FoundFile
    {
        QString path;
        qint64 size = 0;
        qint64 modified = 0;
    };
    QList<KnownFile> knownUnder(const QString &folder);
    std::optional<KnownFile> knownAt(const QString &path);
    QList<KnownFile> knownWithHash(const QString &hash);
    bool setFolderState(const QString &folder, bool available, const QString &detail,
                        bool scanned);
    bool removeDocument(qint64 id);
    // Writes the document row and its details; id 0 inserts. Returns the id, 0 on failure.
    qint64 writeDocument(qint64 id, const FoundFile &file, const QString &hash,
                         QString *unreadableReason);
    bool moveDocument(qint64 id, const FoundFile &file);
    bool touchDocument(qint64 id, const FoundFile &file);
    QString fail(QString *error);

    QString m_path;
    SqliteDatabase m_db;
};

} // namespace Debrief
