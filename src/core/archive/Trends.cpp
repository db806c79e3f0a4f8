#include "Trends.h"

#include <QLocale>

#include <cmath>
#include <numeric>

namespace Debrief {

using namespace Qt::StringLiterals;

Trends::Trends(QList<CatalogEntry> entries, QList<CatalogRemediation> remediation,
               const QDate &today)
    : m_remediation(std::move(remediation))
    , m_today(today)
{
    QHash<QString, CatalogSeverity> severities;
    for (CatalogEntry &entry : entries) {
        if (!entry.incidentDate.isValid())
            continue;
        const QDate date = entry.incidentDate.toUTC().date();
        m_first = m_first.isValid() ? std::min(m_first, date) : date;
        m_last = m_last.isValid() ? std::max(m_last, date) : date;
        CatalogSeverity &severity = severities[entry.severityKey];
        severity.key = entry.severityKey;
        if (severity.name.isEmpty())
            severity.name = entry.severityName;
        if (entry.severityRank >= 0 && (severity.rank < 0 || entry.severityRank < severity.rank))
            severity.rank = entry.severityRank;
        m_entries.append(std::move(entry));
    }
    m_severities = severities.values();
    std::sort(m_severities.begin(), m_severities.end(),
              [](const CatalogSeverity &a, const CatalogSeverity &b) {
                  // Unknown severity last, then by rank, then by key.
                  if (a.key.isEmpty() != b.key.isEmpty())
                      return b.key.isEmpty();
                  const int rankA = a.rank < 0 ? std::numeric_limits<int>::max() : a.rank;
                  const int rankB = b.rank < 0 ? std::numeric_limits<int>::max() : b.rank;
                  return rankA != rankB ? rankA < rankB : a.key < b.key;
              });
}

Trends Trends::fromCatalog(ArchiveCatalog &catalog, const QDate &today)
{
    return Trends(catalog.entries(today), catalog.remediationItems(), today);
}

QDate Trends::periodStart(const QDate &date, TrendPeriod period)
{
    const int month = period == TrendPeriod::Month ? date.month() : (date.month() - 1) / 3 * 3 + 1;
    return QDate(date.year(), month, 1);
}

int Trends::periodIndex(const QDate &date, TrendPeriod period) const
{
    const QDate first = periodStart(m_first, period);
    const QDate start = periodStart(date, period);
    const int months = (start.year() - first.year()) * 12 + start.month() - first.month();
    return period == TrendPeriod::Month ? months : months / 3;
}

QList<Trends::Period> Trends::periods(TrendPeriod period) const
{
    QList<Period> result;
    if (!m_first.isValid())
        return result;
    const QDate last = periodStart(m_last, period);
    for (QDate start = periodStart(m_first, period); start <= last;
         start = start.addMonths(period == TrendPeriod::Month ? 1 : 3)) {
        const QString label =
            period == TrendPeriod::Month
                ? tr("%1 %2").arg(QLocale().monthName(start.month(), QLocale::ShortFormat)).arg(start.year())
                : tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
        result.append({start, label});
    }
    return result;
}

QList<QList<int>> Trends::countsBySeverity(TrendPeriod period) const
{
    QList<QList<int>> counts(periods(period).size(), QList<int>(m_severities.size(), 0));
    for (const CatalogEntry &entry : m_entries) {
        const int p = periodIndex(entry.incidentDate.toUTC().date(), period);
        const auto severity = std::find_if(m_severities.cbegin(), m_severities.cend(),
                                           [&](const CatalogSeverity &s) {
                                               return s.key == entry.severityKey;
                                           });
        ++counts[p][int(severity - m_severities.cbegin())];
    }
    return counts;
}

std::optional<double> Trends::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2;
}

QList<Trends::MedianTimes> Trends::medianTimes(TrendPeriod period) const
{
    const qsizetype count = periods(period).size();
    QList<QList<double>> detect(count);
    QList<QList<double>> resolve(count);
    for (const CatalogEntry &entry : m_entries) {
        const int p = periodIndex(entry.incidentDate.toUTC().date(), period);
        if (entry.durations.toDetect)
            detect[p].append(double(*entry.durations.toDetect));
        if (entry.durations.toResolve)
            resolve[p].append(double(*entry.durations.toResolve));
    }
    QList<MedianTimes> result;
    for (qsizetype p = 0; p < count; ++p)
        result.append({median(detect.at(p)), int(detect.at(p).size()), median(resolve.at(p)),
                       int(resolve.at(p).size())});
    return result;
}

QList<Trends::RemediationProgress> Trends::remediationProgress(TrendPeriod period) const
{
    QList<RemediationProgress> result(periods(period).size());
    QHash<qint64, int> periodOfDocument;
    for (const CatalogEntry &entry : m_entries)
        periodOfDocument.insert(entry.id, periodIndex(entry.incidentDate.toUTC().date(), period));
    for (const CatalogRemediation &row : m_remediation) {
        const auto p = periodOfDocument.constFind(row.documentId);
        if (p == periodOfDocument.cend())
            continue;
        RemediationProgress &progress = result[p.value()];
        ++progress.total;
        if (row.item.isDone())
            ++progress.done;
        else if (row.item.isOverdue(m_today))
            ++progress.overdue;
    }
    return result;
}

QColor Trends::severityColor(int index, bool isNone)
{
    if (isNone)
        return QColor(0xB0, 0xBE, 0xC5);
    static const QList<QColor> colors{QColor(0xB7, 0x1C, 0x1C), QColor(0xEF, 0x6C, 0x00),
                                      QColor(0xF9, 0xA8, 0x25), QColor(0x15, 0x65, 0xC0),
                                      QColor(0x6A, 0x1B, 0x9A), QColor(0x00, 0x83, 0x8F)};
    return colors.at(index % colors.size());
}

ChartData Trends::severityChart(TrendPeriod period) const
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.unit = ChartData::Unit::Count;
    chart.title = period == TrendPeriod::Month ? tr("Post-mortems per month by severity")
                                               : tr("Post-mortems per quarter by severity");
    chart.xAxisTitle = period == TrendPeriod::Month ? tr("Month of the incident")
                                                    : tr("Quarter of the incident");
    chart.yAxisTitle = tr("Post-mortems");
    chart.valueLabels = true;
    chart.emptyText = tr("No post-mortems with an incident date in the archive yet.");
    const QList<Period> all = periods(period);
    for (const Period &p : all)
        chart.categories.append(p.label);
    const QList<QList<int>> counts = countsBySeverity(period);
    for (int s = 0; s < m_severities.size(); ++s) {
        const CatalogSeverity &severity = m_severities.at(s);
        ChartSeries series;
        series.name = severity.key.isEmpty() ? tr("No severity")
                      : severity.name.isEmpty() ? severity.key
                                                : tr("%1 – %2").arg(severity.key, severity.name);
        series.color = severityColor(s, severity.key.isEmpty());
        for (const QList<int> &row : counts)
            series.values.append(row.at(s));
        chart.series.append(series);
    }
    for (const QList<int> &row : counts) {
        const int total = std::accumulate(row.cbegin(), row.cend(), 0);
        chart.annotations.append(total > 0 ? QString::number(total) : QString());
    }
    return chart;
}

ChartData Trends::medianTimesChart(TrendPeriod period) const
{
    ChartData chart;
    chart.kind = ChartData::Kind::GroupedBars;
    chart.unit = ChartData::Unit::Duration;
    chart.title = period == TrendPeriod::Month
                      ? tr("Median time to detect and to resolve, per month")
                      : tr("Median time to detect and to resolve, per quarter");
    chart.xAxisTitle = period == TrendPeriod::Month ? tr("Month of the incident")
                                                    : tr("Quarter of the incident");
    chart.yAxisTitle = tr("Median time");
    chart.valueLabels = true;
    chart.emptyText = tr("No post-mortem in the archive has the milestones these times need "
                         "(impact started, detected, resolved).");
    for (const Period &p : periods(period))
        chart.categories.append(p.label);
    ChartSeries detect{tr("Time to detect"), QColor(0x15, 0x65, 0xC0), {}};
    ChartSeries resolve{tr("Time to resolve"), QColor(0xEF, 0x6C, 0x00), {}};
    for (const MedianTimes &times : medianTimes(period)) {
        detect.values.append(times.toDetect.value_or(qQNaN()));
        resolve.values.append(times.toResolve.value_or(qQNaN()));
        const int samples = std::max(times.detectSamples, times.resolveSamples);
        chart.annotations.append(samples > 0 ? tr("n = %1").arg(samples) : QString());
    }
    chart.series = {detect, resolve};
    return chart;
}

ChartData Trends::remediationChart(TrendPeriod period) const
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.unit = ChartData::Unit::Count;
    chart.title = period == TrendPeriod::Month
                      ? tr("Remediation items per month: done, open and overdue")
                      : tr("Remediation items per quarter: done, open and overdue");
    chart.xAxisTitle = period == TrendPeriod::Month ? tr("Month of the incident")
                                                    : tr("Quarter of the incident");
    chart.yAxisTitle = tr("Remediation items");
    chart.valueLabels = true;
    chart.emptyText = tr("No remediation items in the archive yet.");
    for (const Period &p : periods(period))
        chart.categories.append(p.label);
    ChartSeries done{tr("Done"), QColor(0x2E, 0x7D, 0x32), {}};
    ChartSeries open{tr("Open, not overdue"), QColor(0x90, 0xA4, 0xAE), {}};
    ChartSeries overdue{tr("Overdue"), QColor(0xC6, 0x28, 0x28), {}};
    for (const RemediationProgress &progress : remediationProgress(period)) {
        done.values.append(progress.done);
        open.values.append(progress.open());
        overdue.values.append(progress.overdue);
        // Completion: the share of agreed items that are done.
        chart.annotations.append(progress.total > 0
                                     ? tr("%1% done").arg(qRound(100.0 * progress.done / progress.total))
                                     : QString());
    }
    chart.series = {done, open, overdue};
    return chart;
}

} // namespace Debrief
