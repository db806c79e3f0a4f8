#include "RemediationPage.h"

#include "ui_RemediationPage.h"

#include "CheckIcons.h"
#include "PageStyle.h"
#include "RemediationItemsModel.h"
#include "StepNotesPanel.h"
#include "document/Document.h"
#include "document/RecordTableModel.h"
#include "domain/Vocabulary.h"
#include "views/FieldBinding.h"
#include "views/VocabularyDelegate.h"

#include <QAction>
#include <QCompleter>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QUndoStack>
#include <QUrl>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// Before any due date anyone sets: the date editor shows "Not set" there.
const QDate NoDate(2000, 1, 1);
constexpr int MaxTitleLength = 120;

void addChoices(QComboBox *combo, Vocabulary vocabulary)
{
    combo->addItem(RemediationPage::tr("Not set"), QVariant());
    for (const Choice &choice : choices(vocabulary))
        combo->addItem(choice.label, choice.key);
}

QAction *addViewAction(QAbstractItemView *view, const QString &text,
                       const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, view);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

} // namespace

RemediationPage::RemediationPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::RemediationPage>())
{
    m_ui->setupUi(this);
    m_stepNotesPanel = new StepNotesPanel(Step::Remediation, m_ui->stepNotesContainer);
    m_ui->stepNotesLayout->addWidget(m_stepNotesPanel);
    setStyleSheet(u"QGroupBox { font-weight: bold; }"_s);

    m_ui->smartLabel->setTextFormat(Qt::PlainText);
    m_ui->smartLabel->setText(
        tr("Make every item SMART: Specific, Measurable, Agreeable (its owner said yes), "
           "Realistic and Timebound. It is fine not to know the remedy yet, as long as "
           "someone is committed to keep investigating: make that a “learn” item."));
    PageStyle::makeCard(m_ui->smartLabel);
    m_ui->guidanceLabel->setTextFormat(Qt::PlainText);
    m_ui->guidanceLabel->setText(
        tr("For you as facilitator: ask each owner out loud whether they agree and whether the "
           "due date is realistic. Decide what will be communicated internally and to "
           "customers about the work. Record what the room decided not to do, with the "
           "reason, so the next post-mortem does not argue it again."));
    PageStyle::makeFacilitatorGuidance(m_ui->guidanceLabel);
    PageStyle::makeCard(m_ui->smartFrame);

    QTableView *items = m_ui->itemsTableView;
    items->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(addViewAction(items, tr("Add item"),
                          {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)}),
            &QAction::triggered, this, &RemediationPage::addItem);
    connect(addViewAction(items, tr("Remove item"), {QKeySequence::Delete}), &QAction::triggered,
            this, &RemediationPage::removeCurrentItem);
    connect(m_ui->addItemPushButton, &QPushButton::clicked, this, &RemediationPage::addItem);
    connect(m_ui->removeItemPushButton, &QPushButton::clicked, this,
            &RemediationPage::removeCurrentItem);

    addChoices(m_ui->effortComboBox, Vocabulary::Effort);
    addChoices(m_ui->priorityComboBox, Vocabulary::Priority);
    addChoices(m_ui->kindComboBox, Vocabulary::RemediationKind);
    addChoices(m_ui->statusComboBox, Vocabulary::RemediationStatus);
    m_bindings = {
        new FieldBinding(m_ui->titleLineEdit, Table::RemediationItem, RemediationField::Title),
        new FieldBinding(m_ui->specificChangePlainTextEdit, Table::RemediationItem,
                         RemediationField::SpecificChange),
        new FieldBinding(m_ui->successMeasurePlainTextEdit, Table::RemediationItem,
                         RemediationField::SuccessMeasure),
        new FieldBinding(m_ui->ownerLineEdit, Table::RemediationItem, RemediationField::Owner),
        new FieldBinding(m_ui->effortComboBox, Table::RemediationItem, RemediationField::Effort),
        new FieldBinding(m_ui->priorityComboBox, Table::RemediationItem, RemediationField::Priority),
        new FieldBinding(m_ui->kindComboBox, Table::RemediationItem, RemediationField::Kind),
        new FieldBinding(m_ui->statusComboBox, Table::RemediationItem, RemediationField::Status),
        new FieldBinding(m_ui->trackerUrlLineEdit, Table::RemediationItem,
                         RemediationField::TrackerUrl),
    };
    // Owners are usually people in the room.
    auto *ownerCompleter = new QCompleter(new QStringListModel(this), this);
    ownerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    ownerCompleter->setFilterMode(Qt::MatchContains);
    m_ui->ownerLineEdit->setCompleter(ownerCompleter);

    connect(m_ui->ownerAgreedCheckBox, &QCheckBox::clicked, this, [this](bool agreed) {
        if (Document *document = m_document; document && currentItemId())
            document->setValue(Table::RemediationItem, currentItemId(),
                               RemediationField::OwnerAgreed, agreed);
        updateOwnerAgreed(); // also when the document refused
    });

    m_ui->dueDateEdit->setDisplayFormat(tr("ddd d MMM yyyy", "remediation due date"));
    m_ui->dueDateEdit->setMinimumDate(NoDate);
    m_ui->dueDateEdit->setSpecialValueText(tr("Not set"));
    connect(m_ui->dueDateSetCheckBox, &QCheckBox::clicked, this, &RemediationPage::setDueDateSet);
    connect(m_ui->dueDateEdit, &QDateEdit::dateChanged, this, &RemediationPage::writeDueDate);

    connect(m_ui->trackerUrlLineEdit, &QLineEdit::textChanged, this, &RemediationPage::updateTracker);
    connect(m_ui->openTrackerPushButton, &QPushButton::clicked, this, &RemediationPage::openTracker);
    m_ui->trackerUrlWarningLabel->setTextFormat(Qt::PlainText);

    auto *smartLayout = qobject_cast<QVBoxLayout *>(m_ui->smartChecksContainer->layout());
    smartLayout->setSpacing(4);
    for (SmartCriterion criterion : {SmartCriterion::Specific, SmartCriterion::Measurable,
                                     SmartCriterion::Agreeable, SmartCriterion::Realistic,
                                     SmartCriterion::Timebound}) {
        auto *row = new QHBoxLayout;
        row->setSpacing(10);
        auto *icon = new QLabel(m_ui->smartChecksContainer);
        auto *text = new QLabel(m_ui->smartChecksContainer);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        smartLayout->addLayout(row);
        m_smartRows.append({criterion, icon, text});
    }

    m_ui->parkingLotView->setPlaceholderText(
        tr("Nothing parked. Follow-ups parked during the questions show up here, ready to "
           "become items."));
    connect(m_ui->parkingLotView, &ParkingLotView::currentEntryChanged, this,
            &RemediationPage::updateButtons);
    connect(m_ui->promotePushButton, &QPushButton::clicked, this,
            &RemediationPage::promoteParkedEntry);

    QTableView *declined = m_ui->declinedTableView;
    declined->setItemDelegate(new VocabularyDelegate(declined)); // reasons get the language check
    declined->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(addViewAction(declined, tr("Add decision"),
                          {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)}),
            &QAction::triggered, this, &RemediationPage::addDeclined);
    connect(addViewAction(declined, tr("Remove decision"), {QKeySequence::Delete}),
            &QAction::triggered, this, &RemediationPage::removeSelectedDeclined);
    connect(m_ui->addDeclinedPushButton, &QPushButton::clicked, this, &RemediationPage::addDeclined);
    connect(m_ui->removeDeclinedPushButton, &QPushButton::clicked, this,
            &RemediationPage::removeSelectedDeclined);

    updateFonts();
    updateColors();
    setDocument(nullptr);
}

RemediationPage::~RemediationPage()
{
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void RemediationPage::setDocument(Document *document)
{
    m_stepNotesPanel->setDocument(document);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;

    // Models belong to one document: make new ones, then let the views drop the old ones.
    QTableView *items = m_ui->itemsTableView;
    QTableView *declined = m_ui->declinedTableView;
    RemediationItemsModel *oldItems = m_itemsModel;
    RecordTableModel *oldDeclined = m_declinedModel;
    QItemSelectionModel *oldItemsSelection = items->selectionModel();
    QItemSelectionModel *oldDeclinedSelection = declined->selectionModel();
    m_itemsModel = document ? new RemediationItemsModel(document, this) : nullptr;
    m_declinedModel = document ? new RecordTableModel(
                                     document, Table::DeclinedItem,
                                     {{DeclinedItemField::Title, tr("Decided not to do")},
                                      {DeclinedItemField::Reason, tr("Why not")}},
                                     this)
                               : nullptr;
    items->setModel(m_itemsModel);
    declined->setModel(m_declinedModel);
    delete oldItemsSelection;
    delete oldDeclinedSelection;
    delete oldItems;
    delete oldDeclined;
    if (m_itemsModel) {
        QHeaderView *header = items->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(RemediationItemsModel::Title, QHeaderView::Stretch);
        connect(items->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &RemediationPage::updateEditor);
    }
    if (m_declinedModel) {
        declined->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        connect(declined->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &RemediationPage::updateButtons);
    }

    if (document) {
        connect(document, &Document::valueChanged, this, &RemediationPage::onValueChanged);
        connect(document, &Document::recordInserted, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [this](Table table, int) { onRecordsChanged(table); });
    }
    for (FieldBinding *binding : std::as_const(m_bindings))
        binding->setTarget(document, 0);
    m_ui->parkingLotView->setDocument(document);
    onRecordsChanged(Table::Participant);

    const bool editable = document && !document->isReadOnly();
    m_ui->addItemPushButton->setEnabled(editable);
    m_ui->addDeclinedPushButton->setEnabled(editable);
    declined->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                             | QAbstractItemView::EditKeyPressed
                                             | QAbstractItemView::AnyKeyPressed
                                             | QAbstractItemView::SelectedClicked
                                       : QAbstractItemView::NoEditTriggers);
    if (m_itemsModel && m_itemsModel->rowCount() > 0)
        items->setCurrentIndex(m_itemsModel->index(0, 0));
    updateEditor();
    Q_EMIT progressChanged();
}

qint64 RemediationPage::currentItemId() const
{
    if (!m_itemsModel)
        return 0;
    const QModelIndex current = m_ui->itemsTableView->currentIndex();
    return current.isValid() ? m_itemsModel->recordId(current.row()) : 0;
}

void RemediationPage::setCurrentItem(qint64 id)
{
    if (!m_itemsModel)
        return;
    const int row = m_itemsModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_itemsModel->index(row, RemediationItemsModel::Title);
    m_ui->itemsTableView->setCurrentIndex(index);
    m_ui->itemsTableView->scrollTo(index);
}

bool RemediationPage::showRecord(Table table, qint64 id, int field)
{
    Document *document = m_document;
    if (!document || !document->record(table, id))
        return false;
    switch (table) {
    case Table::RemediationItem: {
        setCurrentItem(id);
        QWidget *editor = m_ui->titleLineEdit;
        for (FieldBinding *binding : std::as_const(m_bindings)) {
            if (binding->field() == field)
                editor = binding->editor();
        }
        if (field == RemediationField::OwnerAgreed)
            editor = m_ui->ownerAgreedCheckBox;
        else if (field == RemediationField::DueDate)
            editor = m_ui->dueDateSetCheckBox->isChecked()
                         ? static_cast<QWidget *>(m_ui->dueDateEdit)
                         : m_ui->dueDateSetCheckBox;
        editor->setFocus(Qt::OtherFocusReason);
        m_ui->scrollArea->ensureWidgetVisible(editor);
        return true;
    }
    case Table::ParkingLotItem:
        m_ui->parkingLotView->setCurrentEntry(id);
        m_ui->parkingLotView->setFocus(Qt::OtherFocusReason);
        m_ui->scrollArea->ensureWidgetVisible(m_ui->parkingLotView);
        return true;
    case Table::DeclinedItem: {
        const int row = document->indexOf(Table::DeclinedItem, id);
        const int column = field == DeclinedItemField::Reason ? 1 : 0;
        m_ui->declinedTableView->setCurrentIndex(m_declinedModel->index(row, column));
        m_ui->declinedTableView->setFocus(Qt::OtherFocusReason);
        m_ui->scrollArea->ensureWidgetVisible(m_ui->declinedTableView);
        return true;
    }
    default:
        return false;
    }
}

QUrl RemediationPage::trackerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty())
        return {};
    return url;
}

void RemediationPage::onValueChanged(Table table, qint64 id, int field)
{
    switch (table) {
    case Table::RemediationItem:
        if (id == currentItemId()) {
            if (field == RemediationField::OwnerAgreed)
                updateOwnerAgreed();
            else if (field == RemediationField::DueDate)
                updateDueDate();
            else if (field == RemediationField::TrackerUrl)
                updateTracker();
            if (field == RemediationField::Title)
                updateEditor();
            else
                updateSmart();
        }
        Q_EMIT progressChanged();
        break;
    case Table::ParkingLotItem:
        updateButtons();
        break;
    case Table::Participant:
        if (field == ParticipantField::Name)
            onRecordsChanged(Table::Participant);
        break;
    default:
        break;
    }
}

void RemediationPage::onRecordsChanged(Table table)
{
    switch (table) {
    case Table::RemediationItem:
        // A removed current row leaves no current index behind: take the neighbour.
        if (m_itemsModel && !m_ui->itemsTableView->currentIndex().isValid()
            && m_itemsModel->rowCount() > 0)
            m_ui->itemsTableView->setCurrentIndex(m_itemsModel->index(0, 0));
        updateEditor();
        Q_EMIT progressChanged();
        break;
    case Table::ParkingLotItem:
    case Table::DeclinedItem:
        updateButtons();
        break;
    case Table::Participant: {
        QStringList names;
        if (Document *document = m_document) {
            for (const Record &participant : document->records(Table::Participant)) {
                const QString name = participant.text(ParticipantField::Name).simplified();
                if (!name.isEmpty())
                    names.append(name);
            }
        }
        if (auto *model = qobject_cast<QStringListModel *>(m_ui->ownerLineEdit->completer()->model()))
            model->setStringList(names);
        break;
    }
    default:
        break;
    }
}

void RemediationPage::updateEditor()
{
    Document *document = m_document;
    const qint64 id = currentItemId();
    const Record *item = document ? document->record(Table::RemediationItem, id) : nullptr;
    const bool editable = item && !document->isReadOnly();
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        binding->setRecordId(item ? id : 0);
        // Combo boxes have no read-only state: disabled. Text stays selectable.
        if (qobject_cast<QComboBox *>(binding->editor()))
            binding->editor()->setEnabled(editable);
        else
            binding->editor()->setEnabled(item != nullptr);
    }
    if (!item) {
        m_ui->editorTitleLabel->setText(document && m_itemsModel && m_itemsModel->rowCount() == 0
                                            ? tr("No remediation items yet: add one, or promote "
                                                 "an entry from the parking lot.")
                                            : tr("Choose an item to edit it."));
    } else {
        const QString title = item->text(RemediationField::Title).simplified();
        m_ui->editorTitleLabel->setText(title.isEmpty() ? tr("New item") : title);
    }
    updateOwnerAgreed();
    updateDueDate();
    updateTracker();
    updateSmart();
    updateButtons();
}

void RemediationPage::updateOwnerAgreed()
{
    Document *document = m_document;
    const qint64 id = currentItemId();
    const bool exists = document && document->record(Table::RemediationItem, id);
    m_ui->ownerAgreedCheckBox->setEnabled(exists && !document->isReadOnly());
    m_ui->ownerAgreedCheckBox->setChecked(
        exists && document->value(Table::RemediationItem, id, RemediationField::OwnerAgreed).toBool());
}

void RemediationPage::updateDueDate()
{
    Document *document = m_document;
    const qint64 id = currentItemId();
    const bool exists = document && document->record(Table::RemediationItem, id);
    const bool editable = exists && !document->isReadOnly();
    const QDate due = exists ? document->value(Table::RemediationItem, id, RemediationField::DueDate).toDate()
                             : QDate();
    const QScopedValueRollback<bool> updating(m_updatingDate, true);
    m_ui->dueDateSetCheckBox->setEnabled(editable);
    m_ui->dueDateSetCheckBox->setChecked(due.isValid());
    m_ui->dueDateEdit->setEnabled(due.isValid());
    m_ui->dueDateEdit->setReadOnly(!editable);
    m_ui->dueDateEdit->setDate(due.isValid() ? due : NoDate);
    // Alt+D on a date that is not set ticks "Set" first.
    m_ui->dueDateLabel->setBuddy(due.isValid() ? static_cast<QWidget *>(m_ui->dueDateEdit)
                                               : m_ui->dueDateSetCheckBox);
}

void RemediationPage::updateTracker()
{
    const QString text = m_ui->trackerUrlLineEdit->text().trimmed();
    const bool valid = trackerUrl(text).isValid();
    m_ui->openTrackerPushButton->setEnabled(valid);
    m_ui->openTrackerPushButton->setToolTip(valid ? tr("Open %1 in your web browser").arg(text)
                                                  : tr("Enter a web address to open it"));
    const bool warn = !text.isEmpty() && !valid;
    m_ui->trackerUrlWarningLabel->setVisible(warn);
    if (warn)
        m_ui->trackerUrlWarningLabel->setText(
            tr("⚠ Not a web address: a tracker link starts with https:// or http://"));
}

void RemediationPage::updateSmart()
{
    Document *document = m_document;
    const Record *item = document ? document->record(Table::RemediationItem, currentItemId())
                                  : nullptr;
    m_ui->smartFrame->setVisible(item != nullptr);
    if (!item)
        return;
    const SmartResult result = SmartCheck::check(*item, QDate::currentDate());
    const int side = fontMetrics().height();
    for (const SmartRow &row : std::as_const(m_smartRows)) {
        const qsizetype missing = result.missing.indexOf(row.criterion);
        const QString name = SmartCheck::criterionName(row.criterion);
        row.icon->setPixmap((missing < 0 ? CheckIcons::pass() : CheckIcons::fail())
                                .pixmap(QSize(side, side), devicePixelRatioF()));
        row.icon->setAccessibleName(missing < 0 ? tr("passes") : tr("missing"));
        row.text->setText(missing < 0 ? name
                                      : tr("%1: %2", "SMART criterion: what is missing")
                                            .arg(name, result.messages.value(missing)));
        QFont font = row.text->font();
        font.setBold(missing >= 0);
        row.text->setFont(font);
    }
    m_ui->smartTitleLabel->setText(result.passes()
                                       ? tr("SMART check: this item is SMART")
                                       : tr("SMART check: %n part(s) missing", "",
                                            int(result.missing.size())));
}

void RemediationPage::updateButtons()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    m_ui->removeItemPushButton->setEnabled(editable && currentItemId() != 0);
    const qint64 entry = m_ui->parkingLotView->currentEntryId();
    m_ui->promotePushButton->setEnabled(editable && entry != 0
                                        && !m_ui->parkingLotView->isPromoted(entry));
    m_ui->promotePushButton->setToolTip(
        entry != 0 && m_ui->parkingLotView->isPromoted(entry)
            ? tr("This entry is already a remediation item")
            : tr("Make the selected entry a remediation item and link them"));
    const QItemSelectionModel *selection = m_ui->declinedTableView->selectionModel();
    m_ui->removeDeclinedPushButton->setEnabled(editable && selection && selection->hasSelection());
}

void RemediationPage::addItem()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    Record item = emptyRecord(Table::RemediationItem);
    item.values[RemediationField::Status] = u"open"_s;
    const qint64 id = document->insertRecord(Table::RemediationItem, item);
    if (!id)
        return;
    setCurrentItem(id);
    m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->scrollArea->ensureWidgetVisible(m_ui->titleLineEdit);
}

void RemediationPage::removeCurrentItem()
{
    Document *document = m_document;
    const qint64 id = currentItemId();
    if (!document || !id || document->isReadOnly())
        return;
    const int row = m_itemsModel->rowOf(id);
    document->removeRecord(Table::RemediationItem, id);
    if (const int rows = m_itemsModel->rowCount(); rows > 0)
        m_ui->itemsTableView->setCurrentIndex(m_itemsModel->index(std::min(row, rows - 1), 0));
    updateEditor();
}

void RemediationPage::setDueDateSet(bool set)
{
    Document *document = m_document;
    const qint64 id = currentItemId();
    if (document && id) {
        document->setValue(Table::RemediationItem, id, RemediationField::DueDate,
                           set ? QVariant(QDate::currentDate()) : QVariant());
    }
    updateDueDate(); // also when the document refused
    if (set && m_ui->dueDateEdit->isEnabled())
        m_ui->dueDateEdit->setFocus(Qt::OtherFocusReason);
}

void RemediationPage::writeDueDate()
{
    Document *document = m_document;
    const qint64 id = currentItemId();
    if (m_updatingDate || !document || !id || !m_ui->dueDateSetCheckBox->isChecked())
        return;
    const QDate date = m_ui->dueDateEdit->date();
    if (date == NoDate || !date.isValid())
        return;
    document->setValue(Table::RemediationItem, id, RemediationField::DueDate, date);
}

void RemediationPage::openTracker()
{
    // Only on the user's click, and only web addresses: a document from elsewhere must not
    // make the program open local files or other schemes.
    const QUrl url = trackerUrl(m_ui->trackerUrlLineEdit->text());
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

void RemediationPage::promoteParkedEntry()
{
    Document *document = m_document;
    const qint64 entryId = m_ui->parkingLotView->currentEntryId();
    const Record *entry = document ? document->record(Table::ParkingLotItem, entryId) : nullptr;
    if (!entry || document->isReadOnly() || m_ui->parkingLotView->isPromoted(entryId))
        return;
    const QString text = entry->text(ParkingLotField::Text).simplified();
    Record item = emptyRecord(Table::RemediationItem);
    item.values[RemediationField::Status] = u"open"_s;
    if (text.size() <= MaxTitleLength) {
        item.values[RemediationField::Title] = text;
    } else {
        // A long entry keeps every word as the specific change; the title is its beginning.
        qsizetype cut = text.lastIndexOf(u' ', MaxTitleLength - 1);
        if (cut < MaxTitleLength / 2)
            cut = MaxTitleLength - 1;
        item.values[RemediationField::Title] = QString(text.left(cut) + u'…');
        item.values[RemediationField::SpecificChange] = text;
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Promote to remediation item"));
    const qint64 id = document->insertRecord(Table::RemediationItem, item);
    if (id)
        document->setValue(Table::ParkingLotItem, entryId, ParkingLotField::PromotedTo, id);
    stack->endMacro();
    if (!id)
        return;
    setCurrentItem(id);
    m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->scrollArea->ensureWidgetVisible(m_ui->titleLineEdit);
}

void RemediationPage::addDeclined()
{
    Document *document = m_document;
    if (!document || !m_declinedModel || document->isReadOnly())
        return;
    const qint64 id = document->insertRecord(Table::DeclinedItem, emptyRecord(Table::DeclinedItem));
    if (!id)
        return;
    QTableView *view = m_ui->declinedTableView;
    const QModelIndex title = m_declinedModel->index(m_declinedModel->rowOf(id), 0);
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(title);
    view->scrollTo(title);
    view->edit(title);
}

void RemediationPage::removeSelectedDeclined()
{
    Document *document = m_document;
    if (!document || !m_declinedModel || document->isReadOnly())
        return;
    QTableView *view = m_ui->declinedTableView;
    QList<qint64> ids;
    int firstRow = m_declinedModel->rowCount();
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        ids.append(m_declinedModel->recordId(index.row()));
        firstRow = std::min(firstRow, index.row());
    }
    if (ids.isEmpty())
        return;
    QUndoStack *stack = document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Remove %n decision(s)", "", int(ids.size())));
    for (qint64 id : std::as_const(ids))
        document->removeRecord(Table::DeclinedItem, id);
    if (ids.size() > 1)
        stack->endMacro();
    if (const int rows = m_declinedModel->rowCount(); rows > 0)
        view->setCurrentIndex(m_declinedModel->index(std::min(firstRow, rows - 1), 0));
}

void RemediationPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
        updateSmart();
    }
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void RemediationPage::updateFonts()
{
    m_ui->itemsLabel->setFont(PageStyle::scaledFont(font(), 1.0, true));
    m_ui->editorTitleLabel->setFont(PageStyle::scaledFont(font(), 1.35, true));
    m_ui->smartTitleLabel->setFont(PageStyle::scaledFont(font(), 1.0, true));
}

void RemediationPage::updateColors()
{
    PageStyle::setTextColor(m_ui->trackerUrlWarningLabel, PageStyle::warningColor(palette()));
}

} // namespace Debrief
