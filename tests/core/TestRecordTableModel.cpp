#include "document/Document.h"
#include "document/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheDocumentAndEditsThroughCommands()
    {
        QTemporaryDir dir;
        QString error;
        auto document = Document::createNew(dir.filePath(u"model.debrief"_s), &error);
        QVERIFY(document);
        RecordTableModel model(document.get(), Table::Participant,
                               {{ParticipantField::Name, u"Name"_s},
                                {ParticipantField::Role, u"Role"_s, Vocabulary::ParticipantRole}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Record ada = emptyRecord(Table::Participant);
        ada.values[ParticipantField::Name] = u"Ada"_s;
        ada.values[ParticipantField::Role] = u"responder"_s;
        const qint64 adaId = document->insertRecord(Table::Participant, ada);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"Responder"_s);
        QCOMPARE(model.data(model.index(0, 1), Qt::EditRole).toString(), u"responder"_s);
        QCOMPARE(model.recordId(0), adaId);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, 0), u"Ada L."_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(document->value(Table::Participant, adaId, ParticipantField::Name).toString(), u"Ada L."_s);
        document->undoStack()->undo();
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Ada"_s);

        Record bo = emptyRecord(Table::Participant);
        bo.values[ParticipantField::Name] = u"Bo"_s;
        const qint64 boId = document->insertRecord(Table::Participant, bo, 0);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Bo"_s);
        QVERIFY(document->moveRecord(Table::Participant, boId, 1));
        QCOMPARE(model.data(model.index(1, 0)).toString(), u"Bo"_s);
        document->undoStack()->undo();
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Bo"_s);
        QVERIFY(document->removeRecord(Table::Participant, adaId));
        QCOMPARE(model.rowCount(), 1);
        document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "TestRecordTableModel.moc"
