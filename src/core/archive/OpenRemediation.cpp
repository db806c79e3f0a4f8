#include "OpenRemediation.h"

#include "archive/ArchiveCatalog.h"
#include "archive/ArchiveFormat.h"
#include "domain/Vocabulary.h"

#include <QColor>
#include <QDir>

namespace Debrief {

QList<OpenRemediationItem> OpenRemediation::list(ArchiveCatalog &catalog, const QDate &today)
{
    QHash<qint64, CatalogEntry> documents;
    for (CatalogEntry &entry : catalog.entries(today))
        documents.insert(entry.id, std::move(entry));
    QList<OpenRemediationItem> result;
    for (const CatalogRemediation &row : catalog.remediationItems()) {
        if (row.item.isDone())
            continue;
        const auto document = documents.constFind(row.documentId);
        if (document == documents.cend())
            continue;
        result.append({document->id, document->path, document->title, document->reference,
                       document->incidentDate, row.item, row.item.isOverdue(today)});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const OpenRemediationItem &a, const OpenRemediationItem &b) {
                         const QString ownerA = a.item.owner.toCaseFolded();
                         const QString ownerB = b.item.owner.toCaseFolded();
                         if (ownerA.isEmpty() != ownerB.isEmpty())
                             return ownerB.isEmpty();
                         if (ownerA != ownerB)
                             return ownerA < ownerB;
                         const QDate dueA = a.item.dueDate;
                         const QDate dueB = b.item.dueDate;
                         if (dueA.isValid() != dueB.isValid())
                             return dueA.isValid();
                         if (dueA != dueB)
                             return dueA < dueB;
                         return a.incidentDate < b.incidentDate;
                     });
    return result;
}

QList<std::pair<QString, QList<OpenRemediationItem>>>
OpenRemediation::byOwner(const QList<OpenRemediationItem> &items)
{
    QList<std::pair<QString, QList<OpenRemediationItem>>> groups;
    for (const OpenRemediationItem &item : items) {
        if (groups.isEmpty()
            || groups.constLast().first.toCaseFolded() != item.item.owner.toCaseFolded())
            groups.append({item.item.owner, {}});
        groups.last().second.append(item);
    }
    return groups;
}

OpenRemediationModel::OpenRemediationModel(ArchiveCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void OpenRemediationModel::setToday(const QDate &today)
{
    m_today = today;
}

void OpenRemediationModel::refresh()
{
    QList<OpenRemediationItem> items =
        OpenRemediation::list(*m_catalog, m_today.isValid() ? m_today : QDate::currentDate());
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int OpenRemediationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OpenRemediationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenRemediationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpenRemediationItem &row = m_items.at(index.row());
    switch (role) {
    case OverdueRole:
        return row.overdue;
    case DocumentIdRole:
        return row.documentId;
    case PathRole:
        return row.documentPath;
    case Qt::ForegroundRole:
        return row.overdue && index.column() == DueColumn ? QVariant(QColor(0x9B, 0x1C, 0x1C))
                                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn && !row.item.specificChange.isEmpty())
            return row.item.specificChange;
        if (index.column() == PostMortemColumn)
            return QDir::toNativeSeparators(row.documentPath);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case OwnerColumn:
            return row.item.owner.isEmpty() ? tr("(no owner)") : row.item.owner;
        case DueColumn:
            if (!row.item.dueDate.isValid())
                return tr("(no due date)");
            return row.overdue ? tr("%1 (overdue)").arg(ArchiveFormat::date(row.item.dueDate))
                               : ArchiveFormat::date(row.item.dueDate);
        case ItemColumn:
            return row.item.title;
        case StatusColumn:
            return row.item.status.isEmpty()
                       ? ArchiveFormat::notSet()
                       : choiceLabel(Vocabulary::RemediationStatus, row.item.status);
        case PriorityColumn:
            return row.item.priority.isEmpty() ? ArchiveFormat::notSet()
                                               : choiceLabel(Vocabulary::Priority, row.item.priority);
        case PostMortemColumn: {
            const QString title = row.documentTitle.isEmpty() ? tr("(untitled)") : row.documentTitle;
            return tr("%1 (%2)").arg(title, ArchiveFormat::date(row.incidentDate));
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant OpenRemediationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case ItemColumn:
        return tr("Remediation item");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case PostMortemColumn:
        return tr("Post-mortem");
    }
    return {};
}

} // namespace Debrief
