// Drives the real Remediation page: an item typed field by field, the SMART check naming
// what is missing, due dates that can be unset, tracker links opened only on a click,
// parking-lot entries promoted in one undo step, the "decided not to do" list, read-only.
#include "PageFixture.h"
#include "steps/ParkingLotView.h"
#include "steps/RemediationItemsModel.h"
#include "steps/RemediationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Debrief;
using namespace Qt::StringLiterals;

// Stands in for the web browser: records what would have been opened.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestRemediationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void explainsSmart();
    void newItemEveryFieldByKeyboard();
    void smartCheckNamesWhatIsMissing();
    void dueDateCanBeUnset();
    void trackerLinkOpensOnlyOnClick();
    void promoteParkedEntry();
    void promoteLongEntryKeepsEveryWord();
    void declinedItemsAddEditRemove();
    void removeItemAndUndo();
    void readOnlyDocumentCannotBeEdited();
    void exampleDocumentIsShown();

private:
    void showPage(Document *document);
    qint64 addParked(const QString &text);
    template <typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString itemValue(int field) const
    {
        return m_document->value(Table::RemediationItem, m_page->currentItemId(), field).toString();
    }
    QString smartText(int row) const
    {
        const QAbstractItemModel *model = widget<QTableView>("itemsTableView")->model();
        return model->index(row, RemediationItemsModel::Smart).data().toString();
    }
    QString path() const { return m_dir.filePath(u"remediation.debrief"_s); }

    QTemporaryDir m_dir;
    UrlCatcher m_browser;
    std::unique_ptr<RemediationPage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestRemediationPage::initTestCase()
{
    QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
    QDesktopServices::setUrlHandler(u"file"_s, &m_browser, "open");
}

void TestRemediationPage::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

void TestRemediationPage::init()
{
    QVERIFY(m_dir.isValid());
    m_browser.opened.clear();
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
    showPage(m_document.get());
}

void TestRemediationPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestRemediationPage::showPage(Document *document)
{
    m_page = std::make_unique<RemediationPage>();
    m_page->resize(1600, 1000);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

qint64 TestRemediationPage::addParked(const QString &text)
{
    Record entry = emptyRecord(Table::ParkingLotItem);
    entry.values[ParkingLotField::Text] = text;
    entry.values[ParkingLotField::CreatedAt] = QDateTime::currentDateTimeUtc();
    return m_document->insertRecord(Table::ParkingLotItem, entry);
}

void TestRemediationPage::explainsSmart()
{
    QVERIFY(widget<QLabel>("smartLabel")->text().contains(u"Specific, Measurable, Agreeable"_s));
    QVERIFY(widget<QLabel>("guidanceLabel")->property("facilitatorOnly").toBool());
    QVERIFY(widget<QLabel>("editorTitleLabel")->text().contains(u"No remediation items yet"_s));
    QVERIFY(widget<QFrame>("smartFrame")->isHidden());
}

void TestRemediationPage::newItemEveryFieldByKeyboard()
{
    QSignalSpy progress(m_page.get(), &StepPage::progressChanged);
    auto *table = widget<QTableView>("itemsTableView");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(m_document->count(Table::RemediationItem), 1);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(itemValue(RemediationField::Status), u"open"_s);

    auto *title = widget<QLineEdit>("titleLineEdit");
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, u"Every alert route reaches a person"_s);
    QTest::keyClick(title, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(),
                     u"Move receivers of archived channels to the owning team's pager"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"A test alert pages the on-call within 2 min"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), widget<QLineEdit>("ownerLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), u"Daniel Okafor"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), widget<QCheckBox>("ownerAgreedCheckBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), widget<QComboBox>("effortComboBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Small
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    // The due date is not set yet: Tab reaches "Set" (the date editor is disabled).
    QCOMPARE(QApplication::focusWidget(), widget<QCheckBox>("dueDateSetCheckBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto *due = widget<QDateEdit>("dueDateEdit");
    QVERIFY(due->hasFocus());
    QCOMPARE(m_document->value(Table::RemediationItem, m_page->currentItemId(),
                               RemediationField::DueDate).toDate(),
             QDate::currentDate());
    due->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(due, Qt::Key_Up); // a year from today
    QCOMPARE(m_document->value(Table::RemediationItem, m_page->currentItemId(),
                               RemediationField::DueDate).toDate(),
             QDate::currentDate().addYears(1));
    for (const char *name : {"priorityComboBox", "kindComboBox", "statusComboBox"}) {
        auto *combo = widget<QComboBox>(name);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
    }
    // Status was "open", the first choice after "Not set": one down is "in progress".
    QCOMPARE(itemValue(RemediationField::Priority), u"P1"_s);
    QCOMPARE(itemValue(RemediationField::Kind), u"prevent"_s);
    QCOMPARE(itemValue(RemediationField::Status), u"in-progress"_s);
    auto *tracker = widget<QLineEdit>("trackerUrlLineEdit");
    tracker->setFocus();
    QTest::keyClicks(tracker, u"https://tracker.example/browse/OPS-2310"_s);

    QCOMPARE(itemValue(RemediationField::Title), u"Every alert route reaches a person"_s);
    QCOMPARE(itemValue(RemediationField::SpecificChange),
             u"Move receivers of archived channels to the owning team's pager"_s);
    QCOMPARE(itemValue(RemediationField::SuccessMeasure),
             u"A test alert pages the on-call within 2 min"_s);
    QCOMPARE(itemValue(RemediationField::Owner), u"Daniel Okafor"_s);
    QVERIFY(m_document->value(Table::RemediationItem, m_page->currentItemId(),
                              RemediationField::OwnerAgreed).toBool());
    QCOMPARE(itemValue(RemediationField::Effort), u"S"_s);
    QCOMPARE(itemValue(RemediationField::TrackerUrl), u"https://tracker.example/browse/OPS-2310"_s);

    // Everything SMART: the table and the panel say so.
    QCOMPARE(smartText(0), u"SMART"_s);
    QVERIFY(widget<QLabel>("smartTitleLabel")->text().contains(u"is SMART"_s));
    QCOMPARE(table->model()->index(0, RemediationItemsModel::Owner).data().toString(),
             u"Daniel Okafor"_s);

    // Undo goes back field by field; the editor follows.
    m_document->undoStack()->undo();
    QVERIFY(tracker->text().isEmpty());
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(itemValue(RemediationField::Kind), QString());
    QCOMPARE(widget<QComboBox>("kindComboBox")->currentIndex(), 0);
}

void TestRemediationPage::smartCheckNamesWhatIsMissing()
{
    QTest::mouseClick(widget<QPushButton>("addItemPushButton"), Qt::LeftButton);
    QVERIFY(widget<QFrame>("smartFrame")->isVisible());
    QVERIFY(widget<QLabel>("smartTitleLabel")->text().contains(u"5"_s));
    const QString missing = smartText(0);
    for (const QString &part : {u"Specific"_s, u"Measurable"_s, u"Agreeable"_s, u"Realistic"_s,
                                u"Timebound"_s})
        QVERIFY2(missing.contains(part), qPrintable(missing));

    // Owner named and agreed: Agreeable is no longer missing.
    QTest::keyClicks(widget<QLineEdit>("ownerLineEdit"), u"Priya"_s);
    QVERIFY(smartText(0).contains(u"Agreeable"_s));
    QTest::mouseClick(widget<QCheckBox>("ownerAgreedCheckBox"), Qt::LeftButton);
    QVERIFY(!smartText(0).contains(u"Agreeable"_s));
    QVERIFY(widget<QLabel>("smartTitleLabel")->text().contains(u"4"_s));
    // The table's owner column says when the owner has not agreed.
    QTest::mouseClick(widget<QCheckBox>("ownerAgreedCheckBox"), Qt::LeftButton);
    const QAbstractItemModel *model = widget<QTableView>("itemsTableView")->model();
    QVERIFY(model->index(0, RemediationItemsModel::Owner).data().toString().contains(u"not agreed"_s));
}

void TestRemediationPage::dueDateCanBeUnset()
{
    QTest::mouseClick(widget<QPushButton>("addItemPushButton"), Qt::LeftButton);
    auto *set = widget<QCheckBox>("dueDateSetCheckBox");
    auto *due = widget<QDateEdit>("dueDateEdit");
    QVERIFY(!set->isChecked());
    QVERIFY(!due->isEnabled());
    QCOMPARE(due->text(), u"Not set"_s);
    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY(due->isEnabled());
    QCOMPARE(due->date(), QDate::currentDate());
    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY(m_document->value(Table::RemediationItem, m_page->currentItemId(),
                              RemediationField::DueDate).isNull());
    QVERIFY(!due->isEnabled());
    QCOMPARE(due->text(), u"Not set"_s);
    m_document->undoStack()->undo();
    QVERIFY(set->isChecked());
    QCOMPARE(due->date(), QDate::currentDate());
}

void TestRemediationPage::trackerLinkOpensOnlyOnClick()
{
    QTest::mouseClick(widget<QPushButton>("addItemPushButton"), Qt::LeftButton);
    auto *tracker = widget<QLineEdit>("trackerUrlLineEdit");
    auto *open = widget<QPushButton>("openTrackerPushButton");
    auto *warning = widget<QLabel>("trackerUrlWarningLabel");
    QVERIFY(!open->isEnabled());
    QVERIFY(warning->isHidden());

    QTest::keyClicks(tracker, u"tracker.example/OPS-1"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(!open->isEnabled());
    // Kept as typed: the warning never blocks.
    QCOMPARE(itemValue(RemediationField::TrackerUrl), u"tracker.example/OPS-1"_s);

    tracker->selectAll();
    QTest::keyClicks(tracker, u"file:///etc/passwd"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(!open->isEnabled());

    tracker->selectAll();
    QTest::keyClicks(tracker, u"https://tracker.example/browse/OPS-1"_s);
    QVERIFY(warning->isHidden());
    QVERIFY(open->isEnabled());
    QVERIFY(m_browser.opened.isEmpty()); // nothing opens by itself
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_browser.opened, QList<QUrl>{QUrl(u"https://tracker.example/browse/OPS-1"_s)});

    QVERIFY(!RemediationPage::trackerUrl(u"javascript:alert(1)"_s).isValid());
    QVERIFY(!RemediationPage::trackerUrl(u"https://"_s).isValid());
    QVERIFY(RemediationPage::trackerUrl(u" http://jira.local/browse/A-1 "_s).isValid());
}

void TestRemediationPage::promoteParkedEntry()
{
    const qint64 entry = addParked(u"Shadow week before a first on-call week"_s);
    auto *parkingLot = widget<ParkingLotView>("parkingLotView");
    auto *promote = widget<QPushButton>("promotePushButton");
    QCOMPARE(parkingLot->count(), 1);
    parkingLot->setCurrentEntry(entry);
    QVERIFY(promote->isEnabled());
    const int steps = m_document->undoStack()->count();

    QTest::mouseClick(promote, Qt::LeftButton);
    QCOMPARE(m_document->count(Table::RemediationItem), 1);
    const Record &item = m_document->records(Table::RemediationItem).constFirst();
    QCOMPARE(item.text(RemediationField::Title), u"Shadow week before a first on-call week"_s);
    QCOMPARE(item.text(RemediationField::Status), u"open"_s);
    QCOMPARE(m_document->value(Table::ParkingLotItem, entry, ParkingLotField::PromotedTo).toLongLong(),
             item.id);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_page->currentItemId(), item.id);
    QVERIFY(widget<QLineEdit>("titleLineEdit")->hasFocus());
    parkingLot->setCurrentEntry(entry);
    QVERIFY(!promote->isEnabled()); // once is enough
    QVERIFY(parkingLot->item(0)->data(Qt::UserRole + 100).toString().contains(u"Promoted"_s));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::RemediationItem), 0);
    QVERIFY(m_document->value(Table::ParkingLotItem, entry, ParkingLotField::PromotedTo).isNull());
    parkingLot->setCurrentEntry(entry);
    QVERIFY(promote->isEnabled());
}

void TestRemediationPage::promoteLongEntryKeepsEveryWord()
{
    const QString text =
        u"Support posted the status page before an incident commander existed. Is that the "
        "policy we want, and who tells Support when an incident is declared, and by which channel?"_s;
    const qint64 entry = addParked(text);
    widget<ParkingLotView>("parkingLotView")->setCurrentEntry(entry);
    QTest::mouseClick(widget<QPushButton>("promotePushButton"), Qt::LeftButton);
    const Record &item = m_document->records(Table::RemediationItem).constFirst();
    QVERIFY(item.text(RemediationField::Title).size() <= 121);
    QVERIFY(item.text(RemediationField::Title).endsWith(u'…'));
    QCOMPARE(item.text(RemediationField::SpecificChange), text);
}

void TestRemediationPage::declinedItemsAddEditRemove()
{
    auto *table = widget<QTableView>("declinedTableView");
    QTest::mouseClick(widget<QPushButton>("addDeclinedPushButton"), Qt::LeftButton);
    QCOMPARE(m_document->count(Table::DeclinedItem), 1);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, u"Rotate certificates by hand"_s);
    QTest::keyClick(editor, Qt::Key_Return); // item views commit on the next event loop turn
    QTRY_COMPARE(
        m_document->records(Table::DeclinedItem).constFirst().text(DeclinedItemField::Title),
        u"Rotate certificates by hand"_s);
    // To the reason column, and typing starts editing it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClicks(table, u"M"_s);
    editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, u"anual renewals let a certificate expire in 2024"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(
        m_document->records(Table::DeclinedItem).constFirst().text(DeclinedItemField::Reason),
        u"Manual renewals let a certificate expire in 2024"_s);

    table->setFocus();
    table->selectRow(0);
    QVERIFY(widget<QPushButton>("removeDeclinedPushButton")->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::DeclinedItem), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::DeclinedItem), 1);
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestRemediationPage::removeItemAndUndo()
{
    QTest::mouseClick(widget<QPushButton>("addItemPushButton"), Qt::LeftButton);
    QTest::keyClicks(widget<QLineEdit>("titleLineEdit"), u"First"_s);
    QTest::mouseClick(widget<QPushButton>("addItemPushButton"), Qt::LeftButton);
    QTest::keyClicks(widget<QLineEdit>("titleLineEdit"), u"Second"_s);
    auto *table = widget<QTableView>("itemsTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), u"First"_s);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::RemediationItem), 1);
    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), u"Second"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::RemediationItem), 2);
    QCOMPARE(table->model()->index(0, RemediationItemsModel::Title).data().toString(), u"First"_s);
}

void TestRemediationPage::readOnlyDocumentCannotBeEdited()
{
    Record item = emptyRecord(Table::RemediationItem);
    item.values[RemediationField::Title] = u"Kept"_s;
    item.values[RemediationField::DueDate] = QDate(2030, 1, 31);
    m_document->insertRecord(Table::RemediationItem, item);
    addParked(u"Parked"_s);
    m_page.reset();
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);
    showPage(m_document.get());

    QCOMPARE(widget<QLineEdit>("titleLineEdit")->text(), u"Kept"_s);
    for (const char *name : {"titleLineEdit", "ownerLineEdit", "trackerUrlLineEdit"})
        QVERIFY2(widget<QLineEdit>(name)->isReadOnly(), name);
    for (const char *name : {"specificChangePlainTextEdit", "successMeasurePlainTextEdit"})
        QVERIFY2(widget<QPlainTextEdit>(name)->isReadOnly(), name);
    QVERIFY(widget<QDateEdit>("dueDateEdit")->isReadOnly());
    QCOMPARE(widget<QDateEdit>("dueDateEdit")->date(), QDate(2030, 1, 31));
    for (const char *name : {"effortComboBox", "priorityComboBox", "kindComboBox",
                             "statusComboBox", "ownerAgreedCheckBox", "dueDateSetCheckBox",
                             "addItemPushButton", "removeItemPushButton", "promotePushButton",
                             "addDeclinedPushButton", "removeDeclinedPushButton"})
        QVERIFY2(!widget<QWidget>(name)->isEnabled(), name);
    widget<ParkingLotView>("parkingLotView")->setCurrentRow(0);
    QVERIFY(!widget<QPushButton>("promotePushButton")->isEnabled());
    auto *table = widget<QTableView>("itemsTableView");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::RemediationItem), 1);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestRemediationPage::exampleDocumentIsShown()
{
    m_page.reset();
    m_document = PageFixture::exampleDocument(m_dir.filePath(u"example.debrief"_s));
    QVERIFY(m_document);
    showPage(m_document.get());
    auto *table = widget<QTableView>("itemsTableView");
    QCOMPARE(table->model()->rowCount(), m_document->count(Table::RemediationItem));
    QCOMPARE(widget<QTableView>("declinedTableView")->model()->rowCount(),
             m_document->count(Table::DeclinedItem));
    // The example's last item has no measure of success.
    const int last = table->model()->rowCount() - 1;
    QVERIFY2(smartText(last).contains(u"Measurable"_s), qPrintable(smartText(last)));
    QVERIFY(widget<QPushButton>("openTrackerPushButton")->isEnabled());
    QVERIFY(m_page->showRecord(Table::RemediationItem,
                               m_document->records(Table::RemediationItem).at(last).id,
                               RemediationField::SuccessMeasure));
    QVERIFY(widget<QPlainTextEdit>("successMeasurePlainTextEdit")->hasFocus());
    QVERIFY(m_browser.opened.isEmpty());
}

QTEST_MAIN(TestRemediationPage)
#include "TestRemediationPage.moc"
