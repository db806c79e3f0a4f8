#include "EvidencePanel.h"

#include "ui_EvidencePanel.h"

#include "EvidencePasteDialog.h"
#include "EvidenceSources.h"
#include "EvidenceTextEdit.h"
#include "TimelineFormat.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "document/RecordTableModel.h"
#include "domain/Vocabulary.h"
#include "report/EvidenceHighlighter.h"
#include "report/SyntaxRepository.h"
#include "views/FieldBinding.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QFileInfo>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

qint64 referenceId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

KSyntaxHighlighting::Definition definitionOf(const Record &evidence, bool automatic)
{
    return EvidenceHighlighter::definitionFor(
        automatic ? QString() : evidence.text(EvidenceField::SyntaxDefinition),
        evidence.text(EvidenceField::FileName), evidence.text(EvidenceField::Content),
        evidence.text(EvidenceField::Kind));
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvidencePanel>())
{
    m_ui->setupUi(this);
    m_ui->evidenceSplitter->setStretchFactor(0, 1);
    m_ui->evidenceSplitter->setStretchFactor(1, 3);
    m_ui->noEvidenceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->evidenceStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->linkedEventsCaptionLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->evidenceKindComboBox->addItem(tr("Not set"), QVariant());
    for (const Choice &choice : choices(Vocabulary::EvidenceKind))
        m_ui->evidenceKindComboBox->addItem(choice.label, choice.key);
    fillSyntaxItems(m_ui->syntaxComboBox);

    m_titleBinding = new FieldBinding(m_ui->evidenceTitleLineEdit, Table::Evidence,
                                      EvidenceField::Title);
    m_kindBinding = new FieldBinding(m_ui->evidenceKindComboBox, Table::Evidence,
                                     EvidenceField::Kind);
    m_syntaxBinding = new FieldBinding(m_ui->syntaxComboBox, Table::Evidence,
                                       EvidenceField::SyntaxDefinition);

    QListView *list = m_ui->evidenceListView;
    auto *removeAction = new QAction(tr("Remove evidence"), list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &EvidencePanel::removeSelected);
    connect(m_ui->pasteEvidencePushButton, &QPushButton::clicked, this,
            &EvidencePanel::pasteEvidence);
    connect(m_ui->attachFilePushButton, &QPushButton::clicked, this, &EvidencePanel::attachFile);
    connect(m_ui->removeEvidencePushButton, &QPushButton::clicked, this,
            &EvidencePanel::removeSelected);
    connect(m_ui->evidenceTextEdit, &EvidenceTextEdit::busyChanged, this,
            &EvidencePanel::updateStatus);

    setDocument(nullptr);
}

EvidencePanel::~EvidencePanel()
{
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

EvidenceTextEdit *EvidencePanel::textEdit() const
{
    return m_ui->evidenceTextEdit;
}

void EvidencePanel::setDocument(Document *document)
{
    if (m_pasteDialog)
        m_pasteDialog->reject();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_shownId = 0;

    QListView *list = m_ui->evidenceListView;
    RecordTableModel *oldModel = m_model;
    QItemSelectionModel *oldSelection = list->selectionModel();
    m_model = document ? new RecordTableModel(document, Table::Evidence,
                                              {{EvidenceField::Title, tr("Title")}}, this)
                       : nullptr;
    list->setModel(m_model);
    delete oldSelection;
    delete oldModel;
    if (m_model) {
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &EvidencePanel::onCurrentChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this] { Q_EMIT countChanged(m_model->rowCount()); });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                [this] { Q_EMIT countChanged(m_model->rowCount()); });
    }
    if (document) {
        connect(document, &Document::valueChanged, this, &EvidencePanel::onValueChanged);
        const auto onRecords = [this](Table table, int) {
            if (table == Table::EventEvidence || table == Table::TimelineEvent)
                updateLinkedEvents();
        };
        connect(document, &Document::recordInserted, this, onRecords);
        connect(document, &Document::recordRemoved, this, onRecords);
    }

    m_titleBinding->setTarget(document, 0);
    m_kindBinding->setTarget(document, 0);
    m_syntaxBinding->setTarget(document, 0);
    if (m_model && m_model->rowCount() > 0)
        list->setCurrentIndex(m_model->index(0, 0));
    onCurrentChanged();
    Q_EMIT countChanged(m_model ? m_model->rowCount() : 0);
}

qint64 EvidencePanel::currentEvidenceId() const
{
    if (!m_model)
        return 0;
    const QModelIndex current = m_ui->evidenceListView->currentIndex();
    return current.isValid() ? m_model->recordId(current.row()) : 0;
}

void EvidencePanel::selectEvidence(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->evidenceListView->setCurrentIndex(m_model->index(row, 0));
}

void EvidencePanel::onCurrentChanged()
{
    const qint64 id = currentEvidenceId();
    m_titleBinding->setRecordId(id);
    m_kindBinding->setRecordId(id);
    m_syntaxBinding->setRecordId(id);
    const bool changed = id != m_shownId;
    m_shownId = id;
    showEvidence(changed);
    updateButtons();
}

void EvidencePanel::onValueChanged(Table table, qint64 id, int field)
{
    if (table == Table::Evidence && id == m_shownId) {
        switch (field) {
        case EvidenceField::Content:
            showEvidence(true);
            break;
        case EvidenceField::SyntaxDefinition:
        case EvidenceField::Kind:
        case EvidenceField::FileName:
            showEvidence(false);
            break;
        default:
            break;
        }
    } else if (table == Table::TimelineEvent || table == Table::EventEvidence) {
        updateLinkedEvents();
    }
}

void EvidencePanel::showEvidence(bool reloadText)
{
    Document *document = m_document;
    const Record *evidence = document ? document->record(Table::Evidence, m_shownId) : nullptr;
    m_ui->evidenceStackedWidget->setCurrentWidget(evidence ? m_ui->evidencePage
                                                           : m_ui->noEvidencePage);
    EvidenceTextEdit *viewer = m_ui->evidenceTextEdit;
    if (!evidence) {
        viewer->setContent({}, {});
        updateStatus();
        return;
    }
    const KSyntaxHighlighting::Definition definition = definitionOf(*evidence, false);
    if (reloadText)
        viewer->setContent(evidence->text(EvidenceField::Content), definition);
    else
        viewer->setDefinition(definition);
    updateAutomaticItem();
    updateLinkedEvents();
    updateStatus();
}

void EvidencePanel::updateAutomaticItem()
{
    Document *document = m_document;
    const Record *evidence = document ? document->record(Table::Evidence, m_shownId) : nullptr;
    if (!evidence)
        return;
    const KSyntaxHighlighting::Definition automatic = definitionOf(*evidence, true);
    m_ui->syntaxComboBox->setItemText(
        0, automatic.isValid() ? tr("Automatic (%1)").arg(automatic.translatedName())
                               : tr("Automatic (plain text)"));
}

void EvidencePanel::updateLinkedEvents()
{
    Document *document = m_document;
    QLabel *label = m_ui->linkedEventsLabel;
    if (!document || !m_shownId) {
        label->clear();
        return;
    }
    const QTimeZone zone = TimelineFormat::incidentZone(*document);
    const QDate day = TimelineFormat::referenceDay(*document, zone);
    QStringList events;
    int count = 0;
    for (const Record &link : document->records(Table::EventEvidence)) {
        if (referenceId(link.value(EventEvidenceField::Evidence)) != m_shownId)
            continue;
        const Record *event = document->record(Table::TimelineEvent,
                                               referenceId(link.value(EventEvidenceField::Event)));
        if (!event)
            continue;
        if (++count > 4)
            continue;
        QString what = event->text(TimelineEventField::WhatHappened).simplified();
        if (what.size() > 48)
            what = what.left(47) + u'…';
        events.append(tr("%1 %2", "time and text of a linked event")
                          .arg(TimelineFormat::eventTimeText(*event, zone, day), what));
    }
    if (count == 0) {
        label->setText(tr("Not linked to an event yet: select an event on the Events tab and "
                          "tick this evidence."));
        return;
    }
    if (count > events.size())
        events.append(tr("and %n more", "", int(count - events.size())));
    label->setText(events.join(u"  ·  "_s));
}

void EvidencePanel::updateStatus()
{
    Document *document = m_document;
    const Record *evidence = document ? document->record(Table::Evidence, m_shownId) : nullptr;
    QLabel *label = m_ui->evidenceStatusLabel;
    if (!evidence) {
        label->clear();
        return;
    }
    const QString content = evidence->text(EvidenceField::Content);
    const int lines = content.isEmpty()
                          ? 0
                          : int(content.count(u'\n')) + (content.endsWith(u'\n') ? 0 : 1);
    const KSyntaxHighlighting::Definition definition = m_ui->evidenceTextEdit->definition();
    QStringList parts{tr("%n line(s)", "", lines),
                      EvidenceSources::sizeText(content.toUtf8().size()),
                      definition.isValid() ? definition.translatedName() : tr("plain text")};
    const QString fileName = evidence->text(EvidenceField::FileName);
    if (!fileName.isEmpty())
        parts.prepend(fileName);
    if (m_ui->evidenceTextEdit->isBusy())
        parts.append(tr("highlighting…"));
    label->setText(parts.join(u"  ·  "_s));
}

void EvidencePanel::updateButtons()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    m_ui->pasteEvidencePushButton->setEnabled(editable);
    m_ui->attachFilePushButton->setEnabled(editable);
    m_ui->removeEvidencePushButton->setEnabled(editable && m_shownId != 0);
}

qint64 EvidencePanel::addEvidence(const QString &title, const QString &kind,
                                  const QString &fileName, const QString &definition,
                                  const QString &content)
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return 0;
    Record evidence = emptyRecord(Table::Evidence);
    evidence.values[EvidenceField::Title] = title;
    evidence.values[EvidenceField::Kind] = kind;
    evidence.values[EvidenceField::FileName] = fileName;
    evidence.values[EvidenceField::SyntaxDefinition] = definition;
    evidence.values[EvidenceField::Content] = content;
    evidence.values[EvidenceField::AddedAt] = QDateTime::currentDateTimeUtc();
    const qint64 id = document->insertRecord(Table::Evidence, evidence);
    if (id)
        selectEvidence(id);
    return id;
}

void EvidencePanel::pasteEvidence()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_pasteDialog) {
        m_pasteDialog->raise();
        m_pasteDialog->activateWindow();
        return;
    }
    auto *dialog = new EvidencePasteDialog(this);
    dialog->setObjectName(u"evidencePasteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFont(font());
    m_pasteDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addEvidence(dialog->title(), dialog->kind(), {}, dialog->definitionName(),
                    dialog->content());
        m_ui->evidenceListView->setFocus(Qt::OtherFocusReason);
    });
    // Window-modal but not blocking: no nested event loop.
    dialog->open();
}

void EvidencePanel::attachFile()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString path = FileDialogs::getOpenFileName(
        this, tr("Attach Evidence"),
        tr("Text files (*.log *.txt *.json *.yaml *.yml *.conf *.cfg *.ini *.toml *.xml *.sh "
           "*.sql *.py *.go *.java *.js *.ts);;All files (*)"));
    if (path.isEmpty())
        return;
    QString content;
    QString error;
    if (!EvidenceSources::readFile(path, &content, &error)) {
        MessageBoxes::warning(this, tr("Attach Evidence"), error);
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    const EvidenceSources::Guess guessed = EvidenceSources::guess(content, fileName);
    // The file name decides the highlighting automatically; only a log found by its
    // content is stored, so that a reader of the report sees the same.
    const QString definition =
        syntaxRepository().definitionForFileName(fileName).isValid() ? QString()
                                                                     : guessed.definition;
    addEvidence(fileName, guessed.kind, fileName, definition, content);
}

void EvidencePanel::removeSelected()
{
    Document *document = m_document;
    if (!document || document->isReadOnly() || !m_shownId)
        return;
    const int row = m_model->rowOf(m_shownId);
    document->removeRecord(Table::Evidence, m_shownId);
    if (const int rows = m_model->rowCount(); rows > 0)
        m_ui->evidenceListView->setCurrentIndex(m_model->index(std::min(row, rows - 1), 0));
    else
        onCurrentChanged();
}

} // namespace Debrief
