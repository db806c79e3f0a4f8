#pragma once

#include "archive/ArchiveCatalog.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace Debrief {

// Search results of the archive browser. setQuery() runs the search at once (well under the
// time of a keystroke for thousands of post-mortems); refresh() repeats it after indexing.
// Sorting by the Title, Date or Severity column asks the catalog; other columns sort the
// results in memory.
class ArchiveSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ReferenceColumn,
        DateColumn,
        SeverityColumn,
        StatusColumn,
        RemediationColumn,
        FileColumn,
        ColumnCount
    };
    enum Roles {
        DocumentIdRole = Qt::UserRole + 1,
        PathRole,
        SnippetRole,        // with CatalogEntry::SnippetMatchStart/End around matches
        OpenRemediationRole,
        OverdueRemediationRole,
        SeverityRankRole,
    };

    // `catalog` must outlive the model and be used from the model's thread only.
    explicit ArchiveSearchModel(ArchiveCatalog *catalog, QObject *parent = nullptr);

    void setQuery(const ArchiveQuery &query);
    const ArchiveQuery &query() const { return m_query; }
    void refresh();
    // The day overdue items are counted against; today unless set (tests).
    void setToday(const QDate &today);
    QString lastError() const { return m_lastError; }
    const CatalogEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void searchFailed(const QString &reason);

private:
    QDate today() const;
    QString remediationText(const CatalogEntry &entry) const;
    QString snippet(const CatalogEntry &entry) const;

    ArchiveCatalog *m_catalog;
    ArchiveQuery m_query;
    QList<CatalogEntry> m_entries;
    mutable QHash<qint64, QString> m_snippets; // per search, filled as views ask
    QDate m_today;
    QString m_lastError;
    int m_memorySortColumn = -1;
    Qt::SortOrder m_memorySortOrder = Qt::AscendingOrder;
};

} // namespace Debrief
