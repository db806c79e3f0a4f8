#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Debrief {

class Document;

// The remediation items as the Remediation step lists them: title, owner, due date,
// priority, kind, status and what the SMART check says is missing. Read-only: the step's
// editor panel changes items, and the model follows the document.
class RemediationItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Owner, DueDate, Priority, Kind, Status, Smart, ColumnCount };
    enum Roles { RecordIdRole = Qt::UserRole + 1 };

    explicit RemediationItemsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 recordId(int row) const;
    int rowOf(qint64 id) const;

private:
    QPointer<Document> m_document;
};

} // namespace Debrief
