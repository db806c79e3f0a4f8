#include "SeverityLevelsDialog.h"

#include "ui_SeverityLevelsDialog.h"

#include "document/Document.h"
#include "document/RecordTableModel.h"

#include <QAction>
#include <QPushButton>

namespace Debrief {

using namespace Qt::StringLiterals;

SeverityLevelsDialog::SeverityLevelsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SeverityLevelsDialog>())
    , m_document(document)
    , m_model(new RecordTableModel(document, Table::SeverityLevel,
                                   {{SeverityField::Key, tr("Level")},
                                    {SeverityField::Name, tr("Name")},
                                    {SeverityField::Definition, tr("Definition")}},
                                   this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->levelsTableView;
    view->setModel(m_model);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMinimumSectionSize(100);
    // Definitions are sentences: let rows grow to show them whole.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const bool editable = !document->isReadOnly();
    m_ui->addLevelPushButton->setEnabled(editable);

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(removeAction);

    connect(m_ui->addLevelPushButton, &QPushButton::clicked, this,
            &SeverityLevelsDialog::addLevel);
    connect(m_ui->removeLevelPushButton, &QPushButton::clicked, this,
            &SeverityLevelsDialog::removeLevel);
    connect(removeAction, &QAction::triggered, this, &SeverityLevelsDialog::removeLevel);
    connect(m_ui->moveUpPushButton, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(m_ui->moveDownPushButton, &QPushButton::clicked, this, [this] { moveLevel(1); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SeverityLevelsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SeverityLevelsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SeverityLevelsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SeverityLevelsDialog::updateButtons);
    // The document may go away (closed, another one opened): the dialog goes with it.
    connect(document, &QObject::destroyed, this, &QDialog::reject);

    if (m_model->rowCount() > 0)
        view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

SeverityLevelsDialog::~SeverityLevelsDialog() = default;

qint64 SeverityLevelsDialog::selectedId() const
{
    const QModelIndex current = m_ui->levelsTableView->currentIndex();
    return current.isValid() ? m_model->recordId(current.row()) : 0;
}

void SeverityLevelsDialog::select(qint64 id, int column)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->levelsTableView->setCurrentIndex(m_model->index(row, column));
}

void SeverityLevelsDialog::addLevel()
{
    if (!m_document)
        return;
    Record level = emptyRecord(Table::SeverityLevel);
    level.values[SeverityField::Key] = u"SEV%1"_s.arg(m_document->count(Table::SeverityLevel) + 1);
    const qint64 id = m_document->insertRecord(Table::SeverityLevel, level);
    if (!id)
        return;
    select(id, 1);
    m_ui->levelsTableView->setFocus();
    m_ui->levelsTableView->edit(m_ui->levelsTableView->currentIndex());
}

void SeverityLevelsDialog::removeLevel()
{
    if (const qint64 id = selectedId(); id && m_document) {
        const int row = m_model->rowOf(id);
        m_document->removeRecord(Table::SeverityLevel, id);
        if (m_model->rowCount() > 0)
            m_ui->levelsTableView->setCurrentIndex(
                m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    }
}

void SeverityLevelsDialog::moveLevel(int delta)
{
    const qint64 id = selectedId();
    if (!id || !m_document)
        return;
    const int column = m_ui->levelsTableView->currentIndex().column();
    if (m_document->moveRecord(Table::SeverityLevel, id, m_model->rowOf(id) + delta))
        select(id, column);
}

void SeverityLevelsDialog::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int row = m_model->rowOf(selectedId());
    m_ui->removeLevelPushButton->setEnabled(editable && row >= 0);
    m_ui->moveUpPushButton->setEnabled(editable && row > 0);
    m_ui->moveDownPushButton->setEnabled(editable && row >= 0
                                         && row < m_model->rowCount() - 1);
}

} // namespace Debrief
