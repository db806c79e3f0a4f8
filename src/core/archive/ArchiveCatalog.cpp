#include "ArchiveCatalog.h"

#include "document/Document.h"
#include "storage/SchemaMigrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// Version 1 of the catalog. Later versions append migrations; each runs in one transaction.
const QList<SchemaMigration> &catalogMigrations()
{
    static const QList<SchemaMigration> migrations{
        {1, uR"sql(
CREATE TABLE folder (
    path TEXT PRIMARY KEY,
    available INTEGER NOT NULL DEFAULT 1,
    detail TEXT NOT NULL DEFAULT '',
    last_scan_at TEXT
);
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    file_size INTEGER NOT NULL,
    file_modified INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    readable INTEGER NOT NULL,
    error_reason TEXT NOT NULL DEFAULT '',
    indexed_at TEXT NOT NULL,
    identity TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT '',
    severity_key TEXT NOT NULL DEFAULT '',
    severity_name TEXT NOT NULL DEFAULT '',
    severity_rank INTEGER,
    started_at TEXT,
    ended_at TEXT,
    created_at TEXT,
    archived_at TEXT,
    incident_date TEXT,
    time_to_detect INTEGER,
    time_to_acknowledge INTEGER,
    time_to_mitigate INTEGER,
    time_to_resolve INTEGER,
    impact_duration INTEGER,
    timeline_events INTEGER NOT NULL DEFAULT 0,
    remediation_total INTEGER NOT NULL DEFAULT 0,
    remediation_open INTEGER NOT NULL DEFAULT 0,
    questions_total INTEGER NOT NULL DEFAULT 0,
    questions_discussed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX document_by_hash ON document(content_hash);
CREATE INDEX document_by_date ON document(incident_date);
CREATE TABLE factor (
    document_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    category TEXT NOT NULL,
    tokens TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE TABLE remediation (
    document_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    specific_change TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    kind TEXT NOT NULL,
    tracker_url TEXT NOT NULL,
    tokens TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE INDEX remediation_by_status ON remediation(status, due_date);
CREATE TABLE participant (
    document_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE TABLE coverage (
    document_id INTEGER NOT NULL,
    checklist TEXT NOT NULL,
    questions INTEGER NOT NULL,
    discussed INTEGER NOT NULL,
    PRIMARY KEY (document_id, checklist)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE document_text USING fts5(
    title, reference, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
)sql"_s},
    };
    return migrations;
}

// Commit often enough that a long pass shows its progress to readers and loses little when
// interrupted, rarely enough that commits do not dominate.
constexpr int FilesPerTransaction = 64;
constexpr qint64 MsPerTransaction = 500;

QString isoOrNull(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant isoValue(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant optionalValue(const std::optional<qint64> &seconds)
{
    return seconds ? QVariant(*seconds) : QVariant();
}

std::optional<qint64> optionalSeconds(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime dateTimeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QString contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// [lower, upper) bounds of the paths below `folder`, for an indexed range query.
std::pair<QString, QString> pathRange(const QString &folder)
{
    const QString prefix = folder.endsWith(u'/') ? folder : QString(folder + u'/');
    QString upper = prefix;
    upper.back() = QChar(upper.back().unicode() + 1);
    return {prefix, upper};
}

QString folderProblem(const QString &folder)
{
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return ArchiveCatalog::tr("%1 cannot be reached: it does not exist, or it is on a "
                                  "network share that is not connected.")
            .arg(shown);
    if (!info.isDir())
        return ArchiveCatalog::tr("%1 is not a folder.").arg(shown);
    if (!info.isReadable() || !QDir(folder).isReadable())
        return ArchiveCatalog::tr("%1 cannot be read (permission denied).").arg(shown);
    return {};
}

const QString &entryColumns()
{
    static const QString columns =
        u"d.id, d.path, d.identity, d.title, d.reference, d.status, d.severity_key, "
        u"d.severity_name, d.severity_rank, d.incident_date, d.time_to_detect, "
        u"d.time_to_acknowledge, d.time_to_mitigate, d.time_to_resolve, d.impact_duration, "
        u"d.timeline_events, d.remediation_total, d.remediation_open, "
        u"(SELECT count(*) FROM remediation r WHERE r.document_id = d.id AND r.status != 'done' "
        u"AND r.due_date < ?)"_s;
    return columns;
}
constexpr int EntryColumnCount = 19;

CatalogEntry entryFrom(const SqliteStatement &row)
{
    CatalogEntry entry;
    entry.id = row.column(0).toLongLong();
    entry.path = row.column(1).toString();
    entry.identity = row.column(2).toString();
    entry.title = row.column(3).toString();
    entry.reference = row.column(4).toString();
    entry.status = row.column(5).toString();
    entry.severityKey = row.column(6).toString();
    entry.severityName = row.column(7).toString();
    entry.severityRank = row.column(8).isNull() ? -1 : row.column(8).toInt();
    entry.incidentDate = dateTimeFrom(row.column(9));
    entry.durations.toDetect = optionalSeconds(row.column(10));
    entry.durations.toAcknowledge = optionalSeconds(row.column(11));
    entry.durations.toMitigate = optionalSeconds(row.column(12));
    entry.durations.toResolve = optionalSeconds(row.column(13));
    entry.durations.impact = optionalSeconds(row.column(14));
    entry.timelineEvents = row.column(15).toInt();
    entry.remediationTotal = row.column(16).toInt();
    entry.remediationOpen = row.column(17).toInt();
    entry.remediationOverdue = row.column(18).toInt();
    return entry;
}

} // namespace

QString CatalogEntry::plainSnippet() const
{
    QString text = snippet;
    text.remove(SnippetMatchStart);
    text.remove(SnippetMatchEnd);
    return text;
}

ArchiveCatalog::ArchiveCatalog() = default;
ArchiveCatalog::~ArchiveCatalog() = default;

QString ArchiveCatalog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"archive-catalog.sqlite"_s);
}

QString ArchiveCatalog::normalizedFolder(const QString &folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

QString ArchiveCatalog::fail(QString *error)
{
    const QString message = tr("The archive catalog %1 cannot be used: %2")
                                .arg(QDir::toNativeSeparators(m_path), m_db.lastError());
    if (error)
        *error = message;
    return message;
}

bool ArchiveCatalog::open(const QString &path, QString *error)
{
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot create the folder of the archive catalog %1.").arg(shown);
        return false;
    }
    if (!m_db.open(m_path, SqliteDatabase::Access::ReadWriteCreate)) {
        fail(error);
        return false;
    }
    const QVariant applicationId = m_db.scalar(u"PRAGMA application_id"_s);
    if (!applicationId.isValid()) {
        *error = tr("%1 is not an archive catalog: %2").arg(shown, m_db.lastError());
        m_db.close();
        return false;
    }
    const int version = m_db.scalar(u"PRAGMA user_version"_s).toInt();
    const bool isEmpty = m_db.scalar(u"SELECT count(*) FROM sqlite_schema"_s).toInt() == 0;
    // Only an empty file becomes a catalog: another database is never written to.
    if (quint32(applicationId.toLongLong()) != ApplicationId && (version != 0 || !isEmpty)) {
        *error = tr("%1 is a database of another application, not an archive catalog.").arg(shown);
        m_db.close();
        return false;
    }
    // WAL: searching in the window never waits for the indexer thread, and vice versa.
    m_db.exec(u"PRAGMA journal_mode=WAL"_s);
    m_db.exec(u"PRAGMA synchronous=NORMAL"_s);
    if (isEmpty)
        m_db.exec(u"PRAGMA application_id = %1"_s.arg(qint32(ApplicationId)));
    QString migrationError;
    if (!SchemaMigrations::migrate(m_db, catalogMigrations(), &migrationError)) {
        *error = tr("The archive catalog %1 cannot be used: %2").arg(shown, migrationError);
        m_db.close();
        return false;
    }
    return true;
}

// --- Folders

QList<ArchiveFolder> ArchiveCatalog::folders()
{
    QList<ArchiveFolder> result;
    SqliteStatement select = m_db.prepare(
        u"SELECT path, available, detail, last_scan_at FROM folder ORDER BY path"_s);
    while (select.isValid() && select.next())
        result.append({select.column(0).toString(), select.column(1).toBool(),
                       select.column(2).toString(), dateTimeFrom(select.column(3))});
    return result;
}

bool ArchiveCatalog::addFolder(const QString &folder, QString *error)
{
    SqliteStatement insert =
        m_db.prepare(u"INSERT INTO folder(path) VALUES (?) ON CONFLICT(path) DO NOTHING"_s);
    if (!insert.isValid()) {
        fail(error);
        return false;
    }
    insert.bind(1, normalizedFolder(folder));
    if (!insert.run()) {
        fail(error);
        return false;
    }
    return true;
}

bool ArchiveCatalog::removeFolder(const QString &folder, QString *error)
{
    const QString root = normalizedFolder(folder);
    if (!m_db.begin()) {
        fail(error);
        return false;
    }
    // Files below a folder that stays registered (nested folders) are kept.
    QStringList others;
    for (const ArchiveFolder &known : folders()) {
        if (known.path != root)
            others.append(known.path);
    }
    for (const KnownFile &file : knownUnder(root)) {
        const bool coveredElsewhere = std::any_of(others.cbegin(), others.cend(), [&](const QString &other) {
            return file.path.startsWith(pathRange(other).first);
        });
        if (!coveredElsewhere && !removeDocument(file.id)) {
            fail(error);
            m_db.rollback();
            return false;
        }
    }
    SqliteStatement remove = m_db.prepare(u"DELETE FROM folder WHERE path = ?"_s);
    remove.bind(1, root);
    if (!remove.isValid() || !remove.run() || !m_db.commit()) {
        fail(error);
        m_db.rollback();
        return false;
    }
    return true;
}

bool ArchiveCatalog::setFolderState(const QString &folder, bool available, const QString &detail,
                                    bool scanned)
{
    SqliteStatement upsert = m_db.prepare(
        u"INSERT INTO folder(path, available, detail, last_scan_at) VALUES (?1, ?2, ?3, ?4) "
        u"ON CONFLICT(path) DO UPDATE SET available = ?2, detail = ?3, "
        u"last_scan_at = coalesce(?4, last_scan_at)"_s);
    if (!upsert.isValid())
        return false;
    upsert.bind(1, folder);
    upsert.bind(2, available);
    upsert.bind(3, detail);
    upsert.bind(4, scanned ? QVariant(isoOrNull(QDateTime::currentDateTimeUtc())) : QVariant());
    return upsert.run();
}

// --- Known files

namespace {
const QString KnownColumns =
    u"id, path, file_size, file_modified, content_hash, readable, error_reason"_s;
} // namespace

QList<ArchiveCatalog::KnownFile> ArchiveCatalog::knownUnder(const QString &folder)
{
    QList<KnownFile> result;
    const auto [lower, upper] = pathRange(folder);
    SqliteStatement select = m_db.prepare(u"SELECT "_s + KnownColumns
                                          + u" FROM document WHERE path >= ? AND path < ?"_s);
    if (!select.isValid())
        return result;
    select.bind(1, lower);
    select.bind(2, upper);
    while (select.next())
        result.append({select.column(0).toLongLong(), select.column(1).toString(),
                       select.column(2).toLongLong(), select.column(3).toLongLong(),
                       select.column(4).toString(), select.column(5).toBool(),
                       select.column(6).toString()});
    return result;
}

std::optional<ArchiveCatalog::KnownFile> ArchiveCatalog::knownAt(const QString &path)
{
    SqliteStatement select =
        m_db.prepare(u"SELECT "_s + KnownColumns + u" FROM document WHERE path = ?"_s);
    if (!select.isValid())
        return std::nullopt;
    select.bind(1, path);
    if (!select.next())
        return std::nullopt;
    return KnownFile{select.column(0).toLongLong(), select.column(1).toString(),
                     select.column(2).toLongLong(), select.column(3).toLongLong(),
                     select.column(4).toString(), select.column(5).toBool(),
                     select.column(6).toString()};
}

QList<ArchiveCatalog::KnownFile> ArchiveCatalog::knownWithHash(const QString &hash)
{
    QList<KnownFile> result;
    SqliteStatement select =
        m_db.prepare(u"SELECT "_s + KnownColumns + u" FROM document WHERE content_hash = ?"_s);
    if (!select.isValid())
        return result;
    select.bind(1, hash);
    while (select.next())
        result.append({select.column(0).toLongLong(), select.column(1).toString(),
                       select.column(2).toLongLong(), select.column(3).toLongLong(),
                       select.column(4).toString(), select.column(5).toBool(),
                       select.column(6).toString()});
    return result;
}

// --- Writing documents

bool ArchiveCatalog::removeDocument(qint64 id)
{
    static const QStringList statements{
        u"DELETE FROM factor WHERE document_id = ?"_s,
        u"DELETE FROM remediation WHERE document_id = ?"_s,
        u"DELETE FROM participant WHERE document_id = ?"_s,
        u"DELETE FROM coverage WHERE document_id = ?"_s,
        u"DELETE FROM document_text WHERE rowid = ?"_s,
        u"DELETE FROM document WHERE id = ?"_s,
    };
    for (const QString &sql : statements) {
        SqliteStatement statement = m_db.prepare(sql);
        if (!statement.isValid())
            return false;
        statement.bind(1, id);
        if (!statement.run())
            return false;
    }
    return true;
}

qint64 ArchiveCatalog::writeDocument(qint64 id, const FoundFile &file, const QString &hash,
                                     QString *unreadableReason)
{
    OpenError openError;
    std::unique_ptr<Document> document =
        Document::open(file.path, DocumentFile::Access::ReadOnly, &openError);
    const bool readable = document != nullptr;
    PostMortemSummary summary;
    QString fullText;
    if (readable) {
        summary = summarizeDocument(*document);
        fullText = documentFullText(*document);
        document.reset();
    } else if (openError.reason.isEmpty()) {
        openError.reason = tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(file.path));
    }
    *unreadableReason = readable ? QString() : openError.reason;

    if (id != 0) {
        // Details are rewritten from scratch; the document row keeps its id.
        for (const QString &sql :
             {u"DELETE FROM factor WHERE document_id = ?"_s,
              u"DELETE FROM remediation WHERE document_id = ?"_s,
              u"DELETE FROM participant WHERE document_id = ?"_s,
              u"DELETE FROM coverage WHERE document_id = ?"_s,
              u"DELETE FROM document_text WHERE rowid = ?"_s}) {
            SqliteStatement statement = m_db.prepare(sql);
            statement.bind(1, id);
            if (!statement.isValid() || !statement.run())
                return 0;
        }
    }

    SqliteStatement upsert = m_db.prepare(
        u"INSERT INTO document(id, path, file_size, file_modified, content_hash, readable, "
        u"error_reason, indexed_at, identity, title, reference, status, time_zone, severity_key, "
        u"severity_name, severity_rank, started_at, ended_at, created_at, archived_at, "
        u"incident_date, time_to_detect, time_to_acknowledge, time_to_mitigate, "
        u"time_to_resolve, impact_duration, timeline_events, remediation_total, "
        u"remediation_open, questions_total, questions_discussed) VALUES (?1, ?2, ?3, ?4, ?5, "
        u"?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, "
        u"?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31) "
        u"ON CONFLICT(id) DO UPDATE SET path = ?2, file_size = ?3, file_modified = ?4, "
        u"content_hash = ?5, readable = ?6, error_reason = ?7, indexed_at = ?8, identity = ?9, "
        u"title = ?10, reference = ?11, status = ?12, time_zone = ?13, severity_key = ?14, "
        u"severity_name = ?15, severity_rank = ?16, started_at = ?17, ended_at = ?18, "
        u"created_at = ?19, archived_at = ?20, incident_date = ?21, time_to_detect = ?22, "
        u"time_to_acknowledge = ?23, time_to_mitigate = ?24, time_to_resolve = ?25, "
        u"impact_duration = ?26, timeline_events = ?27, remediation_total = ?28, "
        u"remediation_open = ?29, questions_total = ?30, questions_discussed = ?31 "
        u"RETURNING id"_s);
    if (!upsert.isValid())
        return 0;
    upsert.bind(1, id == 0 ? QVariant() : QVariant(id));
    upsert.bind(2, file.path);
    upsert.bind(3, file.size);
    upsert.bind(4, file.modified);
    upsert.bind(5, hash);
    upsert.bind(6, readable);
    upsert.bind(7, *unreadableReason);
    upsert.bind(8, isoOrNull(QDateTime::currentDateTimeUtc()));
    upsert.bind(9, summary.identity());
    upsert.bind(10, summary.title);
    upsert.bind(11, summary.reference);
    upsert.bind(12, summary.status);
    upsert.bind(13, summary.timeZone);
    upsert.bind(14, summary.severityKey);
    upsert.bind(15, summary.severityName);
    upsert.bind(16, summary.severityRank < 0 ? QVariant() : QVariant(summary.severityRank));
    upsert.bind(17, isoValue(summary.startedAt));
    upsert.bind(18, isoValue(summary.endedAt));
    upsert.bind(19, isoValue(summary.createdAt));
    upsert.bind(20, isoValue(summary.archivedAt));
    upsert.bind(21, isoValue(summary.incidentDate()));
    upsert.bind(22, optionalValue(summary.durations.toDetect));
    upsert.bind(23, optionalValue(summary.durations.toAcknowledge));
    upsert.bind(24, optionalValue(summary.durations.toMitigate));
    upsert.bind(25, optionalValue(summary.durations.toResolve));
    upsert.bind(26, optionalValue(summary.durations.impact));
    upsert.bind(27, summary.timelineEvents);
    upsert.bind(28, int(summary.remediation.size()));
    upsert.bind(29, summary.remediationOpen());
    upsert.bind(30, summary.questionsTotal());
    upsert.bind(31, summary.questionsDiscussed());
    bool ok = false;
    if (!upsert.next(&ok))
        return 0;
    const qint64 documentId = upsert.column(0).toLongLong();
    upsert.reset();
    if (!readable)
        return documentId;

    SqliteStatement factor = m_db.prepare(
        u"INSERT INTO factor(document_id, position, title, description, category, tokens) "
        u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < summary.factors.size(); ++i) {
        const ArchivedFactor &item = summary.factors.at(i);
        factor.bind(1, documentId);
        factor.bind(2, i);
        factor.bind(3, item.title);
        factor.bind(4, item.description);
        factor.bind(5, item.category);
        factor.bind(6, Similarity::join(Similarity::tokens(item.title, item.description)));
        if (!factor.run())
            return 0;
    }
    SqliteStatement remediation = m_db.prepare(
        u"INSERT INTO remediation(document_id, position, title, specific_change, owner, "
        u"due_date, status, priority, kind, tracker_url, tokens) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < summary.remediation.size(); ++i) {
        const ArchivedRemediation &item = summary.remediation.at(i);
        remediation.bind(1, documentId);
        remediation.bind(2, i);
        remediation.bind(3, item.title);
        remediation.bind(4, item.specificChange);
        remediation.bind(5, item.owner);
        remediation.bind(6, item.dueDate.isValid() ? QVariant(item.dueDate.toString(Qt::ISODate))
                                                   : QVariant());
        remediation.bind(7, item.status);
        remediation.bind(8, item.priority);
        remediation.bind(9, item.kind);
        remediation.bind(10, item.trackerUrl);
        remediation.bind(11, Similarity::join(Similarity::tokens(item.title, item.specificChange)));
        if (!remediation.run())
            return 0;
    }
    SqliteStatement participant =
        m_db.prepare(u"INSERT INTO participant(document_id, position, name) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < summary.participants.size(); ++i) {
        participant.bind(1, documentId);
        participant.bind(2, i);
        participant.bind(3, summary.participants.at(i));
        if (!participant.run())
            return 0;
    }
    SqliteStatement coverage = m_db.prepare(
        u"INSERT INTO coverage(document_id, checklist, questions, discussed) VALUES (?, ?, ?, ?)"_s);
    for (const ChecklistCoverage &checklist : std::as_const(summary.coverage)) {
        coverage.bind(1, documentId);
        coverage.bind(2, checklist.checklist);
        coverage.bind(3, checklist.questions);
        coverage.bind(4, checklist.discussed);
        if (!coverage.run())
            return 0;
    }
    SqliteStatement text = m_db.prepare(
        u"INSERT INTO document_text(rowid, title, reference, body) VALUES (?, ?, ?, ?)"_s);
    text.bind(1, documentId);
    text.bind(2, summary.title);
    text.bind(3, summary.reference);
    text.bind(4, fullText);
    if (!text.isValid() || !text.run())
        return 0;
    return documentId;
}

bool ArchiveCatalog::moveDocument(qint64 id, const FoundFile &file)
{
    SqliteStatement update = m_db.prepare(
        u"UPDATE document SET path = ?, file_size = ?, file_modified = ? WHERE id = ?"_s);
    if (!update.isValid())
        return false;
    update.bind(1, file.path);
    update.bind(2, file.size);
    update.bind(3, file.modified);
    update.bind(4, id);
    return update.run();
}

bool ArchiveCatalog::touchDocument(qint64 id, const FoundFile &file)
{
    return moveDocument(id, file);
}

// --- Indexing

IndexReport ArchiveCatalog::index(const QStringList &folders, const IndexCallbacks &callbacks)
{
    IndexReport report;
    auto cancelled = [&] { return callbacks.isCancelled && callbacks.isCancelled(); };
    auto catalogFailed = [&] {
        report.error = fail(nullptr);
        m_db.rollback();
        return report;
    };
    if (!isOpen()) {
        report.error = tr("The archive catalog is not open.");
        return report;
    }

    // 1. Look at the folders: only file names, sizes and times, no file is read yet.
    QList<FoundFile> found;
    QSet<QString> seen;
    QHash<QString, KnownFile> known;
    for (const QString &folder : folders) {
        const QString root = normalizedFolder(folder);
        const QString problem = folderProblem(root);
        if (!problem.isEmpty()) {
            // Its entries stay: a share that is offline today is back tomorrow.
            report.unavailableFolders.append({root, false, problem, {}});
            if (!setFolderState(root, false, problem, false))
                return catalogFailed();
            for (const KnownFile &file : knownUnder(root)) {
                if (!file.readable)
                    report.unreadable.append({file.path, file.reason});
            }
            continue;
        }
        if (!setFolderState(root, true, QString(), false))
            return catalogFailed();
        if (callbacks.scanning)
            callbacks.scanning(root);
        QDirIterator it(root, {u"*.debrief"_s}, QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            const QString path = QDir::cleanPath(info.absoluteFilePath());
            if (seen.contains(path))
                continue;
            seen.insert(path);
            found.append({path, info.size(), info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()});
            if (cancelled()) {
                report.cancelled = true;
                return report;
            }
        }
        for (const KnownFile &file : knownUnder(root))
            known.insert(file.path, file);
    }

    // 2. What changed since the last pass.
    QList<FoundFile> changedOrNew;
    for (const FoundFile &file : std::as_const(found)) {
        const auto it = known.constFind(file.path);
        if (it == known.cend()) {
            changedOrNew.append(file);
        } else if (it->size == file.size && it->modified == file.modified) {
            ++report.unchanged;
            if (!it->readable)
                report.unreadable.append({it->path, it->reason});
        } else {
            changedOrNew.append(file);
        }
    }
    QHash<QString, QList<qint64>> missingByHash;
    QSet<qint64> missing;
    QHash<qint64, KnownFile> knownById;
    for (const KnownFile &file : std::as_const(known)) {
        knownById.insert(file.id, file);
        if (!seen.contains(file.path)) {
            missing.insert(file.id);
            missingByHash[file.hash].append(file.id);
        }
    }

    // 3. Read what needs reading, in batches of transactions.
    const int total = int(changedOrNew.size());
    int done = 0;
    int inTransaction = 0;
    QElapsedTimer transactionAge;
    auto commitBatch = [&] {
        if (inTransaction == 0)
            return true;
        inTransaction = 0;
        return m_db.commit();
    };
    for (const FoundFile &file : std::as_const(changedOrNew)) {
        if (cancelled()) {
            report.cancelled = true;
            break;
        }
        if (callbacks.progress)
            callbacks.progress(done, total, file.path);
        if (inTransaction == 0) {
            if (!m_db.begin())
                return catalogFailed();
            transactionAge.start();
        }
        ++inTransaction;

        const QString hash = contentHash(file.path);
        const auto existing = known.constFind(file.path);
        QString unreadableReason;
        if (existing != known.cend()) {
            if (!hash.isEmpty() && hash == existing->hash) {
                // Touched, not changed.
                if (!touchDocument(existing->id, file))
                    return catalogFailed();
                ++report.unchanged;
                if (!existing->readable)
                    unreadableReason = existing->reason;
            } else {
                if (writeDocument(existing->id, file, hash, &unreadableReason) == 0)
                    return catalogFailed();
                ++report.updated;
            }
        } else {
            // Same content at a new path, and the old path gone: a move, the id stays.
            std::optional<KnownFile> moved;
            if (!hash.isEmpty()) {
                QList<qint64> &candidates = missingByHash[hash];
                if (!candidates.isEmpty()) {
                    const qint64 id = candidates.takeFirst();
                    missing.remove(id);
                    moved = knownById.value(id);
                } else {
                    // Moved from a folder that is not part of this pass.
                    for (const KnownFile &other : knownWithHash(hash)) {
                        if (!seen.contains(other.path) && !known.contains(other.path)
                            && !QFileInfo::exists(other.path)) {
                            moved = other;
                            break;
                        }
                    }
                }
            }
            if (moved) {
                if (!moveDocument(moved->id, file))
                    return catalogFailed();
                ++report.moved;
                if (!moved->readable)
                    unreadableReason = moved->reason;
            } else {
                if (writeDocument(0, file, hash, &unreadableReason) == 0)
                    return catalogFailed();
                ++report.added;
            }
        }
        if (!unreadableReason.isEmpty())
            report.unreadable.append({file.path, unreadableReason});
        ++done;
        if (inTransaction >= FilesPerTransaction || transactionAge.elapsed() >= MsPerTransaction) {
            if (!commitBatch())
                return catalogFailed();
        }
    }
    if (!report.cancelled) {
        if (!missing.isEmpty()) {
            if (inTransaction == 0 && !m_db.begin())
                return catalogFailed();
            ++inTransaction;
        }
        for (qint64 id : std::as_const(missing)) {
            if (!removeDocument(id))
                return catalogFailed();
            ++report.removed;
        }
        for (const QString &folder : folders) {
            const QString root = normalizedFolder(folder);
            if (folderProblem(root).isEmpty() && !setFolderState(root, true, QString(), true))
                return catalogFailed();
        }
    }
    if (!commitBatch())
        return catalogFailed();
    if (callbacks.progress)
        callbacks.progress(done, total, QString());
    return report;
}

IndexReport ArchiveCatalog::reindex(const IndexCallbacks &callbacks)
{
    QStringList paths;
    for (const ArchiveFolder &folder : folders())
        paths.append(folder.path);
    return index(paths, callbacks);
}

bool ArchiveCatalog::indexFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const FoundFile file{QDir::cleanPath(info.absoluteFilePath()), info.size(),
                         info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()};
    if (!m_db.begin()) {
        fail(error);
        return false;
    }
    const std::optional<KnownFile> existing = knownAt(file.path);
    QString unreadableReason;
    const qint64 id = writeDocument(existing ? existing->id : 0, file, contentHash(file.path),
                                    &unreadableReason);
    if (id == 0 || !m_db.commit()) {
        fail(error);
        m_db.rollback();
        return false;
    }
    return true;
}

// --- Reading

QString ArchiveCatalog::snippet(qint64 documentId, const QString &searchText)
{
    const QString match = toFtsQuery(searchText);
    if (match.isEmpty())
        return {};
    SqliteStatement select = m_db.prepare(
        u"SELECT snippet(document_text, -1, ?, ?, ?, 12) FROM document_text "
        u"WHERE document_text MATCH ? AND rowid = ?"_s);
    if (!select.isValid())
        return {};
    const QVariantList binds{QString(CatalogEntry::SnippetMatchStart),
                             QString(CatalogEntry::SnippetMatchEnd), u"…"_s, match, documentId};
    for (int i = 0; i < binds.size(); ++i)
        select.bind(i + 1, binds.at(i));
    return select.next() ? select.column(0).toString() : QString();
}

QList<CatalogEntry> ArchiveCatalog::search(const ArchiveQuery &query, const QDate &today,
                                           QString *error)
{
    QList<CatalogEntry> result;
    const QString match = toFtsQuery(query.text);
    QVariantList binds{today.toString(Qt::ISODate)};
    QString sql = u"SELECT "_s + entryColumns();
    if (match.isEmpty()) {
        sql += u", 0.0, '' FROM document d WHERE d.readable = 1"_s;
    } else {
        // Title and reference weigh more than the body: a hit there is what people look for.
        sql += u", bm25(document_text, 10.0, 5.0, 1.0), "_s
               + (query.withSnippets ? u"snippet(document_text, -1, ?, ?, ?, 12) "_s : u"'' "_s)
               + u"FROM document_text JOIN document d ON d.id = document_text.rowid "
                 u"WHERE d.readable = 1 AND document_text MATCH ?"_s;
        if (query.withSnippets)
            binds << QString(CatalogEntry::SnippetMatchStart)
                  << QString(CatalogEntry::SnippetMatchEnd) << u"…"_s;
        binds << match;
    }
    auto addIn = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        sql += u" AND "_s + column + u" IN ("_s + QStringList(values.size(), u"?"_s).join(u", "_s)
               + u')';
        for (const QString &value : values)
            binds << value;
    };
    addIn(u"d.severity_key"_s, query.severityKeys);
    addIn(u"d.status"_s, query.statuses);
    if (query.from.isValid()) {
        sql += u" AND d.incident_date >= ?"_s;
        binds << QDateTime(query.from, QTime(0, 0), QTimeZone::UTC).toString(Qt::ISODateWithMs);
    }
    if (query.to.isValid()) {
        sql += u" AND d.incident_date < ?"_s;
        binds << QDateTime(query.to.addDays(1), QTime(0, 0), QTimeZone::UTC)
                     .toString(Qt::ISODateWithMs);
    }
    if (query.openRemediationOnly)
        sql += u" AND d.remediation_open > 0"_s;

    const QString direction = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    ArchiveQuery::Sort sort = query.sort;
    if (sort == ArchiveQuery::Sort::Relevance && match.isEmpty())
        sort = ArchiveQuery::Sort::Date;
    switch (sort) {
    case ArchiveQuery::Sort::Relevance:
        sql += u" ORDER BY bm25(document_text, 10.0, 5.0, 1.0) "_s + direction
               + u", d.incident_date DESC"_s;
        break;
    case ArchiveQuery::Sort::Date:
        if (query.sort == ArchiveQuery::Sort::Relevance)
            sql += u" ORDER BY d.incident_date IS NULL, d.incident_date DESC, d.id"_s;
        else
            sql += u" ORDER BY d.incident_date IS NULL, d.incident_date "_s + direction
                   + u", d.title COLLATE NOCASE, d.id"_s;
        break;
    case ArchiveQuery::Sort::Severity:
        sql += u" ORDER BY d.severity_rank IS NULL, d.severity_rank "_s + direction
               + u", d.incident_date DESC, d.id"_s;
        break;
    case ArchiveQuery::Sort::Title:
        sql += u" ORDER BY d.title = '', d.title COLLATE NOCASE "_s + direction
               + u", d.incident_date DESC, d.id"_s;
        break;
    }
    sql += u" LIMIT ?"_s;
    binds << std::max(0, query.limit);

    SqliteStatement select = m_db.prepare(sql);
    if (!select.isValid()) {
        fail(error);
        return result;
    }
    for (int i = 0; i < binds.size(); ++i)
        select.bind(i + 1, binds.at(i));
    bool ok = true;
    while (select.next(&ok)) {
        CatalogEntry entry = entryFrom(select);
        entry.relevance = select.column(EntryColumnCount).toDouble();
        entry.snippet = select.column(EntryColumnCount + 1).toString();
        result.append(std::move(entry));
    }
    if (!ok) {
        fail(error);
        return {};
    }
    return result;
}

std::optional<CatalogEntry> ArchiveCatalog::entry(qint64 id, const QDate &today)
{
    SqliteStatement select = m_db.prepare(u"SELECT "_s + entryColumns()
                                          + u" FROM document d WHERE d.id = ?"_s);
    if (!select.isValid())
        return std::nullopt;
    select.bind(1, today.toString(Qt::ISODate));
    select.bind(2, id);
    if (!select.next())
        return std::nullopt;
    return entryFrom(select);
}

QList<CatalogEntry> ArchiveCatalog::entries(const QDate &today)
{
    QList<CatalogEntry> result;
    SqliteStatement select = m_db.prepare(
        u"SELECT "_s + entryColumns()
        + u" FROM document d WHERE d.readable = 1 ORDER BY d.incident_date, d.id"_s);
    if (!select.isValid())
        return result;
    select.bind(1, today.toString(Qt::ISODate));
    while (select.next())
        result.append(entryFrom(select));
    return result;
}

int ArchiveCatalog::documentCount()
{
    return m_db.scalar(u"SELECT count(*) FROM document WHERE readable = 1"_s).toInt();
}

QList<UnreadableFile> ArchiveCatalog::unreadableFiles(const QString &underFolder)
{
    QList<UnreadableFile> result;
    QString sql = u"SELECT path, error_reason FROM document WHERE readable = 0"_s;
    const bool limited = !underFolder.isEmpty();
    if (limited)
        sql += u" AND path >= ? AND path < ?"_s;
    SqliteStatement select = m_db.prepare(sql + u" ORDER BY path"_s);
    if (!select.isValid())
        return result;
    if (limited) {
        const auto [lower, upper] = pathRange(normalizedFolder(underFolder));
        select.bind(1, lower);
        select.bind(2, upper);
    }
    while (select.next())
        result.append({select.column(0).toString(), select.column(1).toString()});
    return result;
}

QList<CatalogSeverity> ArchiveCatalog::severities()
{
    QList<CatalogSeverity> result;
    SqliteStatement select = m_db.prepare(
        u"SELECT severity_key, max(severity_name), min(severity_rank) FROM document "
        u"WHERE readable = 1 AND severity_key != '' GROUP BY severity_key "
        u"ORDER BY min(severity_rank), severity_key"_s);
    while (select.isValid() && select.next())
        result.append({select.column(0).toString(), select.column(1).toString(),
                       select.column(2).isNull() ? -1 : select.column(2).toInt()});
    return result;
}

QList<CatalogFactor> ArchiveCatalog::factors()
{
    QList<CatalogFactor> result;
    SqliteStatement select = m_db.prepare(
        u"SELECT document_id, title, description, category, tokens FROM factor "
        u"ORDER BY document_id, position"_s);
    while (select.isValid() && select.next())
        result.append({select.column(0).toLongLong(),
                       {select.column(1).toString(), select.column(2).toString(),
                        select.column(3).toString()},
                       Similarity::split(select.column(4).toString())});
    return result;
}

QList<CatalogRemediation> ArchiveCatalog::remediationItems()
{
    QList<CatalogRemediation> result;
    SqliteStatement select = m_db.prepare(
        u"SELECT document_id, title, specific_change, owner, due_date, status, priority, kind, "
        u"tracker_url, tokens FROM remediation ORDER BY document_id, position"_s);
    while (select.isValid() && select.next()) {
        CatalogRemediation row;
        row.documentId = select.column(0).toLongLong();
        row.item.title = select.column(1).toString();
        row.item.specificChange = select.column(2).toString();
        row.item.owner = select.column(3).toString();
        row.item.dueDate = QDate::fromString(select.column(4).toString(), Qt::ISODate);
        row.item.status = select.column(5).toString();
        row.item.priority = select.column(6).toString();
        row.item.kind = select.column(7).toString();
        row.item.trackerUrl = select.column(8).toString();
        row.tokens = Similarity::split(select.column(9).toString());
        result.append(std::move(row));
    }
    return result;
}

} // namespace Debrief
