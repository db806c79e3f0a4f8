// Archive benchmarks of issue #6: index 1,000 post-mortems from an empty catalog in at most
// 15 s, pick up one changed file in at most 200 ms, search them in at most 30 ms.
#include "BenchmarkTable.h"
#include "LargeDocumentGenerator.h"
#include "archive/ArchiveCatalog.h"
#include "archive/ArchiveSearchModel.h"
#include "document/Document.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Debrief;
using namespace Debrief::Benchmarks;
using namespace Qt::StringLiterals;

namespace {

constexpr int DocumentCount = 1000;

const QStringList Services{u"checkout"_s, u"parcel tracking"_s, u"billing"_s, u"search"_s,
                           u"login"_s, u"notifications"_s, u"label printing"_s, u"payments"_s};
const QStringList Symptoms{u"unavailable"_s, u"slow"_s, u"returning errors"_s,
                           u"serving stale data"_s, u"partially down"_s, u"timing out"_s};
const QStringList Causes{u"after certificate rotation"_s, u"after a deploy"_s,
                         u"during failover"_s, u"after a config change"_s,
                         u"under a traffic spike"_s, u"after a schema migration"_s};
const QStringList FactorTitles{
    u"Alert routed to an archived channel"_s,
    u"Runbook described a different failure"_s,
    u"Connection pool recycled every connection at once"_s,
    u"No canary for configuration changes"_s,
    u"First on-call week without a secondary"_s,
    u"Dashboards showed averages that hid the errors"_s,
    u"Retry storm amplified the outage"_s,
    u"Certificate trusted from a private bundle"_s,
};
const QStringList Categories{u"technology"_s, u"process"_s, u"communication"_s,
                             u"people-and-workload"_s};
const QStringList Owners{u"Mira Lindqvist"_s, u"Daniel Okafor"_s, u"Priya Raman"_s,
                         u"Tomasz Wójcik"_s, u"Felix Hartmann"_s, u"Aiko Tanaka"_s};
const QStringList Statuses{u"open"_s, u"in-progress"_s, u"done"_s, u"done"_s};
const QStringList Milestones{u"impact-start"_s, u"detected"_s, u"acknowledged"_s,
                             u"mitigated"_s, u"resolved"_s};

// One small generated post-mortem (30 events, 8 remediation items), then varied: title,
// reference, severity, dates, milestones, factors, remediation state.
bool generateArchive(const QString &folder, QString *error)
{
    const QString base = QDir(folder).filePath(u".base.debrief.tmp"_s);
    TestSupport::LargeDocumentSize size;
    size.timelineEvents = 30;
    size.remediationItems = 8;
    size.participants = 6;
    size.evidenceBytes = 0;
    if (!TestSupport::generateLargeDocument(base, size, error))
        return false;
    QRandomGenerator random(6);
    const QDateTime firstIncident(QDate(2024, 7, 1), QTime(8, 0), QTimeZone::UTC);
    for (int i = 0; i < DocumentCount; ++i) {
        const QString path =
            QDir(folder).filePath(u"team-%1/pm-%2.debrief"_s.arg(i % 10).arg(i, 4, 10, QChar(u'0')));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!QFile::copy(base, path)) {
            *error = u"cannot copy to "_s + path;
            return false;
        }
        OpenError openError;
        auto document = Document::open(path, DocumentFile::Access::ReadWrite, &openError);
        if (!document) {
            *error = openError.reason;
            return false;
        }
        const QDateTime start = firstIncident.addSecs(qint64(i) * 63 * 1000 + random.bounded(3600));
        document->setIncidentValue(
            IncidentField::Title,
            u"%1 %2 %3"_s.arg(Services.at(random.bounded(int(Services.size()))),
                              Symptoms.at(random.bounded(int(Symptoms.size()))),
                              Causes.at(random.bounded(int(Causes.size())))));
        document->setIncidentValue(IncidentField::Reference, u"INC-%1"_s.arg(1000 + i));
        document->setIncidentValue(IncidentField::Severity, 1 + random.bounded(4));
        document->setIncidentValue(IncidentField::StartedAt, start);
        document->setIncidentValue(IncidentField::CreatedAt, start.addDays(1));
        document->setIncidentValue(IncidentField::Status, i % 5 == 0 ? u"draft"_s : u"published"_s);
        const QList<Record> events = document->records(Table::TimelineEvent);
        qint64 minutes = 0;
        for (int m = 0; m < Milestones.size(); ++m) {
            minutes += 3 + random.bounded(m == 4 ? 600 : 90);
            document->setValue(Table::TimelineEvent, events.at(m * 5).id,
                               TimelineEventField::Milestone, Milestones.at(m));
            document->setValue(Table::TimelineEvent, events.at(m * 5).id,
                               TimelineEventField::OccurredAt, start.addSecs(minutes * 60));
        }
        for (int f = 0; f < 3; ++f) {
            Record factor = emptyRecord(Table::ContributingFactor);
            factor.values[ContributingFactorField::Title] =
                FactorTitles.at(random.bounded(int(FactorTitles.size())));
            factor.values[ContributingFactorField::Description] =
                u"Seen in %1; it made sense at the time."_s.arg(Services.at(random.bounded(int(Services.size()))));
            factor.values[ContributingFactorField::Category] =
                Categories.at(random.bounded(int(Categories.size())));
            document->insertRecord(Table::ContributingFactor, factor);
        }
        for (const Record &item : document->records(Table::RemediationItem)) {
            document->setValue(Table::RemediationItem, item.id, RemediationField::Status,
                               Statuses.at(random.bounded(int(Statuses.size()))));
            document->setValue(Table::RemediationItem, item.id, RemediationField::Owner,
                               Owners.at(random.bounded(int(Owners.size()))));
            document->setValue(Table::RemediationItem, item.id, RemediationField::DueDate,
                               start.date().addDays(14 + random.bounded(120)));
        }
        if (!document->saveNow()) {
            *error = u"cannot save "_s + path;
            return false;
        }
    }
    QFile::remove(base);
    return true;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"debrief-bench"_s);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"archive"_s);
    QString error;
    if (!generateArchive(folder, &error)) {
        qCritical("cannot generate: %s", qPrintable(error));
        return 1;
    }
    const QString sizeNote = u"1,000 post-mortems of 30 events, 8 remediation items, 3 factors"_s;
    BenchmarkTable table(u"Archive (issue #6)"_s);

    ArchiveCatalog catalog;
    if (!catalog.open(dir.filePath(u"catalog.sqlite"_s), &error)) {
        qCritical("cannot open the catalog: %s", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const IndexReport cold = catalog.index({folder});
    const double coldMs = elapsedMs(timer);
    if (!cold.succeeded() || cold.added != DocumentCount) {
        qCritical("indexing failed: %s (%d added)", qPrintable(cold.error), cold.added);
        return 1;
    }
    table.add(u"index 1,000 post-mortems into an empty catalog"_s, coldMs, 15000,
              sizeNote + u"; files in the OS cache"_s);

    QList<double> samples;
    for (int run = 0; run < 9; ++run) {
        timer.restart();
        catalog.index({folder});
        samples.append(elapsedMs(timer));
    }
    table.add(u"re-index, nothing changed"_s, median(samples), 200,
              u"1,000 files: list and compare size and time"_s);

    samples.clear();
    for (int run = 0; run < 9; ++run) {
        const QString path = QDir(folder).filePath(u"team-%1/pm-%2.debrief"_s.arg(run * 7 % 10).arg(run * 7, 4, 10, QChar(u'0')));
        {
            OpenError openError;
            auto document = Document::open(path, DocumentFile::Access::ReadWrite, &openError);
            document->setIncidentValue(IncidentField::Summary, u"Edited summary %1"_s.arg(run));
            document->saveNow();
        }
        timer.restart();
        const IndexReport report = catalog.index({folder});
        samples.append(elapsedMs(timer));
        if (report.updated != 1) {
            qCritical("expected one update, got %d", report.updated);
            return 1;
        }
    }
    table.add(u"re-index after one changed file"_s, median(samples), 200,
              u"the file is read, its rows and full text replaced"_s);

    const QDate today(2026, 6, 1);
    auto searchMs = [&](ArchiveQuery query) {
        return medianMs(51, [&] {
            QString searchError;
            const QList<CatalogEntry> results = catalog.search(query, today, &searchError);
            if (!searchError.isEmpty())
                qCritical("%s", qPrintable(searchError));
        });
    };
    ArchiveQuery words;
    words.text = u"certificate rotation"_s;
    table.add(u"search 1,000: two words, by relevance"_s, searchMs(words), 30,
              u"FTS5 bm25, snippets"_s);
    // What the browser does per keystroke: the search, then the snippets of the rows in view.
    auto browserMs = [&](const ArchiveQuery &query) {
        ArchiveSearchModel model(&catalog);
        model.setToday(today);
        return medianMs(51, [&] {
            model.setQuery(query);
            for (int row = 0; row < std::min(model.rowCount(), 25); ++row)
                model.index(row, 0).data(ArchiveSearchModel::SnippetRole);
        });
    };
    ArchiveQuery prefix;
    prefix.text = u"ch"_s;
    table.add(u"search 1,000: two-letter prefix as typed (browser)"_s, browserMs(prefix), 30,
              u"matches about a quarter of the archive; snippets of the 25 rows in view"_s);
    table.add(u"search 1,000: two-letter prefix, snippets of all (CLI)"_s, searchMs(prefix),
              0, u"for comparison: a snippet for every hit"_s);
    ArchiveQuery filtered;
    filtered.text = u"pool"_s;
    filtered.severityKeys = {u"SEV1"_s, u"SEV2"_s};
    filtered.from = QDate(2025, 1, 1);
    filtered.openRemediationOnly = true;
    filtered.sort = ArchiveQuery::Sort::Severity;
    table.add(u"search 1,000: word, filters, severity order (browser)"_s, browserMs(filtered),
              30, u"severity, date range, open remediation"_s);
    ArchiveQuery all;
    all.sort = ArchiveQuery::Sort::Date;
    all.order = Qt::DescendingOrder;
    table.add(u"list all 1,000 by date (empty search)"_s, searchMs(all), 30,
              u"with overdue counts"_s);
    table.print();
    return 0;
}
