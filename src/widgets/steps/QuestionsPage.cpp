#include "QuestionsPage.h"

#include "ui_QuestionsPage.h"

#include "CheckIcons.h"
#include "DetailItemDelegate.h"
#include "PageStyle.h"
#include "StepNotesPanel.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "questions/BuiltinQuestions.h"
#include "questions/QuestionTemplates.h"
#include "views/BlamelessHighlighter.h"
#include "views/FieldBinding.h"
#include "views/ListItems.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QUrl>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

enum ItemRoles { QuestionIdRole = Qt::UserRole + 1, ChecklistRole };

const QString OpenStatus = u"open"_s;
const QString DiscussedStatus = u"discussed"_s;
const QString SkippedStatus = u"skipped"_s;

QString statusOf(const Record &question)
{
    const QString status = question.text(QuestionField::Status);
    return status.isEmpty() ? OpenStatus : status;
}

QIcon statusIcon(const QString &status)
{
    if (status == DiscussedStatus)
        return CheckIcons::pass();
    if (status == SkippedStatus)
        return CheckIcons::skipped();
    return CheckIcons::open();
}

bool isBuiltin(const Record &question)
{
    // A key from a newer version that this one does not know is still the program's.
    return !question.text(QuestionField::BuiltinKey).isEmpty();
}

} // namespace

QuestionsPage::QuestionsPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::QuestionsPage>())
{
    m_ui->setupUi(this);
    m_stepNotesPanel = new StepNotesPanel(Step::Questions, m_ui->stepNotesContainer);
    m_ui->stepNotesLayout->addWidget(m_stepNotesPanel);
    setStyleSheet(u"QGroupBox { font-weight: bold; }"_s);

    QListWidget *list = m_ui->questionsListWidget;
    list->setItemDelegate(new DetailItemDelegate(list));
    list->setUniformItemSizes(false);
    list->setResizeMode(QListView::Adjust);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAccessibleName(tr("Questions"));
    connect(list, &QListWidget::currentItemChanged, this, &QuestionsPage::updateDetail);

    for (const Choice &choice : choices(Vocabulary::Checklist))
        m_ui->newQuestionChecklistComboBox->addItem(choice.label, choice.key);

    PageStyle::makeCard(m_ui->questionFrame);
    m_ui->questionTextLabel->setTextFormat(Qt::PlainText);
    m_ui->questionOriginLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->checklistNameLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *statusGroup = new QButtonGroup(this);
    statusGroup->addButton(m_ui->openRadioButton);
    statusGroup->addButton(m_ui->discussedRadioButton);
    statusGroup->addButton(m_ui->skippedRadioButton);
    connect(m_ui->openRadioButton, &QRadioButton::clicked, this, [this] { setStatus(OpenStatus); });
    connect(m_ui->discussedRadioButton, &QRadioButton::clicked, this,
            [this] { setStatus(DiscussedStatus); });
    connect(m_ui->skippedRadioButton, &QRadioButton::clicked, this,
            [this] { setStatus(SkippedStatus); });

    // Quick keys from anywhere on the page, also while typing notes.
    const auto addStatusAction = [this](const QString &name, const QString &text, Qt::Key key,
                                        const QString &status) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
        addAction(action);
    };
    addStatusAction(u"markOpenAction"_s, tr("Mark question open"), Qt::Key_1, OpenStatus);
    addStatusAction(u"markDiscussedAction"_s, tr("Mark question discussed"), Qt::Key_2,
                    DiscussedStatus);
    addStatusAction(u"markSkippedAction"_s, tr("Mark question skipped"), Qt::Key_3, SkippedStatus);

    m_notesBinding = new FieldBinding(m_ui->questionNotesPlainTextEdit, Table::Question,
                                      QuestionField::Notes);

    connect(m_ui->addQuestionPushButton, &QPushButton::clicked, this, &QuestionsPage::addQuestion);
    connect(m_ui->newQuestionLineEdit, &QLineEdit::returnPressed, this, &QuestionsPage::addQuestion);
    connect(m_ui->removeQuestionPushButton, &QPushButton::clicked, this,
            &QuestionsPage::removeCurrentQuestion);
    auto *removeAction = new QAction(tr("Remove question"), list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &QuestionsPage::removeCurrentQuestion);
    list->addAction(removeAction);
    auto *insertAction = new QAction(tr("New question"), list);
    insertAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    insertAction->setShortcutContext(Qt::WidgetShortcut);
    connect(insertAction, &QAction::triggered, this, [this] {
        m_ui->newQuestionLineEdit->setFocus(Qt::ShortcutFocusReason);
    });
    list->addAction(insertAction);

    m_templateMenu = new QMenu(this);
    m_templateMenu->setObjectName(u"templateMenu"_s);
    m_ui->addFromTemplatePushButton->setMenu(m_templateMenu);
    // Read the folder each time: teams drop files in while the program runs.
    connect(m_templateMenu, &QMenu::aboutToShow, this, &QuestionsPage::rebuildTemplateMenu);

    connect(m_ui->parkPushButton, &QPushButton::clicked, this, &QuestionsPage::parkFollowUp);
    connect(m_ui->parkLineEdit, &QLineEdit::returnPressed, this, &QuestionsPage::parkFollowUp);
    BlamelessHighlighter::attach(m_ui->parkLineEdit);
    m_ui->parkingLotView->setPlaceholderText(
        tr("Nothing parked yet. Park follow-ups that would derail the discussion; they can "
           "become remediation items later."));
    connect(m_ui->parkingLotView, &ParkingLotView::currentEntryChanged, this,
            &QuestionsPage::updateButtons);
    connect(m_ui->removeParkedPushButton, &QPushButton::clicked, this,
            &QuestionsPage::removeParkedEntry);
    auto *removeParkedAction = new QAction(tr("Remove from parking lot"), m_ui->parkingLotView);
    removeParkedAction->setShortcut(QKeySequence::Delete);
    removeParkedAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeParkedAction, &QAction::triggered, this, &QuestionsPage::removeParkedEntry);
    m_ui->parkingLotView->addAction(removeParkedAction);

    m_ui->questionsInfoLabel->hide();
    updateFonts();
    setDocument(nullptr);
}

QuestionsPage::~QuestionsPage()
{
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void QuestionsPage::setDocument(Document *document)
{
    m_stepNotesPanel->setDocument(document);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::valueChanged, this, &QuestionsPage::onValueChanged);
        connect(document, &Document::recordInserted, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [this](Table table, int) { onRecordsChanged(table); });
        connect(document, &Document::recordMoved, this,
                [this](Table table, int, int) { onRecordsChanged(table); });
    }
    m_notesBinding->setTarget(document, 0);
    m_ui->parkingLotView->setDocument(document);
    m_ui->questionsInfoLabel->clear();
    m_ui->questionsInfoLabel->hide();

    const bool editable = document && !document->isReadOnly();
    m_ui->newQuestionLineEdit->setReadOnly(!editable);
    m_ui->newQuestionChecklistComboBox->setEnabled(editable);
    m_ui->addQuestionPushButton->setEnabled(editable);
    m_ui->addFromTemplatePushButton->setEnabled(editable);
    m_ui->parkLineEdit->setReadOnly(!editable);

    rebuildList();
    Q_EMIT progressChanged();
}

qint64 QuestionsPage::currentQuestionId() const
{
    const QListWidgetItem *item = m_ui->questionsListWidget->currentItem();
    return item ? item->data(QuestionIdRole).toLongLong() : 0;
}

void QuestionsPage::setCurrentQuestion(qint64 id)
{
    ListItems::selectById(m_ui->questionsListWidget, QuestionIdRole, id);
}

bool QuestionsPage::showRecord(Table table, qint64 id, int field)
{
    Document *document = m_document;
    if (!document)
        return false;
    if (table == Table::Question && document->record(Table::Question, id)) {
        setCurrentQuestion(id);
        if (field == QuestionField::Notes)
            m_ui->questionNotesPlainTextEdit->setFocus(Qt::OtherFocusReason);
        else
            m_ui->questionsListWidget->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (table == Table::ParkingLotItem && document->record(Table::ParkingLotItem, id)) {
        m_ui->parkingLotView->setCurrentEntry(id);
        m_ui->parkingLotView->setFocus(Qt::OtherFocusReason);
        m_ui->detailScrollArea->ensureWidgetVisible(m_ui->parkingLotView);
        return true;
    }
    return false;
}

void QuestionsPage::onValueChanged(Table table, qint64 id, int field)
{
    if (table != Table::Question)
        return;
    switch (field) {
    case QuestionField::Status:
        updateQuestionItem(id);
        Q_EMIT progressChanged();
        break;
    case QuestionField::Checklist:
        rebuildList();
        break;
    case QuestionField::Text:
    case QuestionField::BuiltinKey:
    case QuestionField::Template:
        updateQuestionItem(id);
        break;
    default:
        break;
    }
}

void QuestionsPage::onRecordsChanged(Table table)
{
    if (table == Table::Question) {
        rebuildList();
        Q_EMIT progressChanged();
    } else if (table == Table::ParkingLotItem) {
        updateButtons();
    }
}

void QuestionsPage::rebuildList()
{
    QListWidget *list = m_ui->questionsListWidget;
    const qint64 current = currentQuestionId();
    const int currentRowBefore = list->currentRow();
    {
        const QSignalBlocker blocker(list);
        list->clear();
        Document *document = m_document;
        if (document) {
            // The seed's order of checklists; checklists this version does not know follow.
            QStringList order;
            for (const Choice &choice : choices(Vocabulary::Checklist))
                order.append(choice.key);
            for (const Record &question : document->records(Table::Question)) {
                const QString checklist = question.text(QuestionField::Checklist);
                if (!order.contains(checklist))
                    order.append(checklist);
            }
            for (const QString &checklist : std::as_const(order)) {
                auto *heading = new QListWidgetItem(
                    checklist.isEmpty() ? tr("Other questions")
                                        : choiceLabel(Vocabulary::Checklist, checklist),
                    list);
                heading->setData(DetailItemDelegate::HeadingRole, true);
                heading->setData(ChecklistRole, checklist);
                // Not enabled: arrow keys pass over headings from question to question.
                heading->setFlags(Qt::NoItemFlags);
                int total = 0;
                int done = 0;
                for (const Record &question : document->records(Table::Question)) {
                    if (question.text(QuestionField::Checklist) != checklist)
                        continue;
                    ++total;
                    const QString status = statusOf(question);
                    if (status != OpenStatus)
                        ++done;
                    auto *item = new QListWidgetItem(list);
                    item->setData(QuestionIdRole, question.id);
                    item->setData(ChecklistRole, checklist);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                }
                heading->setData(DetailItemDelegate::DetailRole,
                                 total == 0 ? tr("No questions")
                                            : tr("%1 of %n done", "", total).arg(done));
            }
        }
        for (int row = 0; row < list->count(); ++row) {
            if (const qint64 id = list->item(row)->data(QuestionIdRole).toLongLong())
                updateQuestionItem(id);
        }
    }
    int row = -1;
    for (int i = 0; i < list->count() && row < 0; ++i) {
        if (current && list->item(i)->data(QuestionIdRole).toLongLong() == current)
            row = i;
    }
    if (row < 0) {
        // The neighbour of a removed question, else the first question.
        const int start = current ? std::max(0, std::min(currentRowBefore, int(list->count()) - 1)) : 0;
        for (int i = start; i < list->count() && row < 0; ++i) {
            if (list->item(i)->data(QuestionIdRole).toLongLong())
                row = i;
        }
        for (int i = start - 1; i >= 0 && row < 0; --i) {
            if (list->item(i)->data(QuestionIdRole).toLongLong())
                row = i;
        }
    }
    list->setCurrentRow(row);
    updateDetail();
}

void QuestionsPage::updateQuestionItem(qint64 id)
{
    Document *document = m_document;
    QListWidget *list = m_ui->questionsListWidget;
    const Record *question = document ? document->record(Table::Question, id) : nullptr;
    if (!question)
        return;
    QListWidgetItem *heading = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(DetailItemDelegate::HeadingRole).toBool())
            heading = item;
        if (item->data(QuestionIdRole).toLongLong() != id)
            continue;
        const QString status = statusOf(*question);
        item->setText(BuiltinQuestions::displayText(*question));
        item->setIcon(statusIcon(status));
        item->setData(Qt::AccessibleDescriptionRole, choiceLabel(Vocabulary::QuestionStatus, status));
        item->setToolTip(choiceLabel(Vocabulary::QuestionStatus, status));
        if (status == SkippedStatus)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        else
            item->setData(Qt::ForegroundRole, QVariant());
        const QString templateName = question->text(QuestionField::Template);
        item->setData(DetailItemDelegate::DetailRole,
                      isBuiltin(*question)       ? QString()
                      : templateName.isEmpty() ? tr("Added by the team")
                                               : tr("From the template “%1”").arg(templateName));
        // The heading's count follows.
        if (heading) {
            const QString checklist = heading->data(ChecklistRole).toString();
            int total = 0;
            int done = 0;
            for (const Record &other : document->records(Table::Question)) {
                if (other.text(QuestionField::Checklist) != checklist)
                    continue;
                ++total;
                if (statusOf(other) != OpenStatus)
                    ++done;
            }
            heading->setData(DetailItemDelegate::DetailRole,
                             tr("%1 of %n done", "", total).arg(done));
        }
        if (id == currentQuestionId())
            updateDetail();
        return;
    }
}

void QuestionsPage::updateDetail()
{
    Document *document = m_document;
    const qint64 id = currentQuestionId();
    const Record *question = document && id ? document->record(Table::Question, id) : nullptr;
    m_notesBinding->setRecordId(question ? id : 0);
    const bool editable = question && !document->isReadOnly();

    if (!question) {
        m_ui->checklistNameLabel->clear();
        m_ui->questionTextLabel->setText(document ? tr("Choose a question from the list.")
                                                  : QString());
        m_ui->questionOriginLabel->hide();
    } else {
        const QString checklist = question->text(QuestionField::Checklist);
        m_ui->checklistNameLabel->setText(choiceLabel(Vocabulary::Checklist, checklist));
        m_ui->questionTextLabel->setText(BuiltinQuestions::displayText(*question));
        const QString templateName = question->text(QuestionField::Template);
        m_ui->questionOriginLabel->setVisible(!isBuiltin(*question));
        m_ui->questionOriginLabel->setText(templateName.isEmpty()
                                               ? tr("A question your team added.")
                                               : tr("From the template “%1”.").arg(templateName));
        // Follow the current question's checklist, so that a new one lands beside it.
        if (editable && m_ui->newQuestionLineEdit->text().isEmpty()) {
            const int index = m_ui->newQuestionChecklistComboBox->findData(checklist);
            if (index >= 0)
                m_ui->newQuestionChecklistComboBox->setCurrentIndex(index);
        }
    }

    const QString status = question ? statusOf(*question) : QString();
    for (const auto &[button, key] : {std::pair{m_ui->openRadioButton, OpenStatus},
                               std::pair{m_ui->discussedRadioButton, DiscussedStatus},
                               std::pair{m_ui->skippedRadioButton, SkippedStatus}}) {
        button->setEnabled(editable);
        button->setChecked(status == key);
    }
    // None of the three: a status this version does not know stays untouched.
    if (question && status != OpenStatus && status != DiscussedStatus && status != SkippedStatus) {
        for (QRadioButton *button : {m_ui->openRadioButton, m_ui->discussedRadioButton,
                                     m_ui->skippedRadioButton}) {
            button->setAutoExclusive(false);
            button->setChecked(false);
            button->setAutoExclusive(true);
        }
    }
    m_ui->questionNotesPlainTextEdit->setEnabled(question != nullptr);
    m_ui->parkLineEdit->setEnabled(document != nullptr);
    updateButtons();
}

void QuestionsPage::updateButtons()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    const Record *question =
        document ? document->record(Table::Question, currentQuestionId()) : nullptr;
    m_ui->removeQuestionPushButton->setEnabled(editable && question && !isBuiltin(*question));
    m_ui->parkPushButton->setEnabled(editable);
    m_ui->removeParkedPushButton->setEnabled(editable
                                             && m_ui->parkingLotView->currentEntryId() != 0);
}

void QuestionsPage::setStatus(const QString &status)
{
    Document *document = m_document;
    const qint64 id = currentQuestionId();
    if (!document || !id || document->isReadOnly())
        return;
    if (document->value(Table::Question, id, QuestionField::Status).toString() != status)
        document->setValue(Table::Question, id, QuestionField::Status, status);
    updateDetail(); // also when the document refused
}

void QuestionsPage::addQuestion()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    const QString text = m_ui->newQuestionLineEdit->text().simplified();
    if (text.isEmpty()) {
        showInfo(tr("Type the question first, then press Enter."));
        m_ui->newQuestionLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString checklist = m_ui->newQuestionChecklistComboBox->currentData().toString();
    // After the last question of the same checklist, so that stored order stays grouped.
    const QList<Record> &questions = document->records(Table::Question);
    int index = -1;
    for (int i = int(questions.size()) - 1; i >= 0 && index < 0; --i) {
        if (questions.at(i).text(QuestionField::Checklist) == checklist)
            index = i + 1;
    }
    Record record = emptyRecord(Table::Question);
    record.values[QuestionField::Checklist] = checklist;
    record.values[QuestionField::Text] = text;
    record.values[QuestionField::Status] = OpenStatus;
    const qint64 id = document->insertRecord(Table::Question, record, index);
    if (!id)
        return;
    m_ui->newQuestionLineEdit->clear();
    setCurrentQuestion(id);
    showInfo(tr("Added to “%1”.").arg(choiceLabel(Vocabulary::Checklist, checklist)));
}

void QuestionsPage::removeCurrentQuestion()
{
    Document *document = m_document;
    const qint64 id = currentQuestionId();
    const Record *question = document ? document->record(Table::Question, id) : nullptr;
    if (!question || document->isReadOnly())
        return;
    if (isBuiltin(*question)) {
        showInfo(tr("The questions of the method stay in every post-mortem: mark this one "
                    "skipped (Ctrl+3) if it does not apply."));
        return;
    }
    document->removeRecord(Table::Question, id);
}

void QuestionsPage::parkFollowUp()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    const QString text = m_ui->parkLineEdit->text().trimmed();
    if (text.isEmpty()) {
        showInfo(tr("Type the follow-up first, then press Enter to park it."));
        m_ui->parkLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    Record entry = emptyRecord(Table::ParkingLotItem);
    entry.values[ParkingLotField::Text] = text;
    if (const qint64 question = currentQuestionId())
        entry.values[ParkingLotField::Question] = question;
    entry.values[ParkingLotField::CreatedAt] = QDateTime::currentDateTimeUtc();
    const qint64 id = document->insertRecord(Table::ParkingLotItem, entry);
    if (!id)
        return;
    m_ui->parkLineEdit->clear();
    m_ui->parkingLotView->setCurrentEntry(id);
    showInfo(tr("Parked. The parking lot is on this step and on Remediation."));
}

void QuestionsPage::removeParkedEntry()
{
    Document *document = m_document;
    const qint64 id = m_ui->parkingLotView->currentEntryId();
    if (!document || !id || document->isReadOnly())
        return;
    document->removeRecord(Table::ParkingLotItem, id);
}

void QuestionsPage::rebuildTemplateMenu()
{
    QMenu *menu = m_templateMenu;
    menu->clear();
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    const QuestionTemplateLibrary library = QuestionTemplates::loadAll(QLocale().name());
    const QString folder = QuestionTemplates::userFolder();

    bool userSection = false;
    menu->addSection(tr("Built-in templates"));
    for (const QuestionTemplate &questionTemplate : library.templates) {
        if (!questionTemplate.builtin && !userSection) {
            menu->addSection(tr("Your templates"));
            userSection = true;
        }
        QAction *action = menu->addAction(
            tr("%1 (%n question(s))", "template name and size", int(questionTemplate.questions.size()))
                .arg(questionTemplate.name));
        action->setObjectName(u"template:"_s + questionTemplate.fileName);
        QString tip = questionTemplate.description;
        if (!questionTemplate.builtin)
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + questionTemplate.fileName;
        action->setToolTip(tip);
        action->setEnabled(editable);
        connect(action, &QAction::triggered, this,
                [this, questionTemplate] { applyTemplate(questionTemplate); });
    }
    if (!userSection) {
        menu->addSection(tr("Your templates"));
        QAction *none = menu->addAction(tr("None yet: put template files (.json) in the folder"));
        none->setEnabled(false);
    }
    if (!library.problems.isEmpty()) {
        menu->addSection(tr("Skipped: these files could not be read"));
        for (const TemplateProblem &problem : library.problems) {
            QAction *skipped = menu->addAction(CheckIcons::warning(), problem.message());
            skipped->setObjectName(u"problem:"_s + problem.fileName);
            skipped->setEnabled(false);
        }
    }
    menu->addSeparator();
    QAction *openFolder = menu->addAction(tr("Open the templates folder"));
    openFolder->setObjectName(u"openTemplatesFolderAction"_s);
    openFolder->setToolTip(QDir::toNativeSeparators(folder));
    connect(openFolder, &QAction::triggered, this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
}

void QuestionsPage::applyTemplate(const QuestionTemplate &questionTemplate)
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    const int added = QuestionTemplates::apply(*document, questionTemplate);
    if (added == 0)
        showInfo(tr("Every question of “%1” is already in this post-mortem.")
                     .arg(questionTemplate.name));
    else
        showInfo(tr("Added %n question(s) from “%1”.", "", added).arg(questionTemplate.name));
}

void QuestionsPage::showInfo(const QString &text)
{
    m_ui->questionsInfoLabel->setText(text);
    m_ui->questionsInfoLabel->setVisible(!text.isEmpty());
}

void QuestionsPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void QuestionsPage::updateFonts()
{
    // The question under discussion is what the back of the room must read.
    m_ui->questionTextLabel->setFont(PageStyle::scaledFont(font(), 1.7));
    m_ui->checklistNameLabel->setFont(PageStyle::scaledFont(font(), 1.0, true));
    m_ui->questionsLabel->setFont(PageStyle::scaledFont(font(), 1.0, true));
}

} // namespace Debrief
