#include "FactorsPage.h"

#include "ui_FactorsPage.h"

#include "CheckIcons.h"
#include "DetailItemDelegate.h"
#include "PageStyle.h"
#include "StepNotesPanel.h"
#include "analysis/FactorWarnings.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "language/BlamelessLanguageChecker.h"
#include "language/DocumentLint.h"
#include "timeline/TimelineFormat.h"
#include "views/FieldBinding.h"
#include "views/ListItems.h"

#include <QAction>
#include <QEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QUndoStack>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

enum ItemRoles { FactorIdRole = Qt::UserRole + 1, EventIdRole };

} // namespace

FactorsPage::FactorsPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::FactorsPage>())
{
    m_ui->setupUi(this);
    m_stepNotesPanel = new StepNotesPanel(Step::Factors, m_ui->stepNotesContainer);
    m_ui->stepNotesLayout->addWidget(m_stepNotesPanel);

    // The seed's "Stop looking for the root cause", for everyone in the room.
    m_ui->rootCauseLabel->setTextFormat(Qt::PlainText);
    m_ui->rootCauseLabel->setText(
        tr("There is no single root cause. Most, if not all, production outages have lots of "
           "contributing factors that come into play. Decisions made months or years ago can "
           "help trigger an issue that no one could foresee at the time, together with factors "
           "that may or may not be in your control.\n"
           "Individuals are NEVER the root cause of outages: describe the conditions people "
           "worked in, not the people."));
    PageStyle::makeCard(m_ui->rootCauseLabel);
    m_ui->guidanceLabel->setTextFormat(Qt::PlainText);
    m_ui->guidanceLabel->setText(
        tr("For you as facilitator: ask “what else had to be true for this to happen?” until "
           "the room has several factors. Write each as a condition (tools, information, "
           "workload, time pressure, decisions and their context), give it a category, and "
           "tick the moments on the timeline where it showed. When a factor names a person, "
           "ask what made their action make sense at the time."));
    PageStyle::makeFacilitatorGuidance(m_ui->guidanceLabel);

    QListWidget *factors = m_ui->factorsListWidget;
    factors->setItemDelegate(new DetailItemDelegate(factors));
    factors->setUniformItemSizes(false);
    factors->setResizeMode(QListView::Adjust);
    factors->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(factors, &QListWidget::currentItemChanged, this, &FactorsPage::updateEditor);
    auto *removeAction = new QAction(tr("Remove factor"), factors);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &FactorsPage::removeCurrentFactor);
    factors->addAction(removeAction);
    auto *addAction = new QAction(tr("Add factor"), factors);
    addAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &FactorsPage::addFactor);
    factors->addAction(addAction);
    connect(m_ui->addFactorPushButton, &QPushButton::clicked, this, &FactorsPage::addFactor);
    connect(m_ui->removeFactorPushButton, &QPushButton::clicked, this,
            &FactorsPage::removeCurrentFactor);

    QComboBox *category = m_ui->categoryComboBox;
    category->addItem(tr("Not set"), QVariant());
    for (const Choice &choice : choices(Vocabulary::FactorCategory))
        category->addItem(choice.label, choice.key);

    m_bindings = {
        new FieldBinding(m_ui->titleLineEdit, Table::ContributingFactor,
                         ContributingFactorField::Title),
        new FieldBinding(category, Table::ContributingFactor, ContributingFactorField::Category),
        new FieldBinding(m_ui->descriptionPlainTextEdit, Table::ContributingFactor,
                         ContributingFactorField::Description),
    };

    QListWidget *events = m_ui->eventsListWidget;
    events->setItemDelegate(new DetailItemDelegate(events));
    events->setUniformItemSizes(false);
    events->setResizeMode(QListView::Adjust);
    events->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(events, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_rebuildingEvents)
            setEventLinked(item->data(EventIdRole).toLongLong(), item->checkState() == Qt::Checked);
    });

    m_ui->personWarningLabel->setTextFormat(Qt::PlainText);
    m_ui->personWarningLabel->hide();
    m_ui->emptyTimelineLabel->setTextFormat(Qt::PlainText);
    m_ui->emptyTimelineLabel->setForegroundRole(QPalette::PlaceholderText);

    updateFonts();
    updateColors();
    setDocument(nullptr);
}

FactorsPage::~FactorsPage()
{
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void FactorsPage::setDocument(Document *document)
{
    m_stepNotesPanel->setDocument(document);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::valueChanged, this, &FactorsPage::onValueChanged);
        connect(document, &Document::recordInserted, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordMoved, this,
                [this](Table table, int, int) { onRecordsChanged(table); });
    }
    rebuildChecker();
    for (FieldBinding *binding : std::as_const(m_bindings))
        binding->setTarget(document, 0);
    const bool editable = document && !document->isReadOnly();
    m_ui->addFactorPushButton->setEnabled(editable);
    rebuildFactors();
    Q_EMIT progressChanged();
}

qint64 FactorsPage::currentFactorId() const
{
    const QListWidgetItem *item = m_ui->factorsListWidget->currentItem();
    return item ? item->data(FactorIdRole).toLongLong() : 0;
}

void FactorsPage::setCurrentFactor(qint64 id)
{
    ListItems::selectById(m_ui->factorsListWidget, FactorIdRole, id);
}

bool FactorsPage::showRecord(Table table, qint64 id, int field)
{
    Document *document = m_document;
    if (!document || table != Table::ContributingFactor
        || !document->record(Table::ContributingFactor, id))
        return false;
    setCurrentFactor(id);
    switch (field) {
    case ContributingFactorField::Description:
        m_ui->descriptionPlainTextEdit->setFocus(Qt::OtherFocusReason);
        break;
    case ContributingFactorField::Category:
        m_ui->categoryComboBox->setFocus(Qt::OtherFocusReason);
        break;
    default:
        m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
        break;
    }
    return true;
}

void FactorsPage::onValueChanged(Table table, qint64 id, int field)
{
    switch (table) {
    case Table::ContributingFactor: {
        if (QListWidgetItem *item = ListItems::findById(m_ui->factorsListWidget, FactorIdRole, id))
            updateFactorItem(item);
        if (id == currentFactorId())
            updatePersonWarning();
        break;
    }
    case Table::FactorEvent:
        rebuildFactors();
        Q_EMIT progressChanged();
        break;
    case Table::TimelineEvent:
        if (field == TimelineEventField::OccurredAt || field == TimelineEventField::OccurredUntil
            || field == TimelineEventField::Precision || field == TimelineEventField::WhatHappened)
            rebuildEvents();
        break;
    case Table::Incident:
        if (field == IncidentField::TimeZone || field == IncidentField::StartedAt)
            rebuildEvents();
        break;
    case Table::Participant:
        if (field == ParticipantField::Name)
            rebuildChecker();
        break;
    default:
        break;
    }
}

void FactorsPage::onRecordsChanged(Table table)
{
    switch (table) {
    case Table::ContributingFactor:
    case Table::FactorEvent:
        rebuildFactors();
        Q_EMIT progressChanged();
        break;
    case Table::TimelineEvent:
        // Removing an event removes its links: the counts on the factors change too.
        rebuildFactors();
        break;
    case Table::Participant:
        rebuildChecker();
        break;
    default:
        break;
    }
}

void FactorsPage::rebuildChecker()
{
    Document *document = m_document;
    if (!document) {
        m_checker.reset();
        return;
    }
    const QStringList names = DocumentLint::participantNames(*document);
    if (!m_checker) {
        m_checker = std::make_unique<BlamelessLanguageChecker>(
            BlamelessLanguageChecker::defaultLanguages(), names);
    } else if (m_checker->participantNames() != names) {
        m_checker->setParticipantNames(names);
    } else {
        return;
    }
    QListWidget *list = m_ui->factorsListWidget;
    for (int row = 0; row < list->count(); ++row)
        updateFactorItem(list->item(row));
    updatePersonWarning();
}

void FactorsPage::rebuildFactors()
{
    QListWidget *list = m_ui->factorsListWidget;
    const qint64 current = currentFactorId();
    const int currentRowBefore = list->currentRow();
    {
        const QSignalBlocker blocker(list);
        list->clear();
        if (Document *document = m_document) {
            for (const Record &factor : document->records(Table::ContributingFactor)) {
                auto *item = new QListWidgetItem(list);
                item->setData(FactorIdRole, factor.id);
                updateFactorItem(item);
            }
        }
    }
    int row = -1;
    for (int i = 0; i < list->count() && row < 0; ++i) {
        if (list->item(i)->data(FactorIdRole).toLongLong() == current)
            row = i;
    }
    if (row < 0 && list->count() > 0)
        row = std::clamp(currentRowBefore, 0, int(list->count()) - 1);
    list->setCurrentRow(row);
    updateEditor();
}

void FactorsPage::updateFactorItem(QListWidgetItem *item)
{
    Document *document = m_document;
    const Record *factor =
        document ? document->record(Table::ContributingFactor, item->data(FactorIdRole).toLongLong())
                 : nullptr;
    if (!factor)
        return;
    const QString title = factor->text(ContributingFactorField::Title).simplified();
    item->setText(title.isEmpty() ? tr("(untitled factor)") : title);
    int linked = 0;
    for (const Record &link : document->records(Table::FactorEvent)) {
        if (link.value(FactorEventField::Factor).toLongLong() == factor->id
            && !link.value(FactorEventField::Event).isNull())
            ++linked;
    }
    QStringList details;
    const QString category = factor->text(ContributingFactorField::Category);
    details.append(category.isEmpty() ? tr("No category")
                                      : choiceLabel(Vocabulary::FactorCategory, category));
    details.append(linked == 0 ? tr("not linked to the timeline")
                               : tr("%n timeline event(s)", "", linked));
    const PersonAsFactor person =
        m_checker ? FactorWarnings::personAsSubject(*factor, *m_checker) : PersonAsFactor();
    if (person.warn) {
        details.append(tr("names a person: “%1”").arg(person.person));
        item->setIcon(CheckIcons::warning());
        item->setToolTip(person.message);
    } else {
        item->setIcon(QIcon());
        item->setToolTip(QString());
    }
    item->setData(DetailItemDelegate::DetailRole, details.join(tr(" · ", "separator of details")));
}

void FactorsPage::updateEditor()
{
    Document *document = m_document;
    const qint64 id = currentFactorId();
    const bool hasFactor = document && document->record(Table::ContributingFactor, id);
    for (FieldBinding *binding : std::as_const(m_bindings))
        binding->setRecordId(hasFactor ? id : 0);
    // Text fields of a read-only document stay readable (their bindings make them read-only);
    // a combo box has no read-only state and stays disabled.
    m_ui->titleLineEdit->setEnabled(hasFactor);
    m_ui->descriptionPlainTextEdit->setEnabled(hasFactor);
    m_ui->categoryComboBox->setEnabled(hasFactor && !document->isReadOnly());
    updatePersonWarning();
    rebuildEvents();
    updateButtons();
}

void FactorsPage::updatePersonWarning()
{
    Document *document = m_document;
    const Record *factor =
        document ? document->record(Table::ContributingFactor, currentFactorId()) : nullptr;
    const PersonAsFactor person = factor && m_checker
                                      ? FactorWarnings::personAsSubject(*factor, *m_checker)
                                      : PersonAsFactor();
    m_ui->personWarningLabel->setVisible(person.warn);
    m_ui->personWarningLabel->setText(person.warn ? tr("⚠ %1").arg(person.message) : QString());
}

void FactorsPage::rebuildEvents()
{
    Document *document = m_document;
    QListWidget *list = m_ui->eventsListWidget;
    const qint64 factorId = currentFactorId();
    const bool hasFactor = document && document->record(Table::ContributingFactor, factorId);
    const bool editable = hasFactor && !document->isReadOnly();
    const int row = list->currentRow();
    const int scroll = list->verticalScrollBar()->value();
    {
        const QScopedValueRollback<bool> rebuilding(m_rebuildingEvents, true);
        const QSignalBlocker blocker(list);
        list->clear();
        if (document) {
            QSet<qint64> linked;
            for (const Record &link : document->records(Table::FactorEvent)) {
                if (link.value(FactorEventField::Factor).toLongLong() == factorId)
                    linked.insert(link.value(FactorEventField::Event).toLongLong());
            }
            const QTimeZone zone = TimelineFormat::incidentZone(*document);
            const QDate day = TimelineFormat::referenceDay(*document, zone);
            for (const Record &event : document->records(Table::TimelineEvent)) {
                QString what = event.text(TimelineEventField::WhatHappened).simplified();
                if (what.isEmpty())
                    what = tr("(nothing written yet)");
                auto *item = new QListWidgetItem(what, list);
                item->setData(EventIdRole, event.id);
                QString when = TimelineFormat::eventTimeText(event, zone, day);
                const QString milestone = event.text(TimelineEventField::Milestone);
                if (!milestone.isEmpty())
                    when = tr("%1 · %2", "event time · milestone")
                               .arg(when, choiceLabel(Vocabulary::Milestone, milestone));
                item->setData(DetailItemDelegate::DetailRole, when);
                Qt::ItemFlags flags = Qt::ItemIsSelectable;
                if (hasFactor)
                    flags |= Qt::ItemIsEnabled;
                if (editable)
                    flags |= Qt::ItemIsUserCheckable;
                item->setFlags(flags);
                item->setCheckState(linked.contains(event.id) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    if (row >= 0 && row < list->count())
        list->setCurrentRow(row);
    list->verticalScrollBar()->setValue(scroll);

    const bool empty = !document || document->count(Table::TimelineEvent) == 0;
    list->setVisible(!empty);
    m_ui->emptyTimelineLabel->setVisible(document != nullptr
                                         && (empty || !hasFactor));
    if (empty)
        m_ui->emptyTimelineLabel->setText(
            tr("The timeline is empty, so there is nothing to link yet. Add what happened on "
               "the Timeline step, then tick here the moments where this factor showed."));
    else if (!hasFactor)
        m_ui->emptyTimelineLabel->setText(tr("Add or choose a factor to link it to events."));
}

void FactorsPage::updateButtons()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    m_ui->removeFactorPushButton->setEnabled(editable && currentFactorId() != 0);
}

void FactorsPage::addFactor()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    const qint64 id =
        document->insertRecord(Table::ContributingFactor, emptyRecord(Table::ContributingFactor));
    if (!id)
        return;
    setCurrentFactor(id);
    m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
}

void FactorsPage::removeCurrentFactor()
{
    Document *document = m_document;
    const qint64 id = currentFactorId();
    if (!document || !id || document->isReadOnly())
        return;
    // Its links to events go with it, in the same undo step.
    document->removeRecord(Table::ContributingFactor, id);
}

void FactorsPage::setEventLinked(qint64 eventId, bool linked)
{
    Document *document = m_document;
    const qint64 factorId = currentFactorId();
    if (!document || !factorId || !eventId || document->isReadOnly())
        return;
    QList<qint64> links;
    for (const Record &link : document->records(Table::FactorEvent)) {
        if (link.value(FactorEventField::Factor).toLongLong() == factorId
            && link.value(FactorEventField::Event).toLongLong() == eventId)
            links.append(link.id);
    }
    if (linked && links.isEmpty()) {
        Record link = emptyRecord(Table::FactorEvent);
        link.values[FactorEventField::Factor] = factorId;
        link.values[FactorEventField::Event] = eventId;
        document->insertRecord(Table::FactorEvent, link);
    } else if (!linked && !links.isEmpty()) {
        QUndoStack *stack = document->undoStack();
        if (links.size() > 1)
            stack->beginMacro(tr("Unlink event"));
        for (qint64 id : std::as_const(links))
            document->removeRecord(Table::FactorEvent, id);
        if (links.size() > 1)
            stack->endMacro();
    }
}

void FactorsPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void FactorsPage::updateFonts()
{
    m_ui->factorsLabel->setFont(PageStyle::scaledFont(font(), 1.0, true));
    m_ui->rootCauseLabel->setFont(PageStyle::scaledFont(font(), 1.1));
    m_ui->personWarningLabel->setFont(PageStyle::scaledFont(font(), 1.0, true));
}

void FactorsPage::updateColors()
{
    PageStyle::setTextColor(m_ui->personWarningLabel, PageStyle::warningColor(palette()));
}

} // namespace Debrief
