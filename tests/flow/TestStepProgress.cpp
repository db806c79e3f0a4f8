#include "FlowTestDocument.h"
#include "domain/Steps.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Debrief;
using namespace Debrief::FlowTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Start(QDate(2026, 10, 14), QTime(11, 48), QTimeZone::UTC);

} // namespace

class TestStepProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyStepHasChecks()
    {
        auto document = newDocument(m_dir, u"new.debrief"_s);
        QVERIFY(document);
        for (Step step : allSteps()) {
            const StepProgress progress = stepProgress(*document, step);
            QVERIFY2(progress.total > 0, qPrintable(stepInfo(step).key));
            QVERIFY(!progress.isComplete());
            QVERIFY(!progress.missing.isEmpty());
        }
    }

    void context()
    {
        auto document = newDocument(m_dir, u"context.debrief"_s);
        QVERIFY(document);
        StepProgress progress = stepProgress(*document, Step::Context);
        QCOMPARE(progress.total, 4);
        QCOMPARE(progress.done, 0);
        QCOMPARE(progress.missing, (QStringList{u"ground rules read aloud"_s, u"regret"_s,
                                                u"reason"_s, u"remedy"_s}));
        document->setIncidentValue(IncidentField::GroundRulesReadAt, Start);
        document->setIncidentValue(IncidentField::Regret, u"We are sorry."_s);
        document->setIncidentValue(IncidentField::Reason, u"A certificate rotated."_s);
        progress = stepProgress(*document, Step::Context);
        QCOMPARE(progress.done, 3);
        QCOMPARE(progress.missing, QStringList{u"remedy"_s});
        document->setIncidentValue(IncidentField::Remedy, u"Seven actions."_s);
        QVERIFY(stepProgress(*document, Step::Context).isComplete());
    }

    void biases()
    {
        auto document = newDocument(m_dir, u"biases.debrief"_s);
        QVERIFY(document);
        QCOMPARE(stepProgress(*document, Step::Biases).total, 1);
        document->setIncidentValue(IncidentField::BiasPermissionAt, Start);
        QVERIFY(stepProgress(*document, Step::Biases).isComplete());
    }

    void timeline()
    {
        auto document = newDocument(m_dir, u"timeline.debrief"_s);
        QVERIFY(document);
        StepProgress progress = stepProgress(*document, Step::Timeline);
        QCOMPARE(progress.total, 4);
        QCOMPARE(progress.done, 0);
        add(*document, Table::TimelineEvent, {{TimelineEventField::OccurredAt, Start},
                                              {TimelineEventField::Milestone, u"impact-start"_s}});
        add(*document, Table::TimelineEvent,
            {{TimelineEventField::OccurredAt, Start.addSecs(600)},
             {TimelineEventField::Milestone, u"detected"_s}});
        progress = stepProgress(*document, Step::Timeline);
        QCOMPARE(progress.done, 3);
        QCOMPARE(progress.missing, QStringList{u"milestone “Resolved”"_s});
        add(*document, Table::TimelineEvent,
            {{TimelineEventField::OccurredAt, Start.addSecs(6000)},
             {TimelineEventField::Milestone, u"resolved"_s}});
        QVERIFY(stepProgress(*document, Step::Timeline).isComplete());
    }

    void questions()
    {
        auto document = newDocument(m_dir, u"questions.debrief"_s);
        QVERIFY(document);
        StepProgress progress = stepProgress(*document, Step::Questions);
        QCOMPARE(progress.total, 17);
        QCOMPARE(progress.done, 0);
        QCOMPARE(progress.missing, QStringList{u"17 open question(s)"_s});
        const QList<Record> questions = document->records(Table::Question);
        for (int i = 0; i < questions.size(); ++i) {
            document->setValue(Table::Question, questions.at(i).id, QuestionField::Status,
                               i % 2 ? u"skipped"_s : u"discussed"_s);
        }
        QVERIFY(stepProgress(*document, Step::Questions).isComplete());
        for (const Record &question : questions)
            document->removeRecord(Table::Question, question.id);
        progress = stepProgress(*document, Step::Questions);
        QCOMPARE(progress.total, 1);
        QCOMPARE(progress.done, 0);
    }

    void factors()
    {
        auto document = newDocument(m_dir, u"factors.debrief"_s);
        QVERIFY(document);
        StepProgress progress = stepProgress(*document, Step::Factors);
        QCOMPARE(progress.total, 2);
        QCOMPARE(progress.done, 0);
        const qint64 event =
            add(*document, Table::TimelineEvent, {{TimelineEventField::OccurredAt, Start}});
        const qint64 first = add(*document, Table::ContributingFactor,
                                 {{ContributingFactorField::Title, u"Private CA file"_s}});
        add(*document, Table::FactorEvent,
            {{FactorEventField::Factor, first}, {FactorEventField::Event, event}});
        // One factor, however well linked, reads as "the" cause.
        progress = stepProgress(*document, Step::Factors);
        QCOMPARE(progress.done, 1);
        QCOMPARE(progress.missing, QStringList{u"at least two contributing factors"_s});
        const qint64 second = add(*document, Table::ContributingFactor,
                                  {{ContributingFactorField::Title, u"Alert route"_s}});
        progress = stepProgress(*document, Step::Factors);
        QCOMPARE(progress.done, 1);
        QCOMPARE(progress.missing, QStringList{u"1 factor(s) without a timeline event"_s});
        add(*document, Table::FactorEvent,
            {{FactorEventField::Factor, second}, {FactorEventField::Event, event}});
        QVERIFY(stepProgress(*document, Step::Factors).isComplete());
        // Removing the event removes its links: both factors are unlinked again.
        document->removeRecord(Table::TimelineEvent, event);
        QCOMPARE(stepProgress(*document, Step::Factors).missing,
                 QStringList{u"2 factor(s) without a timeline event"_s});
    }

    void remediation()
    {
        auto document = newDocument(m_dir, u"remediation.debrief"_s);
        QVERIFY(document);
        QCOMPARE(stepProgress(*document, Step::Remediation).missing,
                 (QStringList{u"remediation items"_s, u"SMART items"_s}));
        const qint64 item = add(*document, Table::RemediationItem,
                                {{RemediationField::Title, u"Route alerts"_s},
                                 {RemediationField::SpecificChange,
                                  u"Move the tracking alert receiver to PagerDuty"_s},
                                 {RemediationField::SuccessMeasure, u"A test alert pages"_s},
                                 {RemediationField::Owner, u"Daniel"_s},
                                 {RemediationField::Effort, u"S"_s},
                                 {RemediationField::DueDate, QDate::currentDate().addDays(30)},
                                 {RemediationField::Status, u"open"_s}});
        QCOMPARE(stepProgress(*document, Step::Remediation).missing,
                 QStringList{u"1 item(s) not SMART"_s});
        document->setValue(Table::RemediationItem, item, RemediationField::OwnerAgreed, true);
        QVERIFY(stepProgress(*document, Step::Remediation).isComplete());
    }

    void review()
    {
        auto document = newDocument(m_dir, u"review.debrief"_s);
        QVERIFY(document);
        const StepProgress progress = stepProgress(*document, Step::Review);
        QCOMPARE(progress.total, 7);
        QCOMPARE(progress.done, 0);
        QVERIFY(progress.missing.contains(u"Level of severity"_s));
        document->setIncidentValue(IncidentField::Severity,
                                   document->records(Table::SeverityLevel).first().id);
        QCOMPARE(stepProgress(*document, Step::Review).done, 1);
    }
};

QTEST_GUILESS_MAIN(TestStepProgress)
#include "TestStepProgress.moc"
