#include "PreparePage.h"

#include "ui_PreparePage.h"

#include "SeverityLevelsDialog.h"
#include "StepNotesPanel.h"
#include "document/Document.h"
#include "document/RecordTableModel.h"
#include "views/FieldBinding.h"
#include "views/VocabularyDelegate.h"

#include <QAction>
#include <QCompleter>
#include <QSignalBlocker>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

void addChoices(QComboBox *combo, Vocabulary vocabulary)
{
    for (const Choice &choice : choices(vocabulary))
        combo->addItem(choice.label, choice.key);
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const int days = int(minutes / (24 * 60));
    const int hours = int(minutes / 60 % 24);
    const int rest = int(minutes % 60);
    QStringList parts;
    if (days > 0)
        parts.append(PreparePage::tr("%n d", "duration in days", days));
    if (hours > 0)
        parts.append(PreparePage::tr("%n h", "duration in hours", hours));
    if (rest > 0 || parts.isEmpty())
        parts.append(PreparePage::tr("%n min", "duration in minutes", rest));
    return parts.join(u' ');
}

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

qint64 referenceId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace

PreparePage::PreparePage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::PreparePage>())
{
    m_ui->setupUi(this);


    addChoices(m_ui->statusComboBox, Vocabulary::IncidentStatus);

    QComboBox *zones = m_ui->timeZoneComboBox;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    // "berlin" should find Europe/Berlin.
    zones->completer()->setCompletionMode(QCompleter::PopupCompletion);
    zones->completer()->setFilterMode(Qt::MatchContains);
    zones->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(zones->lineEdit(), &QLineEdit::editingFinished, this,
            &PreparePage::commitTimeZoneText);

    for (QDateTimeEdit *edit : {m_ui->startDateTimeEdit, m_ui->endDateTimeEdit}) {
        edit->setDisplayFormat(tr("ddd d MMM yyyy, HH:mm", "incident start and end times"));
        // The minimum stands for "not set" (FieldBinding); no incident is that old.
        edit->setMinimumDateTime(QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC));
        edit->setSpecialValueText(tr("Not set"));
    }

    const auto bindIncident = [this](auto *editor, int field) {
        auto *binding = new FieldBinding(editor, Table::Incident, field);
        m_incidentBindings.append(binding);
        return binding;
    };
    bindIncident(m_ui->titleLineEdit, IncidentField::Title);
    bindIncident(m_ui->referenceLineEdit, IncidentField::Reference);
    bindIncident(m_ui->statusComboBox, IncidentField::Status);
    m_timeZoneBinding = bindIncident(m_ui->timeZoneComboBox, IncidentField::TimeZone);
    m_startBinding = bindIncident(m_ui->startDateTimeEdit, IncidentField::StartedAt);
    m_endBinding = bindIncident(m_ui->endDateTimeEdit, IncidentField::EndedAt);
    m_severityBinding = bindIncident(m_ui->severityComboBox, IncidentField::Severity);
    bindIncident(m_ui->summaryPlainTextEdit, IncidentField::Summary);
    bindIncident(m_ui->customerImpactPlainTextEdit, IncidentField::CustomerImpact);
    m_facilitatorBinding = bindIncident(m_ui->facilitatorComboBox, IncidentField::Facilitator);
    m_facilitatorBinding->setWriter([this](const QVariant &value) { writeFacilitator(value); });

    m_stepNotesPanel = new StepNotesPanel(Step::Prepare, m_ui->notesGroupBox);
    m_ui->notesLayout->addWidget(m_stepNotesPanel);

    connect(m_ui->startKnownCheckBox, &QCheckBox::clicked, this,
            [this](bool known) { setTimeKnown(IncidentField::StartedAt, known); });
    connect(m_ui->endKnownCheckBox, &QCheckBox::clicked, this,
            [this](bool known) { setTimeKnown(IncidentField::EndedAt, known); });

    QTableView *participants = m_ui->participantsTableView;
    participants->setItemDelegate(new VocabularyDelegate(participants));
    auto *removeAction = new QAction(tr("Remove participant"), participants);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    participants->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &PreparePage::removeSelectedParticipants);
    auto *addAction = new QAction(tr("Add participant"), participants);
    addAction->setShortcuts(
        {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    addAction->setShortcutContext(Qt::WidgetShortcut);
    participants->addAction(addAction);
    connect(addAction, &QAction::triggered, this, [this] {
        if (m_ui->addParticipantPushButton->isEnabled()) // not on a read-only document
            addParticipant();
    });
    connect(m_ui->addParticipantPushButton, &QPushButton::clicked, this,
            &PreparePage::addParticipant);
    connect(m_ui->removeParticipantPushButton, &QPushButton::clicked, this,
            &PreparePage::removeSelectedParticipants);
    connect(m_ui->editSeverityLevelsPushButton, &QPushButton::clicked, this,
            &PreparePage::editSeverityLevels);

    // Call-outs the room should notice: the level's meaning, and the gentle facilitator note.
    const bool dark = isDark(this);
    const QString callout = u"QLabel { background: palette(alternate-base);"
                            " border-left: 4px solid %1; padding: 8px 12px; }"_s;
    m_ui->severityDefinitionLabel->setStyleSheet(callout.arg(u"palette(highlight)"_s));
    m_ui->facilitatorNoteLabel->setStyleSheet(callout.arg(dark ? u"#ffb74d"_s : u"#e65100"_s));
    const QString red = dark ? u"#ff8a80"_s : u"#b3261e"_s;
    m_ui->durationLabel->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    m_ui->timeWarningLabel->setStyleSheet(
        callout.arg(red) + u" QLabel { color: %1; font-weight: bold; }"_s.arg(red));
    updateFontDependentSizes();

    setDocument(nullptr);
}

PreparePage::~PreparePage()
{
    // Detach first: editors being torn down must never write into the document.
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void PreparePage::setDocument(Document *document)
{
    if (m_severityLevelsDialog)
        m_severityLevelsDialog->close();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_autoRoleParticipant = 0;

    QTableView *view = m_ui->participantsTableView;
    RecordTableModel *oldModel = m_participantsModel;
    QItemSelectionModel *oldSelection = view->selectionModel();
    m_participantsModel = nullptr;
    if (document) {
        m_participantsModel = new RecordTableModel(
            document, Table::Participant,
            {{ParticipantField::Name, tr("Name")},
             {ParticipantField::Role, tr("Role"), Vocabulary::ParticipantRole},
             {ParticipantField::Team, tr("Team")},
             {ParticipantField::Contact, tr("Contact")}},
            this);
    }
    view->setModel(m_participantsModel);
    delete oldSelection;
    delete oldModel;
    if (m_participantsModel) {
        sizeParticipantColumns();
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &PreparePage::updateParticipantButtons);
    }

    if (document) {
        connect(document, &Document::valueChanged, this, &PreparePage::onValueChanged);
        connect(document, &Document::recordInserted, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordMoved, this,
                [this](Table table, int, int) { onRecordsChanged(table); });
    }

    rebuildSeverityItems();
    rebuildFacilitatorItems();
    for (FieldBinding *binding : std::as_const(m_incidentBindings))
        binding->setTarget(document, 1);
    m_stepNotesPanel->setDocument(document);
    updateTimeZone();
    updateSeverityDefinition();
    updateFacilitatorNote();

    const bool editable = document && !document->isReadOnly();
    m_ui->addParticipantPushButton->setEnabled(editable);
    m_ui->editSeverityLevelsPushButton->setEnabled(editable);
    updateParticipantButtons();
    Q_EMIT progressChanged();
}

void PreparePage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    // Presentation mode zooms by changing the font: measured sizes must follow it.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateFontDependentSizes();
}

void PreparePage::updateFontDependentSizes()
{
    for (QDateTimeEdit *edit : {m_ui->startDateTimeEdit, m_ui->endDateTimeEdit}) {
        // QDateTimeEdit's own size hint cuts off day names; measure a wide date instead.
        const QString sample = edit->locale().toString(
            QDateTime(QDate(2026, 9, 30), QTime(23, 59)), edit->displayFormat());
        const QFontMetrics metrics = edit->fontMetrics();
        edit->setMinimumWidth(metrics.horizontalAdvance(sample) + 3 * metrics.height());
    }
    sizeParticipantColumns();
}

void PreparePage::sizeParticipantColumns()
{
    QHeaderView *header = m_ui->participantsTableView->horizontalHeader();
    if (header->count() < 4)
        return;
    // Name and role as wide as the longest role, also while the table is still empty (a new
    // name is typed into that cell); team and contact share the rest.
    const QFontMetrics metrics = m_ui->participantsTableView->fontMetrics();
    int width = 0;
    for (const Choice &role : choices(Vocabulary::ParticipantRole))
        width = std::max(width, metrics.horizontalAdvance(role.label));
    width += 2 * metrics.height();
    for (int column : {0, 1}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
}

void PreparePage::onValueChanged(Table table, qint64, int field)
{
    switch (table) {
    case Table::Incident:
        switch (field) {
        case IncidentField::TimeZone:
            updateTimeZone();
            break;
        case IncidentField::StartedAt:
        case IncidentField::EndedAt:
            updateTimes();
            break;
        case IncidentField::Severity:
            updateSeverityDefinition();
            break;
        case IncidentField::Facilitator:
            updateFacilitatorNote();
            break;
        default:
            break;
        }
        switch (field) {
        case IncidentField::Title:
        case IncidentField::StartedAt:
        case IncidentField::EndedAt:
        case IncidentField::Severity:
        case IncidentField::Summary:
        case IncidentField::CustomerImpact:
        case IncidentField::Facilitator:
            Q_EMIT progressChanged();
            break;
        default:
            break;
        }
        break;
    case Table::SeverityLevel:
        if (field == SeverityField::Definition)
            updateSeverityDefinition();
        else
            rebuildSeverityItems();
        break;
    case Table::Participant:
        if (field == ParticipantField::Name)
            rebuildFacilitatorItems();
        break;
    case Table::TimelineEvent:
        if (field == TimelineEventField::ActorParticipant)
            updateFacilitatorNote();
        break;
    default:
        break;
    }
}

void PreparePage::onRecordsChanged(Table table)
{
    switch (table) {
    case Table::SeverityLevel:
        rebuildSeverityItems();
        break;
    case Table::Participant:
        rebuildFacilitatorItems();
        updateParticipantButtons();
        Q_EMIT progressChanged();
        break;
    case Table::TimelineEvent:
        updateFacilitatorNote();
        break;
    default:
        break;
    }
}

void PreparePage::rebuildSeverityItems()
{
    Document *document = m_document;
    QComboBox *combo = m_ui->severityComboBox;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Not set"), QVariant());
        if (document) {
            for (const Record &level : document->records(Table::SeverityLevel)) {
                const QString key = level.text(SeverityField::Key);
                const QString name = level.text(SeverityField::Name);
                const QString text = key.isEmpty() || name.isEmpty()
                                         ? key + name
                                         : tr("%1 – %2", "severity level: key – name").arg(key, name);
                combo->addItem(text.isEmpty() ? tr("(unnamed level)") : text, level.id);
            }
        }
    }
    m_severityBinding->refresh();
    updateSeverityDefinition();
}

void PreparePage::rebuildFacilitatorItems()
{
    Document *document = m_document;
    QComboBox *combo = m_ui->facilitatorComboBox;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Not set"), QVariant());
        if (document) {
            for (const Record &participant : document->records(Table::Participant)) {
                const QString name = participant.text(ParticipantField::Name).trimmed();
                combo->addItem(name.isEmpty() ? tr("(no name yet)") : name, participant.id);
            }
        }
    }
    m_facilitatorBinding->refresh();
    updateFacilitatorNote();
}

void PreparePage::updateSeverityDefinition()
{
    Document *document = m_document;
    QLabel *label = m_ui->severityDefinitionLabel;
    const Record *level =
        document ? document->record(Table::SeverityLevel,
                                        referenceId(document->incidentValue(IncidentField::Severity)))
                   : nullptr;
    if (!level) {
        label->clear();
        label->hide();
        return;
    }
    const QString definition = level->text(SeverityField::Definition).trimmed();
    label->setText(definition.isEmpty()
                       ? tr("This level has no definition yet: use \"Edit severity levels\" to "
                            "write down what it means.")
                       : definition);
    label->show();
}

void PreparePage::updateTimeZone()
{
    Document *document = m_document;
    const QString id =
        document ? document->incidentValue(IncidentField::TimeZone).toString() : QString();
    QTimeZone zone(id.toUtf8());
    // A zone this system does not know (a file from elsewhere): show UTC, say so.
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC);
    m_timeZone = zone;
    m_startBinding->setTimeZone(zone);
    m_endBinding->setTimeZone(zone);
    updateTimes();
}

void PreparePage::updateTimes()
{
    Document *document = m_document;
    const QDateTime start =
        document ? document->incidentValue(IncidentField::StartedAt).toDateTime() : QDateTime();
    const QDateTime end =
        document ? document->incidentValue(IncidentField::EndedAt).toDateTime() : QDateTime();
    const bool editable = document && !document->isReadOnly();

    const auto showKnown = [editable](QCheckBox *box, QDateTimeEdit *edit, QLabel *label,
                                      bool known) {
        box->setChecked(known);
        box->setEnabled(editable);
        edit->setEnabled(known);
        // Alt+mnemonic on an unknown time checks "Known" (and so opens the time for typing).
        label->setBuddy(known ? static_cast<QWidget *>(edit) : box);
    };
    showKnown(m_ui->startKnownCheckBox, m_ui->startDateTimeEdit, m_ui->startLabel,
              start.isValid());
    showKnown(m_ui->endKnownCheckBox, m_ui->endDateTimeEdit, m_ui->endLabel, end.isValid());

    const bool both = start.isValid() && end.isValid();
    const bool backwards = both && end < start;
    m_ui->durationLabel->setVisible(both && !backwards);
    if (both && !backwards)
        m_ui->durationLabel->setText(tr("Duration: %1").arg(durationText(start.secsTo(end))));
    m_ui->timeWarningLabel->setVisible(backwards);
    if (backwards)
        m_ui->timeWarningLabel->setText(
            tr("⚠ The end is before the start. Check both times and the time zone."));

    const QString id =
        document ? document->incidentValue(IncidentField::TimeZone).toString() : QString();
    const QDateTime at = start.isValid() ? start : QDateTime::currentDateTimeUtc();
    if (!document)
        m_ui->timeZoneOffsetLabel->clear();
    else if (!id.isEmpty() && !QTimeZone(id.toUtf8()).isValid())
        m_ui->timeZoneOffsetLabel->setText(tr("unknown here: times are shown in UTC"));
    else
        m_ui->timeZoneOffsetLabel->setText(m_timeZone.displayName(at, QTimeZone::OffsetName));
}

void PreparePage::updateFacilitatorNote()
{
    Document *document = m_document;
    QLabel *label = m_ui->facilitatorNoteLabel;
    const qint64 facilitator =
        document ? referenceId(document->incidentValue(IncidentField::Facilitator)) : 0;
    bool involved = false;
    if (document && facilitator) {
        const QList<Record> &events = document->records(Table::TimelineEvent);
        involved = std::any_of(events.cbegin(), events.cend(), [facilitator](const Record &event) {
            return referenceId(event.value(TimelineEventField::ActorParticipant)) == facilitator;
        });
    }
    if (!document || !involved) {
        label->clear();
        label->hide();
        return;
    }
    QString name =
        document->value(Table::Participant, facilitator, ParticipantField::Name).toString();
    if (name.trimmed().isEmpty())
        name = tr("The facilitator");
    label->setText(tr("%1 appears in the timeline as someone who acted during the incident. "
                      "A facilitator who was not involved finds it easier to keep the "
                      "discussion neutral: consider asking someone else to facilitate.")
                       .arg(name));
    label->show();
}

void PreparePage::updateParticipantButtons()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    const QItemSelectionModel *selection = m_ui->participantsTableView->selectionModel();
    m_ui->removeParticipantPushButton->setEnabled(editable && selection
                                                  && selection->hasSelection());
}

void PreparePage::writeFacilitator(const QVariant &value)
{
    Document *document = m_document;
    if (!document)
        return;
    const qint64 chosen = referenceId(value);
    const qint64 previous = referenceId(document->incidentValue(IncidentField::Facilitator));
    if (chosen == previous)
        return;
    const QString facilitatorRole = u"facilitator"_s;
    const bool giveRole =
        chosen
        && document->value(Table::Participant, chosen, ParticipantField::Role).toString().isEmpty();
    const bool takeBackRole =
        m_autoRoleParticipant && m_autoRoleParticipant == previous
        && document->value(Table::Participant, previous, ParticipantField::Role).toString()
               == facilitatorRole;
    QUndoStack *stack = document->undoStack();
    if (giveRole || takeBackRole)
        stack->beginMacro(tr("Choose facilitator"));
    if (takeBackRole)
        document->setValue(Table::Participant, previous, ParticipantField::Role, QString());
    document->setIncidentValue(IncidentField::Facilitator, value);
    if (giveRole)
        document->setValue(Table::Participant, chosen, ParticipantField::Role, facilitatorRole);
    if (giveRole || takeBackRole)
        stack->endMacro();
    m_autoRoleParticipant = giveRole ? chosen : 0;
}

void PreparePage::setTimeKnown(int field, bool known)
{
    Document *document = m_document;
    if (!document)
        return;
    if (!known) {
        document->setIncidentValue(field, QVariant());
    } else {
        // Start from the other end of the incident if it is known, else from now.
        const int other =
            field == IncidentField::StartedAt ? IncidentField::EndedAt : IncidentField::StartedAt;
        QDateTime moment = document->incidentValue(other).toDateTime();
        if (!moment.isValid()) {
            moment = QDateTime::currentDateTimeUtc();
            moment.setTime(QTime(moment.time().hour(), moment.time().minute()));
        }
        document->setIncidentValue(field, moment);
    }
    updateTimes(); // also when the document refused
    if (known) {
        QDateTimeEdit *edit = field == IncidentField::StartedAt ? m_ui->startDateTimeEdit
                                                                : m_ui->endDateTimeEdit;
        edit->setFocus(Qt::OtherFocusReason);
    }
}

void PreparePage::commitTimeZoneText()
{
    QComboBox *combo = m_ui->timeZoneComboBox;
    const QString text = combo->currentText().trimmed();
    int index = combo->findText(text, Qt::MatchFixedString);
    if (index < 0 && !text.isEmpty()) {
        // A unique partial match ("Berlin") is what was meant.
        int matches = 0;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(text, Qt::CaseInsensitive)) {
                index = i;
                ++matches;
            }
        }
        if (matches != 1)
            index = -1;
    }
    if (index >= 0 && index != combo->currentIndex())
        combo->setCurrentIndex(index); // the binding writes it
    else
        m_timeZoneBinding->refresh(); // back to the stored zone
}

void PreparePage::addParticipant()
{
    Document *document = m_document;
    if (!document || !m_participantsModel)
        return;
    const qint64 id =
        document->insertRecord(Table::Participant, emptyRecord(Table::Participant));
    if (!id)
        return;
    QTableView *view = m_ui->participantsTableView;
    const QModelIndex name = m_participantsModel->index(m_participantsModel->rowOf(id), 0);
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(name);
    view->scrollTo(name);
    view->edit(name);
}

void PreparePage::removeSelectedParticipants()
{
    Document *document = m_document;
    if (!document || !m_participantsModel || document->isReadOnly())
        return;
    QTableView *view = m_ui->participantsTableView;
    QList<qint64> ids;
    int firstRow = m_participantsModel->rowCount();
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        ids.append(m_participantsModel->recordId(index.row()));
        firstRow = std::min(firstRow, index.row());
    }
    if (ids.isEmpty())
        return;
    QUndoStack *stack = document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Remove %n participant(s)", "", int(ids.size())));
    for (qint64 id : std::as_const(ids))
        document->removeRecord(Table::Participant, id);
    if (ids.size() > 1)
        stack->endMacro();
    // Keep a row selected so that Delete can be pressed again.
    if (const int rows = m_participantsModel->rowCount(); rows > 0)
        view->setCurrentIndex(m_participantsModel->index(std::min(firstRow, rows - 1), 0));
}

void PreparePage::editSeverityLevels()
{
    Document *document = m_document;
    if (!document)
        return;
    SeverityLevelsDialog *dialog = m_severityLevelsDialog;
    if (!dialog) {
        dialog = new SeverityLevelsDialog(document, this);
        dialog->setObjectName(u"severityLevelsDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_severityLevelsDialog = dialog;
    }
    // Window-modal but not blocking: no nested event loop.
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace Debrief
