#pragma once

#include "document/RecordSchema.h"
#include "domain/Vocabulary.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace Debrief {

class Document;

// The records of one table as rows, chosen fields as columns. It never changes data itself:
// setData pushes an undoable command and the model follows the document's signals.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        int field;
        QString header;
        std::optional<Vocabulary> vocabulary = std::nullopt;
    };

    enum Roles { RecordIdRole = Qt::UserRole + 1 };

    RecordTableModel(Document *document, Table table, QList<Column> columns,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Table table() const { return m_table; }
    qint64 recordId(int row) const;
    int rowOf(qint64 id) const;
    const Column &column(int section) const { return m_columns.at(section); }

private:
    void onValueChanged(Table table, qint64 id, int field);

    QPointer<Document> m_document;
    Table m_table;
    QList<Column> m_columns;
};

} // namespace Debrief
