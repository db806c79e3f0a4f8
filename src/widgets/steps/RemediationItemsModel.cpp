#include "RemediationItemsModel.h"

#include "CheckIcons.h"
#include "analysis/SmartCheck.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QLocale>

namespace Debrief {

using namespace Qt::StringLiterals;

RemediationItemsModel::RemediationItemsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const auto mine = [](Table table) { return table == Table::RemediationItem; };
    connect(document, &Document::recordAboutToBeInserted, this, [this, mine](Table table, int index) {
        if (mine(table))
            beginInsertRows({}, index, index);
    });
    connect(document, &Document::recordInserted, this, [this, mine](Table table, int) {
        if (mine(table))
            endInsertRows();
    });
    connect(document, &Document::recordAboutToBeRemoved, this, [this, mine](Table table, int index) {
        if (mine(table))
            beginRemoveRows({}, index, index);
    });
    connect(document, &Document::recordRemoved, this, [this, mine](Table table, int) {
        if (mine(table))
            endRemoveRows();
    });
    connect(document, &Document::recordAboutToBeMoved, this,
            [this, mine](Table table, int from, int to) {
                if (mine(table))
                    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            });
    connect(document, &Document::recordMoved, this, [this, mine](Table table, int, int) {
        if (mine(table))
            endMoveRows();
    });
    connect(document, &Document::valueChanged, this, [this, mine](Table table, qint64 id, int) {
        // Every field feeds the SMART column: the whole row changes.
        if (!mine(table))
            return;
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int RemediationItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->count(Table::RemediationItem);
}

int RemediationItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RemediationItemsModel::recordId(int row) const
{
    if (!m_document || row < 0 || row >= rowCount())
        return 0;
    return m_document->records(Table::RemediationItem).at(row).id;
}

int RemediationItemsModel::rowOf(qint64 id) const
{
    return m_document ? m_document->indexOf(Table::RemediationItem, id) : -1;
}

QVariant RemediationItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const Record &item = m_document->records(Table::RemediationItem).at(index.row());
    if (role == RecordIdRole)
        return item.id;
    const auto label = [&item](Vocabulary vocabulary, int field) {
        return choiceLabel(vocabulary, item.text(field));
    };
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole) {
            const QString title = item.text(RemediationField::Title).simplified();
            return title.isEmpty() ? tr("(untitled item)") : title;
        }
        if (role == Qt::ToolTipRole)
            return item.text(RemediationField::SpecificChange);
        break;
    case Owner:
        if (role == Qt::DisplayRole) {
            const QString owner = item.text(RemediationField::Owner).simplified();
            if (owner.isEmpty())
                return QString();
            return item.value(RemediationField::OwnerAgreed).toBool()
                       ? owner
                       : tr("%1 (not agreed)", "owner who has not agreed yet").arg(owner);
        }
        break;
    case DueDate:
        if (role == Qt::DisplayRole) {
            const QDate due = item.value(RemediationField::DueDate).toDate();
            return due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QString();
        }
        if (role == Qt::UserRole)
            return item.value(RemediationField::DueDate);
        break;
    case Priority:
        if (role == Qt::DisplayRole)
            return label(Vocabulary::Priority, RemediationField::Priority);
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return label(Vocabulary::RemediationKind, RemediationField::Kind);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return label(Vocabulary::RemediationStatus, RemediationField::Status);
        break;
    case Smart: {
        const SmartResult result = SmartCheck::check(item, QDate::currentDate());
        const bool open = SmartCheck::isOpen(item);
        if (role == Qt::DisplayRole) {
            if (result.passes())
                return tr("SMART");
            QStringList missing;
            for (SmartCriterion criterion : result.missing)
                missing.append(SmartCheck::criterionName(criterion));
            return tr("Missing: %1").arg(missing.join(tr(", ")));
        }
        if (role == Qt::DecorationRole)
            return result.passes() ? CheckIcons::pass()
                                   : open ? CheckIcons::warning() : CheckIcons::skipped();
        if (role == Qt::ToolTipRole)
            return result.passes() ? SmartCheck::summary(item, result) : result.messages.join(u'\n');
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant RemediationItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Owner:
        return tr("Owner");
    case DueDate:
        return tr("Due");
    case Priority:
        return tr("Priority");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Smart:
        return tr("SMART check");
    default:
        return {};
    }
}

} // namespace Debrief
