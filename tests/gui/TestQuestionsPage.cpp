// Drives the real Questions page with keys and clicks and checks every edit in the document:
// statuses, notes, the parking lot, questions the team adds, templates, undo, read-only.
#include "PageFixture.h"
#include "questions/BuiltinQuestions.h"
#include "questions/QuestionTemplates.h"
#include "steps/DetailItemDelegate.h"
#include "steps/ParkingLotView.h"
#include "steps/QuestionsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestQuestionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void questionsAreGroupedByChecklist();
    void arrowKeysSkipHeadings();
    void statusKeysAndButtons();
    void notesAreWrittenAndUndone();
    void parkItAddsToTheParkingLot();
    void parkedEntryCanBeCorrectedAndRemoved();
    void addAndRemoveOwnQuestion();
    void builtinQuestionsAreNotRemoved();
    void templatesFromTheUserFolder();
    void readOnlyDocumentCannotBeEdited();
    void exampleDocumentIsShown();

private:
    void showPage(Document *document);
    template <typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QListWidget *list() const { return widget<QListWidget>("questionsListWidget"); }
    int rowOfQuestion(qint64 id) const;
    QString path() const { return m_dir.filePath(u"questions.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<QuestionsPage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestQuestionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuestionsPage::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
    showPage(m_document.get());
}

void TestQuestionsPage::cleanup()
{
    m_page.reset();
    m_document.reset();
    QDir(QuestionTemplates::userFolder()).removeRecursively();
}

void TestQuestionsPage::showPage(Document *document)
{
    m_page = std::make_unique<QuestionsPage>();
    m_page->resize(1400, 1000);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

int TestQuestionsPage::rowOfQuestion(qint64 id) const
{
    for (int row = 0; row < list()->count(); ++row) {
        if (list()->item(row)->data(Qt::UserRole + 1).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestQuestionsPage::questionsAreGroupedByChecklist()
{
    // Five headings and the seed's 17 questions.
    QCOMPARE(list()->count(), 5 + 17);
    QStringList headings;
    for (int row = 0; row < list()->count(); ++row) {
        if (list()->item(row)->data(DetailItemDelegate::HeadingRole).toBool())
            headings.append(list()->item(row)->text());
    }
    QCOMPARE(headings, (QStringList{u"The people involved"_s, u"The process"_s,
                                    u"The aftermath"_s, u"The culture"_s, u"The next time"_s}));
    QCOMPARE(list()->item(0)->flags(), Qt::NoItemFlags);
    QCOMPARE(list()->item(5)->text(), u"The process"_s);

    // The first question is current and shown large.
    const Record &first = m_document->records(Table::Question).constFirst();
    QCOMPARE(m_page->currentQuestionId(), first.id);
    auto *text = widget<QLabel>("questionTextLabel");
    QCOMPARE(text->text(), u"What were the circumstances of their firefight?"_s);
    QVERIFY(text->font().pointSizeF() > m_page->font().pointSizeF() * 1.5);
    QCOMPARE(widget<QLabel>("checklistNameLabel")->text(), u"The people involved"_s);
    QVERIFY(widget<QRadioButton>("openRadioButton")->isChecked());
    QCOMPARE(list()->item(0)->data(DetailItemDelegate::DetailRole).toString(), u"0 of 4 done"_s);
}

void TestQuestionsPage::arrowKeysSkipHeadings()
{
    list()->setFocus();
    // From the last question of "people" straight to the first of "process".
    const qint64 lastPeople = m_document->records(Table::Question).at(3).id;
    const qint64 firstProcess = m_document->records(Table::Question).at(4).id;
    m_page->setCurrentQuestion(lastPeople);
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(m_page->currentQuestionId(), firstProcess);
    QCOMPARE(widget<QLabel>("checklistNameLabel")->text(), u"The process"_s);
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(m_page->currentQuestionId(), lastPeople);
}

void TestQuestionsPage::statusKeysAndButtons()
{
    QSignalSpy progress(m_page.get(), &StepPage::progressChanged);
    const qint64 id = m_page->currentQuestionId();
    auto status = [&] { return m_document->value(Table::Question, id, QuestionField::Status).toString(); };

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(status(), u"discussed"_s);
    QVERIFY(widget<QRadioButton>("discussedRadioButton")->isChecked());
    QVERIFY(progress.count() >= 1);
    QCOMPARE(list()->item(0)->data(DetailItemDelegate::DetailRole).toString(), u"1 of 4 done"_s);

    // The keys work while typing notes too.
    auto *notes = widget<QPlainTextEdit>("questionNotesPlainTextEdit");
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(status(), u"skipped"_s);
    QVERIFY(notes->toPlainText().isEmpty());
    QTest::keyClick(notes, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(status(), u"open"_s);

    QTest::mouseClick(widget<QRadioButton>("discussedRadioButton"), Qt::LeftButton);
    QCOMPARE(status(), u"discussed"_s);

    // Undo walks back through each change, and the page follows.
    m_document->undoStack()->undo();
    QCOMPARE(status(), u"open"_s);
    QVERIFY(widget<QRadioButton>("openRadioButton")->isChecked());
    m_document->undoStack()->undo();
    QCOMPARE(status(), u"skipped"_s);
    QVERIFY(widget<QRadioButton>("skippedRadioButton")->isChecked());
}

void TestQuestionsPage::notesAreWrittenAndUndone()
{
    const qint64 id = m_page->currentQuestionId();
    auto *notes = widget<QPlainTextEdit>("questionNotesPlainTextEdit");
    notes->setFocus();
    QTest::keyClicks(notes, u"Paged at lunch"_s);
    QCOMPARE(m_document->value(Table::Question, id, QuestionField::Notes).toString(),
             u"Paged at lunch"_s);

    // Another question shows its own (empty) notes; back again shows the text.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down);
    QVERIFY(notes->toPlainText().isEmpty());
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(notes->toPlainText(), u"Paged at lunch"_s);

    m_document->undoStack()->undo();
    QVERIFY(notes->toPlainText().isEmpty());
    QVERIFY(m_document->value(Table::Question, id, QuestionField::Notes).toString().isEmpty());
}

void TestQuestionsPage::parkItAddsToTheParkingLot()
{
    const qint64 question = m_page->currentQuestionId();
    auto *park = widget<QLineEdit>("parkLineEdit");
    auto *parkingLot = widget<ParkingLotView>("parkingLotView");
    QCOMPARE(parkingLot->count(), 0);
    const int steps = m_document->undoStack()->count();

    // Alt+P reaches the field from anywhere on the page.
    list()->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_P, Qt::AltModifier);
    QVERIFY(park->hasFocus());
    QTest::keyClicks(park, u"Who tells Support that an incident is declared?"_s);
    QTest::keyClick(park, Qt::Key_Return);

    QCOMPARE(m_document->count(Table::ParkingLotItem), 1);
    const Record &entry = m_document->records(Table::ParkingLotItem).constFirst();
    QCOMPARE(entry.text(ParkingLotField::Text), u"Who tells Support that an incident is declared?"_s);
    QCOMPARE(entry.value(ParkingLotField::Question).toLongLong(), question);
    QVERIFY(entry.value(ParkingLotField::CreatedAt).toDateTime().isValid());
    QVERIFY(entry.value(ParkingLotField::PromotedTo).isNull());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY(park->text().isEmpty());
    QCOMPARE(parkingLot->count(), 1);
    QCOMPARE(parkingLot->currentEntryId(), entry.id);
    QVERIFY(parkingLot->item(0)->data(DetailItemDelegate::DetailRole).toString().contains(
        u"What were the circumstances of their firefight?"_s));

    // An empty follow-up is not parked.
    QTest::keyClick(park, Qt::Key_Return);
    QCOMPARE(m_document->count(Table::ParkingLotItem), 1);
    QVERIFY(widget<QLabel>("questionsInfoLabel")->isVisible());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::ParkingLotItem), 0);
    QCOMPARE(parkingLot->count(), 0);
}

void TestQuestionsPage::parkedEntryCanBeCorrectedAndRemoved()
{
    auto *park = widget<QLineEdit>("parkLineEdit");
    QTest::keyClicks(park, u"Shadow weak"_s);
    QTest::keyClick(park, Qt::Key_Return);
    QTest::keyClicks(park, u"Status page policy"_s);
    QTest::keyClick(park, Qt::Key_Return);
    auto *parkingLot = widget<ParkingLotView>("parkingLotView");
    QCOMPARE(parkingLot->count(), 2);

    // F2 edits the text in place.
    parkingLot->setFocus();
    parkingLot->setCurrentRow(0);
    QTest::keyClick(parkingLot, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Shadow week"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->records(Table::ParkingLotItem).at(0).text(ParkingLotField::Text),
                 u"Shadow week"_s);
    QTRY_COMPARE(parkingLot->item(0)->text(), u"Shadow week"_s);

    // Delete removes the selected entry; the next one takes the selection.
    parkingLot->setFocus();
    parkingLot->setCurrentRow(0);
    QTest::keyClick(parkingLot, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::ParkingLotItem), 1);
    QCOMPARE(parkingLot->currentEntryId(), m_document->records(Table::ParkingLotItem).at(0).id);
    QTest::mouseClick(widget<QPushButton>("removeParkedPushButton"), Qt::LeftButton);
    QCOMPARE(m_document->count(Table::ParkingLotItem), 0);
    QVERIFY(!widget<QPushButton>("removeParkedPushButton")->isEnabled());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::ParkingLotItem), 1);
}

void TestQuestionsPage::addAndRemoveOwnQuestion()
{
    auto *checklist = widget<QComboBox>("newQuestionChecklistComboBox");
    auto *text = widget<QLineEdit>("newQuestionLineEdit");
    const int questions = m_document->count(Table::Question);

    // Insert in the list goes to the new-question field.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Insert);
    QVERIFY(text->hasFocus());
    checklist->setFocus();
    checklist->setCurrentIndex(checklist->findData(u"process"_s));
    text->setFocus();
    QTest::keyClicks(text, u"Was the runbook current?"_s);
    QTest::keyClick(text, Qt::Key_Return);

    QCOMPARE(m_document->count(Table::Question), questions + 1);
    // After the last process question: the stored order stays grouped.
    const Record &added = m_document->records(Table::Question).at(8);
    QCOMPARE(added.text(QuestionField::Checklist), u"process"_s);
    QCOMPARE(added.text(QuestionField::Text), u"Was the runbook current?"_s);
    QCOMPARE(added.text(QuestionField::Status), u"open"_s);
    QVERIFY(added.text(QuestionField::BuiltinKey).isEmpty());
    QVERIFY(text->text().isEmpty());
    QCOMPARE(m_page->currentQuestionId(), added.id);
    QCOMPARE(widget<QLabel>("questionTextLabel")->text(), u"Was the runbook current?"_s);
    QVERIFY(widget<QLabel>("questionOriginLabel")->isVisible());
    QCOMPARE(rowOfQuestion(added.id), 10); // heading, 4, heading, 4 process, then it
    QVERIFY(widget<QPushButton>("removeQuestionPushButton")->isEnabled());

    // Delete in the list removes it; undo brings it back.
    const qint64 id = added.id;
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::Question), questions);
    QVERIFY(!m_document->record(Table::Question, id));
    QVERIFY(m_page->currentQuestionId() != 0);
    m_document->undoStack()->undo();
    QVERIFY(m_document->record(Table::Question, id));
    QVERIFY(rowOfQuestion(id) > 0);
}

void TestQuestionsPage::builtinQuestionsAreNotRemoved()
{
    const int questions = m_document->count(Table::Question);
    QVERIFY(!widget<QPushButton>("removeQuestionPushButton")->isEnabled());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::Question), questions);
    QVERIFY(widget<QLabel>("questionsInfoLabel")->isVisible());
    QVERIFY(widget<QLabel>("questionsInfoLabel")->text().contains(u"skipped"_s));
}

void TestQuestionsPage::templatesFromTheUserFolder()
{
    const QString folder = QuestionTemplates::userFolder();
    QVERIFY(QDir().mkpath(folder));
    QFile good(folder + u"/on-call.json"_s);
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(R"({"name": "On-call health", "questions": [
        {"checklist": "culture", "text": "How many pages did the rotation get last month?"},
        {"checklist": "people", "text": "Did anyone cover a shift they could not rest after?"}]})");
    good.close();
    QFile bad(folder + u"/broken.json"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"name": "Broken", "questions": [{"checklist": "weather", "text": "?"}]})");
    bad.close();

    auto *button = widget<QPushButton>("addFromTemplatePushButton");
    QMenu *menu = button->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow(); // as when the menu opens
    QAction *onCall = menu->findChild<QAction *>(u"template:on-call.json"_s);
    QVERIFY(onCall);
    QVERIFY2(onCall->text().startsWith(u"On-call health (2 question"_s), qPrintable(onCall->text()));
    QVERIFY(onCall->isEnabled());
    QVERIFY(menu->findChild<QAction *>(u"template:security-incident.en.json"_s));
    QAction *problem = menu->findChild<QAction *>(u"problem:broken.json"_s);
    QVERIFY(problem);
    QVERIFY(!problem->isEnabled());
    QVERIFY2(problem->text().contains(u"checklist"_s), qPrintable(problem->text()));

    const int questions = m_document->count(Table::Question);
    const int steps = m_document->undoStack()->count();
    onCall->trigger();
    QCOMPARE(m_document->count(Table::Question), questions + 2);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(list()->count(), 5 + questions + 2);
    QVERIFY(widget<QLabel>("questionsInfoLabel")->text().contains(u"Added 2 question"_s));

    // Again: nothing twice.
    Q_EMIT menu->aboutToShow();
    menu->findChild<QAction *>(u"template:on-call.json"_s)->trigger();
    QCOMPARE(m_document->count(Table::Question), questions + 2);
    QVERIFY(widget<QLabel>("questionsInfoLabel")->text().contains(u"already"_s));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::Question), questions);
}

void TestQuestionsPage::readOnlyDocumentCannotBeEdited()
{
    const qint64 id = m_page->currentQuestionId();
    m_document->setValue(Table::Question, id, QuestionField::Notes, u"Kept"_s);
    m_page.reset();
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);
    showPage(m_document.get());

    auto *notes = widget<QPlainTextEdit>("questionNotesPlainTextEdit");
    QCOMPARE(notes->toPlainText(), u"Kept"_s);
    QVERIFY(notes->isReadOnly());
    for (const char *name : {"openRadioButton", "discussedRadioButton", "skippedRadioButton",
                             "addQuestionPushButton", "addFromTemplatePushButton",
                             "removeQuestionPushButton", "parkPushButton",
                             "removeParkedPushButton", "newQuestionChecklistComboBox"}) {
        QVERIFY2(!widget<QWidget>(name)->isEnabled(), name);
    }
    QVERIFY(widget<QLineEdit>("newQuestionLineEdit")->isReadOnly());
    QVERIFY(widget<QLineEdit>("parkLineEdit")->isReadOnly());

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_document->value(Table::Question, id, QuestionField::Status).toString(), u"open"_s);
    QTest::keyClick(list(), Qt::Key_Down);
    QVERIFY(m_page->currentQuestionId() != id); // still navigable
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestQuestionsPage::exampleDocumentIsShown()
{
    m_page.reset();
    m_document = PageFixture::exampleDocument(m_dir.filePath(u"example.debrief"_s));
    QVERIFY(m_document);
    showPage(m_document.get());
    const int questions = m_document->count(Table::Question);
    QCOMPARE(list()->count(), 5 + questions);
    QCOMPARE(widget<ParkingLotView>("parkingLotView")->count(),
             m_document->count(Table::ParkingLotItem));
    // A promoted entry names the item it became.
    bool promoted = false;
    auto *parkingLot = widget<ParkingLotView>("parkingLotView");
    for (int row = 0; row < parkingLot->count(); ++row)
        promoted |= parkingLot->item(row)->data(DetailItemDelegate::DetailRole).toString().contains(
            u"Promoted to remediation"_s);
    QVERIFY(promoted);
    QVERIFY(!widget<QPlainTextEdit>("questionNotesPlainTextEdit")->toPlainText().isEmpty());
    QVERIFY(m_page->showRecord(Table::Question, m_document->records(Table::Question).at(5).id,
                               QuestionField::Notes));
    QCOMPARE(m_page->currentQuestionId(), m_document->records(Table::Question).at(5).id);
}

QTEST_MAIN(TestQuestionsPage)
#include "TestQuestionsPage.moc"
