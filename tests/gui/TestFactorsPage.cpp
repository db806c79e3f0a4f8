// Drives the real Contributing factors page: factors typed and categorised, linked to
// timeline events with the keyboard, the person-as-factor warning while typing, undo and
// read-only documents.
#include "PageFixture.h"
#include "steps/DetailItemDelegate.h"
#include "steps/FactorsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestFactorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void explainsWhyThereIsNoRootCause();
    void addFactorWithTheKeyboard();
    void linkEventsWithSpace();
    void emptyTimelineIsExplained();
    void personAsSubjectWarnsWithoutBlocking();
    void removeFactorTakesItsLinks();
    void readOnlyDocumentCannotBeEdited();
    void exampleDocumentIsShown();

private:
    void showPage(Document *document);
    qint64 addEvent(const QTime &time, const QString &what, const QString &milestone = {});
    template <typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString path() const { return m_dir.filePath(u"factors.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<FactorsPage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestFactorsPage::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
    m_document->setIncidentValue(IncidentField::TimeZone, u"UTC"_s);
    showPage(m_document.get());
}

void TestFactorsPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestFactorsPage::showPage(Document *document)
{
    m_page = std::make_unique<FactorsPage>();
    m_page->resize(1400, 1000);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

qint64 TestFactorsPage::addEvent(const QTime &time, const QString &what, const QString &milestone)
{
    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::OccurredAt] =
        QDateTime(QDate(2026, 10, 14), time, QTimeZone::UTC);
    event.values[TimelineEventField::Precision] = u"exact"_s;
    event.values[TimelineEventField::WhatHappened] = what;
    event.values[TimelineEventField::Milestone] = milestone;
    return m_document->insertRecord(Table::TimelineEvent, event);
}

void TestFactorsPage::explainsWhyThereIsNoRootCause()
{
    auto *explanation = widget<QLabel>("rootCauseLabel");
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(u"lots of contributing factors"_s));
    QVERIFY(explanation->text().contains(u"NEVER the root cause"_s));
    QVERIFY(!explanation->property("facilitatorOnly").toBool());
    auto *guidance = widget<QLabel>("guidanceLabel");
    QVERIFY(guidance->property("facilitatorOnly").toBool());
    QVERIFY(!guidance->text().isEmpty());
}

void TestFactorsPage::addFactorWithTheKeyboard()
{
    QSignalSpy progress(m_page.get(), &StepPage::progressChanged);
    auto *list = widget<QListWidget>("factorsListWidget");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Insert);
    QCOMPARE(m_document->count(Table::ContributingFactor), 1);
    QVERIFY(progress.count() >= 1);
    const qint64 id = m_document->records(Table::ContributingFactor).constFirst().id;
    QCOMPARE(m_page->currentFactorId(), id);

    auto *title = widget<QLineEdit>("titleLineEdit");
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, u"The alert went to an archived channel"_s);
    QTest::keyClick(title, Qt::Key_Tab);
    auto *category = widget<QComboBox>("categoryComboBox");
    QVERIFY(category->hasFocus());
    QTest::keyClick(category, Qt::Key_Down); // from "Not set" to the first category
    QTest::keyClick(category, Qt::Key_Tab);
    auto *description = widget<QPlainTextEdit>("descriptionPlainTextEdit");
    QVERIFY(description->hasFocus());
    QTest::keyClicks(description, u"Alertmanager reports success for archived channels."_s);

    const auto value = [&](int field) {
        return m_document->value(Table::ContributingFactor, id, field).toString();
    };
    QCOMPARE(value(ContributingFactorField::Title), u"The alert went to an archived channel"_s);
    QCOMPARE(value(ContributingFactorField::Category), u"technology"_s);
    QCOMPARE(value(ContributingFactorField::Description),
             u"Alertmanager reports success for archived channels."_s);
    QCOMPARE(list->item(0)->text(), u"The alert went to an archived channel"_s);
    QVERIFY(list->item(0)->data(DetailItemDelegate::DetailRole).toString().contains(u"Technology"_s));
    QVERIFY(widget<QLabel>("personWarningLabel")->isHidden());

    // Undo: description, category, title, the factor itself.
    QUndoStack *stack = m_document->undoStack();
    stack->undo();
    QVERIFY(description->toPlainText().isEmpty());
    stack->undo();
    QCOMPARE(category->currentIndex(), 0);
    stack->undo();
    QVERIFY(title->text().isEmpty());
    stack->undo();
    QCOMPARE(m_document->count(Table::ContributingFactor), 0);
    QCOMPARE(list->count(), 0);
    QVERIFY(!title->isEnabled());
    stack->redo();
    QCOMPARE(list->count(), 1);
}

void TestFactorsPage::linkEventsWithSpace()
{
    const qint64 first = addEvent(QTime(11, 48), u"Certificate rotated"_s, u"impact-start"_s);
    const qint64 second = addEvent(QTime(11, 52), u"DB alert posted to the archived channel"_s);
    addEvent(QTime(12, 1), u"Synthetic check pages the on-call"_s, u"detected"_s);
    QTest::mouseClick(widget<QPushButton>("addFactorPushButton"), Qt::LeftButton);
    const qint64 factor = m_page->currentFactorId();
    QVERIFY(factor);

    auto *events = widget<QListWidget>("eventsListWidget");
    QVERIFY(events->isVisible());
    QVERIFY(widget<QLabel>("emptyTimelineLabel")->isHidden());
    QCOMPARE(events->count(), 3);
    QCOMPARE(events->item(1)->text(), u"DB alert posted to the archived channel"_s);
    QCOMPARE(events->item(0)->data(DetailItemDelegate::DetailRole).toString(),
             u"11:48 · Impact started"_s);
    QCOMPARE(events->item(1)->data(DetailItemDelegate::DetailRole).toString(), u"11:52"_s);

    events->setFocus();
    events->setCurrentRow(1);
    QTest::keyClick(events, Qt::Key_Space);
    QCOMPARE(m_document->count(Table::FactorEvent), 1);
    const Record &link = m_document->records(Table::FactorEvent).constFirst();
    QCOMPARE(link.value(FactorEventField::Factor).toLongLong(), factor);
    QCOMPARE(link.value(FactorEventField::Event).toLongLong(), second);
    QCOMPARE(events->item(1)->checkState(), Qt::Checked);
    QCOMPARE(events->currentRow(), 1);
    QVERIFY(widget<QListWidget>("factorsListWidget")->item(0)->data(DetailItemDelegate::DetailRole)
                .toString().contains(u"1 timeline event"_s));

    QTest::keyClick(events, Qt::Key_Up);
    QTest::keyClick(events, Qt::Key_Space);
    QCOMPARE(m_document->count(Table::FactorEvent), 2);
    QCOMPARE(m_document->records(Table::FactorEvent).at(1).value(FactorEventField::Event).toLongLong(),
             first);

    // Space again unlinks; undo links again.
    QTest::keyClick(events, Qt::Key_Space);
    QCOMPARE(m_document->count(Table::FactorEvent), 1);
    QCOMPARE(events->item(0)->checkState(), Qt::Unchecked);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::FactorEvent), 2);
    QCOMPARE(events->item(0)->checkState(), Qt::Checked);

    // Events changed on the timeline show up here.
    m_document->setValue(Table::TimelineEvent, second, TimelineEventField::WhatHappened,
                         u"DB alert delivered to #tracking-alerts-legacy"_s);
    QCOMPARE(events->item(1)->text(), u"DB alert delivered to #tracking-alerts-legacy"_s);
}

void TestFactorsPage::emptyTimelineIsExplained()
{
    QTest::mouseClick(widget<QPushButton>("addFactorPushButton"), Qt::LeftButton);
    auto *empty = widget<QLabel>("emptyTimelineLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"timeline is empty"_s));
    QVERIFY(widget<QListWidget>("eventsListWidget")->isHidden());
    // A factor without events is still a factor.
    QTest::keyClicks(widget<QLineEdit>("titleLineEdit"), u"Unfamiliar service"_s);
    QCOMPARE(m_document->records(Table::ContributingFactor).constFirst().text(
                 ContributingFactorField::Title),
             u"Unfamiliar service"_s);

    addEvent(QTime(9, 0), u"Shift starts"_s);
    QVERIFY(empty->isHidden());
    QCOMPARE(widget<QListWidget>("eventsListWidget")->count(), 1);
}

void TestFactorsPage::personAsSubjectWarnsWithoutBlocking()
{
    Record mira = emptyRecord(Table::Participant);
    mira.values[ParticipantField::Name] = u"Mira Lindqvist"_s;
    m_document->insertRecord(Table::Participant, mira);
    QTest::mouseClick(widget<QPushButton>("addFactorPushButton"), Qt::LeftButton);
    auto *title = widget<QLineEdit>("titleLineEdit");
    auto *warning = widget<QLabel>("personWarningLabel");
    QVERIFY(warning->isHidden());

    QTest::keyClicks(title, u"Mira restarted the pods without checking the proxy"_s);
    // Every keystroke arrived: typing is never blocked.
    QCOMPARE(m_document->records(Table::ContributingFactor).constFirst().text(
                 ContributingFactorField::Title),
             u"Mira restarted the pods without checking the proxy"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Mira"_s), qPrintable(warning->text()));
    QVERIFY(title->hasFocus());
    auto *list = widget<QListWidget>("factorsListWidget");
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(list->item(0)->data(DetailItemDelegate::DetailRole).toString().contains(u"Mira"_s));

    // Reworded as a condition, the warning goes.
    title->selectAll();
    QTest::keyClicks(title, u"Restarts recreate every pooled connection"_s);
    QVERIFY(warning->isHidden());
    QVERIFY(list->item(0)->icon().isNull());

    // The description's first sentence counts too, and undo brings the warning back.
    QTest::keyClicks(widget<QPlainTextEdit>("descriptionPlainTextEdit"),
                     u"She was new to the service."_s);
    QVERIFY(warning->isVisible());
    m_document->undoStack()->undo();
    QVERIFY(warning->isHidden());
}

void TestFactorsPage::removeFactorTakesItsLinks()
{
    const qint64 event = addEvent(QTime(11, 48), u"Certificate rotated"_s);
    QTest::mouseClick(widget<QPushButton>("addFactorPushButton"), Qt::LeftButton);
    QTest::mouseClick(widget<QPushButton>("addFactorPushButton"), Qt::LeftButton);
    auto *list = widget<QListWidget>("factorsListWidget");
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    auto *events = widget<QListWidget>("eventsListWidget");
    events->setFocus();
    events->setCurrentRow(0);
    QTest::keyClick(events, Qt::Key_Space);
    QCOMPARE(m_document->count(Table::FactorEvent), 1);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::ContributingFactor), 1);
    QCOMPARE(m_document->count(Table::FactorEvent), 0);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentRow(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::ContributingFactor), 2);
    QCOMPARE(m_document->count(Table::FactorEvent), 1);
    QCOMPARE(m_document->records(Table::FactorEvent).constFirst().value(FactorEventField::Event)
                 .toLongLong(),
             event);
}

void TestFactorsPage::readOnlyDocumentCannotBeEdited()
{
    addEvent(QTime(11, 48), u"Certificate rotated"_s);
    Record factor = emptyRecord(Table::ContributingFactor);
    factor.values[ContributingFactorField::Title] = u"Kept"_s;
    m_document->insertRecord(Table::ContributingFactor, factor);
    m_page.reset();
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);
    showPage(m_document.get());

    auto *title = widget<QLineEdit>("titleLineEdit");
    QCOMPARE(title->text(), u"Kept"_s);
    QVERIFY(title->isReadOnly());
    QVERIFY(widget<QPlainTextEdit>("descriptionPlainTextEdit")->isReadOnly());
    QVERIFY(!widget<QComboBox>("categoryComboBox")->isEnabled());
    QVERIFY(!widget<QPushButton>("addFactorPushButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("removeFactorPushButton")->isEnabled());
    auto *events = widget<QListWidget>("eventsListWidget");
    QCOMPARE(events->count(), 1);
    QVERIFY(!(events->item(0)->flags() & Qt::ItemIsUserCheckable));
    events->setFocus();
    events->setCurrentRow(0);
    QTest::keyClick(events, Qt::Key_Space);
    auto *list = widget<QListWidget>("factorsListWidget");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Insert);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::ContributingFactor), 1);
    QCOMPARE(m_document->count(Table::FactorEvent), 0);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestFactorsPage::exampleDocumentIsShown()
{
    m_page.reset();
    m_document = PageFixture::exampleDocument(m_dir.filePath(u"example.debrief"_s));
    QVERIFY(m_document);
    showPage(m_document.get());
    auto *list = widget<QListWidget>("factorsListWidget");
    QCOMPARE(list->count(), m_document->count(Table::ContributingFactor));
    // The example's factors describe conditions: none names a person.
    for (int row = 0; row < list->count(); ++row)
        QVERIFY2(list->item(row)->icon().isNull(), qPrintable(list->item(row)->text()));
    const qint64 first = m_document->records(Table::ContributingFactor).constFirst().id;
    QCOMPARE(m_page->currentFactorId(), first);
    int linked = 0;
    for (const Record &link : m_document->records(Table::FactorEvent))
        linked += link.value(FactorEventField::Factor).toLongLong() == first ? 1 : 0;
    auto *events = widget<QListWidget>("eventsListWidget");
    QCOMPARE(events->count(), m_document->count(Table::TimelineEvent));
    int checked = 0;
    for (int row = 0; row < events->count(); ++row)
        checked += events->item(row)->checkState() == Qt::Checked ? 1 : 0;
    QCOMPARE(checked, linked);
}

QTEST_MAIN(TestFactorsPage)
#include "TestFactorsPage.moc"
