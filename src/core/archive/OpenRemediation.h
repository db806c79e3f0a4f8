#pragma once

#include "archive/PostMortemSummary.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>

namespace Debrief {

class ArchiveCatalog;

struct OpenRemediationItem
{
    qint64 documentId = 0;
    QString documentPath;
    QString documentTitle;
    QString documentReference;
    QDateTime incidentDate;
    ArchivedRemediation item;
    bool overdue = false;
};

// Every remediation item across the archive that is not done: what is still owed, by whom
// and by when.
class OpenRemediation
{
    Q_DECLARE_TR_FUNCTIONS(OpenRemediation)

public:
    // Ordered by owner (case-insensitive, items without an owner last), then due date
    // (items without one last), then the post-mortem's date.
    static QList<OpenRemediationItem> list(ArchiveCatalog &catalog, const QDate &today);
    // The same, grouped: one (owner, items) pair per owner, in that order. The owner is
    // empty for unassigned items.
    static QList<std::pair<QString, QList<OpenRemediationItem>>>
    byOwner(const QList<OpenRemediationItem> &items);
};

class OpenRemediationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OwnerColumn, DueColumn, ItemColumn, StatusColumn, PriorityColumn,
                  PostMortemColumn, ColumnCount };
    enum Roles { OverdueRole = Qt::UserRole + 1, DocumentIdRole, PathRole };

    // `catalog` must outlive the model and be used from the model's thread only.
    explicit OpenRemediationModel(ArchiveCatalog *catalog, QObject *parent = nullptr);

    void refresh();
    void setToday(const QDate &today);
    const OpenRemediationItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ArchiveCatalog *m_catalog;
    QList<OpenRemediationItem> m_items;
    QDate m_today;
};

} // namespace Debrief
