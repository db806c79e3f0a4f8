// Drives the real "Bias reminder" page: the four bias cards, the room's permission recorded
// and undone, the call-outs table (shown in the room's terms, Delete removes, undo restores),
// the page's own "Call out a bias" with the keyboard, and read-only documents.
#include "PageFixture.h"
#include "dialogs/CallOutBiasDialog.h"
#include "domain/Steps.h"
#include "domain/Vocabulary.h"
#include "steps/BiasesPage.h"
#include "steps/StepNotesPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestBiasesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cardsForTheFourBiases();
    void permissionIsRecordedAndCanBeUndone();
    void calloutsAreShownInTheRoomsTerms();
    void deleteRemovesAndUndoRestores();
    void callOutFromThePageWithTheKeyboard();
    void escapeRecordsNothing();
    void readOnlyDocumentCannotBeEdited();
    void hasANotesPanel();

private:
    void showPage(Document *document);
    qint64 addCallout(
        const QDateTime &at, const QString &bias, const QString &step, const QString &note);
    CallOutBiasDialog *waitForDialog() const;
    template<typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString path() const { return m_dir.filePath(u"biases.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<BiasesPage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestBiasesPage::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
    m_document->setIncidentValue(IncidentField::TimeZone, u"Europe/Berlin"_s);
    showPage(m_document.get());
}

void TestBiasesPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestBiasesPage::showPage(Document *document)
{
    m_page = std::make_unique<BiasesPage>();
    m_page->resize(1500, 1000);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

qint64 TestBiasesPage::addCallout(
    const QDateTime &at, const QString &bias, const QString &step, const QString &note)
{
    Record callout = emptyRecord(Table::BiasCallout);
    callout.values[BiasCalloutField::CalledAt] = at;
    callout.values[BiasCalloutField::Bias] = bias;
    callout.values[BiasCalloutField::Step] = step;
    callout.values[BiasCalloutField::Note] = note;
    return m_document->insertRecord(Table::BiasCallout, callout);
}

CallOutBiasDialog *TestBiasesPage::waitForDialog() const
{
    CallOutBiasDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_page->findChild<CallOutBiasDialog *>();
        return dialog && dialog->isVisible();
    });
    if (!shown || !QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }))
        return nullptr;
    return dialog;
}

void TestBiasesPage::cardsForTheFourBiases()
{
    const struct
    {
        const char *card;
        QString key;
        QString example; // part of what it sounds like
    } cards[] = {
        {"hindsightCardFrame", u"hindsight"_s, u"obvious"_s},
        {"outcomeCardFrame", u"outcome"_s, u"bad call"_s},
        {"recencyCardFrame", u"recency"_s, u"last week"_s},
        {"fundamentalattributionCardFrame", u"fundamental-attribution"_s, u"careless"_s},
    };
    for (const auto &card : cards) {
        auto *frame = widget<QWidget>(card.card);
        QVERIFY2(frame, card.card);
        QVERIFY(frame->isVisible());
        QVERIFY(!frame->property("facilitatorOnly").toBool());
        const QList<QLabel *> labels = frame->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0)->text(), choiceLabel(Vocabulary::Bias, card.key));
        const QString body = labels.at(1)->text();
        QVERIFY(body.contains(u"What it sounds like"_s));
        QVERIFY(body.contains(u"Countermeasure"_s));
        QVERIFY2(body.contains(card.example), qPrintable(body));
    }
    QVERIFY(widget<QLabel>("permissionLabel")->text().contains(u"permission"_s));
    QVERIFY(
        widget<QLabel>("calloutsHintLabel")
            ->text()
            .contains(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString(QKeySequence::NativeText)));
}

void TestBiasesPage::permissionIsRecordedAndCanBeUndone()
{
    QSignalSpy progress(m_page.get(), &StepPage::progressChanged);
    auto *box = widget<QCheckBox>("permissionCheckBox");
    QVERIFY(!stepProgress(*m_document, Step::Biases).isComplete());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    // Alt+O, the box's mnemonic, from anywhere on the page.
    widget<QPushButton>("callOutPushButton")->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_O, Qt::AltModifier);
    // A mnemonic clicks the box with a short animation.
    QTRY_VERIFY(!m_document->incidentValue(IncidentField::BiasPermissionAt).isNull());
    const QDateTime givenAt
        = m_document->incidentValue(IncidentField::BiasPermissionAt).toDateTime();
    QVERIFY(givenAt.isValid());
    QVERIFY(givenAt >= before && givenAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(box->isChecked());
    QVERIFY(progress.count() >= 1);
    QVERIFY(stepProgress(*m_document, Step::Biases).isComplete());
    const QString local = QLocale().toString(
        givenAt.toTimeZone(QTimeZone("Europe/Berlin")).time(), QLocale::ShortFormat);
    QVERIFY(widget<QLabel>("permissionStatusLabel")->text().contains(local));

    m_document->undoStack()->undo();
    QVERIFY(m_document->incidentValue(IncidentField::BiasPermissionAt).isNull());
    QVERIFY(!box->isChecked());
    QVERIFY(!stepProgress(*m_document, Step::Biases).isComplete());
}

void TestBiasesPage::calloutsAreShownInTheRoomsTerms()
{
    auto *table = widget<QTableView>("calloutsTableView");
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(widget<QLabel>("calloutsHeadingLabel")->text().contains(u"none yet"_s));
    addCallout(QDateTime(QDate(2026, 10, 16), QTime(8, 12), QTimeZone::UTC), u"hindsight"_s,
        u"timeline"_s, u"“obviously the certificate”"_s);
    addCallout(QDateTime(QDate(2026, 10, 16), QTime(8, 40), QTimeZone::UTC),
        u"fundamental-attribution"_s, u"questions"_s, QString());
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(widget<QLabel>("calloutsHeadingLabel")->text().contains(u"(2)"_s));
    // 08:12 UTC is 10:12 in Berlin in October.
    const QString when = model->index(0, 0).data().toString();
    QVERIFY2(when.contains(u"10:12"_s) && when.contains(u"16"_s), qPrintable(when));
    QCOMPARE(model->index(0, 1).data().toString(), choiceLabel(Vocabulary::Bias, u"hindsight"_s));
    QCOMPARE(model->index(0, 2).data().toString(), stepInfo(Step::Timeline).title);
    QCOMPARE(model->index(1, 2).data().toString(), stepInfo(Step::Questions).title);
    QCOMPARE(model->index(0, 3).data().toString(), u"“obviously the certificate”"_s);
    // Time and step are facts of the call-out; the bias and the note can be corrected.
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!(model->flags(model->index(0, 2)) & Qt::ItemIsEditable));
    QVERIFY(model->flags(model->index(0, 3)) & Qt::ItemIsEditable);
    QVERIFY(model->setData(model->index(1, 3), u"“he never reads alerts”"_s));
    QCOMPARE(m_document->records(Table::BiasCallout).at(1).text(BiasCalloutField::Note),
        u"“he never reads alerts”"_s);
}

void TestBiasesPage::deleteRemovesAndUndoRestores()
{
    const QDateTime at(QDate(2026, 10, 16), QTime(8, 12), QTimeZone::UTC);
    addCallout(at, u"hindsight"_s, u"timeline"_s, u"first"_s);
    addCallout(at.addSecs(60), u"outcome"_s, u"factors"_s, u"second"_s);
    auto *table = widget<QTableView>("calloutsTableView");
    auto *remove = widget<QPushButton>("removeCalloutPushButton");
    QVERIFY(!remove->isEnabled());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(remove->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::BiasCallout), 1);
    QCOMPARE(m_document->records(Table::BiasCallout).constFirst().text(BiasCalloutField::Note),
        u"second"_s);
    // The next row is selected: Delete again removes it.
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::BiasCallout), 0);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::BiasCallout), 2);
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestBiasesPage::callOutFromThePageWithTheKeyboard()
{
    auto *table = widget<QTableView>("calloutsTableView");
    table->setFocus();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::keyClick(table, Qt::Key_Insert);
    CallOutBiasDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::Biases);
    auto *list = dialog->findChild<QListWidget *>(u"biasListWidget"_s);
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_3);
    QCOMPARE(dialog->chosenBias(), u"recency"_s);
    QTest::keyClick(list, Qt::Key_Tab);
    auto *note = dialog->findChild<QLineEdit *>(u"noteLineEdit"_s);
    QVERIFY(note->hasFocus());
    // Digits in the note are text, not choices.
    QTest::keyClicks(note, u"2 incidents ago"_s);
    QCOMPARE(dialog->chosenBias(), u"recency"_s);
    QTest::keyClick(note, Qt::Key_Return);
    QTRY_VERIFY(!m_page->findChild<CallOutBiasDialog *>());

    QCOMPARE(m_document->count(Table::BiasCallout), 1);
    const Record &callout = m_document->records(Table::BiasCallout).constFirst();
    QCOMPARE(callout.text(BiasCalloutField::Bias), u"recency"_s);
    QCOMPARE(callout.text(BiasCalloutField::Step), u"biases"_s);
    QCOMPARE(callout.text(BiasCalloutField::Note), u"2 incidents ago"_s);
    const QDateTime at = callout.value(BiasCalloutField::CalledAt).toDateTime();
    QVERIFY(at >= before && at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestBiasesPage::escapeRecordsNothing()
{
    const int undoSteps = m_document->undoStack()->count();
    QTest::mouseClick(widget<QPushButton>("callOutPushButton"), Qt::LeftButton);
    CallOutBiasDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(dialog->chosenBias(), u"outcome"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_page->findChild<CallOutBiasDialog *>());
    QCOMPARE(m_document->count(Table::BiasCallout), 0);
    QCOMPARE(m_document->undoStack()->count(), undoSteps);
}

void TestBiasesPage::readOnlyDocumentCannotBeEdited()
{
    addCallout(QDateTime(QDate(2026, 10, 16), QTime(8, 12), QTimeZone::UTC), u"hindsight"_s,
        u"timeline"_s, u"kept"_s);
    QVERIFY(m_document->saveNow());
    m_page.reset();
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);
    showPage(m_document.get());
    QVERIFY(!widget<QCheckBox>("permissionCheckBox")->isEnabled());
    QVERIFY(!widget<QPushButton>("callOutPushButton")->isEnabled());
    auto *table = widget<QTableView>("calloutsTableView");
    QCOMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(!widget<QPushButton>("removeCalloutPushButton")->isEnabled());
    QVERIFY(!(table->model()->flags(table->model()->index(0, 3)) & Qt::ItemIsEditable));
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(m_document->count(Table::BiasCallout), 1);
    QVERIFY(!m_page->findChild<CallOutBiasDialog *>());
}

void TestBiasesPage::hasANotesPanel()
{
    auto *panel = m_page->findChild<StepNotesPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->step(), Step::Biases);
    QVERIFY(panel->isVisible());
}

QTEST_MAIN(TestBiasesPage)
#include "TestBiasesPage.moc"
