#include "ComparisonModel.h"

#include "archive/ArchiveFormat.h"
#include "domain/Vocabulary.h"

#include <QColor>
#include <QDir>

namespace Debrief {

using namespace Qt::StringLiterals;

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QColor ComparisonModel::groupColor(int group)
{
    static const QList<QColor> colors{QColor(0xFF, 0xE0, 0x8A), QColor(0xB3, 0xE5, 0xFC),
                                      QColor(0xC8, 0xE6, 0xC9), QColor(0xF8, 0xBB, 0xD0),
                                      QColor(0xD1, 0xC4, 0xE9), QColor(0xFF, 0xCC, 0xBC)};
    return group < 0 ? QColor() : colors.at(group % colors.size());
}

void ComparisonModel::setComparison(const Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_rows.clear();
    for (RowKind kind :
         {RowKind::Reference, RowKind::Severity, RowKind::Status, RowKind::Started, RowKind::Ended,
          RowKind::TimeToDetect, RowKind::TimeToAcknowledge, RowKind::TimeToMitigate,
          RowKind::TimeToResolve, RowKind::ImpactDuration, RowKind::CustomerImpact,
          RowKind::TimelineEvents, RowKind::QuestionCoverage})
        m_rows.append({kind, -1, QString()});
    for (const Choice &checklist : choices(Vocabulary::Checklist))
        m_rows.append({RowKind::ChecklistCoverage, -1, checklist.key});
    qsizetype factors = 0;
    qsizetype remediation = 0;
    for (const PostMortemSummary &summary : comparison.documents()) {
        factors = std::max(factors, summary.factors.size());
        remediation = std::max(remediation, summary.remediation.size());
    }
    for (int i = 0; i < factors; ++i)
        m_rows.append({RowKind::Factor, i, QString()});
    for (int i = 0; i < remediation; ++i)
        m_rows.append({RowKind::Remediation, i, QString()});
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->documents().size());
}

QString ComparisonModel::rowLabel(const Row &row) const
{
    switch (row.kind) {
    case RowKind::Reference:
        return tr("Incident id");
    case RowKind::Severity:
        return tr("Severity");
    case RowKind::Status:
        return tr("Status");
    case RowKind::Started:
        return tr("Started");
    case RowKind::Ended:
        return tr("Ended");
    case RowKind::TimeToDetect:
        return tr("Time to detect");
    case RowKind::TimeToAcknowledge:
        return tr("Time to acknowledge");
    case RowKind::TimeToMitigate:
        return tr("Time to mitigate");
    case RowKind::TimeToResolve:
        return tr("Time to resolve");
    case RowKind::ImpactDuration:
        return tr("Impact duration");
    case RowKind::CustomerImpact:
        return tr("Customer impact");
    case RowKind::TimelineEvents:
        return tr("Timeline events");
    case RowKind::QuestionCoverage:
        return tr("Questions discussed");
    case RowKind::ChecklistCoverage:
        return choiceLabel(Vocabulary::Checklist, row.checklist);
    case RowKind::Factor:
        return tr("Factor %1").arg(row.item + 1);
    case RowKind::Remediation:
        return tr("Remediation %1").arg(row.item + 1);
    }
    return {};
}

QString ComparisonModel::text(const Row &row, const PostMortemSummary &summary) const
{
    auto moment = [](const QDateTime &at) {
        return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                            : ArchiveFormat::notSet();
    };
    auto share = [](int part, int whole) {
        if (whole == 0)
            return ArchiveFormat::notSet();
        return tr("%1 of %2 (%3%)").arg(part).arg(whole).arg(qRound(100.0 * part / whole));
    };
    switch (row.kind) {
    case RowKind::Reference:
        return summary.reference.isEmpty() ? ArchiveFormat::notSet() : summary.reference;
    case RowKind::Severity:
        return ArchiveFormat::severity(summary.severityKey, summary.severityName);
    case RowKind::Status:
        return summary.status.isEmpty() ? ArchiveFormat::notSet()
                                        : choiceLabel(Vocabulary::IncidentStatus, summary.status);
    case RowKind::Started:
        return moment(summary.startedAt);
    case RowKind::Ended:
        return moment(summary.endedAt);
    case RowKind::TimeToDetect:
        return ArchiveFormat::duration(summary.durations.toDetect);
    case RowKind::TimeToAcknowledge:
        return ArchiveFormat::duration(summary.durations.toAcknowledge);
    case RowKind::TimeToMitigate:
        return ArchiveFormat::duration(summary.durations.toMitigate);
    case RowKind::TimeToResolve:
        return ArchiveFormat::duration(summary.durations.toResolve);
    case RowKind::ImpactDuration:
        return ArchiveFormat::duration(summary.durations.impact);
    case RowKind::CustomerImpact:
        return summary.customerImpact.isEmpty() ? ArchiveFormat::notSet()
                                                : summary.customerImpact.simplified();
    case RowKind::TimelineEvents:
        return QString::number(summary.timelineEvents);
    case RowKind::QuestionCoverage:
        return share(summary.questionsDiscussed(), summary.questionsTotal());
    case RowKind::ChecklistCoverage:
        for (const ChecklistCoverage &checklist : summary.coverage) {
            if (checklist.checklist == row.checklist)
                return share(checklist.discussed, checklist.questions);
        }
        return ArchiveFormat::notSet();
    case RowKind::Factor: {
        if (row.item >= summary.factors.size())
            return {};
        const ArchivedFactor &factor = summary.factors.at(row.item);
        return factor.category.isEmpty()
                   ? factor.title
                   : tr("%1 [%2]").arg(factor.title,
                                       choiceLabel(Vocabulary::FactorCategory, factor.category));
    }
    case RowKind::Remediation: {
        if (row.item >= summary.remediation.size())
            return {};
        const ArchivedRemediation &item = summary.remediation.at(row.item);
        QStringList details{item.status.isEmpty()
                                ? tr("no status")
                                : choiceLabel(Vocabulary::RemediationStatus, item.status)};
        if (!item.owner.isEmpty())
            details.append(item.owner);
        if (item.dueDate.isValid())
            details.append(tr("due %1").arg(ArchiveFormat::date(item.dueDate)));
        if (item.isOverdue(m_comparison->today()))
            details.append(tr("overdue"));
        return tr("%1 (%2)").arg(item.title, details.join(u", "_s));
    }
    }
    return {};
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_comparison)
        return {};
    const Row &row = m_rows.at(index.row());
    const int document = index.column();
    const PostMortemSummary &summary = m_comparison->documents().at(document);
    const int group = row.kind == RowKind::Factor
                          ? m_comparison->recurrenceGroup(document, row.item)
                          : -1;
    const bool overdue = row.kind == RowKind::Remediation && row.item < summary.remediation.size()
                         && summary.remediation.at(row.item).isOverdue(m_comparison->today());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, summary);
    case RecurrenceGroupRole:
        return group;
    case OverdueRole:
        return overdue;
    case RowKindRole:
        return QVariant::fromValue(row.kind);
    case Qt::BackgroundRole:
        return group >= 0 ? QVariant(groupColor(group)) : QVariant();
    case Qt::ForegroundRole:
        if (overdue)
            return QColor(0x9B, 0x1C, 0x1C);
        return group >= 0 ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (row.kind == RowKind::Factor && row.item < summary.factors.size()) {
            QStringList parts;
            if (!summary.factors.at(row.item).description.isEmpty())
                parts.append(summary.factors.at(row.item).description);
            if (group >= 0)
                parts << m_comparison->recurrenceExplanation(document, row.item)
                      << Similarity::measureDescription();
            return parts.isEmpty() ? QVariant() : QVariant(parts.join(u"\n\n"_s));
        }
        if (row.kind == RowKind::Remediation && row.item < summary.remediation.size())
            return summary.remediation.at(row.item).specificChange;
        if (row.kind == RowKind::CustomerImpact)
            return summary.customerImpact;
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return rowLabel(m_rows.at(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (!m_comparison || section < 0 || section >= m_comparison->documents().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const PostMortemSummary &summary = m_comparison->documents().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return summary.title.isEmpty() ? tr("(untitled)") : summary.title;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(summary.path);
    case PathRole:
        return summary.path;
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace Debrief
