#pragma once

#include "archive/ArchiveCatalog.h"
#include "archive/TrendChart.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Debrief {

enum class TrendPeriod { Month, Quarter };

// Figures across the archive over time, each post-mortem counted in the period of its
// incident date. Remediation items count in the period of the post-mortem that agreed them.
class Trends
{
    Q_DECLARE_TR_FUNCTIONS(Trends)

public:
    Trends(QList<CatalogEntry> entries, QList<CatalogRemediation> remediation,
           const QDate &today);
    static Trends fromCatalog(ArchiveCatalog &catalog, const QDate &today);

    struct Period
    {
        QDate start; // first day of the month or quarter
        QString label;
    };
    // Every period from the first to the last incident, gaps included (time runs evenly).
    QList<Period> periods(TrendPeriod period) const;

    // Severity keys in stacking order, most severe first; an empty key means "no severity".
    QList<CatalogSeverity> severities() const { return m_severities; }
    // [period][severity] counts, severities as in severities().
    QList<QList<int>> countsBySeverity(TrendPeriod period) const;

    struct MedianTimes
    {
        std::optional<double> toDetect; // seconds
        int detectSamples = 0;
        std::optional<double> toResolve;
        int resolveSamples = 0;
    };
    QList<MedianTimes> medianTimes(TrendPeriod period) const;

    struct RemediationProgress
    {
        int total = 0;
        int done = 0;
        int overdue = 0; // not done and due before today
        int open() const { return total - done - overdue; }
    };
    QList<RemediationProgress> remediationProgress(TrendPeriod period) const;

    // The median (not the mean: one incident that took days must not hide ten that took
    // minutes); the average of the two middle values for an even count.
    static std::optional<double> median(QList<double> values);

    ChartData severityChart(TrendPeriod period = TrendPeriod::Month) const;
    ChartData medianTimesChart(TrendPeriod period = TrendPeriod::Quarter) const;
    ChartData remediationChart(TrendPeriod period = TrendPeriod::Quarter) const;

    static QColor severityColor(int index, bool isNone);

private:
    int periodIndex(const QDate &date, TrendPeriod period) const;
    static QDate periodStart(const QDate &date, TrendPeriod period);

    QList<CatalogEntry> m_entries; // readable post-mortems with an incident date
    QList<CatalogRemediation> m_remediation;
    QList<CatalogSeverity> m_severities;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace Debrief
