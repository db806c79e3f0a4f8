#include "document/Document.h"
#include "storage/DocumentFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Document> createDocument(const QString &name)
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(name), &error);
        if (!document)
            qWarning() << error;
        return document;
    }

    static std::unique_ptr<Document> reopen(const QString &path,
                                            DocumentFile::Access access = DocumentFile::Access::ReadOnly)
    {
        OpenError error;
        auto document = Document::open(path, access, &error);
        if (!document)
            qWarning() << error.reason;
        return document;
    }

    static Record participant(const QString &name)
    {
        Record record = emptyRecord(Table::Participant);
        record.values[ParticipantField::Name] = name;
        return record;
    }

private Q_SLOTS:
    void newDocumentHasDefaults()
    {
        auto document = createDocument(u"defaults.debrief"_s);
        QVERIFY(document);
        QCOMPARE(document->count(Table::SeverityLevel), 4);
        QCOMPARE(document->records(Table::SeverityLevel).first().text(SeverityField::Key), u"SEV1"_s);
        QCOMPARE(document->incidentValue(IncidentField::Status).toString(), u"draft"_s);
        QVERIFY(!document->incidentValue(IncidentField::CreatedAt).isNull());
        QVERIFY(!document->hasUnsavedChanges());
        // Defaults are not an edit.
        QCOMPARE(document->undoStack()->count(), 0);
        QString error;
        QVERIFY(!Document::createNew(document->filePath(), &error));
        QVERIFY(error.contains(u"already exists"_s));
    }

    void editsUndoRedoAndMergeTyping()
    {
        auto document = createDocument(u"undo.debrief"_s);
        QVERIFY(document->setIncidentValue(IncidentField::Title, u"D"_s));
        QVERIFY(document->setIncidentValue(IncidentField::Title, u"Da"_s));
        QVERIFY(document->setIncidentValue(IncidentField::Title, u"Database"_s));
        // Typing in one field is one undo step.
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(document->setIncidentValue(IncidentField::Summary, u"Writes failed"_s));
        QCOMPARE(document->undoStack()->count(), 2);
        document->undoStack()->undo();
        QCOMPARE(document->incidentValue(IncidentField::Summary).toString(), QString());
        document->undoStack()->undo();
        QCOMPARE(document->incidentValue(IncidentField::Title).toString(), QString());
        document->undoStack()->redo();
        QCOMPARE(document->incidentValue(IncidentField::Title).toString(), u"Database"_s);
        QVERIFY(!document->undoStack()->undoText().isEmpty());

        // Switching a choice is not typing: each switch is its own undo step.
        QVERIFY(document->setIncidentValue(IncidentField::Status, u"draft"_s));
        QVERIFY(document->setIncidentValue(IncidentField::Status, u"in-review"_s));
        QVERIFY(document->setIncidentValue(IncidentField::Status, u"published"_s));
        document->undoStack()->undo();
        QCOMPARE(document->incidentValue(IncidentField::Status).toString(), u"in-review"_s);
        // Deleting with backspace is typing too.
        QVERIFY(document->setIncidentValue(IncidentField::Summary, u"Writes"_s));
        QVERIFY(document->setIncidentValue(IncidentField::Summary, u"Write"_s));
        QVERIFY(document->setIncidentValue(IncidentField::Summary, u"Writ"_s));
        const int steps = document->undoStack()->index();
        document->undoStack()->undo();
        QCOMPARE(document->incidentValue(IncidentField::Summary).toString(), QString());
        QCOMPARE(document->undoStack()->index(), steps - 1);
    }

    void removalCascadesAndUndoRestores()
    {
        auto document = createDocument(u"cascade.debrief"_s);
        const qint64 ada = document->insertRecord(Table::Participant, participant(u"Ada"_s));
        QVERIFY(ada > 0);
        document->setIncidentValue(IncidentField::Facilitator, ada);
        Record event = emptyRecord(Table::TimelineEvent);
        event.values[TimelineEventField::ActorParticipant] = ada;
        event.values[TimelineEventField::WhatHappened] = u"Restarted the primary"_s;
        const qint64 eventId = document->insertRecord(Table::TimelineEvent, event);
        Record view = emptyRecord(Table::EventView);
        view.values[EventViewField::Event] = eventId;
        view.values[EventViewField::Participant] = ada;
        view.values[EventViewField::View] = u"It looked like a network blip"_s;
        const qint64 viewId = document->insertRecord(Table::EventView, view);

        QSignalSpy removed(document.get(), &Document::recordRemoved);
        QVERIFY(document->removeRecord(Table::TimelineEvent, eventId));
        QCOMPARE(document->count(Table::TimelineEvent), 0);
        QCOMPARE(document->count(Table::EventView), 0); // the view belonged to the event
        QCOMPARE(removed.count(), 2);
        document->undoStack()->undo();
        QCOMPARE(document->count(Table::EventView), 1);
        QCOMPARE(document->value(Table::EventView, viewId, EventViewField::Event).toLongLong(), eventId);

        // Removing a person clears references to them instead of deleting what they did.
        QVERIFY(document->removeRecord(Table::Participant, ada));
        QVERIFY(document->incidentValue(IncidentField::Facilitator).isNull());
        QVERIFY(document->value(Table::TimelineEvent, eventId, TimelineEventField::ActorParticipant).isNull());
        QVERIFY(document->value(Table::EventView, viewId, EventViewField::Participant).isNull());
        QCOMPARE(document->count(Table::TimelineEvent), 1);
        document->undoStack()->undo();
        QCOMPARE(document->incidentValue(IncidentField::Facilitator).toLongLong(), ada);
        QCOMPARE(document->value(Table::TimelineEvent, eventId, TimelineEventField::ActorParticipant).toLongLong(), ada);
        QCOMPARE(document->value(Table::EventView, viewId, EventViewField::Participant).toLongLong(), ada);

        // Undo state reaches the file too.
        QVERIFY(document->saveNow());
        const QString path = document->filePath();
        document.reset();
        auto reopened = reopen(path);
        QCOMPARE(reopened->count(Table::EventView), 1);
        QCOMPARE(reopened->incidentValue(IncidentField::Facilitator).toLongLong(), ada);
    }

    void orderSurvivesReopen()
    {
        auto document = createDocument(u"order.debrief"_s);
        const qint64 a = document->insertRecord(Table::Participant, participant(u"A"_s));
        const qint64 b = document->insertRecord(Table::Participant, participant(u"B"_s));
        document->insertRecord(Table::Participant, participant(u"C"_s), 0);
        QVERIFY(document->moveRecord(Table::Participant, b, 0));
        QVERIFY(document->removeRecord(Table::Participant, a));
        QVERIFY(document->saveNow());
        const QString path = document->filePath();
        document.reset();
        auto reopened = reopen(path);
        QStringList names;
        for (const Record &record : reopened->records(Table::Participant))
            names.append(record.text(ParticipantField::Name));
        QCOMPARE(names, QStringList({u"B"_s, u"C"_s}));
    }

    void editsReachTheFileWithinOneSecond()
    {
        auto document = createDocument(u"autosave.debrief"_s);
        QSignalSpy saved(document.get(), &Document::savedStateChanged);
        document->setIncidentValue(IncidentField::Title, u"Saved by itself"_s);
        QVERIFY(document->hasUnsavedChanges());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!document->hasUnsavedChanges(), 1000);
        QCOMPARE(saved.last().at(0).toBool(), true);
        // Another reader sees it without the writer closing.
        auto reader = reopen(document->filePath());
        QCOMPARE(reader->incidentValue(IncidentField::Title).toString(), u"Saved by itself"_s);
    }

    void continuousTypingStillSaves()
    {
        auto document = createDocument(u"typing.debrief"_s);
        QElapsedTimer clock;
        clock.start();
        QString text;
        bool savedWhileTyping = false;
        while (clock.elapsed() < 1500) {
            text.append(u'x');
            document->setIncidentValue(IncidentField::Summary, text);
            QTest::qWait(50);
            if (!document->hasUnsavedChanges())
                savedWhileTyping = true;
        }
        // A debounce alone would never fire while typing goes on.
        QVERIFY(savedWhileTyping);
    }

    void readOnlyRefusesEdits()
    {
        auto writer = createDocument(u"readonly.debrief"_s);
        writer->setIncidentValue(IncidentField::Title, u"Original"_s);
        QVERIFY(writer->saveNow());
        auto viewer = reopen(writer->filePath(), DocumentFile::Access::ReadOnly);
        QVERIFY(viewer->isReadOnly());
        QVERIFY(!viewer->setIncidentValue(IncidentField::Title, u"Changed"_s));
        QCOMPARE(viewer->insertRecord(Table::Participant, participant(u"X"_s)), 0);
        QCOMPARE(viewer->undoStack()->count(), 0);
        QCOMPARE(viewer->incidentValue(IncidentField::Title).toString(), u"Original"_s);
    }

    void secondWriterIsRefusedWithReason()
    {
        auto first = createDocument(u"locked.debrief"_s);
        OpenError error;
        auto second = Document::open(first->filePath(), DocumentFile::Access::ReadWrite, &error);
        QVERIFY(!second);
        QCOMPARE(error.kind, OpenError::Kind::LockedByOther);
        QVERIFY(error.reason.contains(u"locked.debrief"_s));
        // A read-only view is still possible.
        QVERIFY(Document::open(first->filePath(), DocumentFile::Access::ReadOnly, &error));
        const QString path = first->filePath();
        first.reset();
        QVERIFY(Document::open(path, DocumentFile::Access::ReadWrite, &error));
    }

    void saveAsWritesCompleteCopyAndContinuesThere()
    {
        auto document = createDocument(u"original.debrief"_s);
        const QString original = document->filePath();
        document->setIncidentValue(IncidentField::Title, u"Before save as"_s);
        QSignalSpy pathChanged(document.get(), &Document::filePathChanged);
        QString error;
        const QString target = m_dir.filePath(u"renamed.debrief"_s);
        QVERIFY2(document->saveAs(target, &error), qPrintable(error));
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(document->filePath(), target);
        document->setIncidentValue(IncidentField::Title, u"After save as"_s);
        QVERIFY(document->saveNow());
        QCOMPARE(reopen(original)->incidentValue(IncidentField::Title).toString(), u"Before save as"_s);
        QCOMPARE(reopen(target)->incidentValue(IncidentField::Title).toString(), u"After save as"_s);
        // No temporary files stay behind.
        const QStringList leftovers = QDir(m_dir.path()).entryList({u".*.debrief.*"_s}, QDir::Files | QDir::Hidden);
        for (const QString &name : leftovers)
            QVERIFY2(name.endsWith(u".lock"_s), qPrintable(name));
    }

    void saveAsRefusesFileOpenElsewhere()
    {
        auto other = createDocument(u"busy.debrief"_s);
        auto document = createDocument(u"mine.debrief"_s);
        QString error;
        QVERIFY(!document->saveAs(other->filePath(), &error));
        QVERIFY(error.contains(u"busy.debrief"_s));
    }

    void noJournalIsLeftNextToTheDocument()
    {
        auto document = createDocument(u"journal.debrief"_s);
        document->setIncidentValue(IncidentField::Title, u"x"_s);
        QVERIFY(document->saveNow());
        QVERIFY(!QFile::exists(document->filePath() + u"-journal"_s));
        QVERIFY(!QFile::exists(document->filePath() + u"-wal"_s));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "TestDocument.moc"
