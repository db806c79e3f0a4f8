#pragma once

#include "document/Record.h"
#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Debrief {

// Why a file could not be opened; `reason` is one translated line for people.
struct OpenError
{
    enum class Kind {
        None,
        NotFound,
        NotReadable,
        Empty,
        NotADatabase,
        Truncated,
        Damaged,
        ForeignDatabase,
        NewerVersion,
        LockedByOther,
        CannotWrite,
    };
    Kind kind = Kind::None;
    QString reason;
};

// The .debrief file on disk: one SQLite database, opened defensively, kept locked while
// edited, written in transactions.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)

public:
    // "DBRF": PRAGMA application_id of every Debrief document.
    static constexpr quint32 ApplicationId = 0x44425246;

    enum class Access { ReadWrite, ReadOnly };

    ~DocumentFile();

    // A new, empty document file at `path` (which must not exist yet).
    static std::unique_ptr<DocumentFile> create(const QString &path, QString *error);
    // Checks `path` without opening it for writing: nothing is modified when it fails.
    static std::unique_ptr<DocumentFile> open(const QString &path, Access access,
                                              OpenError *error);

    // Reads every record. References to records that do not exist are dropped.
    bool load(DocumentTables &tables, QString *error);
    // Writes what `tables` marks as changed, in one transaction, and marks it saved.
    bool write(DocumentTables &tables, QString *error);
    // Writes a complete copy to `targetPath` through a temporary file and a rename.
    bool saveCopyAs(const QString &targetPath, QString *error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion();
    QString metadata(const QString &key);
    bool setMetadata(const QString &key, const QString &value);

    // The lock file that marks `documentPath` as open for editing.
    static QString lockFilePath(const QString &documentPath);

private:
    DocumentFile() = default;
    bool configureForWriting(QString *error);
    SqliteStatement &upsertStatement(Table table);

    QString m_path;
    Access m_access = Access::ReadOnly;
    SqliteDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    std::array<SqliteStatement, TableCount> m_upserts;
    std::array<SqliteStatement, TableCount> m_deletes;
    std::array<SqliteStatement, TableCount> m_positions;
};

} // namespace Debrief
