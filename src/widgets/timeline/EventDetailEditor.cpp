#include "EventDetailEditor.h"

#include "ui_EventDetailEditor.h"

#include "EventViewCard.h"
#include "TimelineEditing.h"
#include "TimelineFormat.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "views/FieldBinding.h"

#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollBar>

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

void addChoices(QComboBox *combo, Vocabulary vocabulary)
{
    for (const Choice &choice : choices(vocabulary))
        combo->addItem(choice.label, choice.key);
}

qint64 referenceId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace

EventDetailEditor::EventDetailEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventDetailEditor>())
{
    m_ui->setupUi(this);

    addChoices(m_ui->precisionComboBox, Vocabulary::EventPrecision);
    addChoices(m_ui->kindComboBox, Vocabulary::EventKind);
    m_ui->milestoneComboBox->addItem(tr("None", "no milestone"), QVariant());
    addChoices(m_ui->milestoneComboBox, Vocabulary::Milestone);

    for (QDateTimeEdit *edit : {m_ui->startDateTimeEdit, m_ui->endDateTimeEdit}) {
        edit->setDisplayFormat(tr("yyyy-MM-dd HH:mm:ss", "time of a timeline event"));
        // The minimum stands for "not set" (FieldBinding).
        edit->setMinimumDateTime(QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC));
    }
    m_ui->startDateTimeEdit->setSpecialValueText(tr("No time"));
    m_ui->endDateTimeEdit->setSpecialValueText(tr("No end"));

    const auto bind = [this](auto *editor, int field) {
        auto *binding = new FieldBinding(editor, Table::TimelineEvent, field);
        m_bindings.append(binding);
        return binding;
    };
    m_startBinding = bind(m_ui->startDateTimeEdit, TimelineEventField::OccurredAt);
    m_startBinding->setWriter([this](const QVariant &value) {
        if (m_document)
            TimelineEditing::setStart(*m_document, m_eventId, value.toDateTime());
    });
    m_endBinding = bind(m_ui->endDateTimeEdit, TimelineEventField::OccurredUntil);
    m_endBinding->setWriter([this](const QVariant &value) {
        if (m_document)
            TimelineEditing::setEnd(*m_document, m_eventId, value.toDateTime());
    });
    FieldBinding *precision = bind(m_ui->precisionComboBox, TimelineEventField::Precision);
    precision->setWriter([this](const QVariant &value) {
        if (m_document)
            TimelineEditing::setPrecision(*m_document, m_eventId, value.toString());
    });
    bind(m_ui->kindComboBox, TimelineEventField::Kind);
    bind(m_ui->milestoneComboBox, TimelineEventField::Milestone);
    bind(m_ui->whatHappenedPlainTextEdit, TimelineEventField::WhatHappened);
    bind(m_ui->knownThenPlainTextEdit, TimelineEventField::KnownThen);
    bind(m_ui->whyItMadeSensePlainTextEdit, TimelineEventField::WhyItMadeSense);
    bind(m_ui->hindsightPlainTextEdit, TimelineEventField::HindsightOnly);

    QComboBox *actor = m_ui->actorComboBox;
    actor->lineEdit()->setPlaceholderText(tr("Participant or system"));
    connect(actor, &QComboBox::activated, this, &EventDetailEditor::commitActor);
    connect(actor->lineEdit(), &QLineEdit::editingFinished, this, &EventDetailEditor::commitActor);

    connect(m_ui->addViewPushButton, &QPushButton::clicked, this, &EventDetailEditor::addView);
    connect(m_ui->evidenceLinksListWidget, &QListWidget::itemChanged, this,
            [this](QListWidgetItem *item) {
                onEvidenceLinkChanged(m_ui->evidenceLinksListWidget->row(item));
            });

    m_ui->emptyDetailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->noViewsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->sourceCaptionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->sourceLabel->setForegroundRole(QPalette::PlaceholderText);
    updateTextHeights();
    setDocument(nullptr);
}

EventDetailEditor::~EventDetailEditor()
{
    // Editors being torn down must never write into the document.
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void EventDetailEditor::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_eventId = 0;
    if (document) {
        connect(document, &Document::valueChanged, this, &EventDetailEditor::onValueChanged);
        connect(document, &Document::recordInserted, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [this](Table table, int) { onRecordsChanged(table); });
    }
    for (FieldBinding *binding : std::as_const(m_bindings))
        binding->setTarget(document, 0);
    setEventId(0);
}

void EventDetailEditor::setEventId(qint64 id)
{
    Document *document = m_document;
    if (!document || !document->record(Table::TimelineEvent, id))
        id = 0;
    const bool changed = id != m_eventId;
    m_eventId = id;
    for (FieldBinding *binding : std::as_const(m_bindings))
        binding->setRecordId(id);
    m_ui->detailStackedWidget->setCurrentWidget(id ? m_ui->eventPage : m_ui->emptyPage);
    updateZone();
    updatePrecision();
    rebuildActorItems();
    rebuildViews(changed);
    rebuildEvidenceLinks();
    updateSource();
    updateEditable();
    if (changed)
        m_ui->detailScrollArea->verticalScrollBar()->setValue(0);
}

void EventDetailEditor::focusWhatHappened()
{
    if (!m_eventId)
        return;
    QPlainTextEdit *edit = m_ui->whatHappenedPlainTextEdit;
    m_ui->detailScrollArea->ensureWidgetVisible(edit);
    edit->setFocus(Qt::OtherFocusReason);
    edit->moveCursor(QTextCursor::End);
}

QList<QPlainTextEdit *> EventDetailEditor::textEditors() const
{
    QList<QPlainTextEdit *> editors{m_ui->whatHappenedPlainTextEdit, m_ui->knownThenPlainTextEdit,
                                    m_ui->whyItMadeSensePlainTextEdit, m_ui->hindsightPlainTextEdit};
    for (EventViewCard *card : m_viewCards)
        editors.append(card->textEdit());
    return editors;
}

void EventDetailEditor::onValueChanged(Table table, qint64 id, int field)
{
    switch (table) {
    case Table::TimelineEvent:
        if (id != m_eventId)
            return;
        switch (field) {
        case TimelineEventField::Precision:
        case TimelineEventField::OccurredUntil:
            updatePrecision();
            break;
        case TimelineEventField::ActorParticipant:
        case TimelineEventField::ActorName:
            refreshActor();
            break;
        case TimelineEventField::Source:
        case TimelineEventField::SourceDetail:
            updateSource();
            break;
        default:
            break;
        }
        return;
    case Table::Incident:
        if (field == IncidentField::TimeZone)
            updateZone();
        return;
    case Table::Participant:
        if (field == ParticipantField::Name) {
            rebuildActorItems();
            for (EventViewCard *card : std::as_const(m_viewCards))
                card->rebuildAttributionItems();
        }
        return;
    case Table::Evidence:
        if (field == EvidenceField::Title)
            rebuildEvidenceLinks();
        return;
    case Table::EventView:
        if (field == EventViewField::Event)
            rebuildViews(false);
        return;
    default:
        return;
    }
}

void EventDetailEditor::onRecordsChanged(Table table)
{
    switch (table) {
    case Table::TimelineEvent:
        if (m_eventId && !m_document->record(Table::TimelineEvent, m_eventId))
            setEventId(0);
        return;
    case Table::EventView:
        rebuildViews(false);
        return;
    case Table::Participant:
        rebuildActorItems();
        for (EventViewCard *card : std::as_const(m_viewCards))
            card->rebuildAttributionItems();
        return;
    case Table::Evidence:
    case Table::EventEvidence:
        rebuildEvidenceLinks();
        return;
    default:
        return;
    }
}

void EventDetailEditor::updateZone()
{
    const QTimeZone zone =
        m_document ? TimelineFormat::incidentZone(*m_document) : QTimeZone(QTimeZone::UTC);
    m_zone = zone;
    m_startBinding->setTimeZone(zone);
    m_endBinding->setTimeZone(zone);
    const QString tip = tr("In the incident's time zone, %1.").arg(QString::fromUtf8(zone.id()));
    m_ui->startDateTimeEdit->setToolTip(tip);
    m_ui->endDateTimeEdit->setToolTip(tip);
}

void EventDetailEditor::updatePrecision()
{
    const bool range = m_document && m_eventId
                       && m_document->value(Table::TimelineEvent, m_eventId,
                                            TimelineEventField::Precision)
                                  .toString()
                              == "range"_L1;
    m_ui->untilLabel->setVisible(range);
    m_ui->endDateTimeEdit->setVisible(range);
}

void EventDetailEditor::rebuildActorItems()
{
    QComboBox *combo = m_ui->actorComboBox;
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (Document *document = m_document) {
            for (const Record &participant : document->records(Table::Participant)) {
                const QString name = participant.text(ParticipantField::Name).trimmed();
                if (!name.isEmpty())
                    combo->addItem(name, participant.id);
            }
        }
    }
    refreshActor();
}

void EventDetailEditor::refreshActor()
{
    QComboBox *combo = m_ui->actorComboBox;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const QSignalBlocker blocker(combo);
    const Record *event = m_document ? m_document->record(Table::TimelineEvent, m_eventId) : nullptr;
    if (!event) {
        combo->setCurrentIndex(-1);
        combo->setEditText({});
        return;
    }
    const qint64 participant = TimelineFormat::actorParticipant(*event);
    const int index = participant ? combo->findData(participant) : -1;
    combo->setCurrentIndex(index);
    combo->setEditText(index >= 0 ? combo->itemText(index)
                                  : event->text(TimelineEventField::ActorName));
}

void EventDetailEditor::commitActor()
{
    Document *document = m_document;
    if (m_updating || !document || !m_eventId || document->isReadOnly())
        return;
    QComboBox *combo = m_ui->actorComboBox;
    const QString text = combo->currentText().trimmed();
    const int index = combo->currentIndex();
    const qint64 participant =
        index >= 0 && combo->itemText(index) == text ? combo->itemData(index).toLongLong() : 0;
    TimelineEditing::setActor(*document, m_eventId, participant, text);
    refreshActor();
}

void EventDetailEditor::rebuildViews(bool force)
{
    Document *document = m_document;
    QList<qint64> ids;
    if (document && m_eventId) {
        for (const Record &view : document->records(Table::EventView)) {
            if (referenceId(view.value(EventViewField::Event)) == m_eventId)
                ids.append(view.id);
        }
    }
    QList<qint64> shown;
    for (EventViewCard *card : std::as_const(m_viewCards))
        shown.append(card->viewId());
    if (!force && ids == shown)
        return;
    // Keep the cards that stay, so that typing in one is never interrupted.
    QList<EventViewCard *> kept;
    for (EventViewCard *card : std::as_const(m_viewCards)) {
        if (!force && ids.contains(card->viewId())) {
            kept.append(card);
        } else {
            // Later: the card's own Remove button may be what is being clicked.
            m_ui->viewsLayout->removeWidget(card);
            card->hide();
            card->deleteLater();
        }
    }
    m_viewCards.clear();
    for (qint64 id : std::as_const(ids)) {
        auto found = std::find_if(kept.begin(), kept.end(),
                                  [id](EventViewCard *card) { return card->viewId() == id; });
        EventViewCard *card = nullptr;
        if (found != kept.end()) {
            card = *found;
        } else {
            card = new EventViewCard(document, id, m_ui->viewsWidget);
            Q_EMIT viewCardCreated(card);
        }
        m_ui->viewsLayout->removeWidget(card);
        m_ui->viewsLayout->addWidget(card); // in document order
        m_viewCards.append(card);
    }
    m_ui->noViewsLabel->setVisible(m_viewCards.isEmpty());
}

void EventDetailEditor::rebuildEvidenceLinks()
{
    QListWidget *list = m_ui->evidenceLinksListWidget;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const QSignalBlocker blocker(list);
    const int currentRow = list->currentRow();
    list->clear();
    Document *document = m_document;
    if (!document || !m_eventId)
        return;
    QList<qint64> linked;
    for (const Record &link : document->records(Table::EventEvidence)) {
        if (referenceId(link.value(EventEvidenceField::Event)) == m_eventId)
            linked.append(referenceId(link.value(EventEvidenceField::Evidence)));
    }
    for (const Record &evidence : document->records(Table::Evidence)) {
        const QString title = evidence.text(EvidenceField::Title).trimmed();
        auto *item = new QListWidgetItem(title.isEmpty() ? tr("(untitled evidence)") : title, list);
        item->setData(Qt::UserRole, evidence.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(evidence.id) ? Qt::Checked : Qt::Unchecked);
    }
    const bool any = list->count() > 0;
    list->setVisible(any);
    m_ui->evidenceLinksLabel->setText(
        any ? tr("&Evidence for this event:")
            : tr("Evidence for this event: none attached yet (see the Evidence tab)."));
    if (any) {
        list->setCurrentRow(std::clamp(currentRow, 0, list->count() - 1));
        // Short lists take only the room they need.
        const int rows = std::min(list->count(), 5);
        list->setFixedHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
    }
}

void EventDetailEditor::onEvidenceLinkChanged(int row)
{
    Document *document = m_document;
    QListWidgetItem *item = m_ui->evidenceLinksListWidget->item(row);
    if (m_updating || !document || !m_eventId || !item)
        return;
    const qint64 evidence = item->data(Qt::UserRole).toLongLong();
    if (item->checkState() == Qt::Checked) {
        Record link = emptyRecord(Table::EventEvidence);
        link.values[EventEvidenceField::Event] = m_eventId;
        link.values[EventEvidenceField::Evidence] = evidence;
        document->insertRecord(Table::EventEvidence, link);
    } else {
        QList<qint64> ids;
        for (const Record &link : document->records(Table::EventEvidence)) {
            if (referenceId(link.value(EventEvidenceField::Event)) == m_eventId
                && referenceId(link.value(EventEvidenceField::Evidence)) == evidence)
                ids.append(link.id);
        }
        for (qint64 id : std::as_const(ids))
            document->removeRecord(Table::EventEvidence, id);
    }
    rebuildEvidenceLinks(); // also when the document refused
}

void EventDetailEditor::updateSource()
{
    const Record *event = m_document ? m_document->record(Table::TimelineEvent, m_eventId) : nullptr;
    m_ui->sourceLabel->setText(event ? TimelineFormat::sourceText(*event) : QString());
}

void EventDetailEditor::addView()
{
    Document *document = m_document;
    if (!document || !m_eventId)
        return;
    Record view = emptyRecord(Table::EventView);
    view.values[EventViewField::Event] = m_eventId;
    const qint64 id = document->insertRecord(Table::EventView, view);
    if (!id)
        return;
    rebuildViews(false);
    for (EventViewCard *card : std::as_const(m_viewCards)) {
        if (card->viewId() == id) {
            m_ui->detailScrollArea->ensureWidgetVisible(card);
            card->attributionComboBox()->setFocus(Qt::OtherFocusReason);
        }
    }
}

void EventDetailEditor::updateTextHeights()
{
    const int lineSpacing = fontMetrics().lineSpacing();
    for (QPlainTextEdit *edit : {m_ui->whatHappenedPlainTextEdit, m_ui->knownThenPlainTextEdit,
                                 m_ui->whyItMadeSensePlainTextEdit, m_ui->hindsightPlainTextEdit})
        edit->setFixedHeight(lineSpacing * 3 + 2 * edit->frameWidth() + 12);
}

void EventDetailEditor::updateEditable()
{
    const bool editable = m_document && !m_document->isReadOnly() && m_eventId;
    m_ui->actorComboBox->setEnabled(editable);
    m_ui->addViewPushButton->setEnabled(editable);
    m_ui->evidenceLinksListWidget->setEnabled(editable);
}

void EventDetailEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateTextHeights();
}

} // namespace Debrief
