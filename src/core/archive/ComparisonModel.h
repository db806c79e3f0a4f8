#pragma once

#include "archive/Comparison.h"

#include <QAbstractTableModel>

namespace Debrief {

// A Comparison as a grid: one column per post-mortem, one row per attribute, then one row
// per contributing factor and per remediation item ("Factor 1", "Remediation 1"...).
// Recurring factors carry their group (RecurrenceGroupRole) and the same background colour;
// overdue remediation items are marked (OverdueRole, dark red text).
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        RecurrenceGroupRole = Qt::UserRole + 1, // int, -1 when not recurring
        OverdueRole,                            // bool, remediation rows
        RowKindRole,                            // RowKind
        PathRole,                               // horizontal header: the file
    };
    enum class RowKind {
        Reference,
        Severity,
        Status,
        Started,
        Ended,
        TimeToDetect,
        TimeToAcknowledge,
        TimeToMitigate,
        TimeToResolve,
        ImpactDuration,
        CustomerImpact,
        TimelineEvents,
        QuestionCoverage,
        ChecklistCoverage,
        Factor,
        Remediation,
    };
    Q_ENUM(RowKind)

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison);
    const Comparison *comparison() const { return m_comparison ? &*m_comparison : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    RowKind rowKind(int row) const { return m_rows.at(row).kind; }

    // A light background per recurrence group, readable with dark text.
    static QColor groupColor(int group);

private:
    struct Row
    {
        RowKind kind;
        int item = -1;     // factor or remediation index
        QString checklist; // ChecklistCoverage rows
    };
    QString text(const Row &row, const PostMortemSummary &summary) const;
    QString rowLabel(const Row &row) const;

    std::optional<Comparison> m_comparison;
    QList<Row> m_rows;
};

} // namespace Debrief
