#include "ArchiveSearchModel.h"

#include "archive/ArchiveFormat.h"
#include "domain/Vocabulary.h"

#include <QDir>
#include <QFileInfo>

namespace Debrief {

ArchiveSearchModel::ArchiveSearchModel(ArchiveCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

QDate ArchiveSearchModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void ArchiveSearchModel::setToday(const QDate &today)
{
    m_today = today;
}

void ArchiveSearchModel::setQuery(const ArchiveQuery &query)
{
    m_query = query;
    m_query.withSnippets = false; // fetched per row when a view asks: see snippet()
    m_memorySortColumn = -1;
    refresh();
}

void ArchiveSearchModel::refresh()
{
    QString error;
    m_snippets.clear();
    QList<CatalogEntry> entries = m_catalog->search(m_query, today(), &error);
    if (m_memorySortColumn >= 0) {
        const int column = m_memorySortColumn;
        const bool ascending = m_memorySortOrder == Qt::AscendingOrder;
        auto key = [this, column](const CatalogEntry &entry) -> QVariant {
            switch (column) {
            case ReferenceColumn:
                return entry.reference.toCaseFolded();
            case StatusColumn:
                return choiceLabel(Vocabulary::IncidentStatus, entry.status).toCaseFolded();
            case RemediationColumn:
                return entry.remediationOverdue * 100000 + entry.remediationOpen;
            case FileColumn:
                return QFileInfo(entry.path).fileName().toCaseFolded();
            default:
                return {};
            }
        };
        std::stable_sort(entries.begin(), entries.end(),
                         [&](const CatalogEntry &a, const CatalogEntry &b) {
                             const QPartialOrdering order =
                                 QVariant::compare(key(a), key(b));
                             return ascending ? order == QPartialOrdering::Less
                                              : order == QPartialOrdering::Greater;
                         });
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_lastError = error;
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT searchFailed(error);
}

int ArchiveSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ArchiveSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveSearchModel::remediationText(const CatalogEntry &entry) const
{
    if (entry.remediationOpen == 0)
        return entry.remediationTotal == 0 ? tr("none") : tr("all done");
    if (entry.remediationOverdue > 0)
        return tr("%1 open, %2 overdue").arg(entry.remediationOpen).arg(entry.remediationOverdue);
    return tr("%1 open").arg(entry.remediationOpen);
}

QString ArchiveSearchModel::snippet(const CatalogEntry &entry) const
{
    if (!entry.snippet.isEmpty() || m_query.text.trimmed().isEmpty())
        return entry.snippet;
    auto cached = m_snippets.constFind(entry.id);
    if (cached == m_snippets.cend())
        cached = m_snippets.insert(entry.id, m_catalog->snippet(entry.id, m_query.text));
    return *cached;
}

QVariant ArchiveSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CatalogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case DocumentIdRole:
        return entry.id;
    case PathRole:
        return entry.path;
    case SnippetRole:
        return snippet(entry);
    case OpenRemediationRole:
        return entry.remediationOpen;
    case OverdueRemediationRole:
        return entry.remediationOverdue;
    case SeverityRankRole:
        return entry.severityRank;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return entry.title.isEmpty() ? tr("(untitled)") : entry.title;
        case ReferenceColumn:
            return entry.reference;
        case DateColumn:
            return ArchiveFormat::date(entry.incidentDate);
        case SeverityColumn:
            return ArchiveFormat::severity(entry.severityKey, entry.severityName);
        case StatusColumn:
            return choiceLabel(Vocabulary::IncidentStatus, entry.status);
        case RemediationColumn:
            return remediationText(entry);
        case FileColumn:
            return QFileInfo(entry.path).fileName();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(entry.path);
        if (index.column() == TitleColumn) {
            CatalogEntry withSnippet = entry;
            withSnippet.snippet = snippet(entry);
            if (!withSnippet.snippet.isEmpty())
                return withSnippet.plainSnippet();
        }
        return {};
    default:
        return {};
    }
}

QVariant ArchiveSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ReferenceColumn:
        return tr("Incident id");
    case DateColumn:
        return tr("Date");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case RemediationColumn:
        return tr("Remediation");
    case FileColumn:
        return tr("File");
    }
    return {};
}

void ArchiveSearchModel::sort(int column, Qt::SortOrder order)
{
    m_memorySortColumn = -1;
    switch (column) {
    case TitleColumn:
        m_query.sort = ArchiveQuery::Sort::Title;
        break;
    case DateColumn:
        m_query.sort = ArchiveQuery::Sort::Date;
        break;
    case SeverityColumn:
        m_query.sort = ArchiveQuery::Sort::Severity;
        break;
    case ReferenceColumn:
    case StatusColumn:
    case RemediationColumn:
    case FileColumn:
        m_memorySortColumn = column;
        m_memorySortOrder = order;
        break;
    default:
        // -1: back to the catalog's order for the query (relevance while searching).
        m_query.sort = ArchiveQuery::Sort::Relevance;
        m_query.order = Qt::AscendingOrder;
        refresh();
        return;
    }
    if (m_memorySortColumn < 0)
        m_query.order = order;
    refresh();
}

} // namespace Debrief
