#include "SqliteDatabase.h"

#include <sqlite3.h>

#include <utility>

namespace Debrief {

namespace {
// Generous for a post-mortem, small enough that a hostile file cannot make us allocate
// gigabytes for one value.
constexpr int MaxValueBytes = 64 * 1024 * 1024;
constexpr int MaxSqlBytes = 1024 * 1024;
} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_statement, index, bytes.constData(), quint64(bytes.size()),
                            SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_statement, index, utf8.constData(), quint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    }
    }
}

bool SqliteStatement::next(bool *ok)
{
    const int rc = sqlite3_step(m_statement);
    if (ok)
        *ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool SqliteStatement::run()
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QVariant SqliteStatement::column(int index) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, index);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
        return QByteArray(data, sqlite3_column_bytes(m_statement, index));
    }
    default:
        return {};
    }
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_lastError(std::move(other.m_lastError))
    , m_lastErrorCode(other.m_lastErrorCode)
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_lastError = std::move(other.m_lastError);
        m_lastErrorCode = other.m_lastErrorCode;
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, Access access)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray encodedPath = path.toUtf8();
    if (sqlite3_open_v2(encodedPath.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        captureError();
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, MaxSqlBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_busy_timeout(m_db, 2000);
    exec(QStringLiteral("PRAGMA cell_size_check=ON"));
    exec(QStringLiteral("PRAGMA mmap_size=0"));
    return true;
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_lastErrorCode = sqlite3_extended_errcode(m_db);
        m_lastError = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        captureError();
        return {};
    }
    return {m_db, statement};
}

QVariant SqliteDatabase::scalar(const QString &sql)
{
    SqliteStatement statement = prepare(sql);
    if (!statement.isValid())
        return {};
    bool ok = false;
    if (statement.next(&ok))
        return statement.column(0);
    if (!ok)
        captureError();
    return {};
}

bool SqliteDatabase::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SqliteDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SqliteDatabase::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db)) {
        const QString keptError = m_lastError;
        exec(QStringLiteral("ROLLBACK"));
        m_lastError = keptError;
    }
}

bool SqliteDatabase::backupTo(const QString &targetPath)
{
    SqliteDatabase target;
    if (!target.open(targetPath, Access::ReadWriteCreate)) {
        m_lastError = target.lastError();
        m_lastErrorCode = target.lastErrorCode();
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", m_db, "main");
    if (!backup) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(target.handle()));
        m_lastErrorCode = sqlite3_extended_errcode(target.handle());
        return false;
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        m_lastError = QString::fromUtf8(sqlite3_errstr(rc));
        m_lastErrorCode = rc;
        return false;
    }
    return true;
}

void SqliteDatabase::captureError()
{
    m_lastErrorCode = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                       : QStringLiteral("cannot open the database");
}

} // namespace Debrief
