// A whole post-mortem walked by keyboard on the real main window, as a facilitator would run it
// in the room: Ctrl+N, every step by Alt+Right, fields reached with Tab and mnemonics, typing
// into the focused widget; then Save As, Ctrl+W, reopen, and every typed value is still there.
#include "analysis/BasicsChecklist.h"
#include "dialogs/CallOutBiasDialog.h"
#include "dialogs/FileDialogs.h"
#include "document/Document.h"
#include "domain/Steps.h"
#include "mainwindow/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "storage/AppPaths.h"
#include "timeline/IncidentMetrics.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

const QString kTitle = u"Checkout API returned 503"_s;
const QString kReference = u"INC-2041"_s;
const QString kSummary = u"Checkout requests failed while the primary database failed over."_s;
const QString kImpact = u"Customers could not pay for 12 minutes."_s;
const QString kMira = u"Mira Lindqvist"_s;
const QString kSam = u"Sam Okafor"_s;
const QString kRegret = u"We are sorry that customers could not check out."_s;
const QString kReason = u"A failover took longer than the connection pool waited."_s;
const QString kRemedy = u"We will tune the pool timeout and test failovers monthly."_s;
const QString kCalloutNote = u"\"obviously the failover was going to fail\""_s;
const QString kQuestionNotes = u"The runbook was found through the pager link."_s;
const QString kParked = u"Review the pool timeout of every service"_s;
const QString kFactorOne = u"Pool timeout shorter than a failover"_s;
const QString kFactorTwo = u"Failovers never rehearsed under load"_s;
const QString kItemTitle = u"Raise the pool timeout above the failover time"_s;
const QString kItemChange = u"Set the checkout pool timeout to 60 s."_s;
const QString kItemMeasure = u"A rehearsed failover causes no failed checkout."_s;
const QString kItemOwner = u"Platform team"_s;
const QString kStepNotes = u"Send the statement to support by Friday."_s;
const QStringList kEvents = {u"primary database started failing over"_s, u"pager fired"_s,
    u"restarted the checkout service"_s, u"checkout error rate back to normal"_s};

} // namespace

class TestFacilitatorWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wholeMeetingByKeyboardSurvivesReopening();

private:
    QWidget *focus() const;
    void type(const QString &text);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    bool tabTo(const QString &objectName);
    bool nextStep(Step expected);
    void addParticipant(const QString &name, const QString &role);
    void waitForWindowActive();

    std::unique_ptr<MainWindow> m_window;
    DocumentView *m_view = nullptr;
};

void TestFacilitatorWalkthrough::initTestCase()
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    QStandardPaths::setTestModeEnabled(true);
}

void TestFacilitatorWalkthrough::init()
{
    QSettings().clear();
    QDir(AppPaths::untitledFolder()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFacilitatorWalkthrough::cleanup()
{
    m_view = nullptr;
    m_window.reset();
}

QWidget *TestFacilitatorWalkthrough::focus() const
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : m_window.get();
}

void TestFacilitatorWalkthrough::type(const QString &text)
{
    QTest::keyClicks(focus(), text);
}

void TestFacilitatorWalkthrough::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focus(), Qt::Key(key), modifiers);
}

// Tab through the current step until the named widget has the focus, as someone without a
// mouse does; false when it cannot be reached (or Tab is swallowed by a text field).
bool TestFacilitatorWalkthrough::tabTo(const QString &objectName)
{
    QWidget *page = m_view->findChild<QStackedWidget *>(u"stepStackedWidget"_s)->currentWidget();
    for (int i = 0; i < 120; ++i) {
        QWidget *current = QApplication::focusWidget();
        if (current && current->objectName() == objectName && page->isAncestorOf(current))
            return true;
        if (auto *edit = qobject_cast<QPlainTextEdit *>(current);
            edit && !edit->tabChangesFocus()) {
            qWarning("Tab is typed into %s instead of moving on", qPrintable(edit->objectName()));
            return false;
        }
        press(Qt::Key_Tab);
    }
    qWarning("%s is not reachable with Tab", qPrintable(objectName));
    return false;
}

// Alt+Right: the next step, wherever the focus is.
bool TestFacilitatorWalkthrough::nextStep(Step expected)
{
    press(Qt::Key_Right, Qt::AltModifier);
    return m_view->currentStep() == expected;
}

void TestFacilitatorWalkthrough::addParticipant(const QString &name, const QString &role)
{
    if (qobject_cast<QAbstractItemView *>(focus())) {
        press(Qt::Key_Insert); // in the participants table
    } else {
        // Alt+A is also the Archive menu's mnemonic: an ambiguous mnemonic only moves the focus
        // to "Add participant", so Space presses it.
        press(Qt::Key_A, Qt::AltModifier);
        QCOMPARE(focus()->objectName(), u"addParticipantPushButton"_s);
        press(Qt::Key_Space);
    }
    // The new row's name is being edited at once.
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    type(name);
    press(Qt::Key_Return); // item views commit on the next event loop turn
    QTRY_VERIFY(qobject_cast<QAbstractItemView *>(QApplication::focusWidget()));
    auto *table = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    QCOMPARE(table->objectName(), u"participantsTableView"_s);
    press(Qt::Key_Right); // the role column
    press(Qt::Key_F2);
    auto *roles = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(roles);
    const int wanted = roles->findData(role);
    QVERIFY(wanted > 0);
    for (int i = 0; i < roles->count() && roles->currentIndex() < wanted; ++i)
        press(Qt::Key_Down);
    QCOMPARE(roles->currentIndex(), wanted);
    press(Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<QAbstractItemView *>(QApplication::focusWidget()));
}

void TestFacilitatorWalkthrough::waitForWindowActive()
{
    // A window manager gives the activation back when a dialog closes; offscreen has none.
    if (!m_window->isActiveWindow())
        m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFacilitatorWalkthrough::wholeMeetingByKeyboardSurvivesReopening()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"checkout-outage.debrief"_s);

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document());
    m_view = m_window->findChild<DocumentView *>(u"documentView"_s);
    QVERIFY(m_view);
    QCOMPARE(m_view->currentStep(), Step::Prepare);

    // 1. Prepare, by the labels' mnemonics.
    press(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(focus()->objectName(), u"titleLineEdit"_s);
    type(kTitle);
    press(Qt::Key_I, Qt::AltModifier);
    QCOMPARE(focus()->objectName(), u"referenceLineEdit"_s);
    type(kReference);
    press(Qt::Key_M, Qt::AltModifier);
    QCOMPARE(focus()->objectName(), u"summaryPlainTextEdit"_s);
    type(kSummary);
    press(Qt::Key_C, Qt::AltModifier);
    QCOMPARE(focus()->objectName(), u"customerImpactPlainTextEdit"_s);
    type(kImpact);
    press(Qt::Key_Y, Qt::AltModifier);
    auto *severity = qobject_cast<QComboBox *>(focus());
    QVERIFY(severity);
    QCOMPARE(severity->objectName(), u"severityComboBox"_s);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    const QString severityKey = severity->currentData().toString();
    QVERIFY(!severityKey.isEmpty());
    addParticipant(kMira, u"incident-commander"_s);
    if (QTest::currentTestFailed())
        return;
    addParticipant(kSam, u"responder"_s);
    if (QTest::currentTestFailed())
        return;
    press(Qt::Key_O, Qt::AltModifier);
    auto *facilitator = qobject_cast<QComboBox *>(focus());
    QVERIFY(facilitator);
    QCOMPARE(facilitator->objectName(), u"facilitatorComboBox"_s);
    for (int i = 0; i < facilitator->count() && facilitator->currentText() != kSam; ++i)
        press(Qt::Key_Down);
    QCOMPARE(facilitator->currentText(), kSam);

    // 2. Context: the ground rules read aloud, the 3 R's.
    QVERIFY(nextStep(Step::Context));
    QVERIFY(tabTo(u"readAloudCheckBox"_s));
    press(Qt::Key_Space);
    QVERIFY(tabTo(u"regretPlainTextEdit"_s));
    type(kRegret);
    QVERIFY(tabTo(u"reasonPlainTextEdit"_s));
    type(kReason);
    QVERIFY(tabTo(u"remedyPlainTextEdit"_s));
    type(kRemedy);

    // 3. Biases: permission given, a bias called out with a note.
    QVERIFY(nextStep(Step::Biases));
    QVERIFY(tabTo(u"permissionCheckBox"_s));
    press(Qt::Key_Space);
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CallOutBiasDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CallOutBiasDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(dialog->isActiveWindow());
    press(Qt::Key_1);
    const QString calledOutBias = dialog->chosenBias();
    QCOMPARE(calledOutBias, u"hindsight"_s);
    press(Qt::Key_Tab);
    type(kCalloutNote);
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CallOutBiasDialog *>());
    waitForWindowActive();
    QCOMPARE(m_view->currentStep(), Step::Biases);

    // 4. Timeline: quick-entry lines with the milestones the time calculations need.
    QVERIFY(nextStep(Step::Timeline));
    QVERIFY(tabTo(u"quickEntryLineEdit"_s));
    const QStringList lines = {u"14:02 Mira: "_s + kEvents.at(0) + u" [impact-start]"_s,
        u"+5m "_s + kEvents.at(1) + u" [detected]"_s,
        u"14:14 Sam: "_s + kEvents.at(2) + u" [mitigated]"_s,
        u"+16m "_s + kEvents.at(3) + u" [resolved]"_s};
    for (const QString &line : lines) {
        type(line);
        press(Qt::Key_Return);
        auto *entry = qobject_cast<QLineEdit *>(focus());
        QVERIFY(entry);
        QCOMPARE(entry->text(), QString()); // taken, not refused
    }
    QCOMPARE(m_window->document()->count(Table::TimelineEvent), lines.size());

    // 5. Questions: one discussed with notes (Ctrl+2), a follow-up parked.
    QVERIFY(nextStep(Step::Questions));
    QVERIFY(tabTo(u"questionsListWidget"_s));
    auto *questions = qobject_cast<QListWidget *>(focus());
    QVERIFY(questions);
    press(Qt::Key_Home);
    press(Qt::Key_Down);
    press(Qt::Key_2, Qt::ControlModifier);
    QVERIFY(tabTo(u"questionNotesPlainTextEdit"_s));
    type(kQuestionNotes);
    QVERIFY(tabTo(u"parkLineEdit"_s));
    type(kParked);
    press(Qt::Key_Return);
    QCOMPARE(m_window->document()->count(Table::ParkingLotItem), 1);

    // 6. Contributing factors: two, each with a title and tied to a timeline event (Space ticks
    // the current event in the list).
    QVERIFY(nextStep(Step::Factors));
    QStringList linkedEvents;
    for (const QString &factor : {kFactorOne, kFactorTwo}) {
        QVERIFY(tabTo(u"addFactorPushButton"_s));
        press(Qt::Key_Space);
        QCOMPARE(focus()->objectName(), u"titleLineEdit"_s);
        type(factor);
        QVERIFY(tabTo(u"eventsListWidget"_s));
        auto *events = qobject_cast<QListWidget *>(focus());
        QVERIFY(events);
        QCOMPARE(events->count(), kEvents.size());
        press(Qt::Key_Home);
        if (factor == kFactorTwo)
            press(Qt::Key_Down);
        press(Qt::Key_Space);
        QCOMPARE(events->currentItem()->checkState(), Qt::Checked);
        linkedEvents << events->currentItem()->text();
    }
    QCOMPARE(m_window->document()->count(Table::FactorEvent), 2);

    // 7. Remediation: an item typed in, the parked follow-up promoted.
    QVERIFY(nextStep(Step::Remediation));
    QVERIFY(tabTo(u"addItemPushButton"_s));
    press(Qt::Key_Space);
    QCOMPARE(focus()->objectName(), u"titleLineEdit"_s);
    type(kItemTitle);
    QVERIFY(tabTo(u"specificChangePlainTextEdit"_s));
    type(kItemChange);
    QVERIFY(tabTo(u"successMeasurePlainTextEdit"_s));
    type(kItemMeasure);
    QVERIFY(tabTo(u"ownerLineEdit"_s));
    type(kItemOwner);
    QVERIFY(tabTo(u"parkingLotView"_s));
    press(Qt::Key_Home);
    QVERIFY(tabTo(u"promotePushButton"_s));
    press(Qt::Key_Space);
    QCOMPARE(m_window->document()->count(Table::RemediationItem), 2);

    // 8. Review (Alt+8): the Basics checklist follows what was entered; 9. step notes there.
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::AltModifier);
    QCOMPARE(m_view->currentStep(), Step::Review);
    const QList<BasicsCheck> checks = BasicsChecklist::evaluate(*m_window->document());
    QVERIFY(tabTo(u"basicsListWidget"_s));
    auto *basics = qobject_cast<QListWidget *>(focus());
    QCOMPARE(basics->count(), checks.size());
    for (const BasicsCheck &check : checks) {
        const QListWidgetItem *shown = basics->item(int(&check - checks.data()));
        QCOMPARE(shown->text(), check.title);
        QCOMPARE(shown->data(Qt::AccessibleDescriptionRole).toString().startsWith(u"done"_s),
            check.passed);
        switch (check.item) {
        case BasicsItem::Timeline:
        case BasicsItem::Conversations:
        case BasicsItem::TimeCalculations:
        case BasicsItem::Severity:
        case BasicsItem::Notes:
            QVERIFY2(check.passed, qPrintable(check.title));
            break;
        case BasicsItem::Archived:
            QVERIFY2(!check.passed, qPrintable(check.title));
            break;
        default:
            break;
        }
    }
    QVERIFY(tabTo(u"notesPlainTextEdit"_s));
    type(kStepNotes);

    // Save As, close, reopen.
    FileDialogs::setNextFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->document()->filePath(), path);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!m_window->document());
    QVERIFY(m_window->openFile(path));
    const Document *document = m_window->document();
    QVERIFY(document);

    const Record incident = document->records(Table::Incident).constFirst();
    QCOMPARE(incident.text(IncidentField::Title), kTitle);
    QCOMPARE(incident.text(IncidentField::Reference), kReference);
    QCOMPARE(incident.text(IncidentField::Summary), kSummary);
    QCOMPARE(incident.text(IncidentField::CustomerImpact), kImpact);
    QCOMPARE(incident.text(IncidentField::Severity), severityKey);
    QCOMPARE(incident.text(IncidentField::Regret), kRegret);
    QCOMPARE(incident.text(IncidentField::Reason), kReason);
    QCOMPARE(incident.text(IncidentField::Remedy), kRemedy);
    QVERIFY(incident.value(IncidentField::GroundRulesReadAt).toDateTime().isValid());
    QVERIFY(incident.value(IncidentField::BiasPermissionAt).toDateTime().isValid());

    QMap<QString, Record> participants;
    for (const Record &participant : document->records(Table::Participant))
        participants.insert(participant.text(ParticipantField::Name), participant);
    QCOMPARE(participants.keys(), QStringList({kMira, kSam}));
    QCOMPARE(participants.value(kMira).text(ParticipantField::Role), u"incident-commander"_s);
    QCOMPARE(participants.value(kSam).text(ParticipantField::Role), u"responder"_s);
    QCOMPARE(incident.value(IncidentField::Facilitator).toLongLong(), participants.value(kSam).id);

    QCOMPARE(document->count(Table::BiasCallout), 1);
    const Record callout = document->records(Table::BiasCallout).constFirst();
    QCOMPARE(callout.text(BiasCalloutField::Bias), calledOutBias);
    QCOMPARE(callout.text(BiasCalloutField::Step), u"biases"_s);
    QCOMPARE(callout.text(BiasCalloutField::Note), kCalloutNote);

    const QList<Record> events = document->records(Table::TimelineEvent);
    QCOMPARE(events.size(), kEvents.size());
    QStringList happened;
    QStringList milestones;
    for (const Record &event : events) {
        happened << event.text(TimelineEventField::WhatHappened);
        milestones << event.text(TimelineEventField::Milestone);
    }
    happened.sort();
    QStringList expectedEvents = kEvents;
    expectedEvents.sort();
    QCOMPARE(happened, expectedEvents);
    milestones.sort();
    QCOMPARE(
        milestones, QStringList({u"detected"_s, u"impact-start"_s, u"mitigated"_s, u"resolved"_s}));
    for (const Record &event : events) {
        if (event.text(TimelineEventField::WhatHappened) == kEvents.at(0))
            QCOMPARE(event.value(TimelineEventField::ActorParticipant).toLongLong(),
                participants.value(kMira).id);
    }
    const IncidentMetrics metrics = IncidentMetrics::fromDocument(*document);
    QVERIFY(metrics.result(IncidentMetrics::Metric::TimeToDetect).hasValue());
    QCOMPARE(metrics.result(IncidentMetrics::Metric::TimeToDetect).seconds, 5 * 60);
    QCOMPARE(metrics.result(IncidentMetrics::Metric::TimeToMitigate).seconds, 12 * 60);
    QCOMPARE(metrics.result(IncidentMetrics::Metric::TimeToResolve).seconds, 28 * 60);

    int discussed = 0;
    for (const Record &question : document->records(Table::Question)) {
        if (question.text(QuestionField::Status) == u"discussed"_s) {
            ++discussed;
            QCOMPARE(question.text(QuestionField::Notes), kQuestionNotes);
        }
    }
    QCOMPARE(discussed, 1);

    QCOMPARE(document->count(Table::ParkingLotItem), 1);
    const Record parked = document->records(Table::ParkingLotItem).constFirst();
    QCOMPARE(parked.text(ParkingLotField::Text), kParked);
    const qint64 promotedTo = parked.value(ParkingLotField::PromotedTo).toLongLong();
    QVERIFY(promotedTo);

    QStringList factors;
    for (const Record &factor : document->records(Table::ContributingFactor))
        factors << factor.text(ContributingFactorField::Title);
    QCOMPARE(factors, QStringList({kFactorOne, kFactorTwo}));
    const QList<Record> links = document->records(Table::FactorEvent);
    QCOMPARE(links.size(), 2);
    QList<qint64> linkedFactors;
    QStringList linkedHappened;
    for (const Record &link : links) {
        linkedFactors << link.value(FactorEventField::Factor).toLongLong();
        linkedHappened << document
                              ->value(Table::TimelineEvent,
                                  link.value(FactorEventField::Event).toLongLong(),
                                  TimelineEventField::WhatHappened)
                              .toString();
    }
    QCOMPARE(linkedFactors.size(), 2);
    QVERIFY(linkedFactors.at(0) != linkedFactors.at(1));
    QCOMPARE(linkedHappened, QStringList({kEvents.at(0), kEvents.at(1)}));

    const QList<Record> items = document->records(Table::RemediationItem);
    QCOMPARE(items.size(), 2);
    const Record item = items.constFirst();
    QCOMPARE(item.text(RemediationField::Title), kItemTitle);
    QCOMPARE(item.text(RemediationField::SpecificChange), kItemChange);
    QCOMPARE(item.text(RemediationField::SuccessMeasure), kItemMeasure);
    QCOMPARE(item.text(RemediationField::Owner), kItemOwner);
    QCOMPARE(items.at(1).id, promotedTo);
    QCOMPARE(items.at(1).text(RemediationField::Title), kParked);

    QString reviewNotes;
    for (const Record &note : document->records(Table::StepNote)) {
        if (note.text(StepNoteField::Step) == stepInfo(Step::Review).key)
            reviewNotes = note.text(StepNoteField::Notes);
    }
    QCOMPARE(reviewNotes, kStepNotes);

    // The sidebar's progress: only what the walk left out is missing.
    const StepProgress prepare = stepProgress(*document, Step::Prepare);
    QCOMPARE(prepare.total - prepare.done, 2); // the start and end times were not typed
    QVERIFY(stepProgress(*document, Step::Context).isComplete());
    QVERIFY(stepProgress(*document, Step::Biases).isComplete());
    QVERIFY(stepProgress(*document, Step::Timeline).isComplete());
    QCOMPARE(stepProgress(*document, Step::Questions).done, 1);
    QVERIFY(stepProgress(*document, Step::Factors).isComplete());
}

QTEST_MAIN(TestFacilitatorWalkthrough)
#include "TestFacilitatorWalkthrough.moc"
