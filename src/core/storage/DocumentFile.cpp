#include "DocumentFile.h"

#include "SchemaMigrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtEndian>

#include <sqlite3.h>

#include <filesystem>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr int HeaderSize = 100;

struct FileHeader
{
    bool isSqlite = false;
    qint64 expectedSize = 0; // 0 when the header does not say
    int userVersion = 0;
    quint32 applicationId = 0;
};

FileHeader readHeader(const QByteArray &bytes)
{
    FileHeader header;
    if (bytes.size() < HeaderSize || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return header;
    header.isSqlite = true;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    quint32 pageSize = qFromBigEndian<quint16>(data + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(data + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(data + 28);
    const quint32 validFor = qFromBigEndian<quint32>(data + 92);
    if (validFor == changeCounter && pageCount > 0)
        header.expectedSize = qint64(pageSize) * pageCount;
    header.userVersion = qFromBigEndian<qint32>(data + 60);
    header.applicationId = qFromBigEndian<quint32>(data + 68);
    return header;
}

QString sqlList(const TableSpec &spec)
{
    QStringList columns{u"id"_s};
    for (const FieldSpec &field : spec.fields)
        columns.append(field.name);
    return columns.join(u", "_s);
}

QVariant toStorage(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return field.type == FieldType::Text ? QVariant(QString()) : QVariant();
    switch (field.type) {
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::Bool:
        return qint64(value.toBool() ? 1 : 0);
    default:
        return value;
    }
}

} // namespace

DocumentFile::~DocumentFile() = default;

QString DocumentFile::lockFilePath(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".lock"_s);
}

std::unique_ptr<DocumentFile> DocumentFile::create(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    // Build the file under a temporary name so that no half-made document is ever visible.
    const QString partial = info.absoluteDir().filePath(u"."_s + info.fileName() + u".partial"_s);
    QFile::remove(partial);
    {
        SqliteDatabase db;
        QString migrationError;
        if (!db.open(partial, SqliteDatabase::Access::ReadWriteCreate)
            || !db.exec(u"PRAGMA application_id = %1"_s.arg(qint32(ApplicationId)))
            || !SchemaMigrations::migrate(db, SchemaMigrations::builtIn(), &migrationError)) {
            *error = tr("Cannot create %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              migrationError.isEmpty() ? db.lastError() : migrationError);
            db.close();
            QFile::remove(partial);
            return nullptr;
        }
        db.exec(u"INSERT INTO metadata(key, value) VALUES ('created_with', '%1'), "
                u"('created_at', '%2')"_s.arg(QCoreApplication::applicationVersion(),
                                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    }
    std::error_code renameError;
    std::filesystem::rename(partial.toStdString(), path.toStdString(), renameError);
    if (renameError) {
        QFile::remove(partial);
        *error = tr("Cannot create %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromStdString(renameError.message()));
        return nullptr;
    }
    OpenError openError;
    auto file = open(path, Access::ReadWrite, &openError);
    if (!file)
        *error = openError.reason;
    return file;
}

std::unique_ptr<DocumentFile> DocumentFile::open(const QString &path, Access access,
                                                 OpenError *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto fail = [error](OpenError::Kind kind, const QString &reason) {
        *error = {kind, reason};
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(OpenError::Kind::NotFound, tr("%1 does not exist.").arg(shownPath));
    if (!info.isFile())
        return fail(OpenError::Kind::NotADatabase, tr("%1 is not a file.").arg(shownPath));

    QFile raw(path);
    if (!raw.open(QIODevice::ReadOnly))
        return fail(OpenError::Kind::NotReadable,
                    tr("%1 cannot be read: %2").arg(shownPath, raw.errorString()));
    const QByteArray headerBytes = raw.read(HeaderSize);
    const qint64 size = raw.size();
    raw.close();

    if (size == 0)
        return fail(OpenError::Kind::Empty,
                    tr("%1 is empty (0 bytes); it is not a Debrief document.").arg(shownPath));
    const FileHeader header = readHeader(headerBytes);
    if (!header.isSqlite)
        return fail(OpenError::Kind::NotADatabase,
                    tr("%1 is not a Debrief document (it is not a database file).").arg(shownPath));
    if (header.applicationId != ApplicationId)
        return fail(OpenError::Kind::ForeignDatabase,
                    tr("%1 is a database of another application, not a Debrief document.")
                        .arg(shownPath));
    if (header.userVersion > SchemaMigrations::latestVersion())
        return fail(OpenError::Kind::NewerVersion,
                    tr("%1 was made by a newer version of Debrief (file format %2; this version "
                       "reads up to %3). Update Debrief to open it.")
                        .arg(shownPath)
                        .arg(header.userVersion)
                        .arg(SchemaMigrations::latestVersion()));
    const QString journal = path + u"-journal"_s;
    const bool hotJournal = QFileInfo(journal).size() > 0;
    if (!hotJournal && header.expectedSize > size)
        return fail(OpenError::Kind::Truncated,
                    tr("%1 is truncated: it should hold %2 bytes but has only %3.")
                        .arg(shownPath)
                        .arg(header.expectedSize)
                        .arg(size));

    std::unique_ptr<DocumentFile> file(new DocumentFile);
    file->m_path = info.absoluteFilePath();
    file->m_access = access;

    if (access == Access::ReadWrite) {
        if (!info.isWritable())
            return fail(OpenError::Kind::CannotWrite,
                        tr("%1 is read-only; it can only be viewed.").arg(shownPath));
        file->m_lock = std::make_unique<QLockFile>(lockFilePath(file->m_path));
        file->m_lock->setStaleLockTime(0);
        if (!file->m_lock->tryLock(0)) {
            if (file->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, application;
                file->m_lock->getLockInfo(&pid, &host, &application);
                return fail(OpenError::Kind::LockedByOther,
                            tr("%1 is already open in another Debrief window (process %2 on %3).")
                                .arg(shownPath)
                                .arg(pid)
                                .arg(host));
            }
            return fail(OpenError::Kind::CannotWrite,
                        tr("%1 is in a folder that cannot be written; it can only be viewed.")
                            .arg(shownPath));
        }
    }

    // A hot journal is rolled back by SQLite on first read, which needs write access.
    const bool writable = access == Access::ReadWrite || (hotJournal && info.isWritable());
    if (!file->m_db.open(path, writable ? SqliteDatabase::Access::ReadWrite
                                        : SqliteDatabase::Access::ReadOnly))
        return fail(OpenError::Kind::NotReadable,
                    tr("%1 cannot be opened: %2").arg(shownPath, file->m_db.lastError()));
    const QVariant check = file->m_db.scalar(u"PRAGMA quick_check(1)"_s);
    if (check.toString() != "ok"_L1) {
        // quick_check reports several lines; people get one.
        QString detail = check.isValid() ? check.toString() : file->m_db.lastError();
        detail = detail.remove(u"*** in database main ***"_s).simplified();
        return fail(OpenError::Kind::Damaged, tr("%1 is damaged: %2").arg(shownPath, detail));
    }
    const int version = file->schemaVersion();
    if (version < 1)
        return fail(OpenError::Kind::Damaged,
                    tr("%1 is damaged: it has no document schema.").arg(shownPath));
    if (access == Access::ReadWrite) {
        QString migrationError;
        if (!file->configureForWriting(&migrationError)
            || !SchemaMigrations::migrate(file->m_db, SchemaMigrations::builtIn(), &migrationError))
            return fail(OpenError::Kind::Damaged,
                        tr("%1 cannot be opened: %2").arg(shownPath, migrationError));
    }
    return file;
}

bool DocumentFile::configureForWriting(QString *error)
{
    // Rollback journal: no side files stay next to a document that people copy and mail.
    if (!m_db.exec(u"PRAGMA journal_mode=DELETE"_s) || !m_db.exec(u"PRAGMA synchronous=FULL"_s)) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

int DocumentFile::schemaVersion()
{
    return m_db.scalar(u"PRAGMA user_version"_s).toInt();
}

QString DocumentFile::metadata(const QString &key)
{
    SqliteStatement statement = m_db.prepare(u"SELECT value FROM metadata WHERE key = ?"_s);
    if (!statement.isValid())
        return {};
    statement.bind(1, key);
    return statement.next() ? statement.column(0).toString() : QString();
}

bool DocumentFile::setMetadata(const QString &key, const QString &value)
{
    SqliteStatement statement =
        m_db.prepare(u"INSERT OR REPLACE INTO metadata(key, value) VALUES (?, ?)"_s);
    if (!statement.isValid())
        return false;
    statement.bind(1, key);
    statement.bind(2, value);
    return statement.run();
}

bool DocumentFile::load(DocumentTables &tables, QString *error)
{
    for (Table table : allTables()) {
        const TableSpec &spec = tableSpec(table);
        TableData &data = tables[int(table)];
        data = TableData();
        SqliteStatement select = m_db.prepare(u"SELECT %1 FROM %2 ORDER BY position, id"_s.arg(
            sqlList(spec), spec.sqlName));
        if (!select.isValid()) {
            *error = tr("The file is damaged or incomplete: %1").arg(m_db.lastError());
            return false;
        }
        bool ok = true;
        while (select.next(&ok)) {
            Record record;
            record.id = select.column(0).toLongLong();
            record.values.reserve(spec.fields.size());
            for (int f = 0; f < spec.fields.size(); ++f)
                record.values.append(normalizedValue(spec.fields.at(f), select.column(f + 1)));
            data.maxId = std::max(data.maxId, record.id);
            data.records.append(std::move(record));
        }
        if (!ok) {
            *error = tr("The file is damaged: %1").arg(m_db.lastError());
            return false;
        }
        data.reindex();
    }
    TableData &incident = tables[int(Table::Incident)];
    if (incident.records.isEmpty()) {
        Record record = emptyRecord(Table::Incident);
        record.id = 1;
        incident.records.append(record);
        incident.maxId = 1;
        incident.changedIds.insert(1);
        incident.reindex();
    }
    dropDanglingReferences(tables);
    return true;
}

SqliteStatement &DocumentFile::upsertStatement(Table table)
{
    SqliteStatement &statement = m_upserts[int(table)];
    if (!statement.isValid()) {
        const TableSpec &spec = tableSpec(table);
        QStringList placeholders(spec.fields.size() + 2, u"?"_s);
        statement = m_db.prepare(u"INSERT OR REPLACE INTO %1 (position, %2) VALUES (%3)"_s.arg(
            spec.sqlName, sqlList(spec), placeholders.join(u", "_s)));
    }
    return statement;
}

bool DocumentFile::write(DocumentTables &tables, QString *error)
{
    if (m_access == Access::ReadOnly) {
        *error = tr("The document is open read-only.");
        return false;
    }
    auto failWith = [this, error] {
        *error = m_db.lastError();
        m_db.rollback();
        return false;
    };
    if (!m_db.begin())
        return failWith();
    for (Table table : allTables()) {
        TableData &data = tables[int(table)];
        if (!data.hasUnsavedChanges())
            continue;
        const TableSpec &spec = tableSpec(table);
        if (!data.removedIds.isEmpty()) {
            SqliteStatement &remove = m_deletes[int(table)];
            if (!remove.isValid())
                remove = m_db.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(spec.sqlName));
            for (qint64 id : std::as_const(data.removedIds)) {
                remove.bind(1, id);
                if (!remove.run())
                    return failWith();
            }
        }
        SqliteStatement &upsert = upsertStatement(table);
        if (!upsert.isValid())
            return failWith();
        for (qint64 id : std::as_const(data.changedIds)) {
            const int index = data.indexById.value(id, -1);
            if (index < 0)
                continue;
            const Record &record = data.records.at(index);
            upsert.bind(1, qint64(index));
            upsert.bind(2, record.id);
            for (int f = 0; f < spec.fields.size(); ++f)
                upsert.bind(f + 3, toStorage(spec.fields.at(f), record.values.at(f)));
            if (!upsert.run())
                return failWith();
        }
        if (data.orderChanged) {
            SqliteStatement &position = m_positions[int(table)];
            if (!position.isValid())
                position = m_db.prepare(
                    u"UPDATE %1 SET position = ? WHERE id = ? AND position != ?1"_s.arg(spec.sqlName));
            for (int index = 0; index < data.records.size(); ++index) {
                position.bind(1, qint64(index));
                position.bind(2, data.records.at(index).id);
                if (!position.run())
                    return failWith();
            }
        }
    }
    if (!m_db.commit())
        return failWith();
    for (TableData &data : tables)
        data.markSaved();
    return true;
}

bool DocumentFile::saveCopyAs(const QString &targetPath, QString *error)
{
    const QFileInfo target(targetPath);
    QTemporaryFile temporary(target.absoluteDir().filePath(u"."_s + target.fileName()
                                                           + u".XXXXXX"_s));
    if (!temporary.open()) {
        *error = tr("Cannot write to %1: %2")
                     .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString());
        return false;
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    if (!m_db.backupTo(temporaryPath)) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(targetPath), m_db.lastError());
        return false;
    }
    std::error_code renameError;
    std::filesystem::rename(temporaryPath.toStdString(), target.absoluteFilePath().toStdString(),
                            renameError);
    if (renameError) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(targetPath),
                          QString::fromStdString(renameError.message()));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace Debrief
