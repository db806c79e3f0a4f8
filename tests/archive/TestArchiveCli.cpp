// `debrief archive index|search` and `debrief compare` through the real binary.
#include "ArchiveFixtures.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

class TestArchiveCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_catalog;

    QString fixture(const QString &name, const ArchiveFixtures::Spec &spec)
    {
        const QString path = QDir(m_archive).filePath(name);
        QString error;
        if (!ArchiveFixtures::write(path, spec, &error))
            qWarning() << error;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(u"archive"_s);
        m_catalog = m_dir.filePath(u"catalog.sqlite"_s);
        QDir().mkpath(m_archive + u"/2026"_s);
        ArchiveFixtures::Spec tracking;
        tracking.title = u"Parcel tracking unavailable"_s;
        tracking.reference = u"INC-7"_s;
        tracking.severityKey = u"SEV1"_s;
        tracking.milestones = ArchiveFixtures::standardMilestones();
        tracking.factors = {{u"Alert routed to an archived channel"_s, u"No person got it."_s,
                             u"communication"_s}};
        tracking.remediation = {{u"Route alerts to a person"_s, u"Dan"_s, u"open"_s, QDate(2020, 1, 1)}};
        fixture(u"2026/tracking.debrief"_s, tracking);
        ArchiveFixtures::Spec queue;
        queue.title = u"Queue backlog"_s;
        queue.severityKey = u"SEV3"_s;
        queue.factors = {{u"Queue alerts routed to an archived channel"_s, u"No person got them."_s,
                          u"communication"_s}};
        fixture(u"queue.debrief"_s, queue);
        QVERIFY(QFile::copy(dataPath(u"truncated.debrief"_s),
                            QDir(m_archive).filePath(u"broken.debrief"_s)));
    }

    void indexPrintsCounts()
    {
        ProcessResult result = runDebrief({u"archive"_s, u"index"_s, m_archive, u"--catalog"_s, m_catalog});
        QCOMPARE(result.exitCode, 0);
        QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"added:      3"_s), qPrintable(out));
        QVERIFY2(out.contains(u"unreadable: 1"_s), qPrintable(out));
        QVERIFY2(out.contains(u"broken.debrief: "_s) && out.contains(u"truncated"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Post-mortems in the catalog: 2"_s), qPrintable(out));

        QVERIFY(QFile::remove(QDir(m_archive).filePath(u"queue.debrief"_s)));
        result = runDebrief({u"archive"_s, u"index"_s, m_archive, u"--catalog"_s, m_catalog});
        QCOMPARE(result.exitCode, 0);
        out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"removed:    1"_s) && out.contains(u"unchanged:  2"_s), qPrintable(out));
        ArchiveFixtures::Spec queue;
        queue.title = u"Queue backlog"_s;
        queue.severityKey = u"SEV3"_s;
        fixture(u"queue.debrief"_s, queue);
        QCOMPARE(runDebrief({u"archive"_s, u"index"_s, m_archive, u"--catalog"_s, m_catalog}).exitCode, 0);
    }

    void indexUsesTheDefaultCatalog()
    {
        const ProcessResult result = runDebrief({u"archive"_s, u"index"_s, m_archive});
        QCOMPARE(result.exitCode, 0);
        // The test's isolated XDG data home, as the application sees it.
        const QString expected = QDir(qEnvironmentVariable("XDG_DATA_HOME"))
                                     .filePath(u"debrief/debrief/archive-catalog.sqlite"_s);
        QVERIFY2(QFile::exists(expected), qPrintable(QString::fromUtf8(result.out)));
        QVERIFY(QString::fromUtf8(result.out).contains(expected));
    }

    void indexRefusesBadInput()
    {
        QCOMPARE(runDebrief({u"archive"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"archive"_s, u"index"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"archive"_s, u"frobnicate"_s}).exitCode, 64);
        const ProcessResult missing =
            runDebrief({u"archive"_s, u"index"_s, m_dir.filePath(u"nope"_s), u"--catalog"_s, m_catalog});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(QString::fromUtf8(missing.err).contains(u"not a readable folder"_s));
        const ProcessResult badCatalog = runDebrief(
            {u"archive"_s, u"index"_s, m_archive, u"--catalog"_s, dataPath(u"foreign.debrief"_s)});
        QCOMPARE(badCatalog.exitCode, 2);
    }

    void searchText()
    {
        const ProcessResult result =
            runDebrief({u"archive"_s, u"search"_s, u"parc"_s, u"--catalog"_s, m_catalog});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"2026-03-10  SEV1    Parcel tracking unavailable [INC-7]"_s), qPrintable(out));
        QVERIFY(out.contains(u"Post-mortems found: 1"_s));
        const ProcessResult none =
            runDebrief({u"archive"_s, u"search"_s, u"zzzz"_s, u"--catalog"_s, m_catalog});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(QString::fromUtf8(none.out).contains(u"No post-mortem matches."_s));
    }

    void searchJsonWithFilters()
    {
        ProcessResult result = runDebrief({u"archive"_s, u"search"_s, u""_s, u"--json"_s,
                                           u"--catalog"_s, m_catalog, u"--sort"_s, u"severity"_s});
        QCOMPARE(result.exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(u"count"_s).toInt(), 2);
        QJsonArray results = root.value(u"results"_s).toArray();
        QCOMPARE(results.at(0).toObject().value(u"severity"_s).toString(), u"SEV1"_s);
        QCOMPARE(results.at(0).toObject().value(u"remediationOverdue"_s).toInt(), 1);
        QVERIFY(results.at(0).toObject().value(u"path"_s).toString().endsWith(u"tracking.debrief"_s));

        result = runDebrief({u"archive"_s, u"search"_s, u"backlog"_s, u"--json"_s, u"--catalog"_s,
                             m_catalog, u"--severity"_s, u"SEV3"_s, u"--from"_s, u"2026-01-01"_s});
        QCOMPARE(result.exitCode, 0);
        results = QJsonDocument::fromJson(result.out).object().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(u"title"_s).toString(), u"Queue backlog"_s);

        result = runDebrief({u"archive"_s, u"search"_s, u""_s, u"--json"_s, u"--catalog"_s,
                             m_catalog, u"--open-remediation"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"count"_s).toInt(), 1);

        QCOMPARE(runDebrief({u"archive"_s, u"search"_s, u"x"_s, u"--from"_s, u"yesterday"_s,
                             u"--catalog"_s, m_catalog}).exitCode, 64);
        QCOMPARE(runDebrief({u"archive"_s, u"search"_s, u"x"_s, u"--sort"_s, u"random"_s,
                             u"--catalog"_s, m_catalog}).exitCode, 64);
    }

    void hostileSearchThroughTheBinary()
    {
        for (const QString &text : {u"\"unbalanced"_s, u"a OR (b"_s, u"title:x NOT"_s,
                                    u"'; DROP TABLE document; --"_s, u"*"_s}) {
            const ProcessResult result = runDebrief(
                {u"archive"_s, u"search"_s, u"--json"_s, u"--catalog"_s, m_catalog, u"--"_s, text});
            QVERIFY2(result.exitCode == 0, qPrintable(text + u": "_s + QString::fromUtf8(result.err)));
            QVERIFY(QJsonDocument::fromJson(result.out).isObject());
        }
        const ProcessResult after = runDebrief({u"archive"_s, u"search"_s, u""_s, u"--json"_s,
                                                u"--catalog"_s, m_catalog});
        QCOMPARE(QJsonDocument::fromJson(after.out).object().value(u"count"_s).toInt(), 2);
    }

    void compareFiles()
    {
        const QString a = QDir(m_archive).filePath(u"2026/tracking.debrief"_s);
        const QString b = QDir(m_archive).filePath(u"queue.debrief"_s);
        ProcessResult result = runDebrief({u"compare"_s, a, b});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"[A] Parcel tracking unavailable"_s), qPrintable(out));
        QVERIFY(out.contains(u"Time to detect"_s));
        QVERIFY(out.contains(u"12 min"_s));
        QVERIFY(out.contains(u"OVERDUE"_s));

        result = runDebrief({u"compare"_s, a, b, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(u"documents"_s).toArray().size(), 2);
        QCOMPARE(root.value(u"documents"_s).toArray().at(0).toObject().value(u"severity"_s).toString(),
                 u"SEV1"_s);

        QCOMPARE(runDebrief({u"compare"_s, a}).exitCode, 64);
        QCOMPARE(runDebrief({u"compare"_s, a, b, a, b, a}).exitCode, 64);
        const ProcessResult bad =
            runDebrief({u"compare"_s, a, QDir(m_archive).filePath(u"broken.debrief"_s)});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(QString::fromUtf8(bad.err).contains(u"broken.debrief"_s));
        QVERIFY(bad.out.isEmpty());
    }

    void usageListsTheCommands()
    {
        const ProcessResult result = runDebrief({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("debrief archive index DIR"));
        QVERIFY(result.out.contains("debrief compare A B [C D] [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "TestArchiveCli.moc"
