// The archive catalog: schema, incremental indexing, unreadable files, unavailable folders,
// full-text search with hostile input, filters, sorting, the result model and the indexer
// thread.
#include "ArchiveFixtures.h"
#include "TestSupport.h"
#include "archive/ArchiveCatalog.h"
#include "archive/ArchiveIndexer.h"
#include "archive/ArchiveQuery.h"
#include "archive/ArchiveSearchModel.h"
#include "document/Document.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 6, 1);

ArchiveQuery textQuery(const QString &text)
{
    ArchiveQuery query;
    query.text = text;
    return query;
}

ArchiveFixtures::Spec spec(const QString &title)
{
    ArchiveFixtures::Spec result;
    result.title = title;
    result.milestones = ArchiveFixtures::standardMilestones();
    return result;
}

void writeOrFail(const QString &path, const ArchiveFixtures::Spec &fixture)
{
    QString error;
    QVERIFY2(ArchiveFixtures::write(path, fixture, &error), qPrintable(error));
}

// A new modification time, as a copy or an editor would leave.
void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
}

QStringList titles(const QList<CatalogEntry> &entries)
{
    QStringList result;
    for (const CatalogEntry &entry : entries)
        result.append(entry.title);
    return result;
}

} // namespace

class TestArchiveCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folderCount = 0;
    std::unique_ptr<ArchiveCatalog> m_hostileTarget;

    QString newFolder()
    {
        const QString path = m_dir.filePath(u"archive-%1"_s.arg(++m_folderCount));
        QDir().mkpath(path);
        return path;
    }

    QString newCatalogPath() { return m_dir.filePath(u"catalog-%1.sqlite"_s.arg(++m_folderCount)); }

    void openCatalog(ArchiveCatalog &catalog)
    {
        QString error;
        QVERIFY2(catalog.open(newCatalogPath(), &error), qPrintable(error));
    }

    // The FTS5 table agrees with its own index and holds one row per readable post-mortem.
    void verifyFullTextConsistent(ArchiveCatalog &catalog)
    {
        QVERIFY2(catalog.database().exec(
                     u"INSERT INTO document_text(document_text) VALUES ('integrity-check')"_s),
                 qPrintable(catalog.database().lastError()));
        QCOMPARE(catalog.database().scalar(u"SELECT count(*) FROM document_text"_s).toInt(),
                 catalog.documentCount());
        QCOMPARE(catalog.database()
                     .scalar(u"SELECT count(*) FROM document_text t LEFT JOIN document d ON "
                             u"d.id = t.rowid WHERE d.id IS NULL OR d.readable = 0"_s)
                     .toInt(),
                 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultPathIsInAppData()
    {
        QVERIFY(ArchiveCatalog::defaultPath().endsWith(u"/archive-catalog.sqlite"_s));
        QVERIFY(ArchiveCatalog::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void schemaIsVersioned()
    {
        const QString path = newCatalogPath();
        {
            ArchiveCatalog catalog;
            QString error;
            QVERIFY2(catalog.open(path, &error), qPrintable(error));
            QCOMPARE(catalog.database().scalar(u"PRAGMA user_version"_s).toInt(),
                     ArchiveCatalog::SchemaVersion);
            QCOMPARE(quint32(catalog.database().scalar(u"PRAGMA application_id"_s).toLongLong()),
                     ArchiveCatalog::ApplicationId);
            QCOMPARE(catalog.database().scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        }
        {
            // Reopening does not migrate again.
            ArchiveCatalog catalog;
            QString error;
            QVERIFY2(catalog.open(path, &error), qPrintable(error));
            QVERIFY(catalog.database().exec(u"PRAGMA user_version = 99"_s));
        }
        ArchiveCatalog newer;
        QString error;
        QVERIFY(!newer.open(path, &error));
        QVERIFY2(error.contains(u"99"_s), qPrintable(error));

        // Another application's database is left alone.
        ArchiveCatalog foreign;
        const QString foreignPath = m_dir.filePath(u"foreign-copy.sqlite"_s);
        QVERIFY(QFile::copy(TestSupport::dataPath(u"foreign.debrief"_s), foreignPath));
        QVERIFY(!foreign.open(foreignPath, &error));
        QVERIFY2(error.contains(u"another application"_s), qPrintable(error));
    }

    void indexesRecursivelyWithDetails()
    {
        const QString folder = newFolder();
        QDir(folder).mkpath(u"2026/march"_s);
        ArchiveFixtures::Spec first = spec(u"Parcel tracking unavailable"_s);
        first.reference = u"INC-1"_s;
        first.severityKey = u"SEV1"_s;
        first.participants = {u"Mira Lindqvist"_s, u"Daniel Okafor"_s};
        first.factors = {{u"Private CA bundle in the image"_s, u"Not the shared one"_s, u"technology"_s}};
        first.remediation = {{u"Use the shared CA bundle"_s, u"Priya"_s, u"done"_s, QDate(2026, 4, 1)},
                             {u"Alert routes reach a person"_s, u"Daniel"_s, u"open"_s, QDate(2026, 5, 1)},
                             {u"Runbook branch for TLS"_s, u"Mira"_s, u"in-progress"_s, QDate(2026, 7, 1)}};
        first.questions = {{u"people"_s, u"discussed"_s}, {u"people"_s, u"open"_s},
                           {u"process"_s, u"discussed"_s}};
        writeOrFail(QDir(folder).filePath(u"2026/march/tracking.debrief"_s), first);
        writeOrFail(QDir(folder).filePath(u"second.debrief"_s), spec(u"Second"_s));
        // Not documents: other extensions and hidden files are ignored.
        QFile other(QDir(folder).filePath(u"notes.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("notes");
        other.close();
        QVERIFY(QFile::copy(QDir(folder).filePath(u"second.debrief"_s),
                            QDir(folder).filePath(u".hidden.debrief"_s)));

        ArchiveCatalog catalog;
        openCatalog(catalog);
        const IndexReport report = catalog.index({folder});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.unreadable.size(), 0);
        QCOMPARE(catalog.documentCount(), 2);
        QCOMPARE(catalog.folders().size(), 1);
        QCOMPARE(catalog.folders().constFirst().path, ArchiveCatalog::normalizedFolder(folder));
        QVERIFY(catalog.folders().constFirst().lastScan.isValid());

        ArchiveQuery query;
        query.text = u"parcel"_s;
        const QList<CatalogEntry> found = catalog.search(query, Today);
        QCOMPARE(found.size(), 1);
        const CatalogEntry &entry = found.constFirst();
        QCOMPARE(entry.title, u"Parcel tracking unavailable"_s);
        QCOMPARE(entry.reference, u"INC-1"_s);
        QCOMPARE(entry.severityKey, u"SEV1"_s);
        QCOMPARE(entry.severityName, u"Critical"_s);
        QCOMPARE(entry.severityRank, 0);
        QCOMPARE(entry.status, u"published"_s);
        QCOMPARE(entry.incidentDate, QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::UTC));
        QCOMPARE(entry.durations.toDetect, std::optional<qint64>(12 * 60));
        QCOMPARE(entry.durations.toResolve, std::optional<qint64>(180 * 60));
        QCOMPARE(entry.remediationTotal, 3);
        QCOMPARE(entry.remediationOpen, 2);
        QCOMPARE(entry.remediationOverdue, 1); // due 2026-05-01, before Today, not done
        QVERIFY(entry.path.endsWith(u"2026/march/tracking.debrief"_s));

        // Participants, factors, remediation and coverage are in the catalog, searchable too.
        QCOMPARE(catalog.search(textQuery(u"Okafor"_s), Today).size(), 1);
        QCOMPARE(catalog.factors().size(), 1);
        QCOMPARE(catalog.factors().constFirst().factor.category, u"technology"_s);
        QCOMPARE(catalog.remediationItems().size(), 3);
        QCOMPARE(catalog.database()
                     .scalar(u"SELECT questions_discussed || '/' || questions_total FROM document "
                             u"WHERE title = 'Parcel tracking unavailable'"_s)
                     .toString(),
                 u"2/3"_s);
        verifyFullTextConsistent(catalog);
    }

    void incrementalIndexing()
    {
        const QString folder = newFolder();
        const QDir dir(folder);
        for (const QString &name : {u"keep"_s, u"change"_s, u"move"_s, u"delete"_s, u"touch"_s})
            writeOrFail(dir.filePath(name + u".debrief"_s), spec(u"Incident "_s + name));
        ArchiveCatalog catalog;
        openCatalog(catalog);
        QCOMPARE(catalog.index({folder}).added, 5);
        const auto idOf = [&](const QString &title) {
            return catalog.database()
                .scalar(u"SELECT id FROM document WHERE title = '%1'"_s.arg(title))
                .toLongLong();
        };
        const qint64 movedId = idOf(u"Incident move"_s);
        const qint64 changedId = idOf(u"Incident change"_s);

        // Nothing happened: nothing is read again.
        IndexReport report = catalog.index({folder});
        QCOMPARE(report.unchanged, 5);
        QCOMPARE(report.added + report.updated + report.moved + report.removed, 0);

        {
            OpenError error;
            auto document = Document::open(dir.filePath(u"change.debrief"_s),
                                           DocumentFile::Access::ReadWrite, &error);
            QVERIFY2(document, qPrintable(error.reason));
            document->setIncidentValue(IncidentField::Title, u"Incident changed title"_s);
            QVERIFY(document->saveNow());
        }
        setModified(dir.filePath(u"change.debrief"_s), QDateTime::currentDateTimeUtc().addSecs(5));
        setModified(dir.filePath(u"touch.debrief"_s), QDateTime::currentDateTimeUtc().addSecs(5));
        QVERIFY(dir.mkpath(u"sub"_s));
        QVERIFY(QFile::rename(dir.filePath(u"move.debrief"_s), dir.filePath(u"sub/moved.debrief"_s)));
        QVERIFY(QFile::remove(dir.filePath(u"delete.debrief"_s)));
        writeOrFail(dir.filePath(u"new.debrief"_s), spec(u"Incident new"_s));

        report = catalog.index({folder});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.added, 1);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.moved, 1);
        QCOMPARE(report.removed, 1);
        QCOMPARE(report.unchanged, 2); // keep, and touch (same content, new time)
        QCOMPARE(catalog.documentCount(), 5);

        // A move keeps the id, a change keeps the id and updates the text.
        QCOMPARE(idOf(u"Incident move"_s), movedId);
        QVERIFY(catalog.entry(movedId, Today)->path.endsWith(u"sub/moved.debrief"_s));
        QCOMPARE(idOf(u"Incident changed title"_s), changedId);
        QCOMPARE(catalog.search(textQuery(u"changed"_s), Today).size(), 1);
        QCOMPARE(catalog.search(textQuery(u"\"Incident delete\""_s), Today).size(), 0);
        verifyFullTextConsistent(catalog);
    }

    void moveAcrossFoldersKeepsId()
    {
        const QString first = newFolder();
        const QString second = newFolder();
        writeOrFail(QDir(first).filePath(u"a.debrief"_s), spec(u"Travelling post-mortem"_s));
        ArchiveCatalog catalog;
        openCatalog(catalog);
        catalog.index({first, second});
        const qint64 id = catalog.entries(Today).constFirst().id;
        QVERIFY(QFile::rename(QDir(first).filePath(u"a.debrief"_s),
                              QDir(second).filePath(u"a.debrief"_s)));
        // Only the destination is indexed: the old path is gone, so it is a move.
        const IndexReport report = catalog.index({second});
        QCOMPARE(report.moved, 1);
        QCOMPARE(report.added, 0);
        QCOMPARE(catalog.entries(Today).constFirst().id, id);
        QCOMPARE(catalog.documentCount(), 1);
    }

    void copiesAreSeparateDocuments()
    {
        const QString folder = newFolder();
        writeOrFail(QDir(folder).filePath(u"a.debrief"_s), spec(u"Copied post-mortem"_s));
        QVERIFY(QFile::copy(QDir(folder).filePath(u"a.debrief"_s), QDir(folder).filePath(u"b.debrief"_s)));
        ArchiveCatalog catalog;
        openCatalog(catalog);
        const IndexReport report = catalog.index({folder});
        QCOMPARE(report.added, 2);
        QCOMPARE(report.moved, 0);
    }

    void unreadableFilesAreListedAndNeverStopTheIndex()
    {
        const QString folder = newFolder();
        const QStringList corpus{u"damaged"_s, u"empty"_s,  u"foreign"_s, u"newer-version"_s,
                                 u"no-schema"_s, u"random"_s, u"text"_s,   u"truncated"_s};
        for (const QString &name : corpus)
            QVERIFY(QFile::copy(TestSupport::dataPath(name + u".debrief"_s),
                                QDir(folder).filePath(name + u".debrief"_s)));
        QVERIFY(QFile::copy(TestSupport::dataPath(u"valid-v1.debrief"_s),
                            QDir(folder).filePath(u"valid-v1.debrief"_s)));
        writeOrFail(QDir(folder).filePath(u"zz-last.debrief"_s), spec(u"Indexed after the bad ones"_s));

        ArchiveCatalog catalog;
        openCatalog(catalog);
        IndexReport report = catalog.index({folder});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.added, int(corpus.size()) + 2);
        QCOMPARE(report.unreadable.size(), corpus.size());
        for (const UnreadableFile &file : std::as_const(report.unreadable))
            QVERIFY2(!file.reason.isEmpty(), qPrintable(file.path));
        QCOMPARE(catalog.documentCount(), 2);
        QCOMPARE(catalog.unreadableFiles(folder).size(), corpus.size());
        const QString newerReason = [&] {
            for (const UnreadableFile &file : catalog.unreadableFiles())
                if (file.path.endsWith(u"newer-version.debrief"_s))
                    return file.reason;
            return QString();
        }();
        QVERIFY2(newerReason.contains(u"newer version"_s), qPrintable(newerReason));
        QCOMPARE(titles(catalog.search({}, Today)).size(), 2);
        QVERIFY(titles(catalog.search({}, Today)).contains(u"Checkout latency"_s));

        // Unchanged unreadable files are reported again without being reread.
        report = catalog.index({folder});
        QCOMPARE(report.unchanged, int(corpus.size()) + 2);
        QCOMPARE(report.unreadable.size(), corpus.size());

        // Fixed in place (a complete copy replaced the truncated file): readable now.
        QVERIFY(QFile::remove(QDir(folder).filePath(u"truncated.debrief"_s)));
        QVERIFY(QFile::copy(TestSupport::dataPath(u"valid-v1.debrief"_s),
                            QDir(folder).filePath(u"truncated.debrief"_s)));
        setModified(QDir(folder).filePath(u"truncated.debrief"_s),
                    QDateTime::currentDateTimeUtc().addSecs(5));
        report = catalog.index({folder});
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unreadable.size(), corpus.size() - 1);
        QCOMPARE(catalog.documentCount(), 3);
        verifyFullTextConsistent(catalog);
    }

    void unavailableFolderKeepsItsEntries()
    {
        const QString folder = newFolder();
        writeOrFail(QDir(folder).filePath(u"a.debrief"_s), spec(u"On the share"_s));
        ArchiveCatalog catalog;
        openCatalog(catalog);
        QCOMPARE(catalog.index({folder}).added, 1);

        const QString away = folder + u"-unmounted"_s;
        QVERIFY(QDir().rename(folder, away));
        IndexReport report = catalog.reindex();
        QVERIFY(report.succeeded());
        QCOMPARE(report.unavailableFolders.size(), 1);
        QVERIFY2(report.unavailableFolders.constFirst().detail.contains(u"cannot be reached"_s),
                 qPrintable(report.unavailableFolders.constFirst().detail));
        QCOMPARE(report.removed, 0);
        QCOMPARE(catalog.documentCount(), 1);
        QCOMPARE(catalog.folders().constFirst().available, false);
        QVERIFY(!catalog.folders().constFirst().detail.isEmpty());

        QVERIFY(QDir().rename(away, folder));
        report = catalog.reindex();
        QCOMPARE(report.unavailableFolders.size(), 0);
        QCOMPARE(report.unchanged, 1);
        QCOMPARE(catalog.folders().constFirst().available, true);
    }

    void removeFolderForgetsItsDocuments()
    {
        const QString first = newFolder();
        const QString second = newFolder();
        writeOrFail(QDir(first).filePath(u"a.debrief"_s), spec(u"First folder"_s));
        writeOrFail(QDir(second).filePath(u"b.debrief"_s), spec(u"Second folder"_s));
        ArchiveCatalog catalog;
        openCatalog(catalog);
        catalog.index({first, second});
        QString error;
        QVERIFY2(catalog.removeFolder(first, &error), qPrintable(error));
        QCOMPARE(titles(catalog.search({}, Today)), QStringList{u"Second folder"_s});
        QCOMPARE(catalog.folders().size(), 1);
        QVERIFY(QFile::exists(QDir(first).filePath(u"a.debrief"_s)));
        verifyFullTextConsistent(catalog);
    }

    void indexFileAddsOneDocumentAtOnce()
    {
        const QString folder = newFolder();
        ArchiveCatalog catalog;
        openCatalog(catalog);
        const QString path = QDir(folder).filePath(u"single.debrief"_s);
        writeOrFail(path, spec(u"Indexed right away"_s));
        QString error;
        QVERIFY2(catalog.indexFile(path, &error), qPrintable(error));
        QCOMPARE(catalog.documentCount(), 1);
        // Again: updated in place, not duplicated.
        QVERIFY(catalog.indexFile(path, &error));
        QCOMPARE(catalog.documentCount(), 1);
        verifyFullTextConsistent(catalog);
    }

    void ftsQueryShape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("only punctuation") << u"() \" * : ^ -"_s << u""_s;
        QTest::newRow("words are prefixes") << u"cert rot"_s << u"\"cert\"* \"rot\"*"_s;
        QTest::newRow("phrase") << u"\"connection pool\" db"_s << u"\"connection pool\" \"db\"*"_s;
        QTest::newRow("phrase being typed") << u"\"connection po"_s << u"\"connection po\"*"_s;
        QTest::newRow("operators are words") << u"a OR b NOT c"_s << u"\"a\"* \"OR\"* \"b\"* \"NOT\"* \"c\"*"_s;
        QTest::newRow("column filter") << u"title:secret"_s << u"\"title\"* \"secret\"*"_s;
        QTest::newRow("near") << u"NEAR(a b, 2)"_s << u"\"NEAR\"* \"a\"* \"b\"* \"2\"*"_s;
        QTest::newRow("accents kept") << u"Überlast café"_s << u"\"Überlast\"* \"café\"*"_s;
        QTest::newRow("quote inside word") << u"ab\"cd"_s << u"\"ab\"* \"cd\"*"_s;
    }

    void ftsQueryShape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(toFtsQuery(input), expected);
    }

    void hostileQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text :
             {u"\""_s, u"\"unbalanced"_s, u"(("_s, u")("_s, u"a OR"_s, u"NOT"_s, u"AND AND"_s,
              u"title:foo"_s, u"{title body}: x"_s, u"*"_s, u"^start"_s, u"-x"_s, u"+"_s,
              u"'; DROP TABLE document; --"_s, u"\"; DELETE FROM document_text; --"_s,
              u"NEAR(a b"_s, u"a\"b\"c\"d"_s, u"\"\"\"\""_s, u"x* y*"_s, u"rank:1"_s,
              u"\\0 \\n %s %n"_s, u"💥 ∑ 日本語"_s, u"match('x')"_s, u"col:"_s,
              QString(20000, u'a'), QString(QString(5000, u'(') + u"x"_s), QString(300, u'"'),
              QStringList(500, u"w"_s).join(u" OR "_s)}) {
            QTest::newRow(qPrintable(text.left(30))) << text;
        }
        QTest::newRow("nul") << QString(QChar(0)) + u"abc"_s;
    }

    void hostileQueriesNeverFail()
    {
        QFETCH(QString, text);
        if (!m_hostileTarget) {
            m_hostileTarget = std::make_unique<ArchiveCatalog>();
            const QString folder = newFolder();
            writeOrFail(QDir(folder).filePath(u"a.debrief"_s), spec(u"Hostile query target"_s));
            openCatalog(*m_hostileTarget);
            m_hostileTarget->index({folder});
        }
        for (ArchiveQuery::Sort sort : {ArchiveQuery::Sort::Relevance, ArchiveQuery::Sort::Title}) {
            ArchiveQuery query;
            query.text = text;
            query.sort = sort;
            QString error;
            m_hostileTarget->search(query, Today, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(m_hostileTarget->documentCount(), 1);
        QCOMPARE(m_hostileTarget->database().scalar(u"SELECT count(*) FROM document_text"_s).toInt(), 1);
        QCOMPARE(m_hostileTarget->search(textQuery(u"hostile"_s), Today).size(), 1);
    }

    void searchMatchesAnyFieldWithPrefixes()
    {
        const QString folder = newFolder();
        ArchiveFixtures::Spec tls = spec(u"Tracking unavailable"_s);
        tls.factors = {{u"Certificate rotation without client checks"_s, {}, u"technology"_s}};
        tls.timelineTexts = {u"The pager fired for checkout-api latency"_s};
        writeOrFail(QDir(folder).filePath(u"tls.debrief"_s), tls);
        ArchiveFixtures::Spec queue = spec(u"Queue backlog"_s);
        queue.summary = u"Café orders were delayed; the Überlast alarm went off"_s;
        writeOrFail(QDir(folder).filePath(u"queue.debrief"_s), queue);
        ArchiveCatalog catalog;
        openCatalog(catalog);
        catalog.index({folder});

        auto search = [&](const QString &text) {
            return titles(catalog.search(textQuery(text), Today));
        };
        QCOMPARE(search(u"certif"_s), QStringList{u"Tracking unavailable"_s});
        QCOMPARE(search(u"ce"_s), QStringList{u"Tracking unavailable"_s}); // short prefix
        QCOMPARE(search(u"pager checkout"_s), QStringList{u"Tracking unavailable"_s});
        QCOMPARE(search(u"\"checkout api latency\""_s), QStringList{u"Tracking unavailable"_s});
        QCOMPARE(search(u"\"latency checkout\""_s), QStringList{});
        QCOMPARE(search(u"cafe uberlast"_s), QStringList{u"Queue backlog"_s}); // accents folded
        QCOMPARE(search(u"BACKLOG"_s), QStringList{u"Queue backlog"_s});
        QCOMPARE(search(u"nothing-like-this"_s), QStringList{});
        // Snippets mark the matches.
        const QList<CatalogEntry> hits = catalog.search(textQuery(u"pager"_s), Today);
        QVERIFY2(hits.constFirst().snippet.contains(CatalogEntry::SnippetMatchStart + u"pager"_s
                                                    + CatalogEntry::SnippetMatchEnd),
                 qPrintable(hits.constFirst().plainSnippet()));
        QVERIFY(!hits.constFirst().plainSnippet().contains(CatalogEntry::SnippetMatchStart));
        // Without snippets the results are the same; one snippet is then asked for alone.
        ArchiveQuery lean = textQuery(u"pager"_s);
        lean.withSnippets = false;
        const QList<CatalogEntry> leanHits = catalog.search(lean, Today);
        QCOMPARE(titles(leanHits), titles(hits));
        QVERIFY(leanHits.constFirst().snippet.isEmpty());
        QCOMPARE(catalog.snippet(leanHits.constFirst().id, u"pager"_s), hits.constFirst().snippet);
        QVERIFY(catalog.snippet(leanHits.constFirst().id, u"nothing-like-this"_s).isEmpty());
        // The browser's model fetches the snippet when a view asks for it.
        ArchiveSearchModel model(&catalog);
        model.setToday(Today);
        model.setQuery(textQuery(u"pager"_s));
        QCOMPARE(model.index(0, 0).data(ArchiveSearchModel::SnippetRole).toString(),
                 hits.constFirst().snippet);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 hits.constFirst().plainSnippet());
    }

    void filtersAndSorting()
    {
        const QString folder = newFolder();
        struct Row
        {
            QString title;
            QString severity;
            QDate date;
            QString status;
            bool openItem;
        };
        const QList<Row> rows{
            {u"Bravo database outage"_s, u"SEV1"_s, QDate(2026, 1, 15), u"published"_s, true},
            {u"alpha cache stampede"_s, u"SEV3"_s, QDate(2026, 2, 20), u"draft"_s, false},
            {u"Charlie DNS database"_s, u"SEV2"_s, QDate(2026, 3, 5), u"published"_s, false},
            {u"Delta database database database"_s, u""_s, QDate(2025, 12, 1), u"in-review"_s, true},
        };
        for (int i = 0; i < rows.size(); ++i) {
            ArchiveFixtures::Spec fixture = spec(rows.at(i).title);
            fixture.severityKey = rows.at(i).severity;
            fixture.startedAt = QDateTime(rows.at(i).date, QTime(12, 0), QTimeZone::UTC);
            fixture.status = rows.at(i).status;
            fixture.remediation = {{u"Item"_s, u"Ann"_s, rows.at(i).openItem ? u"open"_s : u"done"_s, {}}};
            writeOrFail(QDir(folder).filePath(u"doc%1.debrief"_s.arg(i)), fixture);
        }
        ArchiveCatalog catalog;
        openCatalog(catalog);
        catalog.index({folder});

        auto run = [&](ArchiveQuery query) {
            QString error;
            const QStringList result = titles(catalog.search(query, Today, &error));
            if (!error.isEmpty())
                qWarning() << error;
            return result;
        };
        ArchiveQuery query;
        query.sort = ArchiveQuery::Sort::Date;
        query.order = Qt::DescendingOrder;
        QCOMPARE(run(query), (QStringList{u"Charlie DNS database"_s, u"alpha cache stampede"_s,
                                          u"Bravo database outage"_s,
                                          u"Delta database database database"_s}));
        query.order = Qt::AscendingOrder;
        QCOMPARE(run(query).constFirst(), u"Delta database database database"_s);
        query.sort = ArchiveQuery::Sort::Title;
        QCOMPARE(run(query), (QStringList{u"alpha cache stampede"_s, u"Bravo database outage"_s,
                                          u"Charlie DNS database"_s,
                                          u"Delta database database database"_s}));
        query.sort = ArchiveQuery::Sort::Severity;
        QCOMPARE(run(query), (QStringList{u"Bravo database outage"_s, u"Charlie DNS database"_s,
                                          u"alpha cache stampede"_s,
                                          u"Delta database database database"_s}));
        query.order = Qt::DescendingOrder; // least severe first; no severity stays last
        QCOMPARE(run(query).constLast(), u"Delta database database database"_s);
        QCOMPARE(run(query).constFirst(), u"alpha cache stampede"_s);

        ArchiveQuery filtered;
        filtered.severityKeys = {u"SEV1"_s, u"SEV2"_s};
        QCOMPARE(run(filtered).size(), 2);
        filtered = {};
        filtered.statuses = {u"published"_s};
        QCOMPARE(run(filtered).size(), 2);
        filtered = {};
        filtered.from = QDate(2026, 1, 1);
        filtered.to = QDate(2026, 2, 20); // inclusive
        QCOMPARE(run(filtered).size(), 2);
        filtered = {};
        filtered.openRemediationOnly = true;
        QCOMPARE(run(filtered).size(), 2);
        filtered.text = u"database"_s;
        filtered.severityKeys = {u"SEV1"_s};
        QCOMPARE(run(filtered), QStringList{u"Bravo database outage"_s});
        filtered = {};
        filtered.limit = 1;
        QCOMPARE(run(filtered).size(), 1);

        // Relevance: the title repeating the word ranks first; a title hit beats the body.
        ArchiveQuery relevance;
        relevance.text = u"database"_s;
        const QStringList ranked = run(relevance);
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked.constFirst(), u"Delta database database database"_s);

        const QList<CatalogSeverity> severities = catalog.severities();
        QCOMPARE(severities.size(), 3);
        QCOMPARE(severities.constFirst().key, u"SEV1"_s);
    }

    void searchModel()
    {
        const QString folder = newFolder();
        for (const QString &title : {u"Model one"_s, u"Model two"_s, u"Other three"_s}) {
            ArchiveFixtures::Spec fixture = spec(title);
            fixture.remediation = {{u"Overdue item"_s, u"Ann"_s, u"open"_s, QDate(2026, 1, 1)}};
            writeOrFail(QDir(folder).filePath(title + u".debrief"_s), fixture);
        }
        ArchiveCatalog catalog;
        openCatalog(catalog);
        catalog.index({folder});

        ArchiveSearchModel model(&catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(Today);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ArchiveSearchModel::ColumnCount));
        ArchiveQuery query;
        query.text = u"mod"_s;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, ArchiveSearchModel::TitleColumn);
        QVERIFY(model.data(first).toString().startsWith(u"Model"_s));
        QVERIFY(model.data(first, ArchiveSearchModel::PathRole).toString().endsWith(u".debrief"_s));
        QVERIFY(model.data(first, ArchiveSearchModel::DocumentIdRole).toLongLong() > 0);
        QCOMPARE(model.data(model.index(0, ArchiveSearchModel::RemediationColumn)).toString(),
                 u"1 open, 1 overdue"_s);
        QCOMPARE(model.data(model.index(0, ArchiveSearchModel::SeverityColumn)).toString(),
                 u"SEV2 – Major"_s);
        QCOMPARE(model.headerData(ArchiveSearchModel::DateColumn, Qt::Horizontal).toString(),
                 u"Date"_s);

        model.sort(ArchiveSearchModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Model two"_s);
        model.sort(ArchiveSearchModel::FileColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, ArchiveSearchModel::FileColumn)).toString(),
                 u"Model one.debrief"_s);
        model.sort(-1);
        QCOMPARE(model.rowCount(), 2);

        // A folder emptied, indexed again and refreshed: rows go away cleanly.
        for (const QString &name : QDir(folder).entryList({u"*.debrief"_s}))
            QFile::remove(QDir(folder).filePath(name));
        catalog.index({folder});
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }

    void indexerRunsOnAWorkerThread()
    {
        const QString folder = newFolder();
        for (int i = 0; i < 6; ++i)
            writeOrFail(QDir(folder).filePath(u"doc%1.debrief"_s.arg(i)), spec(u"Threaded %1"_s.arg(i)));
        const QString catalogPath = newCatalogPath();

        QThread thread;
        auto *indexer = new ArchiveIndexer(catalogPath);
        indexer->moveToThread(&thread);
        connect(&thread, &QThread::finished, indexer, &QObject::deleteLater);
        // Received in this (the GUI) thread through queued connections, as a window would.
        QList<IndexReport> reports;
        QList<std::pair<int, int>> progress;
        QStringList scanned;
        QList<QThread *> emittingThreads;
        connect(indexer, &ArchiveIndexer::finished, this,
                [&](const IndexReport &report) { reports.append(report); });
        connect(indexer, &ArchiveIndexer::progress, this, [&](int done, int total, const QString &) {
            progress.append({done, total});
        });
        connect(indexer, &ArchiveIndexer::scanning, this,
                [&](const QString &scannedFolder) { scanned.append(scannedFolder); });
        connect(indexer, &ArchiveIndexer::started, indexer,
                [&] { emittingThreads.append(QThread::currentThread()); }, Qt::DirectConnection);
        thread.start();
        QMetaObject::invokeMethod(indexer, "index", Qt::QueuedConnection,
                                  Q_ARG(QStringList, QStringList{folder}));
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 60000);
        QCOMPARE(emittingThreads.value(0), &thread);
        const IndexReport report = reports.constFirst();
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.added, 6);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(progress.size(), 7); // one per file and the final one
        QCOMPARE(progress.constLast(), std::pair(6, 6));

        // Meanwhile the GUI thread reads through its own connection.
        ArchiveCatalog reader;
        QString error;
        QVERIFY2(reader.open(catalogPath, &error), qPrintable(error));
        QCOMPARE(reader.documentCount(), 6);

        QMetaObject::invokeMethod(indexer, &ArchiveIndexer::reindexAll, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 60000);
        QCOMPARE(reports.constLast().unchanged, 6);
        thread.quit();
        QVERIFY(thread.wait(10000));
    }

    void cancelledPassKeepsWhatIsDone()
    {
        const QString folder = newFolder();
        for (int i = 0; i < 5; ++i)
            writeOrFail(QDir(folder).filePath(u"doc%1.debrief"_s.arg(i)), spec(u"Cancel %1"_s.arg(i)));
        ArchiveCatalog catalog;
        openCatalog(catalog);
        int seen = 0;
        IndexCallbacks callbacks;
        callbacks.progress = [&](int, int, const QString &) { ++seen; };
        callbacks.isCancelled = [&] { return seen >= 2; };
        const IndexReport report = catalog.index({folder}, callbacks);
        QVERIFY(report.cancelled);
        QCOMPARE(report.added, 2);
        QCOMPARE(catalog.documentCount(), 2);
        // The next pass finishes the job.
        QCOMPARE(catalog.index({folder}).added, 3);
        QCOMPARE(catalog.documentCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestArchiveCatalog)
#include "TestArchiveCatalog.moc"
