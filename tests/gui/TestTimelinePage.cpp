// Drives the real Timeline page as a facilitator would: quick entry with the keyboard, the
// metrics it gives, undo, the table and the visual timeline kept in step, evidence, imports.
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "document/DocumentJson.h"
#include "mainwindow/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "timeline/EventDetailEditor.h"
#include "timeline/EventViewCard.h"
#include "timeline/EvidencePanel.h"
#include "timeline/EvidencePasteDialog.h"
#include "timeline/EvidenceTextEdit.h"
#include "timeline/ImportCandidatesModel.h"
#include "timeline/IncidentMetrics.h"
#include "timeline/TimelineEventModel.h"
#include "timeline/TimelineImportDialog.h"
#include "timeline/TimelinePage.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 10, 14), QTime(hour, minute, second), QTimeZone::UTC);
}

qint64 addParticipant(Document &document, const QString &name)
{
    Record participant = emptyRecord(Table::Participant);
    participant.values[ParticipantField::Name] = name;
    return document.insertRecord(Table::Participant, participant);
}

} // namespace

class TestTimelinePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void quickEntryBuildsTheTimeline();
    void quickEntryErrorKeepsTheText();
    void quickEntryIsOneUndoStep();
    void outOfOrderMilestonesWarn();
    void selectionFollowsBetweenTableAndTimeline();
    void tableEditsInPlace();
    void detailEditorEditsTheEvent();
    void viewsAreAddedAttributedAndAnonymous();
    void modelPassesTheTester();
    void evidenceAttachedByPaste();
    void evidenceFilesAreCapped();
    void largeEvidenceLoadsInSlices();
    void importDialogAddsTickedLogLines();
    void importDialogMapsChatNames();
    void readOnlyDocumentCannotBeEdited();
    void exampleOnTheTimelineStep();

private:
    void showPage(Document *document);
    void typeLine(const QString &line);
    std::unique_ptr<Document> openExample();
    template <typename T>
    T *widget(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1StringView(name));
    }
    QString path() const { return m_dir.filePath(u"timeline.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<TimelinePage> m_page;
    std::unique_ptr<Document> m_document;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
};

void TestTimelinePage::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(path());
    QString error;
    m_document = Document::createNew(path(), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_document->setIncidentValue(IncidentField::TimeZone, u"Europe/Berlin"_s);
    m_document->setIncidentValue(IncidentField::StartedAt, utc(11, 48));
    m_alice = addParticipant(*m_document, u"Alice Smith"_s);
    m_bob = addParticipant(*m_document, u"Bob Jones"_s);
    showPage(m_document.get());
}

void TestTimelinePage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestTimelinePage::showPage(Document *document)
{
    m_page = std::make_unique<TimelinePage>();
    m_page->resize(1600, 1000);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestTimelinePage::typeLine(const QString &line)
{
    auto *entry = widget<QLineEdit>("quickEntryLineEdit");
    QVERIFY(entry);
    entry->setFocus();
    QTest::keyClicks(entry, line);
    QTest::keyClick(entry, Qt::Key_Return);
}

std::unique_ptr<Document> TestTimelinePage::openExample()
{
    QFile json(u":/debrief/examples/example-postmortem.json"_s);
    if (!json.open(QIODevice::ReadOnly))
        return {};
    const QString examplePath = m_dir.filePath(u"example.debrief"_s);
    QFile::remove(examplePath);
    QString error;
    if (!DocumentJson::importToFile(json.readAll(), examplePath, &error))
        return {};
    OpenError openError;
    return Document::open(examplePath, DocumentFile::Access::ReadWrite, &openError);
}

void TestTimelinePage::quickEntryBuildsTheTimeline()
{
    auto *entry = widget<QLineEdit>("quickEntryLineEdit");
    QVERIFY(!entry->placeholderText().isEmpty());
    QVERIFY(!entry->toolTip().isEmpty());

    // Berlin is UTC+2 in October: typed wall-clock times are stored in UTC.
    typeLine(u"13:48 checkout-api: error rate rose [impact-start]"_s);
    typeLine(u"+4m #alert pager fired [detected]"_s);
    typeLine(u"14:01 alice: acknowledged the page [ack]"_s);
    typeLine(u"~14:30 bob: restored the previous certificate [mitigated]"_s);
    typeLine(u"15:29 tracking recovered [resolved]"_s);

    QVERIFY(entry->text().isEmpty());
    QVERIFY(entry->hasFocus()); // the facilitator keeps typing
    const QList<Record> &events = m_document->records(Table::TimelineEvent);
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.at(0).value(TimelineEventField::OccurredAt).toDateTime(), utc(11, 48));
    QCOMPARE(events.at(0).text(TimelineEventField::ActorName), u"checkout-api"_s);
    QCOMPARE(events.at(0).text(TimelineEventField::Milestone), u"impact-start"_s);
    QCOMPARE(events.at(1).value(TimelineEventField::OccurredAt).toDateTime(), utc(11, 52));
    QCOMPARE(events.at(1).text(TimelineEventField::Kind), u"alert"_s);
    QCOMPARE(events.at(2).value(TimelineEventField::OccurredAt).toDateTime(), utc(12, 1));
    QCOMPARE(events.at(2).value(TimelineEventField::ActorParticipant).toLongLong(), m_alice);
    QCOMPARE(events.at(2).text(TimelineEventField::Milestone), u"acknowledged"_s);
    QCOMPARE(events.at(3).value(TimelineEventField::OccurredAt).toDateTime(), utc(12, 30));
    QCOMPARE(events.at(3).text(TimelineEventField::Precision), u"approximate"_s);
    QCOMPARE(events.at(3).value(TimelineEventField::ActorParticipant).toLongLong(), m_bob);
    QCOMPARE(events.at(4).value(TimelineEventField::OccurredAt).toDateTime(), utc(13, 29));
    QCOMPARE(events.at(4).text(TimelineEventField::Source), u"typed"_s);

    // The table shows the incident's wall clock, "≈" for the approximate time.
    auto *table = widget<QTableView>("eventsTableView");
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(table->model()->index(0, TimelineEventModel::TimeColumn).data().toString(), u"13:48"_s);
    QCOMPARE(table->model()->index(3, TimelineEventModel::TimeColumn).data().toString(),
             u"≈ 14:30"_s);
    QCOMPARE(table->model()->index(2, TimelineEventModel::ActorColumn).data().toString(),
             u"Alice Smith"_s);
    // The last event is selected and shown in the detail editor.
    QCOMPARE(table->selectionModel()->currentIndex().row(), 4);
    QCOMPARE(widget<EventDetailEditor>("eventDetailEditor")->eventId(), events.at(4).id);

    // The metrics panel follows at once.
    QTRY_COMPARE(widget<QLabel>("timeToDetectValueLabel")->text(), u"4 min"_s);
    QCOMPARE(widget<QLabel>("timeToAcknowledgeValueLabel")->text(), u"9 min"_s);
    QCOMPARE(widget<QLabel>("timeToMitigateValueLabel")->text(), u"≈ 42 min"_s);
    QVERIFY(widget<QLabel>("timeToMitigateDetailLabel")->text().contains(u"approximate"_s));
    QCOMPARE(widget<QLabel>("timeToResolveValueLabel")->text(), u"1 h 41 min"_s);
    QCOMPARE(widget<QLabel>("impactDurationValueLabel")->text(), u"≈ 42 min"_s);
    QVERIFY(widget<QLabel>("metricsWarningLabel")->isHidden());

    // Lanes per actor on the visual timeline.
    auto *view = widget<TimelineView>("timelineView");
    QCOMPARE(view->laneCount(), 4);
    QCOMPARE(view->laneName(view->laneOfRow(2)), u"Alice Smith"_s);
}

void TestTimelinePage::quickEntryErrorKeepsTheText()
{
    typeLine(u"25:00 the clock went wrong"_s);
    auto *entry = widget<QLineEdit>("quickEntryLineEdit");
    QCOMPARE(entry->text(), u"25:00 the clock went wrong"_s);
    auto *message = widget<QLabel>("quickEntryMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(m_document->count(Table::TimelineEvent), 0);
    QVERIFY(entry->hasFocus());

    // Fixing the line and pressing Enter again adds it.
    entry->selectAll();
    QTest::keyClicks(entry, u"14:05 the clock is fine"_s);
    QVERIFY(message->isHidden()); // the error was about the old text
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(m_document->count(Table::TimelineEvent), 1);
    QVERIFY(entry->text().isEmpty());
}

void TestTimelinePage::quickEntryIsOneUndoStep()
{
    typeLine(u"14:00 first"_s);
    typeLine(u"13:50 earlier, typed later"_s);
    QCOMPARE(m_document->count(Table::TimelineEvent), 2);
    // Inserted where its time puts it.
    QCOMPARE(m_document->records(Table::TimelineEvent).at(0).text(TimelineEventField::WhatHappened),
             u"earlier, typed later"_s);
    QUndoStack *stack = m_document->undoStack();
    const int steps = stack->count();
    stack->undo();
    QCOMPARE(m_document->count(Table::TimelineEvent), 1);
    QCOMPARE(m_document->records(Table::TimelineEvent).at(0).text(TimelineEventField::WhatHappened),
             u"first"_s);
    QCOMPARE(widget<QTableView>("eventsTableView")->model()->rowCount(), 1);
    stack->redo();
    QCOMPARE(m_document->count(Table::TimelineEvent), 2);
    QCOMPARE(stack->count(), steps);
}

void TestTimelinePage::outOfOrderMilestonesWarn()
{
    typeLine(u"13:48 impact [impact-start]"_s);
    typeLine(u"13:40 seen before it started [detected]"_s);
    auto *value = widget<QLabel>("timeToDetectValueLabel");
    QTRY_VERIFY(value->text().contains(u"⚠"_s));
    QVERIFY(!value->text().contains(u'-'));
    QVERIFY(!widget<QLabel>("timeToDetectDetailLabel")->text().isEmpty());
    QVERIFY(widget<QLabel>("metricsWarningLabel")->isVisible());

    // Correcting the time in the table clears the warning.
    auto *table = widget<QTableView>("eventsTableView");
    QVERIFY(table->model()->setData(table->model()->index(0, TimelineEventModel::TimeColumn),
                                    utc(11, 55)));
    QTRY_COMPARE(value->text(), u"7 min"_s);
    QVERIFY(widget<QLabel>("metricsWarningLabel")->isHidden());
    // The event moved to its place in time.
    QCOMPARE(m_document->records(Table::TimelineEvent).at(1).text(TimelineEventField::Milestone),
             u"detected"_s);
}

void TestTimelinePage::selectionFollowsBetweenTableAndTimeline()
{
    for (const QString &line :
         {u"13:48 alice: one"_s, u"13:55 bob: two"_s, u"14:10 alice: three"_s,
          u"14:20 checkout-api: four"_s, u"14:40 bob: five"_s})
        typeLine(line);
    auto *table = widget<QTableView>("eventsTableView");
    auto *view = widget<TimelineView>("timelineView");
    view->zoomToFit();

    // Table → timeline.
    table->selectRow(1);
    QCOMPARE(table->selectionModel()->currentIndex().row(), 1);
    const QRect mark = view->markRect(1);
    QVERIFY(!mark.isEmpty());
    QCOMPARE(view->rowAt(mark.center()), 1);

    // Timeline → table: a click on a mark.
    const QRect third = view->markRect(3);
    QVERIFY(!third.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
    QCOMPARE(table->selectionModel()->currentIndex().row(), 3);
    QVERIFY(table->selectionModel()->isRowSelected(3));
    QVERIFY(!table->selectionModel()->isRowSelected(1));
    QCOMPARE(widget<EventDetailEditor>("eventDetailEditor")->eventId(),
             m_document->records(Table::TimelineEvent).at(3).id);

    // Arrow keys move the selection along the timeline, and the table follows.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(table->selectionModel()->currentIndex().row(), 4);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(table->selectionModel()->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(table->selectionModel()->currentIndex().row(), 0);

    // Zooming keeps the selection; fit shows everything again.
    const double fitted = view->msPerPixel();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->msPerPixel() < fitted);
    QVERIFY(!view->markRect(0).isEmpty()); // zoomed around the selected event
    QTest::keyClick(view, Qt::Key_0);
    QCOMPARE(view->msPerPixel(), fitted);
    QCOMPARE(table->selectionModel()->currentIndex().row(), 0);

    // Tooltips say what happened.
    QHelpEvent help(QEvent::ToolTip, view->markRect(2).center(),
                    view->viewport()->mapToGlobal(view->markRect(2).center()));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"three"_s));
}

void TestTimelinePage::tableEditsInPlace()
{
    typeLine(u"14:00 alice: restarted the pods"_s);
    typeLine(u"14:10 dashboards checked"_s);
    auto *table = widget<QTableView>("eventsTableView");
    QAbstractItemModel *model = table->model();

    // Kind and milestone from their lists, actor from the participants or free text.
    QVERIFY(model->setData(model->index(0, TimelineEventModel::KindColumn), u"decision"_s));
    QVERIFY(model->setData(model->index(0, TimelineEventModel::MilestoneColumn), u"mitigated"_s));
    QVERIFY(model->setData(model->index(1, TimelineEventModel::ActorColumn), u"bob jones"_s));
    const QList<Record> &events = m_document->records(Table::TimelineEvent);
    QCOMPARE(events.at(0).text(TimelineEventField::Kind), u"decision"_s);
    QCOMPARE(events.at(0).text(TimelineEventField::Milestone), u"mitigated"_s);
    QCOMPARE(events.at(1).value(TimelineEventField::ActorParticipant).toLongLong(), m_bob);
    QVERIFY(model->setData(model->index(1, TimelineEventModel::ActorColumn), u"grafana"_s));
    QVERIFY(events.at(1).value(TimelineEventField::ActorParticipant).isNull());
    QCOMPARE(events.at(1).text(TimelineEventField::ActorName), u"grafana"_s);

    // Typing into the "what happened" cell.
    table->setFocus();
    QVERIFY(table->hasFocus());
    table->setCurrentIndex(model->index(1, TimelineEventModel::WhatHappenedColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>(u"eventWhatHappenedLineEdit"_s);
    QVERIFY(editor);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"error dashboard checked"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from the event loop.
    QTRY_COMPARE(events.at(1).text(TimelineEventField::WhatHappened), u"error dashboard checked"_s);

    // Delete removes the selected events; Insert adds one after the current.
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_document->count(Table::TimelineEvent), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::TimelineEvent), 2);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(m_document->count(Table::TimelineEvent), 3);
    QCOMPARE(m_document->records(Table::TimelineEvent).at(1).value(TimelineEventField::OccurredAt)
                 .toDateTime(),
             utc(12, 0));
}

void TestTimelinePage::detailEditorEditsTheEvent()
{
    typeLine(u"14:00 alice: restarted the pods"_s);
    auto *detail = widget<EventDetailEditor>("eventDetailEditor");
    const qint64 id = m_document->records(Table::TimelineEvent).at(0).id;
    QCOMPARE(detail->eventId(), id);

    auto *knownThen = detail->findChild<QPlainTextEdit *>(u"knownThenPlainTextEdit"_s);
    QTest::keyClicks(knownThen, u"the database looked healthy"_s);
    QCOMPARE(m_document->value(Table::TimelineEvent, id, TimelineEventField::KnownThen).toString(),
             u"the database looked healthy"_s);
    auto *why = detail->findChild<QPlainTextEdit *>(u"whyItMadeSensePlainTextEdit"_s);
    QTest::keyClicks(why, u"the runbook says so"_s);
    auto *hindsight = detail->findChild<QPlainTextEdit *>(u"hindsightPlainTextEdit"_s);
    QTest::keyClicks(hindsight, u"the certificate had changed"_s);
    QCOMPARE(m_document->value(Table::TimelineEvent, id, TimelineEventField::HindsightOnly)
                 .toString(),
             u"the certificate had changed"_s);

    // A range: the end appears and is kept.
    auto *precision = detail->findChild<QComboBox *>(u"precisionComboBox"_s);
    auto *end = detail->findChild<QDateTimeEdit *>(u"endDateTimeEdit"_s);
    QVERIFY(end->isHidden());
    precision->setCurrentIndex(precision->findData(u"range"_s));
    QCOMPARE(m_document->value(Table::TimelineEvent, id, TimelineEventField::Precision).toString(),
             u"range"_s);
    QCOMPARE(m_document->value(Table::TimelineEvent, id, TimelineEventField::OccurredUntil)
                 .toDateTime(),
             utc(12, 5));
    QVERIFY(end->isVisible());
    QCOMPARE(widget<QTableView>("eventsTableView")->model()->index(0, 0).data().toString(),
             u"14:00–14:05"_s);

    // The actor can be a system typed in.
    auto *actor = detail->findChild<QComboBox *>(u"actorComboBox"_s);
    actor->setFocus();
    actor->lineEdit()->selectAll();
    QTest::keyClicks(actor->lineEdit(), u"kubelet"_s);
    QTest::keyClick(actor->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_document->value(Table::TimelineEvent, id, TimelineEventField::ActorName).toString(),
             u"kubelet"_s);
    QVERIFY(m_document->value(Table::TimelineEvent, id, TimelineEventField::ActorParticipant)
                .isNull());

    auto *source = detail->findChild<QLabel *>(u"sourceLabel"_s);
    QVERIFY(source->text().contains(u"Typed"_s));
}

void TestTimelinePage::viewsAreAddedAttributedAndAnonymous()
{
    typeLine(u"14:00 bob: restored the previous certificate"_s);
    auto *detail = widget<EventDetailEditor>("eventDetailEditor");
    auto *add = detail->findChild<QPushButton *>(u"addViewPushButton"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_document->count(Table::EventView), 2);
    QCOMPARE(detail->viewCards().size(), 2);

    EventViewCard *first = detail->viewCards().at(0);
    first->attributionComboBox()->setCurrentIndex(first->attributionComboBox()->findData(m_alice));
    QTest::keyClick(first->attributionComboBox()->lineEdit(), Qt::Key_Return);
    QTest::keyClicks(first->textEdit(), u"I would have fixed forward"_s);
    QTest::mouseClick(first->dissentCheckBox(), Qt::LeftButton);
    const Record &view = m_document->records(Table::EventView).at(0);
    QCOMPARE(view.value(EventViewField::Participant).toLongLong(), m_alice);
    QCOMPARE(view.text(EventViewField::View), u"I would have fixed forward"_s);
    QVERIFY(view.value(EventViewField::IsDissent).toBool());

    // The second stays anonymous.
    EventViewCard *second = detail->viewCards().at(1);
    QCOMPARE(second->attributionComboBox()->currentText(), u"Anonymous"_s);
    QTest::keyClicks(second->textEdit(), u"Some of us expected a restart to help"_s);
    const Record &anonymous = m_document->records(Table::EventView).at(1);
    QVERIFY(anonymous.value(EventViewField::Participant).isNull());
    QVERIFY(anonymous.text(EventViewField::AttributedTo).isEmpty());

    // Removing the event removes its views; undo brings both back.
    QTest::mouseClick(second->findChild<QToolButton *>(u"removeViewToolButton"_s),
                      Qt::LeftButton);
    QCOMPARE(m_document->count(Table::EventView), 1);
    QCOMPARE(detail->viewCards().size(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(detail->viewCards().size(), 2);
}

void TestTimelinePage::modelPassesTheTester()
{
    std::unique_ptr<Document> example = openExample();
    QVERIFY(example);
    TimelineEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(example.get());
    QCOMPARE(model.rowCount(), example->count(Table::TimelineEvent));
    QCOMPARE(model.index(0, TimelineEventModel::TimeColumn).data().toString(), u"13:40"_s);

    // Inserting, moving by time, editing, removing and undoing all keep the model consistent.
    QVERIFY(model.setData(model.index(0, TimelineEventModel::TimeColumn), utc(12, 30)));
    QVERIFY(model.index(0, TimelineEventModel::TimeColumn).data().toString() != u"14:30"_s);
    QVERIFY(model.setData(model.index(2, TimelineEventModel::WhatHappenedColumn), u"edited"_s));
    QVERIFY(model.setData(model.index(2, TimelineEventModel::ActorColumn), u"a system"_s));
    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::OccurredAt] = utc(12, 0);
    example->insertRecord(Table::TimelineEvent, event, 5);
    example->removeRecord(Table::TimelineEvent, model.recordId(7));
    example->setValue(Table::Participant, example->records(Table::Participant).at(1).id,
                      ParticipantField::Name, u"Renamed"_s);
    example->setIncidentValue(IncidentField::TimeZone, u"Asia/Tokyo"_s);
    const QDateTime first =
        example->records(Table::TimelineEvent).at(0).value(TimelineEventField::OccurredAt).toDateTime();
    QVERIFY(model.index(0, TimelineEventModel::TimeColumn)
                .data()
                .toString()
                .endsWith(first.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"HH:mm"_s)));
    while (example->undoStack()->canUndo())
        example->undoStack()->undo();
    QCOMPARE(model.rowCount(), example->count(Table::TimelineEvent));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelinePage::evidenceAttachedByPaste()
{
    auto *panel = widget<EvidencePanel>("evidencePanel");
    panel->pasteEvidence();
    auto *dialog = panel->findChild<EvidencePasteDialog *>(u"evidencePasteDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing pasted yet

    const QString log = u"2026-10-14T11:48:02Z tracking-api: GET /v2/parcels 503 30004ms\n"
                        "2026-10-14T11:48:40Z tracking-api: connection pool exhausted\n"
                        "2026-10-14T11:50:12Z tracking-api: request timed out after 30000ms\n"_s;
    auto *content = dialog->findChild<QPlainTextEdit *>(u"contentPlainTextEdit"_s);
    content->setFocus();
    content->insertPlainText(log); // as Ctrl+V does
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleLineEdit"_s), u"tracking-api log"_s);
    // The kind and the highlighting are recognised from the text.
    QTRY_COMPARE(dialog->findChild<QComboBox *>(u"kindComboBox"_s)->currentData().toString(),
                 u"log"_s);
    QCOMPARE(dialog->definitionName(), u"Log File (advanced)"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(m_document->count(Table::Evidence), 1);
    const Record &evidence = m_document->records(Table::Evidence).constFirst();
    QCOMPARE(evidence.text(EvidenceField::Title), u"tracking-api log"_s);
    QCOMPARE(evidence.text(EvidenceField::Kind), u"log"_s);
    QCOMPARE(evidence.text(EvidenceField::SyntaxDefinition), u"Log File (advanced)"_s);
    QCOMPARE(evidence.text(EvidenceField::Content), log);
    QVERIFY(!evidence.value(EvidenceField::AddedAt).isNull());

    // Shown read-only, highlighted, in a theme that follows the palette.
    EvidenceTextEdit *viewer = panel->textEdit();
    QTRY_VERIFY(!viewer->isBusy());
    QVERIFY(viewer->isReadOnly());
    QCOMPARE(viewer->toPlainText(), log.chopped(1));
    QCOMPARE(viewer->definition().name(), u"Log File (advanced)"_s);
    QVERIFY(!viewer->themeName().isEmpty());
    QVERIFY(!viewer->document()->firstBlock().layout()->formats().isEmpty());

    // The user can change the highlighting; the choice is stored.
    auto *syntax = panel->findChild<QComboBox *>(u"syntaxComboBox"_s);
    syntax->setCurrentIndex(syntax->findData(u"Log File (simplified)"_s));
    QCOMPARE(evidence.text(EvidenceField::SyntaxDefinition), u"Log File (simplified)"_s);
    QCOMPARE(viewer->definition().name(), u"Log File (simplified)"_s);

    // Events link to it from the detail editor.
    typeLine(u"13:48 tracking-api: pool exhausted"_s);
    auto *links = widget<QListWidget>("evidenceLinksListWidget");
    QCOMPARE(links->count(), 1);
    links->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(m_document->count(Table::EventEvidence), 1);
    QVERIFY(widget<QLabel>("linkedEventsLabel")->text().contains(u"13:48"_s));
    links->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_document->count(Table::EventEvidence), 0);
}

void TestTimelinePage::evidenceFilesAreCapped()
{
    auto *panel = widget<EvidencePanel>("evidencePanel");
    const QString large = m_dir.filePath(u"huge.log"_s);
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line(1023, 'x');
        for (int i = 0; i < 6 * 1024; ++i)
            file.write(line + '\n');
    }
    FileDialogs::setNextFileName(large);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    MessageBoxes::clearLastMessage();
    panel->attachFile();
    QCOMPARE(m_document->count(Table::Evidence), 0);
    QVERIFY2(MessageBoxes::lastMessage().contains(u"5 MB"_s),
             qPrintable(MessageBoxes::lastMessage()));

    const QString binary = m_dir.filePath(u"core.bin"_s);
    {
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x7f" "ELF\0\0\0\x01\x02", 9));
    }
    FileDialogs::setNextFileName(binary);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    panel->attachFile();
    QCOMPARE(m_document->count(Table::Evidence), 0);
    QVERIFY(MessageBoxes::lastMessage().contains(u"not a text file"_s));

    const QString config = m_dir.filePath(u"values.yaml"_s);
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pool:\n  maxLifetime: 10m\n  size: 20\n");
    }
    FileDialogs::setNextFileName(config);
    panel->attachFile();
    QCOMPARE(m_document->count(Table::Evidence), 1);
    const Record &evidence = m_document->records(Table::Evidence).constFirst();
    QCOMPARE(evidence.text(EvidenceField::FileName), u"values.yaml"_s);
    QCOMPARE(evidence.text(EvidenceField::Kind), u"config"_s);
    QTRY_VERIFY(!panel->textEdit()->isBusy());
    QCOMPARE(panel->textEdit()->definition().name(), u"YAML"_s);
}

void TestTimelinePage::largeEvidenceLoadsInSlices()
{
    QString text;
    const int lines = 20000;
    for (int i = 0; i < lines; ++i)
        text += u"2026-10-14T11:%1:%2Z tracking-api[%3]: WARN pool wait %4 ms\n"_s.arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i * 7 % 30000);
    auto *panel = widget<EvidencePanel>("evidencePanel");
    panel->addEvidence(u"Large log"_s, u"log"_s, {}, {}, text);
    EvidenceTextEdit *viewer = panel->textEdit();
    // The first slice is there at once; the rest arrives from the event loop.
    QVERIFY(viewer->isBusy());
    QVERIFY(viewer->document()->blockCount() < lines);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isBusy(), 60000);
    QCOMPARE(viewer->document()->blockCount(), lines);
    QVERIFY(!viewer->document()->lastBlock().layout()->formats().isEmpty());
}

void TestTimelinePage::importDialogAddsTickedLogLines()
{
    const QString log = qEnvironmentVariable("DEBRIEF_TEST_DATA") + u"/logs/iso8601.log"_s;
    QVERIFY(QFile::exists(log));
    FileDialogs::setNextFileName(log);
    m_page->importLog();
    auto *dialog = m_page->findChild<TimelineImportDialog *>(u"timelineImportDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->error().isEmpty());
    QCOMPARE(dialog->zoneId(), u"Europe/Berlin"_s); // asked once, the incident's zone by default
    ImportCandidatesModel *candidates = dialog->candidates();
    const int rows = candidates->rowCount();
    QVERIFY(rows > 3);
    QVERIFY(!dialog->findChild<QLabel *>(u"formatLabel"_s)->text().isEmpty());
    // Small logs come ticked; untick all but the first two lines.
    QCOMPARE(candidates->checkedCount(), rows);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"untickShownPushButton"_s),
                      Qt::LeftButton);
    QCOMPARE(candidates->checkedCount(), 0);
    QVERIFY(candidates->setData(candidates->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(candidates->setData(candidates->index(2, 0), Qt::Checked, Qt::CheckStateRole));
    // The selected entry's original lines are shown highlighted as a log.
    auto *preview = dialog->findChild<EvidenceTextEdit *>(u"previewTextEdit"_s);
    QTRY_VERIFY(!preview->isBusy());
    QVERIFY(preview->toPlainText().startsWith(u"2026-10-14T11:40:31.204Z"_s));
    QVERIFY(preview->definition().name().startsWith(u"Log File"_s));

    const int steps = m_document->undoStack()->count();
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->text().contains(u"2"_s));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_document->count(Table::TimelineEvent), 2);
    const Record &first = m_document->records(Table::TimelineEvent).constFirst();
    QCOMPARE(first.value(TimelineEventField::OccurredAt).toDateTime(),
             QDateTime(QDate(2026, 10, 14), QTime(11, 40, 31, 204), QTimeZone::UTC));
    QCOMPARE(first.text(TimelineEventField::Source), u"log"_s);
    QCOMPARE(m_document->undoStack()->count(), steps + 1); // one undo step
    m_document->undoStack()->undo();
    QCOMPARE(m_document->count(Table::TimelineEvent), 0);

    // A file without any readable time stamp is refused with a message, no dialog.
    const QString notALog = m_dir.filePath(u"notes.txt"_s);
    {
        QFile file(notALog);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some words\nand more words\n");
    }
    QTRY_VERIFY(!m_page->findChild<TimelineImportDialog *>());
    FileDialogs::setNextFileName(notALog);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    MessageBoxes::clearLastMessage();
    m_page->importLog();
    QVERIFY(!MessageBoxes::lastMessage().isEmpty());
    QVERIFY(!m_page->findChild<TimelineImportDialog *>());
}

void TestTimelinePage::importDialogMapsChatNames()
{
    addParticipant(*m_document, u"Mira Lindqvist"_s);
    const QString chat = qEnvironmentVariable("DEBRIEF_TEST_DATA") + u"/chats/bracketed.txt"_s;
    QVERIFY(QFile::exists(chat));
    FileDialogs::setNextFileName(chat);
    m_page->importChat();
    auto *dialog = m_page->findChild<TimelineImportDialog *>(u"timelineImportDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->error().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(u"namesLabel"_s)->text().contains(u"Mira Lindqvist"_s));
    ImportCandidatesModel *candidates = dialog->candidates();
    const int messages = candidates->rowCount();
    QVERIFY(messages > 1);
    QCOMPARE(candidates->checkedCount(), messages);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(m_document->count(Table::TimelineEvent), messages);
    bool mira = false;
    for (const Record &event : m_document->records(Table::TimelineEvent)) {
        QCOMPARE(event.text(TimelineEventField::Kind), u"communication"_s);
        QCOMPARE(event.text(TimelineEventField::Source), u"chat"_s);
        mira = mira || !event.value(TimelineEventField::ActorParticipant).isNull();
    }
    QVERIFY(mira);
}

void TestTimelinePage::readOnlyDocumentCannotBeEdited()
{
    typeLine(u"14:00 alice: restarted the pods"_s);
    m_page.reset();
    m_document.reset();
    OpenError error;
    m_document = Document::open(path(), DocumentFile::Access::ReadOnly, &error);
    QVERIFY2(m_document, qPrintable(error.reason));
    showPage(m_document.get());
    QVERIFY(widget<QLineEdit>("quickEntryLineEdit")->isReadOnly());
    QVERIFY(!widget<QPushButton>("importLogPushButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("addEventPushButton")->isEnabled());
    auto *table = widget<QTableView>("eventsTableView");
    QVERIFY(!(table->model()->flags(table->model()->index(0, 0)) & Qt::ItemIsEditable));
    table->selectRow(0);
    QVERIFY(widget<QPlainTextEdit>("whatHappenedPlainTextEdit")->isReadOnly());
    QVERIFY(!widget<QPushButton>("addViewPushButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("pasteEvidencePushButton")->isEnabled());
}

void TestTimelinePage::exampleOnTheTimelineStep()
{
    m_page.reset();
    m_document.reset();
    std::unique_ptr<Document> example = openExample();
    QVERIFY(example);
    const QString examplePath = example->filePath();
    example.reset();

    MainWindow window;
    const int width = qEnvironmentVariableIntValue("DEBRIEF_SCREENSHOT_WIDTH");
    const int height = qEnvironmentVariableIntValue("DEBRIEF_SCREENSHOT_HEIGHT");
    window.resize(width > 0 ? width : 1920, height > 0 ? height : 1080);
    window.show();
    QVERIFY(window.openFile(examplePath));
    auto *documentView = window.findChild<DocumentView *>();
    QVERIFY(documentView);
    documentView->setCurrentStep(Step::Timeline);
    auto *page = window.findChild<TimelinePage *>();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    auto *table = page->findChild<QTableView *>(u"eventsTableView"_s);
    QCOMPARE(table->model()->rowCount(), 28);
    const IncidentMetrics metrics = IncidentMetrics::fromDocument(*window.document());
    QCOMPARE(page->findChild<QLabel *>(u"timeToResolveValueLabel"_s)->text(),
             metrics.result(IncidentMetrics::Metric::TimeToResolve).text());
    auto *view = page->findChild<TimelineView *>(u"timelineView"_s);
    QVERIFY(view->laneCount() >= 4);
    const auto *evidence = page->findChild<QListView *>(u"evidenceListView"_s);
    QCOMPARE(evidence->model()->rowCount(), 3);

    // Select an event with views and evidence, as in the meeting.
    int withViews = -1;
    for (const Record &viewRecord : window.document()->records(Table::EventView)) {
        withViews = window.document()->indexOf(
            Table::TimelineEvent, viewRecord.value(EventViewField::Event).toLongLong());
        if (viewRecord.value(EventViewField::IsDissent).toBool())
            break;
    }
    QVERIFY(withViews >= 0);
    table->selectRow(withViews);
    QVERIFY(!page->findChild<EventDetailEditor *>()->viewCards().isEmpty());

    // For looking at it: DEBRIEF_SCREENSHOT_DIR=/tmp/shots ctest -R tst_timelinepage
    const QString folder = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(window.grab().save(folder + u"/timeline-events.png"_s));
        auto *tabs = page->findChild<QTabWidget *>(u"timelineTabWidget"_s);
        tabs->setCurrentIndex(1);
        auto *panel = page->findChild<EvidencePanel *>();
        panel->selectEvidence(window.document()->records(Table::Evidence).constFirst().id);
        QTRY_VERIFY(!panel->textEdit()->isBusy());
        QTest::qWait(100);
        QVERIFY(window.grab().save(folder + u"/timeline-evidence.png"_s));
        tabs->setCurrentIndex(0);
        view->zoomIn();
        view->zoomIn();
        QTest::qWait(50);
        QVERIFY(window.grab().save(folder + u"/timeline-zoomed.png"_s));
        view->zoomToFit();
        window.zoomIn();
        window.zoomIn();
        window.zoomIn();
        QTest::qWait(100);
        QVERIFY(window.grab().save(folder + u"/timeline-zoom130.png"_s));
        window.resetZoom();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        QApplication::setPalette(dark);
        QTest::qWait(100);
        QVERIFY(window.grab().save(folder + u"/timeline-dark.png"_s));
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(!panel->textEdit()->isBusy());
        QTest::qWait(100);
        QVERIFY(window.grab().save(folder + u"/timeline-evidence-dark.png"_s));
        QApplication::setPalette(QPalette());
    }
}

QTEST_MAIN(TestTimelinePage)
#include "TestTimelinePage.moc"
