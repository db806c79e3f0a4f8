// Similarity, side-by-side comparison (and its model), recurrence across the archive.
#include "ArchiveFixtures.h"
#include "archive/ArchiveCatalog.h"
#include "archive/Comparison.h"
#include "archive/ComparisonModel.h"
#include "archive/Recurrence.h"
#include "archive/Similarity.h"
#include "document/Document.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 6, 1);

ArchiveFixtures::Factor alertFactor()
{
    return {u"The database alert went to an archived Slack channel"_s,
            u"Nobody reads the channel any more, so the alert reached no person."_s,
            u"communication"_s};
}

ArchiveFixtures::Factor alertFactorAgain()
{
    return {u"Alerts for the queue were routed to an archived channel"_s,
            u"The alert fired but reached no person on call."_s, u"communication"_s};
}

ArchiveFixtures::Factor unrelatedFactor()
{
    return {u"Runbook described an overload, not a certificate problem"_s,
            u"Diagnosis followed the documented path."_s, u"process"_s};
}

} // namespace

class TestArchiveComparison : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const ArchiveFixtures::Spec &spec)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QString error;
        if (!ArchiveFixtures::write(path, spec, &error))
            qWarning() << error;
        return path;
    }

private Q_SLOTS:
    void tokensAreNormalized()
    {
        const Similarity::Tokens tokens =
            Similarity::tokens(u"The Alerts were ALERTING; alerted (Überlast) in the queues!"_s);
        QVERIFY(tokens.contains(u"alert"_s));
        QVERIFY(tokens.contains(u"uberlast"_s));
        QVERIFY(tokens.contains(u"queu"_s));
        QVERIFY(!tokens.contains(u"the"_s));
        QVERIFY(!tokens.contains(u"were"_s));
        QCOMPARE(tokens.size(), 3); // alert, uberlast, queu
        QCOMPARE(Similarity::split(Similarity::join(tokens)), tokens);
        QCOMPARE(Similarity::tokens(u"caches"_s), Similarity::tokens(u"cache"_s));
        QCOMPARE(Similarity::tokens(u"certificates"_s), Similarity::tokens(u"certificate"_s));
    }

    void jaccardWithCategoryBonus()
    {
        const auto a = Similarity::tokens(u"connection pool exhausted"_s);
        const auto b = Similarity::tokens(u"connection pool timeout"_s);
        Similarity::Score score = Similarity::score(a, u"technology"_s, b, u"process"_s);
        QCOMPARE(score.sharedWords, 2);
        QCOMPARE(score.allWords, 4);
        QCOMPARE(score.jaccard, 0.5);
        QVERIFY(!score.sameCategory);
        QCOMPARE(score.value(), 0.5);
        QVERIFY(score.resembles());
        score = Similarity::score(a, u"technology"_s, b, u"technology"_s);
        QCOMPARE(score.value(), 0.6);
        QVERIFY(Similarity::explain(score).contains(u"2 of 4"_s));
        QVERIFY(Similarity::explain(score).contains(u"same category"_s));

        // Identical text with the bonus is capped at 1; empty texts never match.
        QCOMPARE(Similarity::score(a, u"x"_s, a, u"x"_s).value(), 1.0);
        QCOMPARE(Similarity::score({}, u"x"_s, {}, u"x"_s).jaccard, 0.0);
        QVERIFY(!Similarity::score({}, {}, {}, {}).resembles());
        // Below the threshold: one word of seven.
        const auto c = Similarity::tokens(u"disk full on the build server"_s);
        QVERIFY(!Similarity::score(a, {}, c, {}).resembles());
        QVERIFY(Similarity::measureDescription().contains(u"0.30"_s));
    }

    void compareFilesSideBySide()
    {
        ArchiveFixtures::Spec first;
        first.title = u"Tracking outage"_s;
        first.reference = u"INC-1"_s;
        first.severityKey = u"SEV1"_s;
        first.milestones = ArchiveFixtures::standardMilestones();
        first.factors = {alertFactor(), unrelatedFactor()};
        first.remediation = {{u"Route every alert to a person"_s, u"Dan"_s, u"open"_s, QDate(2026, 5, 1)},
                             {u"Runbook for TLS"_s, u"Mira"_s, u"done"_s, QDate(2026, 4, 1)}};
        first.questions = {{u"people"_s, u"discussed"_s}, {u"people"_s, u"skipped"_s},
                           {u"process"_s, u"discussed"_s}};
        first.customerImpact = u"Tracking was down."_s;
        ArchiveFixtures::Spec second;
        second.title = u"Queue backlog"_s;
        second.severityKey = u"SEV3"_s;
        second.startedAt = QDateTime(QDate(2026, 4, 2), QTime(8, 0), QTimeZone::UTC);
        second.milestones = {{u"impact-start"_s, 0}, {u"detected"_s, 45}};
        second.factors = {alertFactorAgain()};
        second.remediation = {{u"Test alert routes weekly"_s, u"Ann"_s, u"in-progress"_s, QDate(2026, 7, 1)}};
        ArchiveFixtures::Spec third;
        third.title = u"Disk full"_s;
        third.factors = {{u"Log rotation disabled on the build server"_s, {}, u"technology"_s}};

        QString error;
        const auto comparison = Comparison::fromFiles(
            {write(u"a.debrief"_s, first), write(u"b.debrief"_s, second), write(u"c.debrief"_s, third)},
            &error, Today);
        QVERIFY2(comparison, qPrintable(error));
        QCOMPARE(comparison->documents().size(), 3);
        const PostMortemSummary &a = comparison->documents().at(0);
        QCOMPARE(a.severityKey, u"SEV1"_s);
        QCOMPARE(a.durations.toDetect, std::optional<qint64>(12 * 60));
        QCOMPARE(a.durations.toAcknowledge, std::optional<qint64>(8 * 60));
        QCOMPARE(a.durations.toMitigate, std::optional<qint64>(95 * 60));
        QCOMPARE(a.durations.toResolve, std::optional<qint64>(180 * 60));
        QCOMPARE(a.questionsDiscussed(), 2);
        QCOMPARE(a.questionsTotal(), 3);
        QCOMPARE(comparison->documents().at(1).durations.toResolve, std::nullopt);

        // The alert-routing factors recur across the first two; nothing else does.
        QCOMPARE(comparison->recurrenceGroupCount(), 1);
        QCOMPARE(comparison->recurrenceGroup(0, 0), 0);
        QCOMPARE(comparison->recurrenceGroup(1, 0), 0);
        QCOMPARE(comparison->recurrenceGroup(0, 1), -1);
        QCOMPARE(comparison->recurrenceGroup(2, 0), -1);
        QCOMPARE(comparison->similarFactors(0, 0).size(), 1);
        QVERIFY(comparison->similarFactors(0, 0).constFirst().score.sameCategory);
        QVERIFY2(comparison->recurrenceExplanation(0, 0).contains(u"Queue backlog"_s),
                 qPrintable(comparison->recurrenceExplanation(0, 0)));

        const QJsonObject json = comparison->toJson();
        const QJsonArray documents = json.value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 3);
        const QJsonObject firstJson = documents.at(0).toObject();
        QCOMPARE(firstJson.value(u"timeToDetect"_s).toInt(), 720);
        QCOMPARE(firstJson.value(u"remediation"_s).toArray().at(0).toObject().value(u"overdue"_s).toBool(), true);
        QCOMPARE(firstJson.value(u"remediation"_s).toArray().at(1).toObject().value(u"overdue"_s).toBool(), false);
        QCOMPARE(firstJson.value(u"factors"_s).toArray().at(0).toObject().value(u"recurrenceGroup"_s).toInt(), 0);
        QVERIFY(firstJson.value(u"factors"_s).toArray().at(1).toObject().value(u"recurrenceGroup"_s).isNull());
        QCOMPARE(json.value(u"similarity"_s).toObject().value(u"threshold"_s).toDouble(), Similarity::Threshold);

        const QString text = comparison->toText();
        QVERIFY2(text.contains(u"recurring #1"_s), qPrintable(text));
        QVERIFY(text.contains(u"OVERDUE"_s));
        QVERIFY(text.contains(u"12 min"_s));
        QVERIFY(text.contains(u"3 h"_s));
        QVERIFY(text.contains(u"2 of 3"_s));

        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(*comparison);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Queue backlog"_s);
        int factorRow = -1;
        int remediationRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowKind(row) == ComparisonModel::RowKind::Factor && factorRow < 0)
                factorRow = row;
            if (model.rowKind(row) == ComparisonModel::RowKind::Remediation && remediationRow < 0)
                remediationRow = row;
        }
        QVERIFY(factorRow >= 0 && remediationRow >= 0);
        QCOMPARE(model.rowCount(), factorRow + 2 + 2); // two factor rows, two remediation rows
        QCOMPARE(model.headerData(factorRow, Qt::Vertical).toString(), u"Factor 1"_s);
        QCOMPARE(model.data(model.index(factorRow, 0), ComparisonModel::RecurrenceGroupRole).toInt(), 0);
        QCOMPARE(model.data(model.index(factorRow, 1), ComparisonModel::RecurrenceGroupRole).toInt(), 0);
        QCOMPARE(model.data(model.index(factorRow, 2), ComparisonModel::RecurrenceGroupRole).toInt(), -1);
        QCOMPARE(model.data(model.index(factorRow, 0), Qt::BackgroundRole).value<QColor>(),
                 ComparisonModel::groupColor(0));
        QVERIFY(model.data(model.index(factorRow, 0), Qt::ToolTipRole).toString().contains(u"Jaccard"_s));
        QVERIFY(model.data(model.index(remediationRow, 0), ComparisonModel::OverdueRole).toBool());
        QVERIFY(model.data(model.index(remediationRow, 0)).toString().contains(u"overdue"_s));
        QVERIFY(!model.data(model.index(remediationRow, 1), ComparisonModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(factorRow + 1, 1)).toString(), QString()); // no second factor
    }

    void compareRefusesBadInput()
    {
        QString error;
        QVERIFY(!Comparison::fromFiles({write(u"only.debrief"_s, {})}, &error));
        QVERIFY(error.contains(u"2"_s));
        const QString bad = m_dir.filePath(u"bad.debrief"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        QVERIFY(!Comparison::fromFiles({write(u"good.debrief"_s, {}), bad}, &error));
        QVERIFY2(error.contains(u"bad.debrief"_s), qPrintable(error));
    }

    void recurrenceAcrossTheArchive()
    {
        const QString folder = m_dir.filePath(u"archive"_s);
        QDir().mkpath(folder);
        ArchiveFixtures::Spec earlier;
        earlier.title = u"Queue backlog"_s;
        earlier.startedAt = QDateTime(QDate(2025, 11, 3), QTime(8, 0), QTimeZone::UTC);
        earlier.factors = {alertFactorAgain()};
        earlier.remediation = {{u"Test every alert route weekly"_s, u"Ann"_s, u"done"_s, {}, u"detect"_s}};
        ArchiveFixtures::Spec later;
        later.title = u"Billing run late"_s;
        later.startedAt = QDateTime(QDate(2026, 9, 3), QTime(8, 0), QTimeZone::UTC);
        later.factors = {{u"Billing alert routed to an archived channel"_s, u"No person got it."_s,
                          u"communication"_s}};
        ArchiveFixtures::Spec current;
        current.title = u"Tracking outage"_s;
        current.startedAt = QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::UTC);
        current.factors = {alertFactor(), unrelatedFactor()};
        current.remediation = {{u"Test alert routes every week"_s, u"Dan"_s, u"open"_s, {}, u"detect"_s}};
        QString error;
        QVERIFY(ArchiveFixtures::write(QDir(folder).filePath(u"earlier.debrief"_s), earlier, &error));
        QVERIFY(ArchiveFixtures::write(QDir(folder).filePath(u"later.debrief"_s), later, &error));
        const QString currentPath = m_dir.filePath(u"current.debrief"_s);
        QVERIFY(ArchiveFixtures::write(currentPath, current, &error));
        // Its own archived copy is in the archive too and must not count.
        QVERIFY(QFile::copy(currentPath, QDir(folder).filePath(u"current-archived.debrief"_s)));

        ArchiveCatalog catalog;
        QVERIFY2(catalog.open(m_dir.filePath(u"recurrence.sqlite"_s), &error), qPrintable(error));
        catalog.index({folder});
        QCOMPARE(catalog.documentCount(), 3);

        OpenError openError;
        auto document = Document::open(currentPath, DocumentFile::Access::ReadOnly, &openError);
        QVERIFY(document);
        const QList<RecurrenceMatch> matches = Recurrence::find(summarizeDocument(*document), catalog);
        QStringList seen;
        for (const RecurrenceMatch &match : matches) {
            QVERIFY(match.otherTitle != u"Tracking outage"_s);
            QVERIFY(match.score.resembles());
            seen.append(u"%1:%2:%3"_s.arg(match.kind == RecurrenceMatch::Kind::Factor ? u"F"_s : u"R"_s)
                            .arg(match.item)
                            .arg(match.otherTitle));
        }
        QVERIFY2(seen.contains(u"F:0:Queue backlog"_s), qPrintable(seen.join(u", "_s)));
        QVERIFY2(seen.contains(u"F:0:Billing run late"_s), qPrintable(seen.join(u", "_s)));
        QVERIFY2(seen.contains(u"R:0:Queue backlog"_s), qPrintable(seen.join(u", "_s)));
        QVERIFY(!seen.join(u' ').contains(u"F:1:"_s));
        for (const RecurrenceMatch &match : matches) {
            if (match.otherTitle == u"Queue backlog"_s && match.kind == RecurrenceMatch::Kind::Factor) {
                QVERIFY(match.otherIsEarlier);
                QCOMPARE(match.seenText(), u"Seen before in Queue backlog (2025-11-03)"_s);
                QVERIFY(match.explanation().contains(u"Jaccard"_s));
            }
            if (match.otherTitle == u"Billing run late"_s)
                QVERIFY(match.seenText().startsWith(u"Seen again later in Billing run late"_s));
        }
        // Best first within an item.
        for (int i = 1; i < matches.size(); ++i) {
            if (matches.at(i).kind == matches.at(i - 1).kind && matches.at(i).item == matches.at(i - 1).item)
                QVERIFY(matches.at(i).score.value() <= matches.at(i - 1).score.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestArchiveComparison)
#include "TestArchiveComparison.moc"
