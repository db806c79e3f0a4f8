#include "TimelinePage.h"

#include "ui_TimelinePage.h"

#include "EventDetailEditor.h"
#include "EvidencePanel.h"
#include "MetricsPanel.h"
#include "TimelineColors.h"
#include "TimelineEditing.h"
#include "TimelineEventDelegate.h"
#include "TimelineEventModel.h"
#include "TimelineFormat.h"
#include "TimelineImportDialog.h"
#include "TimelineView.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "timeline/QuickEntryParser.h"
#include "timeline/TimelineOrder.h"
#include "steps/StepNotesPanel.h"
#include "views/BlamelessHighlighter.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QToolTip>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QString quickEntryHelp()
{
    return TimelinePage::tr(
        "<p><b>One line per event, Enter adds it.</b> Times are the incident's wall clock.</p>"
        "<table cellspacing='4'>"
        "<tr><td><tt>14:02 alice: restarted the primary</tt></td><td>at a time, by someone</td></tr>"
        "<tr><td><tt>+5m pager fired</tt></td><td>five minutes after the last event</td></tr>"
        "<tr><td><tt>now bob: rolled back</tt></td><td>the current time</td></tr>"
        "<tr><td><tt>~14:05 dashboards looked slow</tt></td><td>approximately</td></tr>"
        "<tr><td><tt>14:05-14:10 mira: read the runbook</tt></td><td>a range</td></tr>"
        "<tr><td><tt>14:07 #decision roll back</tt></td><td>kind: #alert, #observation, #action, "
        "#decision, #communication</td></tr>"
        "<tr><td><tt>14:09 paged on-call [detected]</tt></td><td>milestone: [impact-start], "
        "[detected], [acknowledged], [mitigated], [resolved]</td></tr>"
        "</table>"
        "<p>A name that is not a participant (a system such as <tt>checkout-api</tt>) is kept "
        "as written.</p>");
}

} // namespace

TimelinePage::TimelinePage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::TimelinePage>())
    , m_model(new TimelineEventModel(this))
    , m_delegate(new TimelineEventDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->facilitatorGuidanceLabel->setStyleSheet(
        u"QLabel { background: palette(alternate-base); border-left: 4px solid palette(highlight);"
        " padding: 6px 12px; }"_s);

    // Quick entry: Enter commits, the text stays when the line cannot be read.
    QLineEdit *entry = m_ui->quickEntryLineEdit;
    entry->setToolTip(quickEntryHelp());
    BlamelessHighlighter::attach(entry); // after the tooltip: it is shown when nothing is found
    m_ui->quickEntryHelpToolButton->setToolTip(quickEntryHelp());
    m_ui->quickEntryMessageLabel->hide();
    connect(entry, &QLineEdit::returnPressed, this, &TimelinePage::commitQuickEntry);
    connect(entry, &QLineEdit::textEdited, this, [this] {
        // An error about the previous text no longer applies.
        if (m_ui->quickEntryMessageLabel->property("error").toBool())
            m_ui->quickEntryMessageLabel->hide();
    });
    connect(m_ui->quickEntryHelpToolButton, &QToolButton::clicked, this,
            &TimelinePage::showQuickEntryHelp);
    connect(m_ui->importLogPushButton, &QPushButton::clicked, this, &TimelinePage::importLog);
    connect(m_ui->importChatPushButton, &QPushButton::clicked, this, &TimelinePage::importChat);

    // One model and one selection for the table and the visual timeline.
    QTableView *table = m_ui->eventsTableView;
    table->setModel(m_model);
    table->setItemDelegate(m_delegate);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(TimelineEventModel::WhatHappenedColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    TimelineView *view = m_ui->timelineView;
    view->setModel(m_model);
    view->setSelectionModel(table->selectionModel());
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelinePage::onCurrentRowChanged);
    connect(view, &TimelineView::activated, this,
            [this] { m_ui->eventDetailEditor->focusWhatHappened(); });
    connect(view, &TimelineView::zoomChanged, this, &TimelinePage::updateZoomButtons);
    connect(m_ui->zoomInToolButton, &QToolButton::clicked, view, &TimelineView::zoomIn);
    connect(m_ui->zoomOutToolButton, &QToolButton::clicked, view, &TimelineView::zoomOut);
    connect(m_ui->zoomFitToolButton, &QToolButton::clicked, view, &TimelineView::zoomToFit);

    auto *removeAction = new QAction(tr("Remove events"), this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &TimelinePage::removeSelectedEvents);
    auto *addAction = new QAction(tr("New event"), this);
    addAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &TimelinePage::addEventAfterCurrent);
    for (QWidget *widget : {static_cast<QWidget *>(table), static_cast<QWidget *>(view)}) {
        widget->addAction(removeAction);
        widget->addAction(addAction);
    }
    connect(m_ui->addEventPushButton, &QPushButton::clicked, this,
            &TimelinePage::addEventAfterCurrent);
    connect(m_ui->removeEventPushButton, &QPushButton::clicked, this,
            &TimelinePage::removeSelectedEvents);

    connect(m_ui->evidencePanel, &EvidencePanel::countChanged, this,
            &TimelinePage::updateEvidenceTabTitle);

    m_stepNotesPanel = new StepNotesPanel(Step::Timeline, m_ui->notesTab);
    m_stepNotesPanel->setOrientation(Qt::Horizontal);
    m_ui->notesTabLayout->addWidget(m_stepNotesPanel);

    m_ui->pageLayout->setStretchFactor(m_ui->mainSplitter, 1);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->eventsSplitter->setStretchFactor(0, 11);
    m_ui->eventsSplitter->setStretchFactor(1, 9);

    updateFonts();
    updateLegend();
    setDocument(nullptr);
}

TimelinePage::~TimelinePage()
{
    // Detach first: editors being torn down must never write into the document.
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void TimelinePage::setDocument(Document *document)
{
    if (m_importDialog)
        m_importDialog->reject();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;

    m_model->setDocument(document);
    m_ui->eventDetailEditor->setDocument(document);
    m_ui->evidencePanel->setDocument(document);
    m_ui->metricsPanel->setDocument(document);
    if (document) {
        connect(document, &Document::recordInserted, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::valueChanged, this, &TimelinePage::onValueChanged);
    }
    m_stepNotesPanel->setDocument(document);
    m_ui->quickEntryLineEdit->clear();
    m_ui->quickEntryMessageLabel->hide();
    m_ui->timelineView->zoomToFit();
    onCurrentRowChanged();
    updateEventCount();
    updateEditable();
    Q_EMIT progressChanged();
}

// --- Quick entry

void TimelinePage::commitQuickEntry()
{
    Document *document = m_document;
    QLineEdit *entry = m_ui->quickEntryLineEdit;
    if (!document || document->isReadOnly() || entry->text().trimmed().isEmpty())
        return;
    const QuickEntryResult result =
        QuickEntryParser::parse(entry->text(), QuickEntryContext::fromDocument(*document));
    if (!result.ok) {
        // The typed line stays, to be fixed and entered again.
        showQuickEntryMessage(result.error, true);
        return;
    }
    const QList<qint64> ids =
        TimelineOrder::insertEvents(*document, {result.entry.toRecord()}, tr("Add event"));
    if (ids.isEmpty()) {
        showQuickEntryMessage(tr("This post-mortem is open read-only: nothing can be added."),
                              true);
        return;
    }
    entry->clear();
    selectEvent(ids.constFirst());
    const Record *event = document->record(Table::TimelineEvent, ids.constFirst());
    QStringList parts{m_model->data(m_model->index(m_model->rowOf(ids.constFirst()),
                                                   TimelineEventModel::TimeColumn))
                          .toString()};
    const QString actor = TimelineFormat::actorText(*document, *event);
    if (!actor.isEmpty())
        parts.append(actor);
    parts.append(event->text(TimelineEventField::WhatHappened));
    QString message = tr("Added: %1").arg(parts.join(u" · "_s));
    for (const QString &note : result.entry.notes)
        message += u"  —  "_s + note;
    showQuickEntryMessage(message, false);
}

void TimelinePage::showQuickEntryMessage(const QString &text, bool error)
{
    QLabel *label = m_ui->quickEntryMessageLabel;
    QPalette colors = label->palette();
    colors.setColor(QPalette::WindowText, error ? TimelineColors::warningColor(palette())
                                                : palette().color(QPalette::PlaceholderText));
    label->setPalette(colors);
    QFont font;
    font.setBold(error);
    label->setFont(font);
    label->setProperty("error", error);
    label->setText(error ? tr("⚠ %1").arg(text) : text);
    label->show();
}

void TimelinePage::showQuickEntryHelp()
{
    QToolButton *button = m_ui->quickEntryHelpToolButton;
    QToolTip::showText(button->mapToGlobal(QPoint(0, button->height())), quickEntryHelp(), button);
}

// --- Selection and editing

void TimelinePage::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->eventsTableView->selectionModel()->currentIndex();
    m_ui->eventDetailEditor->setEventId(current.isValid() ? m_model->recordId(current.row()) : 0);
    updateEditable();
}

void TimelinePage::selectEvent(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QTableView *table = m_ui->eventsTableView;
    table->selectionModel()->setCurrentIndex(
        m_model->index(row, TimelineEventModel::WhatHappenedColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(m_model->index(row, 0));
}

void TimelinePage::addEventAfterCurrent()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    const QModelIndex current = m_ui->eventsTableView->selectionModel()->currentIndex();
    QDateTime at;
    if (current.isValid())
        at = document->records(Table::TimelineEvent)
                 .at(current.row())
                 .value(TimelineEventField::OccurredAt)
                 .toDateTime();
    const qint64 id = TimelineEditing::addEvent(*document, at);
    if (!id)
        return;
    selectEvent(id);
    QTableView *table = m_ui->eventsTableView;
    table->setFocus(Qt::OtherFocusReason);
    table->edit(m_model->index(m_model->rowOf(id), TimelineEventModel::WhatHappenedColumn));
}

void TimelinePage::removeSelectedEvents()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    QItemSelectionModel *selection = m_ui->eventsTableView->selectionModel();
    QList<qint64> ids;
    int firstRow = m_model->rowCount();
    for (const QModelIndex &index : selection->selectedRows()) {
        ids.append(m_model->recordId(index.row()));
        firstRow = std::min(firstRow, index.row());
    }
    if (ids.isEmpty() && selection->currentIndex().isValid()) {
        firstRow = selection->currentIndex().row();
        ids.append(m_model->recordId(firstRow));
    }
    if (!TimelineEditing::removeEvents(*document, ids))
        return;
    // Keep a row selected so that Delete can be pressed again.
    if (const int rows = m_model->rowCount(); rows > 0)
        selectEvent(m_model->recordId(std::min(firstRow, rows - 1)));
}

void TimelinePage::onRecordsChanged(Table table)
{
    switch (table) {
    case Table::TimelineEvent:
        updateEventCount();
        Q_EMIT progressChanged();
        break;
    default:
        break;
    }
}

void TimelinePage::onValueChanged(Table table, qint64, int field)
{
    if (table == Table::TimelineEvent
        && (field == TimelineEventField::Milestone || field == TimelineEventField::OccurredAt))
        Q_EMIT progressChanged();
}

// --- Imports

void TimelinePage::importLog()
{
    startImport(true);
}

void TimelinePage::importChat()
{
    startImport(false);
}

void TimelinePage::startImport(bool log)
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    const QString caption = log ? tr("Import Log") : tr("Import Chat");
    const QString filter =
        log ? tr("Log files (*.log *.txt *.json *.jsonl *.out);;All files (*)")
            : tr("Chat transcripts (*.json *.txt *.log);;All files (*)");
    const QString path = FileDialogs::getOpenFileName(this, caption, filter);
    if (path.isEmpty())
        return;
    auto *dialog = new TimelineImportDialog(
        document, log ? TimelineImportDialog::Source::Log : TimelineImportDialog::Source::Chat,
        path, this);
    if (!dialog->error().isEmpty()) {
        MessageBoxes::warning(this, caption, dialog->error());
        delete dialog;
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFont(font());
    m_importDialog = dialog;
    connect(dialog, &TimelineImportDialog::imported, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty()) {
            selectEvent(ids.constFirst());
            m_ui->timelineView->zoomToFit();
        }
    });
    // Window-modal but not blocking: no nested event loop.
    dialog->open();
}

// --- Presentation

void TimelinePage::updateLegend()
{
    const QPalette colors = palette();
    QStringList items;
    for (const Choice &choice : choices(Vocabulary::EventKind)) {
        if (choice.key == "milestone"_L1)
            continue;
        items.append(u"<span style='color:%1'>●</span>&nbsp;%2"_s.arg(
            TimelineColors::kindColor(choice.key, colors).name(), choice.label.toHtmlEscaped()));
    }
    items.append(tr("○&nbsp;approximate", "legend of the visual timeline"));
    items.append(tr("◆&nbsp;milestone", "legend of the visual timeline"));
    items.append(u"<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(
        TimelineColors::impactColor(colors).name(QColor::HexArgb),
        tr("customer impact", "legend of the visual timeline")));
    m_ui->legendLabel->setText(items.join(u"&nbsp;&nbsp;&nbsp; "_s));
}

void TimelinePage::updateZoomButtons()
{
    m_ui->zoomInToolButton->setEnabled(m_ui->timelineView->canZoomIn());
    m_ui->zoomOutToolButton->setEnabled(m_ui->timelineView->canZoomOut());
}

void TimelinePage::updateEventCount()
{
    const int count = m_model->rowCount();
    m_ui->eventCountLabel->setText(tr("%n event(s)", "", count));
    m_ui->timelineTabWidget->setTabText(m_ui->timelineTabWidget->indexOf(m_ui->eventsTab),
                                        tr("&Events (%1)").arg(QLocale().toString(count)));
}

void TimelinePage::updateEvidenceTabTitle(int count)
{
    m_ui->timelineTabWidget->setTabText(m_ui->timelineTabWidget->indexOf(m_ui->evidenceTab),
                                        tr("E&vidence (%1)").arg(QLocale().toString(count)));
}

void TimelinePage::updateEditable()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    m_ui->quickEntryLineEdit->setReadOnly(!editable);
    m_ui->quickEntryLineEdit->setEnabled(document != nullptr);
    m_ui->importLogPushButton->setEnabled(editable);
    m_ui->importChatPushButton->setEnabled(editable);
    m_ui->addEventPushButton->setEnabled(editable);
    const bool selected = m_ui->eventsTableView->selectionModel()->currentIndex().isValid();
    m_ui->removeEventPushButton->setEnabled(editable && selected);
}

void TimelinePage::updateFonts()
{
    // Relative to the window's zoom, so that the room can read it.
    QFont guidance = font();
    guidance.setPointSizeF(font().pointSizeF() * 1.15);
    guidance.setBold(true);
    m_ui->guidanceLabel->setFont(guidance);
    QFont entry = font();
    entry.setPointSizeF(font().pointSizeF() * 1.1);
    m_ui->quickEntryLineEdit->setFont(entry);

    const QFontMetrics metrics(font());
    QTableView *table = m_ui->eventsTableView;
    table->verticalHeader()->setDefaultSectionSize(qRound(metrics.height() * 1.8));
    const int average = metrics.averageCharWidth();
    table->setColumnWidth(TimelineEventModel::TimeColumn, average * 13);
    table->setColumnWidth(TimelineEventModel::KindColumn, average * 16);
    table->setColumnWidth(TimelineEventModel::ActorColumn, average * 19);
    table->setColumnWidth(TimelineEventModel::MilestoneColumn, average * 14);
    for (QToolButton *button :
         {m_ui->zoomInToolButton, m_ui->zoomOutToolButton, m_ui->zoomFitToolButton})
        button->setMinimumWidth(metrics.height() * 2);
}

void TimelinePage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    else if (event->type() == QEvent::PaletteChange)
        updateLegend();
}

void TimelinePage::showEvent(QShowEvent *event)
{
    StepPage::showEvent(event);
    if (m_splittersPlaced)
        return;
    m_splittersPlaced = true;
    // The visual timeline gets the room its lanes need, the rest goes to the table.
    const int total = m_ui->mainSplitter->height();
    const int timeline = std::clamp(m_ui->timelineView->sizeHint().height()
                                        + m_ui->zoomInToolButton->sizeHint().height() + 8,
                                    total / 3, total / 2);
    m_ui->mainSplitter->setSizes({timeline, total - timeline});
    const int width = m_ui->eventsSplitter->width();
    m_ui->eventsSplitter->setSizes({width * 11 / 20, width * 9 / 20});
}

} // namespace Debrief
