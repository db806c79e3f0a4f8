// Drives the notes area every step has: typing creates the step's note, undo and redo and
// changes from elsewhere show up, read-only documents cannot be edited, and the timebox.
#include "PageFixture.h"
#include "document/Document.h"
#include "domain/Steps.h"
#include "steps/StepNotesPanel.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestStepNotesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstKeystrokeCreatesTheStepsNote();
    void eachStepHasItsOwnNote();
    void undoRedoAndOtherEditsShow();
    void facilitatorPartsAreMarked();
    void timeboxIsStoredInMinutes();
    void readOnlyDocumentCannotBeEdited();

private:
    QString path() const { return m_dir.filePath(u"notes.debrief"_s); }
    StepNotesPanel *showPanel(Step step);
    QList<Record> notesOf(Step step) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QWidget> m_window;
};

void TestStepNotesPanel::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
}

void TestStepNotesPanel::cleanup()
{
    m_window.reset();
    m_document.reset();
}

StepNotesPanel *TestStepNotesPanel::showPanel(Step step)
{
    if (!m_window) {
        m_window = std::make_unique<QWidget>();
        m_window->setLayout(new QVBoxLayout);
        m_window->resize(800, 600);
        m_window->show();
    }
    auto *panel = new StepNotesPanel(step, m_window.get());
    m_window->layout()->addWidget(panel);
    panel->setDocument(m_document.get());
    panel->show();
    return panel;
}

QList<Record> TestStepNotesPanel::notesOf(Step step) const
{
    QList<Record> result;
    for (const Record &note : m_document->records(Table::StepNote)) {
        if (note.text(StepNoteField::Step) == stepInfo(step).key)
            result.append(note);
    }
    return result;
}

void TestStepNotesPanel::firstKeystrokeCreatesTheStepsNote()
{
    StepNotesPanel *panel = showPanel(Step::Factors);
    auto *notes = panel->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s);
    QVERIFY(notes);
    QVERIFY(!notes->isReadOnly());
    QCOMPARE(m_document->count(Table::StepNote), 0);
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->count();

    QTest::keyClick(notes, Qt::Key_W);
    QCOMPARE(m_document->count(Table::StepNote), 1);
    // Creating the note with its first letter is one undo step.
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(notesOf(Step::Factors).size(), 1);
    QCOMPARE(notesOf(Step::Factors).constFirst().text(StepNoteField::Notes), u"w"_s);

    QTest::keyClicks(notes, u"ho decides"_s);
    QCOMPARE(m_document->count(Table::StepNote), 1);
    QCOMPARE(notesOf(Step::Factors).constFirst().text(StepNoteField::Notes), u"who decides"_s);

    auto *facilitator = panel->findChild<QPlainTextEdit *>(u"facilitatorNotesPlainTextEdit"_s);
    QTest::keyClicks(facilitator, u"Ask Mira"_s);
    QCOMPARE(m_document->count(Table::StepNote), 1);
    QCOMPARE(notesOf(Step::Factors).constFirst().text(StepNoteField::FacilitatorNotes),
             u"Ask Mira"_s);

    // Undo everything: the note goes, and so does its text from the panel.
    while (stack->canUndo() && stack->index() > before)
        stack->undo();
    QCOMPARE(m_document->count(Table::StepNote), 0);
    QCOMPARE(notes->toPlainText(), QString());
    QCOMPARE(facilitator->toPlainText(), QString());

    // Typing again after that creates it again.
    QTest::keyClicks(notes, u"Again"_s);
    QCOMPARE(notesOf(Step::Factors).size(), 1);
    QCOMPARE(notesOf(Step::Factors).constFirst().text(StepNoteField::Notes), u"Again"_s);
}

void TestStepNotesPanel::eachStepHasItsOwnNote()
{
    StepNotesPanel *questions = showPanel(Step::Questions);
    StepNotesPanel *review = showPanel(Step::Review);
    QTest::keyClicks(questions->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s), u"Q"_s);
    QTest::keyClicks(review->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s), u"R"_s);
    QCOMPARE(m_document->count(Table::StepNote), 2);
    QCOMPARE(notesOf(Step::Questions).constFirst().text(StepNoteField::Notes), u"Q"_s);
    QCOMPARE(notesOf(Step::Review).constFirst().text(StepNoteField::Notes), u"R"_s);

    // A note already in the document is shown when the panel gets the document.
    StepNotesPanel *another = showPanel(Step::Questions);
    QCOMPARE(another->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s)->toPlainText(),
             u"Q"_s);
}

void TestStepNotesPanel::undoRedoAndOtherEditsShow()
{
    StepNotesPanel *panel = showPanel(Step::Remediation);
    auto *notes = panel->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s);
    QTest::keyClicks(notes, u"Budget"_s);
    const qint64 id = notesOf(Step::Remediation).constFirst().id;

    QVERIFY(m_document->setValue(Table::StepNote, id, StepNoteField::Notes, u"Cost agreed"_s));
    QCOMPARE(notes->toPlainText(), u"Cost agreed"_s);

    m_document->undoStack()->undo();
    QCOMPARE(notes->toPlainText(), u"Budget"_s);
    m_document->undoStack()->redo();
    QCOMPARE(notes->toPlainText(), u"Cost agreed"_s);

    // Ctrl+Z in the field goes to the document's history, too.
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->value(Table::StepNote, id, StepNoteField::Notes).toString(),
             u"Budget"_s);
    QCOMPARE(notes->toPlainText(), u"Budget"_s);

    // A note made elsewhere (another window, an import) is picked up.
    StepNotesPanel *prepare = showPanel(Step::Prepare);
    Record note = emptyRecord(Table::StepNote);
    note.values[StepNoteField::Step] = stepInfo(Step::Prepare).key;
    note.values[StepNoteField::Notes] = u"From elsewhere"_s;
    QVERIFY(m_document->insertRecord(Table::StepNote, note));
    QCOMPARE(prepare->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s)->toPlainText(),
             u"From elsewhere"_s);
}

void TestStepNotesPanel::facilitatorPartsAreMarked()
{
    StepNotesPanel *panel = showPanel(Step::Questions);
    for (const QString &name : {u"facilitatorNotesPlainTextEdit"_s, u"facilitatorNotesLabel"_s,
                                u"timeboxSpinBox"_s, u"timeboxLabel"_s}) {
        QWidget *widget = panel->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(widget->property("facilitatorOnly").toBool(), qPrintable(name));
    }
    for (const QString &name : {u"notesPlainTextEdit"_s, u"notesLabel"_s})
        QVERIFY2(!panel->findChild<QWidget *>(name)->property("facilitatorOnly").toBool(),
                 qPrintable(name));
    // Labels lead to their fields.
    QCOMPARE(panel->findChild<QLabel *>(u"notesLabel"_s)->buddy(),
             panel->findChild<QWidget *>(u"notesPlainTextEdit"_s));
    QCOMPARE(panel->findChild<QLabel *>(u"timeboxLabel"_s)->buddy(),
             panel->findChild<QWidget *>(u"timeboxSpinBox"_s));
}

void TestStepNotesPanel::timeboxIsStoredInMinutes()
{
    StepNotesPanel *panel = showPanel(Step::Questions);
    auto *timebox = panel->findChild<QSpinBox *>(u"timeboxSpinBox"_s);
    QVERIFY(timebox);
    QCOMPARE(timebox->value(), 0);
    QCOMPARE(timebox->text(), timebox->specialValueText());
    QVERIFY(!timebox->specialValueText().isEmpty());

    // Choosing a timebox creates the note with it.
    timebox->setFocus();
    QTest::keyClick(timebox, Qt::Key_Up);
    QTest::keyClick(timebox, Qt::Key_Up);
    QCOMPARE(notesOf(Step::Questions).size(), 1);
    const qint64 id = notesOf(Step::Questions).constFirst().id;
    QCOMPARE(m_document->value(Table::StepNote, id, StepNoteField::TimeboxMinutes).toLongLong(),
             qint64(timebox->value()));
    QVERIFY(timebox->value() > 0);

    // Typed minutes.
    timebox->selectAll();
    QTest::keyClicks(timebox, u"25"_s);
    QCOMPARE(m_document->value(Table::StepNote, id, StepNoteField::TimeboxMinutes).toLongLong(),
             25);

    // Back to "no timebox": stored as nothing.
    timebox->setValue(0);
    QVERIFY(m_document->value(Table::StepNote, id, StepNoteField::TimeboxMinutes).isNull());

    // Undo and changes from elsewhere show in the spin box.
    m_document->undoStack()->undo();
    QVERIFY(timebox->value() > 0);
    QCOMPARE(qint64(timebox->value()),
             m_document->value(Table::StepNote, id, StepNoteField::TimeboxMinutes).toLongLong());
    QVERIFY(m_document->setValue(Table::StepNote, id, StepNoteField::TimeboxMinutes, qint64(40)));
    QCOMPARE(timebox->value(), 40);
}

void TestStepNotesPanel::readOnlyDocumentCannotBeEdited()
{
    {
        Record note = emptyRecord(Table::StepNote);
        note.values[StepNoteField::Step] = stepInfo(Step::Review).key;
        note.values[StepNoteField::Notes] = u"Kept"_s;
        note.values[StepNoteField::FacilitatorNotes] = u"Private"_s;
        note.values[StepNoteField::TimeboxMinutes] = qint64(15);
        QVERIFY(m_document->insertRecord(Table::StepNote, note));
    }
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);

    StepNotesPanel *panel = showPanel(Step::Review);
    auto *notes = panel->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s);
    auto *facilitator = panel->findChild<QPlainTextEdit *>(u"facilitatorNotesPlainTextEdit"_s);
    auto *timebox = panel->findChild<QSpinBox *>(u"timeboxSpinBox"_s);
    QCOMPARE(notes->toPlainText(), u"Kept"_s);
    QCOMPARE(facilitator->toPlainText(), u"Private"_s);
    QCOMPARE(timebox->value(), 15);
    QVERIFY(notes->isReadOnly());
    QVERIFY(facilitator->isReadOnly());
    QVERIFY(timebox->isReadOnly());

    QTest::keyClicks(notes, u"more"_s);
    QTest::keyClick(timebox, Qt::Key_Up);
    QCOMPARE(notes->toPlainText(), u"Kept"_s);
    QCOMPARE(timebox->value(), 15);
    QCOMPARE(notesOf(Step::Review).constFirst().text(StepNoteField::Notes), u"Kept"_s);

    // Without a document nothing can be typed either.
    panel->setDocument(nullptr);
    QVERIFY(notes->isReadOnly());
    QCOMPARE(notes->toPlainText(), QString());
}

QTEST_MAIN(TestStepNotesPanel)
#include "TestStepNotesPanel.moc"
