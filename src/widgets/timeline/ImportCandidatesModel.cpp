#include "ImportCandidatesModel.h"

#include "TimelineFormat.h"

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

ImportCandidatesModel::ImportCandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportCandidatesModel::setLog(const LogImportResult *result, const QTimeZone &zone,
                                   const QDate &referenceDay)
{
    beginResetModel();
    m_log = result;
    m_chat = nullptr;
    m_zone = zone;
    m_referenceDay = referenceDay;
    m_checked.fill(false, result ? result->candidates.size() : 0);
    m_checkedCount = 0;
    endResetModel();
    Q_EMIT checkedCountChanged(0);
}

void ImportCandidatesModel::setChat(const ChatImportResult *result,
                                    const QHash<qint64, QString> &participantNames,
                                    const QTimeZone &zone, const QDate &referenceDay)
{
    beginResetModel();
    m_log = nullptr;
    m_chat = result;
    m_participantNames = participantNames;
    m_zone = zone;
    m_referenceDay = referenceDay;
    m_checked.fill(false, result ? result->messages.size() : 0);
    m_checkedCount = 0;
    endResetModel();
    Q_EMIT checkedCountChanged(0);
}

int ImportCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checked.size());
}

int ImportCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportCandidatesModel::timeText(int row) const
{
    QDateTime at;
    if (m_log)
        at = m_log->time(m_log->candidates.at(row));
    else if (m_chat)
        at = m_chat->messages.at(row).at;
    return TimelineFormat::timeText(at, m_zone, m_referenceDay);
}

LogLevel ImportCandidatesModel::level(int row) const
{
    return m_log && row >= 0 && row < m_log->candidates.size() ? m_log->candidates.at(row).level
                                                                : LogLevel::Unknown;
}

QString ImportCandidatesModel::originalText(int row) const
{
    if (row < 0 || row >= m_checked.size())
        return {};
    if (m_log)
        return m_log->text(m_log->candidates.at(row));
    return m_chat ? m_chat->messages.at(row).text : QString();
}

QVariant ImportCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (role == Qt::CheckStateRole && index.column() == TimeColumn)
        return m_checked.at(row) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return role == Qt::DisplayRole ? timeText(row) : QVariant();
    case WhoColumn:
        if (m_log)
            return m_log->source(m_log->candidates.at(row));
        if (m_chat) {
            const ChatMessage &message = m_chat->messages.at(row);
            const QString name = m_participantNames.value(message.participantId);
            if (message.participantId > 0 && !name.isEmpty()
                && name.compare(message.author, Qt::CaseInsensitive) != 0)
                return tr("%1 → %2", "chat name → participant").arg(message.author, name);
            return message.author;
        }
        return {};
    case LevelColumn:
        return m_log ? LogImporter::levelName(m_log->candidates.at(row).level) : QString();
    case TextColumn:
        if (m_log) {
            const LogCandidate &candidate = m_log->candidates.at(row);
            if (role == Qt::ToolTipRole)
                return candidate.lastLine > candidate.firstLine
                           ? tr("Lines %1–%2").arg(candidate.firstLine).arg(candidate.lastLine)
                           : tr("Line %1").arg(candidate.firstLine);
            return m_log->message(candidate);
        }
        if (m_chat)
            return role == Qt::DisplayRole ? m_chat->messages.at(row).text.simplified()
                                           : QVariant();
        return {};
    default:
        return {};
    }
}

QVariant ImportCandidatesModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return m_chat ? tr("Who") : tr("Program");
    case LevelColumn:
        return tr("Level");
    case TextColumn:
        return m_chat ? tr("Message") : tr("Entry");
    default:
        return {};
    }
}

Qt::ItemFlags ImportCandidatesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TimeColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ImportCandidatesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole
        || index.column() != TimeColumn)
        return false;
    setChecked({index.row()}, value.toInt() == int(Qt::Checked));
    return true;
}

void ImportCandidatesModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = int(m_checked.size());
    int last = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_checked.size() || m_checked.at(row) == checked)
            continue;
        m_checked[row] = checked;
        m_checkedCount += checked ? 1 : -1;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    Q_EMIT dataChanged(index(first, TimeColumn), index(last, TimeColumn), {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checkedCount);
}

void ImportCandidatesModel::setCheckedStates(const QList<bool> &checked)
{
    if (checked.size() != m_checked.size())
        return;
    m_checked = checked;
    m_checkedCount = int(std::count(m_checked.cbegin(), m_checked.cend(), true));
    if (!m_checked.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(m_checked.size()) - 1, TimeColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checkedCount);
}

} // namespace Debrief
