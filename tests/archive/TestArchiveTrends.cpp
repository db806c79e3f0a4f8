// Trends across the archive, the chart renderer (PNG and PDF) and open remediation.
#include "ArchiveFixtures.h"
#include "archive/ArchiveCatalog.h"
#include "archive/OpenRemediation.h"
#include "archive/TrendChart.h"
#include "archive/Trends.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 6, 1);

CatalogEntry entry(qint64 id, const QDate &date, const QString &severity, int rank,
                   std::optional<qint64> detect, std::optional<qint64> resolve)
{
    CatalogEntry result;
    result.id = id;
    result.title = u"Incident %1"_s.arg(id);
    result.incidentDate = QDateTime(date, QTime(10, 0), QTimeZone::UTC);
    result.severityKey = severity;
    result.severityName = severity.isEmpty() ? QString() : u"Name of "_s + severity;
    result.severityRank = rank;
    result.durations.toDetect = detect;
    result.durations.toResolve = resolve;
    return result;
}

CatalogRemediation item(qint64 document, const QString &status, const QDate &due)
{
    CatalogRemediation result;
    result.documentId = document;
    result.item.title = u"Item"_s;
    result.item.status = status;
    result.item.dueDate = due;
    return result;
}

// Fraction of pixels that are not (nearly) white: a drawn chart has ink, an empty one little.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200)
                ++ink;
        }
    }
    return double(ink) / (double(image.width() / 2) * (image.height() / 2));
}

} // namespace

class TestArchiveTrends : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Trends sample() const
    {
        const QList<CatalogEntry> entries{
            entry(1, QDate(2026, 1, 5), u"SEV1"_s, 0, 600, 7200),
            entry(2, QDate(2026, 1, 20), u"SEV2"_s, 1, 1200, 3600),
            entry(3, QDate(2026, 2, 11), u"SEV2"_s, 1, 300, std::nullopt),
            entry(4, QDate(2026, 4, 2), u""_s, -1, 1800, 36000),
            entry(5, QDate(2026, 5, 30), u"SEV1"_s, 0, std::nullopt, 14400),
            entry(6, QDate(2026, 5, 31), u"SEV3"_s, 2, 900, 10800),
        };
        const QList<CatalogRemediation> remediation{
            item(1, u"done"_s, QDate(2026, 2, 1)),   item(1, u"open"_s, QDate(2026, 3, 1)),
            item(2, u"in-progress"_s, QDate(2026, 9, 1)), item(2, u"open"_s, {}),
            item(4, u"done"_s, {}),                  item(5, u"open"_s, QDate(2026, 5, 31)),
            item(6, u"open"_s, QDate(2026, 6, 1)),
        };
        return Trends(entries, remediation, Today);
    }

private Q_SLOTS:
    void medianIsNotMean()
    {
        QCOMPARE(Trends::median({}), std::nullopt);
        QCOMPARE(*Trends::median({5}), 5.0);
        QCOMPARE(*Trends::median({1, 100, 2}), 2.0);
        QCOMPARE(*Trends::median({4, 1, 3, 2}), 2.5);
        QCOMPARE(*Trends::median({60, 60, 60, 86400}), 60.0); // a mean would say 6 h
    }

    void periodsRunEvenly()
    {
        const Trends trends = sample();
        const QList<Trends::Period> months = trends.periods(TrendPeriod::Month);
        QCOMPARE(months.size(), 5); // January to May, March included though empty
        QCOMPARE(months.at(0).start, QDate(2026, 1, 1));
        QCOMPARE(months.at(2).start, QDate(2026, 3, 1));
        QCOMPARE(months.at(0).label, u"Jan 2026"_s);
        const QList<Trends::Period> quarters = trends.periods(TrendPeriod::Quarter);
        QCOMPARE(quarters.size(), 2);
        QCOMPARE(quarters.at(1).label, u"Q2 2026"_s);
    }

    void countsBySeverity()
    {
        const Trends trends = sample();
        const QList<CatalogSeverity> severities = trends.severities();
        QCOMPARE(severities.size(), 4);
        QCOMPARE(severities.at(0).key, u"SEV1"_s);
        QCOMPARE(severities.at(2).key, u"SEV3"_s);
        QCOMPARE(severities.at(3).key, QString()); // no severity last
        const QList<QList<int>> months = trends.countsBySeverity(TrendPeriod::Month);
        QCOMPARE(months.at(0), (QList<int>{1, 1, 0, 0}));
        QCOMPARE(months.at(1), (QList<int>{0, 1, 0, 0}));
        QCOMPARE(months.at(2), (QList<int>{0, 0, 0, 0}));
        QCOMPARE(months.at(3), (QList<int>{0, 0, 0, 1}));
        QCOMPARE(months.at(4), (QList<int>{1, 0, 1, 0}));
        const ChartData chart = trends.severityChart(TrendPeriod::Month);
        QCOMPARE(chart.categories.size(), 5);
        QCOMPARE(chart.series.size(), 4);
        QCOMPARE(chart.series.at(0).name, u"SEV1 – Name of SEV1"_s);
        QCOMPARE(chart.series.at(3).name, u"No severity"_s);
        QCOMPARE(chart.annotations, (QStringList{u"2"_s, u"1"_s, QString(), u"1"_s, u"2"_s}));
    }

    void medianTimesPerQuarter()
    {
        const QList<Trends::MedianTimes> quarters = sample().medianTimes(TrendPeriod::Quarter);
        QCOMPARE(quarters.size(), 2);
        QCOMPARE(*quarters.at(0).toDetect, 600.0); // 600, 1200, 300
        QCOMPARE(quarters.at(0).detectSamples, 3);
        QCOMPARE(*quarters.at(0).toResolve, 5400.0); // 7200, 3600
        QCOMPARE(*quarters.at(1).toDetect, 1350.0);  // 1800, 900
        QCOMPARE(*quarters.at(1).toResolve, 14400.0); // 36000, 14400, 10800
        const ChartData chart = sample().medianTimesChart();
        QCOMPARE(chart.unit, ChartData::Unit::Duration);
        QCOMPARE(chart.series.size(), 2);
        QCOMPARE(chart.series.at(1).values.at(1), 14400.0);
        QCOMPARE(chart.annotations.at(0), u"n = 3"_s);
    }

    void remediationProgress()
    {
        const QList<Trends::RemediationProgress> quarters =
            sample().remediationProgress(TrendPeriod::Quarter);
        QCOMPARE(quarters.at(0).total, 4);
        QCOMPARE(quarters.at(0).done, 1);
        QCOMPARE(quarters.at(0).overdue, 1); // due 2026-03-01
        QCOMPARE(quarters.at(0).open(), 2);
        QCOMPARE(quarters.at(1).total, 3);
        QCOMPARE(quarters.at(1).done, 1);
        QCOMPARE(quarters.at(1).overdue, 1); // due 2026-05-31; 2026-06-01 is due today, not overdue
        const ChartData chart = sample().remediationChart();
        QCOMPARE(chart.annotations, (QStringList{u"25% done"_s, u"33% done"_s}));
    }

    void fromCatalog()
    {
        const QString folder = m_dir.filePath(u"archive"_s);
        QDir().mkpath(folder);
        for (int i = 0; i < 4; ++i) {
            ArchiveFixtures::Spec spec;
            spec.title = u"Trend %1"_s.arg(i);
            spec.startedAt = QDateTime(QDate(2026, 1 + i * 2, 3), QTime(9, 0), QTimeZone::UTC);
            spec.severityKey = i % 2 ? u"SEV1"_s : u"SEV3"_s;
            spec.milestones = ArchiveFixtures::standardMilestones();
            spec.remediation = {{u"Fix %1"_s.arg(i), u"Ann"_s, i == 0 ? u"done"_s : u"open"_s,
                                 QDate(2026, 3, 1)}};
            QString error;
            QVERIFY2(ArchiveFixtures::write(QDir(folder).filePath(u"t%1.debrief"_s.arg(i)), spec, &error),
                     qPrintable(error));
        }
        ArchiveCatalog catalog;
        QString error;
        QVERIFY(catalog.open(m_dir.filePath(u"trends.sqlite"_s), &error));
        catalog.index({folder});
        const Trends trends = Trends::fromCatalog(catalog, Today);
        QCOMPARE(trends.periods(TrendPeriod::Month).size(), 7);
        QCOMPARE(trends.severities().constFirst().key, u"SEV1"_s);
        QCOMPARE(*trends.medianTimes(TrendPeriod::Quarter).constFirst().toDetect, 720.0);
        QCOMPARE(trends.remediationProgress(TrendPeriod::Quarter).constFirst().done, 1);
        QCOMPARE(trends.remediationProgress(TrendPeriod::Quarter).constFirst().overdue, 1);

        // Open remediation across the archive, by owner and due date.
        const QList<OpenRemediationItem> open = OpenRemediation::list(catalog, Today);
        QCOMPARE(open.size(), 3);
        QVERIFY(open.constFirst().overdue);
    }

    void chartsExportAsPngAndPdf()
    {
        const Trends trends = sample();
        const QString outDir = qEnvironmentVariable("DEBRIEF_ARCHIVE_CHART_DIR", m_dir.path());
        QDir().mkpath(outDir);
        // Two and a half years: a crowded axis must thin its labels, not overlap them.
        QList<CatalogEntry> many;
        QList<CatalogRemediation> manyItems;
        for (int i = 0; i < 90; ++i) {
            const QDate date = QDate(2024, 1, 3).addDays(i * 10 + (i * 7) % 9);
            many.append(entry(i + 1, date, u"SEV%1"_s.arg(1 + (i * 5) % 4), (i * 5) % 4,
                              300 + (i * 137) % 2400, 3600 + (i * 2311) % 40000));
            for (int k = 0; k < 1 + i % 4; ++k)
                manyItems.append(item(i + 1, (i + k) % 3 == 0 ? u"done"_s : u"open"_s,
                                      date.addDays(30 + k * 40)));
        }
        const Trends longer(many, manyItems, Today);
        const QList<std::pair<QString, ChartData>> charts{
            {u"severity-per-month"_s, trends.severityChart(TrendPeriod::Month)},
            {u"severity-per-month-30-months"_s, longer.severityChart(TrendPeriod::Month)},
            {u"median-times-per-quarter-10-quarters"_s, longer.medianTimesChart(TrendPeriod::Quarter)},
            {u"remediation-per-quarter-10-quarters"_s, longer.remediationChart(TrendPeriod::Quarter)},
            {u"median-times-per-quarter"_s, trends.medianTimesChart(TrendPeriod::Quarter)},
            {u"remediation-per-quarter"_s, trends.remediationChart(TrendPeriod::Quarter)},
            {u"remediation-per-month"_s, trends.remediationChart(TrendPeriod::Month)},
        };
        for (const auto &[name, chart] : charts) {
            QString error;
            const QString png = QDir(outDir).filePath(name + u".png"_s);
            QVERIFY2(TrendChart::savePng(chart, png, &error), qPrintable(error));
            const QImage image(png);
            QCOMPARE(image.size(), TrendChart::DefaultImageSize);
            const double ink = inkShare(image);
            QVERIFY2(ink > 0.02 && ink < 0.6, qPrintable(u"%1: %2"_s.arg(name).arg(ink)));

            const QString pdf = QDir(outDir).filePath(name + u".pdf"_s);
            QVERIFY2(TrendChart::savePdf(chart, pdf, &error), qPrintable(error));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            // Vector: text as fonts, no embedded raster image.
            QVERIFY(bytes.contains("/Font"));
            QVERIFY(!bytes.contains("/Subtype /Image"));
        }
    }

    void emptyChartSaysSo()
    {
        const Trends empty({}, {}, Today);
        const ChartData chart = empty.severityChart();
        QVERIFY(TrendChart::isEmpty(chart));
        const QImage image = TrendChart::toImage(chart, QSize(800, 450));
        QVERIFY(inkShare(image) > 0.0005);
        QVERIFY(inkShare(image) < 0.05);
        QString error;
        QVERIFY(!TrendChart::savePng(chart, m_dir.filePath(u"missing-folder/x.png"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void chartScalesToSmallAndLargeTargets()
    {
        const ChartData chart = sample().severityChart();
        for (const QSize size : {QSize(480, 270), QSize(3200, 1800)}) {
            const QImage image = TrendChart::toImage(chart, size);
            QCOMPARE(image.size(), size);
            QVERIFY(inkShare(image) > 0.02);
        }
    }

    void openRemediationOrderAndModel()
    {
        const QString folder = m_dir.filePath(u"open-remediation"_s);
        QDir().mkpath(folder);
        ArchiveFixtures::Spec spec;
        spec.title = u"Owners"_s;
        spec.remediation = {{u"b-late"_s, u"bob"_s, u"open"_s, QDate(2026, 9, 1)},
                            {u"nobody"_s, u""_s, u"open"_s, QDate(2026, 1, 1)},
                            {u"a-no-date"_s, u"Alice"_s, u"in-progress"_s, {}},
                            {u"a-early"_s, u"alice"_s, u"open"_s, QDate(2026, 2, 1)},
                            {u"done"_s, u"Alice"_s, u"done"_s, QDate(2026, 1, 1)},
                            {u"b-early"_s, u"Bob"_s, u"open"_s, QDate(2026, 7, 1)}};
        QString error;
        QVERIFY(ArchiveFixtures::write(QDir(folder).filePath(u"o.debrief"_s), spec, &error));
        ArchiveCatalog catalog;
        QVERIFY(catalog.open(m_dir.filePath(u"open.sqlite"_s), &error));
        catalog.index({folder});

        const QList<OpenRemediationItem> items = OpenRemediation::list(catalog, Today);
        QStringList order;
        for (const OpenRemediationItem &item : items)
            order.append(item.item.title);
        QCOMPARE(order, (QStringList{u"a-early"_s, u"a-no-date"_s, u"b-early"_s, u"b-late"_s,
                                     u"nobody"_s}));
        const auto groups = OpenRemediation::byOwner(items);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).second.size(), 2);
        QCOMPARE(groups.at(2).first, QString());

        OpenRemediationModel model(&catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(Today);
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, OpenRemediationModel::DueColumn)).toString(),
                 u"2026-02-01 (overdue)"_s);
        QVERIFY(model.data(model.index(0, 0), OpenRemediationModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(4, OpenRemediationModel::OwnerColumn)).toString(),
                 u"(no owner)"_s);
        QCOMPARE(model.data(model.index(1, OpenRemediationModel::DueColumn)).toString(),
                 u"(no due date)"_s);
        QCOMPARE(model.data(model.index(0, OpenRemediationModel::PostMortemColumn)).toString(),
                 u"Owners (2026-03-10)"_s);
        QCOMPARE(model.headerData(OpenRemediationModel::OwnerColumn, Qt::Horizontal).toString(),
                 u"Owner"_s);
    }
};

QTEST_MAIN(TestArchiveTrends)
#include "TestArchiveTrends.moc"
