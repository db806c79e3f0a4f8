#pragma once

#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Debrief {

// A prepared statement; values bind and read as QVariant (null, qint64, double, QString,
// QByteArray).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, const QVariant &value); // 1-based, as in SQLite
    // Steps once: true when a row is available; on error, `ok` turns false.
    bool next(bool *ok = nullptr);
    // Runs to completion; false on error.
    bool run();
    void reset();
    int columnCount() const;
    QVariant column(int index) const; // 0-based

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

class SqliteDatabase
{
public:
    enum class Access { ReadOnly, ReadWrite, ReadWriteCreate };

    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    // Opens with defensive settings for untrusted files: no triggers or views run, no unsafe
    // functions in the schema, cell size checks and conservative limits.
    bool open(const QString &path, Access access);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const QString &sql);
    SqliteStatement prepare(const QString &sql);
    // The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql);

    bool begin();
    bool commit();
    void rollback();

    // Copies this database into a new file at `targetPath` with the online backup API.
    bool backupTo(const QString &targetPath);

    QString lastError() const { return m_lastError; }
    int lastErrorCode() const { return m_lastErrorCode; }
    sqlite3 *handle() const { return m_db; }

private:
    void captureError();

    sqlite3 *m_db = nullptr;
    QString m_lastError;
    int m_lastErrorCode = 0;
};

} // namespace Debrief
