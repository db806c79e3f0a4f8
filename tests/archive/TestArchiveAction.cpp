// The Archive action: archived time as one undoable step, a copy in its final state, unique
// names, and the catalog taking it in at once.
#include "ArchiveFixtures.h"
#include "TestSupport.h"
#include "analysis/BasicsChecklist.h"
#include "archive/ArchiveAction.h"
#include "archive/ArchiveCatalog.h"
#include "document/Document.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

ArchiveQuery textQuery(const QString &text)
{
    ArchiveQuery query;
    query.text = text;
    return query;
}

} // namespace

class TestArchiveAction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Document> newDocument(const QString &title)
    {
        const QString path = m_dir.filePath(u"work-%1/%2.debrief"_s.arg(++m_count).arg(title));
        QDir().mkpath(QFileInfo(path).absolutePath());
        ArchiveFixtures::Spec spec;
        spec.title = title;
        QString error;
        if (!ArchiveFixtures::write(path, spec, &error))
            qWarning() << error;
        OpenError openError;
        return Document::open(path, DocumentFile::Access::ReadWrite, &openError);
    }

    QString newFolder()
    {
        const QString path = m_dir.filePath(u"archive-%1"_s.arg(++m_count));
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void archiveMarksCopiesAndIndexes()
    {
        auto document = newDocument(u"Tracking outage"_s);
        QVERIFY(document);
        QVERIFY(document->incidentValue(IncidentField::ArchivedAt).isNull());
        const QString folder = newFolder();
        ArchiveCatalog catalog;
        QString error;
        QVERIFY(catalog.open(m_dir.filePath(u"catalog.sqlite"_s), &error));

        const int undoCount = document->undoStack()->count();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ArchiveAction::Result result = ArchiveAction::archive(*document, folder, &catalog);
        QVERIFY2(result.archived, qPrintable(result.error));
        QVERIFY(result.indexWarning.isEmpty());
        QCOMPARE(result.path, QDir(folder).filePath(u"Tracking outage.debrief"_s));

        // One undoable step marks it archived.
        QCOMPARE(document->undoStack()->count(), undoCount + 1);
        QCOMPARE(document->undoStack()->undoText(), u"Archive"_s);
        const QDateTime archivedAt = document->incidentValue(IncidentField::ArchivedAt).toDateTime();
        QVERIFY(archivedAt >= before);
        auto archivedCheck = [&document] {
            for (const BasicsCheck &check : BasicsChecklist::evaluate(*document)) {
                if (check.item == BasicsItem::Archived)
                    return check.passed;
            }
            return false;
        };
        QVERIFY(archivedCheck());

        // The copy holds the final state, archived time included.
        OpenError openError;
        auto copy = Document::open(result.path, DocumentFile::Access::ReadOnly, &openError);
        QVERIFY2(copy, qPrintable(openError.reason));
        QCOMPARE(copy->incidentValue(IncidentField::ArchivedAt).toDateTime(), archivedAt);
        QCOMPARE(copy->incidentValue(IncidentField::Title).toString(), u"Tracking outage"_s);

        // Indexed at once, in a folder the catalog now knows.
        QCOMPARE(catalog.documentCount(), 1);
        QCOMPARE(catalog.folders().size(), 1);
        QCOMPARE(catalog.search(textQuery(u"tracking"_s), QDate::currentDate()).size(), 1);

        document->undoStack()->undo();
        QVERIFY(document->incidentValue(IncidentField::ArchivedAt).isNull());
        QVERIFY(!archivedCheck());
    }

    void differentFileIsNeverOverwritten()
    {
        auto document = newDocument(u"Same name"_s);
        const QString folder = newFolder();
        // Another post-mortem already has that name in the archive.
        ArchiveFixtures::Spec other;
        other.title = u"Someone else's incident"_s;
        QString error;
        QVERIFY(ArchiveFixtures::write(QDir(folder).filePath(u"Same name.debrief"_s), other, &error));
        const QByteArray otherChecksum =
            TestSupport::fileChecksum(QDir(folder).filePath(u"Same name.debrief"_s));
        QFile unrelated(QDir(folder).filePath(u"Same name-2.debrief"_s));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.write("not even a document");
        unrelated.close();

        const ArchiveAction::Result result = ArchiveAction::archive(*document, folder, nullptr);
        QVERIFY2(result.archived, qPrintable(result.error));
        QCOMPARE(result.path, QDir(folder).filePath(u"Same name-3.debrief"_s));
        QCOMPARE(TestSupport::fileChecksum(QDir(folder).filePath(u"Same name.debrief"_s)),
                 otherChecksum);

        // Archiving again replaces the earlier copy of this same post-mortem.
        document->setIncidentValue(IncidentField::Summary, u"Final summary"_s);
        const ArchiveAction::Result again = ArchiveAction::archive(*document, folder, nullptr);
        QVERIFY2(again.archived, qPrintable(again.error));
        QCOMPARE(again.path, result.path);
        OpenError openError;
        auto copy = Document::open(again.path, DocumentFile::Access::ReadOnly, &openError);
        QCOMPARE(copy->incidentValue(IncidentField::Summary).toString(), u"Final summary"_s);
        QCOMPARE(QDir(folder).entryList({u"*.debrief"_s}).size(), 3);
    }

    void refusesWhatItCannotDo()
    {
        auto document = newDocument(u"Nowhere to go"_s);
        const int undoCount = document->undoStack()->count();
        ArchiveAction::Result result =
            ArchiveAction::archive(*document, m_dir.filePath(u"does-not-exist"_s), nullptr);
        QVERIFY(!result.archived);
        QVERIFY(result.error.contains(u"cannot be written"_s));
        QCOMPARE(document->undoStack()->count(), undoCount);
        QVERIFY(document->incidentValue(IncidentField::ArchivedAt).isNull());

        OpenError openError;
        auto readOnly = Document::open(document->filePath(), DocumentFile::Access::ReadOnly, &openError);
        result = ArchiveAction::archive(*readOnly, newFolder(), nullptr);
        QVERIFY(!result.archived);
        QVERIFY(result.error.contains(u"read-only"_s));
    }
};

QTEST_GUILESS_MAIN(TestArchiveAction)
#include "TestArchiveAction.moc"
