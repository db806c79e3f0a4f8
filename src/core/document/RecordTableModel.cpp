#include "RecordTableModel.h"

#include "Document.h"

namespace Debrief {

RecordTableModel::RecordTableModel(Document *document, Table table, QList<Column> columns,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
    , m_columns(std::move(columns))
{
    connect(document, &Document::recordAboutToBeInserted, this, [this](Table changed, int index) {
        if (changed == m_table)
            beginInsertRows({}, index, index);
    });
    connect(document, &Document::recordInserted, this, [this](Table changed, int) {
        if (changed == m_table)
            endInsertRows();
    });
    connect(document, &Document::recordAboutToBeRemoved, this, [this](Table changed, int index) {
        if (changed == m_table)
            beginRemoveRows({}, index, index);
    });
    connect(document, &Document::recordRemoved, this, [this](Table changed, int) {
        if (changed == m_table)
            endRemoveRows();
    });
    connect(document, &Document::recordAboutToBeMoved, this, [this](Table changed, int from, int to) {
        // Qt's move semantics: the destination is the row before which the row lands.
        if (changed == m_table)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &Document::recordMoved, this, [this](Table changed, int, int) {
        if (changed == m_table)
            endMoveRows();
    });
    connect(document, &Document::valueChanged, this, &RecordTableModel::onValueChanged);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->count(m_table);
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const Record &record = m_document->records(m_table).at(index.row());
    if (role == RecordIdRole)
        return record.id;
    const Column &column = m_columns.at(index.column());
    const QVariant value = record.value(column.field);
    switch (role) {
    case Qt::DisplayRole:
        if (column.vocabulary)
            return choiceLabel(*column.vocabulary, value.toString());
        if (value.typeId() == QMetaType::Bool)
            return {};
        return value;
    case Qt::EditRole:
        return value;
    case Qt::CheckStateRole:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (value.typeId() == QMetaType::QString && value.toString().size() > 40)
            return value;
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document || m_document->isReadOnly())
        return flags;
    const FieldSpec &field = tableSpec(m_table).fields.at(m_columns.at(index.column()).field);
    if (field.type == FieldType::Bool)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return false;
    const int field = m_columns.at(index.column()).field;
    const qint64 id = recordId(index.row());
    if (role == Qt::CheckStateRole)
        return m_document->setValue(m_table, id, field,
                                    value.toInt() == int(Qt::Checked));
    if (role != Qt::EditRole)
        return false;
    return m_document->setValue(m_table, id, field, value);
}

qint64 RecordTableModel::recordId(int row) const
{
    if (!m_document || row < 0 || row >= m_document->count(m_table))
        return 0;
    return m_document->records(m_table).at(row).id;
}

int RecordTableModel::rowOf(qint64 id) const
{
    return m_document ? m_document->indexOf(m_table, id) : -1;
}

void RecordTableModel::onValueChanged(Table table, qint64 id, int field)
{
    if (table != m_table)
        return;
    const int row = m_document->indexOf(table, id);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).field == field) {
            const QModelIndex changed = index(row, c);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

} // namespace Debrief
