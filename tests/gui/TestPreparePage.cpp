// Drives the real Prepare page: keys into its widgets, checks the document, and the other
// way round (undo, redo, changes from elsewhere).
#include "document/Document.h"
#include "document/DocumentJson.h"
#include "document/RecordTableModel.h"
#include "steps/PreparePage.h"
#include "steps/SeverityLevelsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {
const QDateTime StartUtc(QDate(2026, 10, 14), QTime(11, 48), QTimeZone::UTC);
const QDateTime EndUtc(QDate(2026, 10, 14), QTime(14, 36), QTimeZone::UTC);
} // namespace

class TestPreparePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typingWritesTheDocument();
    void undoAndRedoUpdateTheWidgets();
    void severityShowsItsDefinition();
    void severityLevelsDialogEditsLive();
    void timeZoneChangeKeepsUtc();
    void timeZoneAcceptsPartialNames();
    void knownCheckBoxSetsAndClearsATime();
    void endBeforeStartWarns();
    void addParticipantNameAndRole();
    void choosingFacilitatorGivesEmptyRole();
    void changingFacilitatorTakesAutomaticRoleBack();
    void removingFacilitatorClearsItAndUndoRestores();
    void involvedFacilitatorGetsANote();
    void stepNoteCreatedOnFirstEdit();
    void progressChangedFollowsCountedFields();
    void readOnlyDocumentCannotBeEdited();
    void everyValueSurvivesReopening();
    void noDocumentClearsEverything();
    void keyboardReachesEveryField();
    void exampleDocumentIsShown();

private:
    void showPage(Document *document);
    template <typename T>
    T *widget(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1StringView(name));
    }
    QString path() const { return m_dir.filePath(u"prepare.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<PreparePage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestPreparePage::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(path());
    QString error;
    m_document = Document::createNew(path(), &error);
    QVERIFY2(m_document, qPrintable(error));
    showPage(m_document.get());
}

void TestPreparePage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestPreparePage::showPage(Document *document)
{
    m_page = std::make_unique<PreparePage>();
    m_page->resize(1300, 900);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestPreparePage::typingWritesTheDocument()
{
    auto *title = widget<QLineEdit>("titleLineEdit");
    QVERIFY(title);
    title->setFocus();
    QTest::keyClicks(title, u"Tracking API returned 503"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(),
             u"Tracking API returned 503"_s);

    auto *reference = widget<QLineEdit>("referenceLineEdit");
    QCOMPARE(reference->placeholderText(), u"INC-2026-0412"_s);
    QTest::keyClicks(reference, u"INC-7"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Reference).toString(), u"INC-7"_s);

    auto *summary = widget<QPlainTextEdit>("summaryPlainTextEdit");
    QTest::keyClicks(summary, u"Requests failed."_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Summary).toString(), u"Requests failed."_s);

    auto *impact = widget<QPlainTextEdit>("customerImpactPlainTextEdit");
    QTest::keyClicks(impact, u"No tracking."_s);
    QCOMPARE(m_document->incidentValue(IncidentField::CustomerImpact).toString(),
             u"No tracking."_s);

    auto *status = widget<QComboBox>("statusComboBox");
    QCOMPARE(status->currentData().toString(), u"draft"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(m_document->incidentValue(IncidentField::Status).toString(), u"in-review"_s);

    // Typing merges into one step per field.
    QCOMPARE(m_document->undoStack()->count(), 5);
}

void TestPreparePage::undoAndRedoUpdateTheWidgets()
{
    auto *title = widget<QLineEdit>("titleLineEdit");
    auto *summary = widget<QPlainTextEdit>("summaryPlainTextEdit");
    QTest::keyClicks(title, u"Outage"_s);
    QTest::keyClicks(summary, u"Line one"_s);
    QUndoStack *stack = m_document->undoStack();

    stack->undo();
    QCOMPARE(summary->toPlainText(), QString());
    QCOMPARE(title->text(), u"Outage"_s);
    stack->undo();
    QCOMPARE(title->text(), QString());
    stack->redo();
    QCOMPARE(title->text(), u"Outage"_s);

    // Ctrl+Z in a field is the document's undo, not the field's own.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(), QString());

    // Edits from elsewhere show up too, with the cursor kept where it was.
    QTest::keyClicks(title, u"Database down"_s);
    title->setCursorPosition(4);
    m_document->setIncidentValue(IncidentField::Title, u"Database proxy down"_s);
    QCOMPARE(title->text(), u"Database proxy down"_s);
    QCOMPARE(title->cursorPosition(), 4);
}

void TestPreparePage::severityShowsItsDefinition()
{
    auto *severity = widget<QComboBox>("severityComboBox");
    auto *definition = widget<QLabel>("severityDefinitionLabel");
    QCOMPARE(severity->count(), 5); // "Not set" and the four default levels
    QCOMPARE(severity->currentIndex(), 0);
    QVERIFY(definition->isHidden());

    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down);
    QTest::keyClick(severity, Qt::Key_Down);
    QCOMPARE(severity->currentText(), u"SEV2 – Major"_s);
    const Record &sev2 = m_document->records(Table::SeverityLevel).at(1);
    QCOMPARE(m_document->incidentValue(IncidentField::Severity).toLongLong(), sev2.id);
    QVERIFY(definition->isVisible());
    QCOMPARE(definition->text(), sev2.text(SeverityField::Definition));

    // The definition follows edits of the level, and undo.
    m_document->setValue(Table::SeverityLevel, sev2.id, SeverityField::Definition,
                         u"Most customers cannot track parcels."_s);
    QCOMPARE(definition->text(), u"Most customers cannot track parcels."_s);
    m_document->undoStack()->undo();
    QCOMPARE(definition->text(), sev2.text(SeverityField::Definition));
    // Each level picked is its own undo step, as every choice is.
    m_document->undoStack()->undo();
    QCOMPARE(severity->currentText(), u"SEV1 – Critical"_s);
    m_document->undoStack()->undo();
    QCOMPARE(severity->currentIndex(), 0);
    QVERIFY(definition->isHidden());
}

void TestPreparePage::severityLevelsDialogEditsLive()
{
    auto *button = widget<QPushButton>("editSeverityLevelsPushButton");
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_page->findChild<SeverityLevelsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableView *>(u"levelsTableView"_s);
    QCOMPARE(table->model()->rowCount(), 4);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addLevelPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_document->count(Table::SeverityLevel), 5);
    // The new level's name is being edited.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, u"Cosmetic"_s);
    QTest::keyClick(editor, Qt::Key_Return); // item views commit on the next event loop turn
    const qint64 added = m_document->records(Table::SeverityLevel).last().id;
    QCOMPARE(m_document->value(Table::SeverityLevel, added, SeverityField::Key).toString(),
             u"SEV5"_s);
    QTRY_COMPARE(m_document->value(Table::SeverityLevel, added, SeverityField::Name).toString(),
                 u"Cosmetic"_s);
    auto *severity = widget<QComboBox>("severityComboBox");
    QCOMPARE(severity->itemText(5), u"SEV5 – Cosmetic"_s);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveUpPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_document->records(Table::SeverityLevel).at(3).id, added);
    QCOMPARE(severity->itemText(4), u"SEV5 – Cosmetic"_s);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeLevelPushButton"_s),
                      Qt::LeftButton);
    QCOMPARE(m_document->count(Table::SeverityLevel), 4);
    QCOMPARE(severity->count(), 5);
    m_document->undoStack()->undo();
    QCOMPARE(severity->count(), 6);

    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close),
        Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<SeverityLevelsDialog *>());
}

void TestPreparePage::timeZoneChangeKeepsUtc()
{
    m_document->setIncidentValue(IncidentField::TimeZone, u"UTC"_s);
    m_document->setIncidentValue(IncidentField::StartedAt, StartUtc);
    m_document->setIncidentValue(IncidentField::EndedAt, EndUtc);
    auto *start = widget<QDateTimeEdit>("startDateTimeEdit");
    auto *end = widget<QDateTimeEdit>("endDateTimeEdit");
    QCOMPARE(start->dateTime().time(), QTime(11, 48));

    auto *zone = widget<QComboBox>("timeZoneComboBox");
    QCOMPARE(zone->currentText(), u"UTC"_s);
    const int steps = m_document->undoStack()->index();
    zone->setFocus();
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone, u"Europe/Berlin"_s);
    QTest::keyClick(zone, Qt::Key_Return);
    QCOMPARE(m_document->incidentValue(IncidentField::TimeZone).toString(), u"Europe/Berlin"_s);
    // Shown in Berlin time (CEST, UTC+2); stored instants untouched, nothing written back.
    QCOMPARE(start->dateTime().time(), QTime(13, 48));
    QCOMPARE(end->dateTime().time(), QTime(16, 36));
    QCOMPARE(start->dateTime().toUTC(), StartUtc);
    QCOMPARE(m_document->incidentValue(IncidentField::StartedAt).toDateTime(), StartUtc);
    QCOMPARE(m_document->incidentValue(IncidentField::EndedAt).toDateTime(), EndUtc);
    QCOMPARE(m_document->undoStack()->index(), steps + 1);
    QCOMPARE(widget<QLabel>("timeZoneOffsetLabel")->text(), u"UTC+02:00"_s);

    // Editing in the zone stores UTC.
    start->setFocus();
    start->setCurrentSection(QDateTimeEdit::HourSection);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->dateTime().time(), QTime(14, 48));
    QCOMPARE(m_document->incidentValue(IncidentField::StartedAt).toDateTime(),
             StartUtc.addSecs(3600));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(zone->currentText(), u"UTC"_s);
    QCOMPARE(start->dateTime().time(), QTime(11, 48));
}

void TestPreparePage::timeZoneAcceptsPartialNames()
{
    auto *zone = widget<QComboBox>("timeZoneComboBox");
    zone->setFocus();
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), u"kolkata"_s);
    Q_EMIT zone->lineEdit()->editingFinished();
    QCOMPARE(m_document->incidentValue(IncidentField::TimeZone).toString(), u"Asia/Kolkata"_s);
    QCOMPARE(zone->currentText(), u"Asia/Kolkata"_s);

    // Text that is no zone goes back to the stored one.
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), u"Nowhere/Atlantis"_s);
    Q_EMIT zone->lineEdit()->editingFinished();
    QCOMPARE(zone->currentText(), u"Asia/Kolkata"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::TimeZone).toString(), u"Asia/Kolkata"_s);
}

void TestPreparePage::knownCheckBoxSetsAndClearsATime()
{
    auto *startKnown = widget<QCheckBox>("startKnownCheckBox");
    auto *endKnown = widget<QCheckBox>("endKnownCheckBox");
    auto *start = widget<QDateTimeEdit>("startDateTimeEdit");
    auto *end = widget<QDateTimeEdit>("endDateTimeEdit");
    QVERIFY(!startKnown->isChecked());
    QVERIFY(!start->isEnabled());
    QCOMPARE(start->text(), u"Not set"_s);
    QVERIFY(m_document->incidentValue(IncidentField::StartedAt).isNull());

    m_document->setIncidentValue(IncidentField::StartedAt, StartUtc);
    QVERIFY(startKnown->isChecked());
    QVERIFY(start->isEnabled());

    // Knowing the end starts it at the start, ready to be typed over.
    QTest::mouseClick(endKnown, Qt::LeftButton);
    QCOMPARE(m_document->incidentValue(IncidentField::EndedAt).toDateTime(), StartUtc);
    QVERIFY(end->isEnabled());
    QCOMPARE(QApplication::focusWidget(), end);
    QCOMPARE(widget<QLabel>("durationLabel")->text(), u"Duration: 0 min"_s);

    QTest::mouseClick(startKnown, Qt::LeftButton);
    QVERIFY(m_document->incidentValue(IncidentField::StartedAt).isNull());
    QVERIFY(!start->isEnabled());
    QCOMPARE(start->text(), u"Not set"_s);
    QVERIFY(widget<QLabel>("durationLabel")->isHidden());
    m_document->undoStack()->undo();
    QCOMPARE(start->dateTime().toUTC(), StartUtc);
}

void TestPreparePage::endBeforeStartWarns()
{
    auto *warning = widget<QLabel>("timeWarningLabel");
    auto *duration = widget<QLabel>("durationLabel");
    m_document->setIncidentValue(IncidentField::StartedAt, StartUtc);
    QVERIFY(warning->isHidden());
    QVERIFY(duration->isHidden());
    m_document->setIncidentValue(IncidentField::EndedAt, EndUtc);
    QVERIFY(warning->isHidden());
    QVERIFY(duration->isVisible());
    QCOMPARE(duration->text(), u"Duration: 2 h 48 min"_s);

    m_document->setIncidentValue(IncidentField::EndedAt, StartUtc.addSecs(-600));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"end is before the start"_s));
    QVERIFY(duration->isHidden());

    m_document->setIncidentValue(IncidentField::EndedAt, StartUtc.addDays(2).addSecs(3660));
    QVERIFY(warning->isHidden());
    QCOMPARE(duration->text(), u"Duration: 2 d 1 h 1 min"_s);
}

void TestPreparePage::addParticipantNameAndRole()
{
    auto *view = widget<QTableView>("participantsTableView");
    QTest::mouseClick(widget<QPushButton>("addParticipantPushButton"), Qt::LeftButton);
    QCOMPARE(m_document->count(Table::Participant), 1);
    const qint64 id = m_document->records(Table::Participant).constFirst().id;

    // The name is being edited at once.
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    QTest::keyClicks(nameEditor, u"Mira Lindqvist"_s);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(m_document->value(Table::Participant, id, ParticipantField::Name).toString(),
                 u"Mira Lindqvist"_s);

    // The role is chosen from the vocabulary, and written as soon as it is chosen.
    const QModelIndex role = view->model()->index(0, 1);
    view->setCurrentIndex(role);
    view->edit(role);
    auto *roleEditor = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(roleEditor);
    QCOMPARE(roleEditor->itemText(0), u"Not set"_s);
    const int responder = roleEditor->findData(u"responder"_s);
    QVERIFY(responder > 0);
    for (int i = 0; i < responder; ++i)
        QTest::keyClick(roleEditor, Qt::Key_Down);
    QCOMPARE(m_document->value(Table::Participant, id, ParticipantField::Role).toString(),
             u"responder"_s);
    QTest::keyClick(roleEditor, Qt::Key_Return);
    QCOMPARE(view->model()->data(role).toString(), u"Responder"_s);

    // The facilitator list follows the names.
    auto *facilitator = widget<QComboBox>("facilitatorComboBox");
    QCOMPARE(facilitator->count(), 2);
    QCOMPARE(facilitator->itemText(1), u"Mira Lindqvist"_s);
}

void TestPreparePage::choosingFacilitatorGivesEmptyRole()
{
    Record alex = emptyRecord(Table::Participant);
    alex.values[ParticipantField::Name] = u"Alex"_s;
    const qint64 alexId = m_document->insertRecord(Table::Participant, alex);
    Record sam = emptyRecord(Table::Participant);
    sam.values[ParticipantField::Name] = u"Sam"_s;
    sam.values[ParticipantField::Role] = u"observer"_s;
    const qint64 samId = m_document->insertRecord(Table::Participant, sam);

    auto *facilitator = widget<QComboBox>("facilitatorComboBox");
    QCOMPARE(facilitator->currentText(), u"Not set"_s);
    const int steps = m_document->undoStack()->index();
    facilitator->setCurrentIndex(facilitator->findData(alexId));
    QCOMPARE(m_document->incidentValue(IncidentField::Facilitator).toLongLong(), alexId);
    QCOMPARE(m_document->value(Table::Participant, alexId, ParticipantField::Role).toString(),
             u"facilitator"_s);
    // One undo step for both.
    QCOMPARE(m_document->undoStack()->index(), steps + 1);
    m_document->undoStack()->undo();
    QVERIFY(m_document->incidentValue(IncidentField::Facilitator).isNull());
    QCOMPARE(m_document->value(Table::Participant, alexId, ParticipantField::Role).toString(),
             QString());
    QCOMPARE(facilitator->currentText(), u"Not set"_s);

    // A role already given stays.
    facilitator->setCurrentIndex(facilitator->findData(samId));
    QCOMPARE(m_document->value(Table::Participant, samId, ParticipantField::Role).toString(),
             u"observer"_s);
}

void TestPreparePage::changingFacilitatorTakesAutomaticRoleBack()
{
    Record first = emptyRecord(Table::Participant);
    first.values[ParticipantField::Name] = u"First"_s;
    const qint64 firstId = m_document->insertRecord(Table::Participant, first);
    Record second = emptyRecord(Table::Participant);
    second.values[ParticipantField::Name] = u"Second"_s;
    const qint64 secondId = m_document->insertRecord(Table::Participant, second);

    // Walking through the list with the arrow keys leaves one facilitator behind.
    auto *facilitator = widget<QComboBox>("facilitatorComboBox");
    facilitator->setFocus();
    QTest::keyClick(facilitator, Qt::Key_Down);
    QTest::keyClick(facilitator, Qt::Key_Down);
    QCOMPARE(m_document->incidentValue(IncidentField::Facilitator).toLongLong(), secondId);
    QCOMPARE(m_document->value(Table::Participant, firstId, ParticipantField::Role).toString(),
             QString());
    QCOMPARE(m_document->value(Table::Participant, secondId, ParticipantField::Role).toString(),
             u"facilitator"_s);
}

void TestPreparePage::removingFacilitatorClearsItAndUndoRestores()
{
    Record alex = emptyRecord(Table::Participant);
    alex.values[ParticipantField::Name] = u"Alex"_s;
    m_document->insertRecord(Table::Participant, alex);
    Record sam = emptyRecord(Table::Participant);
    sam.values[ParticipantField::Name] = u"Sam"_s;
    const qint64 samId = m_document->insertRecord(Table::Participant, sam);
    auto *facilitator = widget<QComboBox>("facilitatorComboBox");
    facilitator->setCurrentIndex(facilitator->findData(samId));
    QCOMPARE(m_document->incidentValue(IncidentField::Facilitator).toLongLong(), samId);

    auto *view = widget<QTableView>("participantsTableView");
    auto *remove = widget<QPushButton>("removeParticipantPushButton");
    QVERIFY(!remove->isEnabled());
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QVERIFY(remove->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::Participant), 1);
    QVERIFY(m_document->incidentValue(IncidentField::Facilitator).isNull());
    QCOMPARE(facilitator->currentText(), u"Not set"_s);
    QCOMPARE(facilitator->count(), 2);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::Participant), 2);
    QCOMPARE(m_document->incidentValue(IncidentField::Facilitator).toLongLong(), samId);
    QCOMPARE(facilitator->currentText(), u"Sam"_s);

    // Several at once through the button: one undo step.
    view->selectAll();
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_document->count(Table::Participant), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::Participant), 2);
}

void TestPreparePage::involvedFacilitatorGetsANote()
{
    Record alex = emptyRecord(Table::Participant);
    alex.values[ParticipantField::Name] = u"Alex"_s;
    const qint64 alexId = m_document->insertRecord(Table::Participant, alex);
    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::ActorParticipant] = alexId;
    event.values[TimelineEventField::WhatHappened] = u"Restarted the pods"_s;
    const qint64 eventId = m_document->insertRecord(Table::TimelineEvent, event);

    auto *note = widget<QLabel>("facilitatorNoteLabel");
    QVERIFY(note->isHidden());
    m_document->setIncidentValue(IncidentField::Facilitator, alexId);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(u"Alex appears in the timeline"_s), qPrintable(note->text()));

    m_document->setValue(Table::TimelineEvent, eventId, TimelineEventField::ActorParticipant,
                         QVariant());
    QVERIFY(note->isHidden());
    m_document->undoStack()->undo();
    QVERIFY(note->isVisible());
    m_document->removeRecord(Table::TimelineEvent, eventId);
    QVERIFY(note->isHidden());
}

void TestPreparePage::stepNoteCreatedOnFirstEdit()
{
    QCOMPARE(m_document->count(Table::StepNote), 0);
    auto *notes = widget<QPlainTextEdit>("notesPlainTextEdit");
    auto *facilitatorNotes = widget<QPlainTextEdit>("facilitatorNotesPlainTextEdit");
    QTest::keyClicks(notes, u"Timeline from PagerDuty"_s);
    QCOMPARE(m_document->count(Table::StepNote), 1);
    const Record note = m_document->records(Table::StepNote).constFirst();
    QCOMPARE(note.text(StepNoteField::Step), u"prepare"_s);
    QCOMPARE(note.text(StepNoteField::Notes), u"Timeline from PagerDuty"_s);

    QTest::keyClicks(facilitatorNotes, u"Give Mira the floor"_s);
    QCOMPARE(m_document->count(Table::StepNote), 1);
    QCOMPARE(m_document->value(Table::StepNote, note.id, StepNoteField::FacilitatorNotes)
                 .toString(),
             u"Give Mira the floor"_s);

    // Undo back to before the first keystroke removes the note and empties both fields.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::StepNote), 0);
    QCOMPARE(notes->toPlainText(), QString());
    QCOMPARE(facilitatorNotes->toPlainText(), QString());
    m_document->undoStack()->redo();
    QCOMPARE(notes->toPlainText(), u"T"_s);
}

void TestPreparePage::progressChangedFollowsCountedFields()
{
    QSignalSpy progress(m_page.get(), &StepPage::progressChanged);
    QTest::keyClicks(widget<QLineEdit>("titleLineEdit"), u"X"_s);
    QCOMPARE(progress.count(), 1);
    QTest::keyClicks(widget<QLineEdit>("referenceLineEdit"), u"Y"_s);
    QCOMPARE(progress.count(), 1);
    QTest::mouseClick(widget<QPushButton>("addParticipantPushButton"), Qt::LeftButton);
    QCOMPARE(progress.count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(progress.count(), 3);
}

void TestPreparePage::readOnlyDocumentCannotBeEdited()
{
    m_document->setIncidentValue(IncidentField::Title, u"Kept"_s);
    Record alex = emptyRecord(Table::Participant);
    alex.values[ParticipantField::Name] = u"Alex"_s;
    m_document->insertRecord(Table::Participant, alex);
    m_page.reset();
    m_document.reset();

    OpenError error;
    m_document = Document::open(path(), DocumentFile::Access::ReadOnly, &error);
    QVERIFY2(m_document, qPrintable(error.reason));
    showPage(m_document.get());

    auto *title = widget<QLineEdit>("titleLineEdit");
    QCOMPARE(title->text(), u"Kept"_s);
    QVERIFY(title->isReadOnly());
    QTest::keyClicks(title, u"more"_s);
    QCOMPARE(title->text(), u"Kept"_s);
    for (const char *name : {"referenceLineEdit"})
        QVERIFY(widget<QLineEdit>(name)->isReadOnly());
    for (const char *name : {"summaryPlainTextEdit", "customerImpactPlainTextEdit",
                             "notesPlainTextEdit", "facilitatorNotesPlainTextEdit"})
        QVERIFY2(widget<QPlainTextEdit>(name)->isReadOnly(), name);
    for (const char *name :
         {"statusComboBox", "timeZoneComboBox", "severityComboBox", "facilitatorComboBox"})
        QVERIFY2(!widget<QComboBox>(name)->isEnabled(), name);
    for (const char *name : {"startDateTimeEdit", "endDateTimeEdit"})
        QVERIFY2(widget<QDateTimeEdit>(name)->isReadOnly(), name);
    for (const char *name : {"startKnownCheckBox", "endKnownCheckBox"})
        QVERIFY2(!widget<QCheckBox>(name)->isEnabled(), name);
    for (const char *name : {"addParticipantPushButton", "removeParticipantPushButton",
                             "editSeverityLevelsPushButton"})
        QVERIFY2(!widget<QPushButton>(name)->isEnabled(), name);
    auto *view = widget<QTableView>("participantsTableView");
    QVERIFY(!(view->model()->flags(view->model()->index(0, 0)) & Qt::ItemIsEditable));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::Participant), 1);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestPreparePage::everyValueSurvivesReopening()
{
    QTest::keyClicks(widget<QLineEdit>("titleLineEdit"), u"Certificate rotation"_s);
    QTest::keyClicks(widget<QLineEdit>("referenceLineEdit"), u"INC-2026-0412"_s);
    auto *status = widget<QComboBox>("statusComboBox");
    status->setCurrentIndex(status->findData(u"published"_s));
    auto *zone = widget<QComboBox>("timeZoneComboBox");
    zone->setCurrentIndex(zone->findData(u"America/New_York"_s));
    QTest::mouseClick(widget<QCheckBox>("startKnownCheckBox"), Qt::LeftButton);
    auto *start = widget<QDateTimeEdit>("startDateTimeEdit");
    start->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 15), QTimeZone("America/New_York")));
    QTest::mouseClick(widget<QCheckBox>("endKnownCheckBox"), Qt::LeftButton);
    auto *end = widget<QDateTimeEdit>("endDateTimeEdit");
    end->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 45), QTimeZone("America/New_York")));
    auto *severity = widget<QComboBox>("severityComboBox");
    severity->setCurrentIndex(1);
    QTest::keyClicks(widget<QPlainTextEdit>("summaryPlainTextEdit"), u"Summary text"_s);
    QTest::keyClicks(widget<QPlainTextEdit>("customerImpactPlainTextEdit"), u"Impact text"_s);
    QTest::mouseClick(widget<QPushButton>("addParticipantPushButton"), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), u"Aiko"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_document->records(Table::Participant).constFirst().text(ParticipantField::Name),
                 u"Aiko"_s);
    auto *facilitator = widget<QComboBox>("facilitatorComboBox");
    facilitator->setCurrentIndex(1);
    QTest::keyClicks(widget<QPlainTextEdit>("notesPlainTextEdit"), u"Shared"_s);
    QTest::keyClicks(widget<QPlainTextEdit>("facilitatorNotesPlainTextEdit"), u"Private"_s);

    QVERIFY(m_document->saveNow());
    m_page.reset();
    m_document.reset();
    OpenError error;
    m_document = Document::open(path(), DocumentFile::Access::ReadWrite, &error);
    QVERIFY2(m_document, qPrintable(error.reason));

    const Record &incident = m_document->incident();
    QCOMPARE(incident.text(IncidentField::Title), u"Certificate rotation"_s);
    QCOMPARE(incident.text(IncidentField::Reference), u"INC-2026-0412"_s);
    QCOMPARE(incident.text(IncidentField::Status), u"published"_s);
    QCOMPARE(incident.text(IncidentField::TimeZone), u"America/New_York"_s);
    QCOMPARE(incident.value(IncidentField::StartedAt).toDateTime(),
             QDateTime(QDate(2026, 3, 2), QTime(14, 15), QTimeZone::UTC));
    QCOMPARE(incident.value(IncidentField::EndedAt).toDateTime(),
             QDateTime(QDate(2026, 3, 2), QTime(15, 45), QTimeZone::UTC));
    QCOMPARE(incident.value(IncidentField::Severity).toLongLong(),
             m_document->records(Table::SeverityLevel).constFirst().id);
    QCOMPARE(incident.text(IncidentField::Summary), u"Summary text"_s);
    QCOMPARE(incident.text(IncidentField::CustomerImpact), u"Impact text"_s);
    QCOMPARE(m_document->count(Table::Participant), 1);
    const Record &aiko = m_document->records(Table::Participant).constFirst();
    QCOMPARE(aiko.text(ParticipantField::Name), u"Aiko"_s);
    QCOMPARE(aiko.text(ParticipantField::Role), u"facilitator"_s);
    QCOMPARE(incident.value(IncidentField::Facilitator).toLongLong(), aiko.id);
    QCOMPARE(m_document->count(Table::StepNote), 1);
    const Record &note = m_document->records(Table::StepNote).constFirst();
    QCOMPARE(note.text(StepNoteField::Step), u"prepare"_s);
    QCOMPARE(note.text(StepNoteField::Notes), u"Shared"_s);
    QCOMPARE(note.text(StepNoteField::FacilitatorNotes), u"Private"_s);

    // And the page shows them again.
    showPage(m_document.get());
    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), u"Certificate rotation"_s);
    QCOMPARE(widget<QComboBox>("timeZoneComboBox")->currentText(), u"America/New_York"_s);
    QCOMPARE(widget<QDateTimeEdit>("startDateTimeEdit")->dateTime().time(), QTime(9, 15));
    QCOMPARE(widget<QComboBox>("severityComboBox")->currentText(), u"SEV1 – Critical"_s);
    QCOMPARE(widget<QComboBox>("facilitatorComboBox")->currentText(), u"Aiko"_s);
    QCOMPARE(widget<QPlainTextEdit>("facilitatorNotesPlainTextEdit")->toPlainText(),
             u"Private"_s);
    QCOMPARE(widget<QLabel>("durationLabel")->text(), u"Duration: 1 h 30 min"_s);
}

void TestPreparePage::noDocumentClearsEverything()
{
    QTest::keyClicks(widget<QLineEdit>("titleLineEdit"), u"Title"_s);
    QTest::keyClicks(widget<QPlainTextEdit>("notesPlainTextEdit"), u"Note"_s);
    m_document->setIncidentValue(IncidentField::StartedAt, StartUtc);
    const int steps = m_document->undoStack()->count();

    m_page->setDocument(nullptr);
    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), QString());
    QVERIFY(widget<QLineEdit>("titleLineEdit")->isReadOnly());
    QCOMPARE(widget<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(), QString());
    QCOMPARE(widget<QComboBox>("severityComboBox")->count(), 1);
    QVERIFY(!widget<QDateTimeEdit>("startDateTimeEdit")->isEnabled());
    QVERIFY(!widget<QPushButton>("addParticipantPushButton")->isEnabled());
    QVERIFY(!widget<QTableView>("participantsTableView")->model());
    // Nothing was written while clearing, and later changes no longer reach the page.
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(), u"Title"_s);
    QCOMPARE(m_document->undoStack()->count(), steps);
    m_document->setIncidentValue(IncidentField::Title, u"Other"_s);
    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), QString());

    m_page->setDocument(m_document.get());
    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), u"Other"_s);
    QCOMPARE(widget<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(), u"Note"_s);
}

void TestPreparePage::keyboardReachesEveryField()
{
    // Alt+mnemonics go to the labelled fields.
    QTest::keyClick(m_page.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), widget<QLineEdit>("titleLineEdit"));
    QTest::keyClick(m_page.get(), Qt::Key_M, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), widget<QPlainTextEdit>("summaryPlainTextEdit"));
    // On an unknown time the mnemonic makes it known and opens it for typing.
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!m_document->incidentValue(IncidentField::StartedAt).isNull());
    QTRY_COMPARE(QApplication::focusWidget(), widget<QDateTimeEdit>("startDateTimeEdit"));
    m_document->setIncidentValue(IncidentField::EndedAt, EndUtc);

    // Tab walks the page top to bottom, left column first (inside a time, Tab steps
    // through its day, month, year, hour and minute first, as in every Qt date field).
    widget<QLineEdit>("titleLineEdit")->setFocus();
    QStringList visited{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 40 && visited.size() < 17; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget()->objectName() != visited.constLast())
            visited.append(QApplication::focusWidget()->objectName());
    }
    const QStringList expected{
        u"titleLineEdit"_s,      u"referenceLineEdit"_s,   u"statusComboBox"_s,
        u"timeZoneComboBox"_s,   u"startDateTimeEdit"_s,   u"startKnownCheckBox"_s,
        u"endDateTimeEdit"_s,    u"endKnownCheckBox"_s,    u"severityComboBox"_s,
        u"editSeverityLevelsPushButton"_s, u"summaryPlainTextEdit"_s,
        u"customerImpactPlainTextEdit"_s, u"participantsTableView"_s,
        u"addParticipantPushButton"_s, u"facilitatorComboBox"_s, u"notesPlainTextEdit"_s,
        u"facilitatorNotesPlainTextEdit"_s};
    QCOMPARE(visited, expected);
}

void TestPreparePage::exampleDocumentIsShown()
{
    m_page.reset();
    m_document.reset();
    QFile json(u":/debrief/examples/example-postmortem.json"_s);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QString examplePath = m_dir.filePath(u"example.debrief"_s);
    QFile::remove(examplePath);
    QString error;
    QVERIFY2(DocumentJson::importToFile(json.readAll(), examplePath, &error), qPrintable(error));
    OpenError openError;
    m_document = Document::open(examplePath, DocumentFile::Access::ReadWrite, &openError);
    QVERIFY2(m_document, qPrintable(openError.reason));
    showPage(m_document.get());

    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(),
             m_document->incidentValue(IncidentField::Title).toString());
    QCOMPARE(widget<QComboBox>("timeZoneComboBox")->currentText(), u"Europe/Berlin"_s);
    QCOMPARE(widget<QDateTimeEdit>("startDateTimeEdit")->dateTime().time(), QTime(13, 48));
    QVERIFY(widget<QLabel>("severityDefinitionLabel")->isVisible());
    QCOMPARE(widget<QComboBox>("facilitatorComboBox")->currentText(), u"Aiko Tanaka"_s);
    QVERIFY(widget<QLabel>("facilitatorNoteLabel")->isHidden());
    QCOMPARE(widget<QTableView>("participantsTableView")->model()->rowCount(),
             m_document->count(Table::Participant));
    QVERIFY(!widget<QPlainTextEdit>("notesPlainTextEdit")->toPlainText().isEmpty());

    // For looking at the page: DEBRIEF_SCREENSHOT=/tmp/prepare.png ctest -R tst_preparepage
    const QString screenshot = qEnvironmentVariable("DEBRIEF_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        const int width = qEnvironmentVariableIntValue("DEBRIEF_SCREENSHOT_WIDTH");
        const int height = qEnvironmentVariableIntValue("DEBRIEF_SCREENSHOT_HEIGHT");
        m_page->resize(width > 0 ? width : 1600, height > 0 ? height : 1000);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(screenshot));
        // The warnings too: end before start, a facilitator who was involved.
        m_document->setIncidentValue(IncidentField::EndedAt,
                                     m_document->incidentValue(IncidentField::StartedAt)
                                         .toDateTime()
                                         .addSecs(-3600));
        Record event = emptyRecord(Table::TimelineEvent);
        event.values[TimelineEventField::ActorParticipant] =
            m_document->incidentValue(IncidentField::Facilitator);
        m_document->insertRecord(Table::TimelineEvent, event);
        QTest::qWait(50);
        QString warnings = screenshot;
        warnings.insert(warnings.lastIndexOf(u'.'), u"-warnings"_s);
        QVERIFY(m_page->grab().save(warnings));
    }
}

QTEST_MAIN(TestPreparePage)
#include "TestPreparePage.moc"
