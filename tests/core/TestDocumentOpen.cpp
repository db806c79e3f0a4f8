#include "TestSupport.h"
#include "document/Document.h"
#include "storage/DocumentFile.h"
#include "storage/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

// Every file of the corpus in tests/data that Debrief must refuse, with why.
class TestDocumentOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A private copy, so that a test can never damage the corpus itself.
    QString copyOf(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(TestSupport::dataPath(name), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<OpenError::Kind>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("zero bytes") << u"empty.debrief"_s << OpenError::Kind::Empty << u"empty"_s;
        QTest::newRow("plain text") << u"text.debrief"_s << OpenError::Kind::NotADatabase << u"not a Debrief document"_s;
        QTest::newRow("random bytes") << u"random.debrief"_s << OpenError::Kind::NotADatabase << u"not a Debrief document"_s;
        QTest::newRow("truncated") << u"truncated.debrief"_s << OpenError::Kind::Truncated << u"truncated"_s;
        QTest::newRow("foreign sqlite") << u"foreign.debrief"_s << OpenError::Kind::ForeignDatabase << u"another application"_s;
        QTest::newRow("newer version") << u"newer-version.debrief"_s << OpenError::Kind::NewerVersion << u"newer version"_s;
        QTest::newRow("damaged pages") << u"damaged.debrief"_s << OpenError::Kind::Damaged << u"damaged"_s;
        QTest::newRow("no schema") << u"no-schema.debrief"_s << OpenError::Kind::Damaged << u"damaged"_s;
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QString, name);
        QFETCH(OpenError::Kind, kind);
        QFETCH(QString, phrase);
        const QString path = copyOf(name);
        QVERIFY(!path.isEmpty());
        const QByteArray before = TestSupport::fileChecksum(path);
        for (auto access : {DocumentFile::Access::ReadOnly, DocumentFile::Access::ReadWrite}) {
            OpenError error;
            auto document = Document::open(path, access, &error);
            QVERIFY(!document);
            QCOMPARE(error.kind, kind);
            QVERIFY2(error.reason.contains(phrase), qPrintable(error.reason));
            QVERIFY2(error.reason.contains(name), qPrintable(error.reason));
            QVERIFY2(!error.reason.contains(u'\n'), qPrintable(error.reason));
        }
        QCOMPARE(TestSupport::fileChecksum(path), before);
        const QStringList sideFiles = QDir(m_dir.path()).entryList(
            {name + u"-*"_s, u"."_s + name + u"*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(sideFiles.isEmpty(), qPrintable(sideFiles.join(u", "_s)));
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(u"missing.debrief"_s);
        OpenError error;
        QVERIFY(!Document::open(path, DocumentFile::Access::ReadWrite, &error));
        QCOMPARE(error.kind, OpenError::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void olderValidFileOpens()
    {
        const QString path = copyOf(u"valid-v1.debrief"_s);
        OpenError error;
        auto document = Document::open(path, DocumentFile::Access::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error.reason));
        QCOMPARE(document->incidentValue(IncidentField::Title).toString(), u"Checkout latency"_s);
        QCOMPARE(document->count(Table::TimelineEvent), 1);
        const Record *severity = document->record(
            Table::SeverityLevel, document->incidentValue(IncidentField::Severity).toLongLong());
        QVERIFY(severity);
        QCOMPARE(severity->text(SeverityField::Key), u"SEV2"_s);
        QCOMPARE(document->records(Table::TimelineEvent).first().value(TimelineEventField::OccurredAt).toDateTime(),
                 QDateTime(QDate(2026, 10, 1), QTime(10, 2), QTimeZone::UTC));
    }

    void danglingReferencesFromForeignWritersAreDropped()
    {
        const QString path = copyOf(u"valid-v1.debrief"_s);
        {
            SqliteDatabase db;
            QVERIFY(db.open(path, SqliteDatabase::Access::ReadWrite));
            QVERIFY(db.exec(u"INSERT INTO event_view (id, event_id, view) VALUES (7, 999, 'orphan');"
                            u"UPDATE incident SET facilitator_id = 42;"_s));
        }
        OpenError error;
        auto document = Document::open(path, DocumentFile::Access::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error.reason));
        QCOMPARE(document->count(Table::EventView), 0);
        QVERIFY(document->incidentValue(IncidentField::Facilitator).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDocumentOpen)
#include "TestDocumentOpen.moc"
