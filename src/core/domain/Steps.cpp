#include "Steps.h"

#include "analysis/BasicsChecklist.h"
#include "analysis/SmartCheck.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSet>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
void check(StepProgress &progress, bool passed, const QString &missing)
{
    ++progress.total;
    if (passed)
        ++progress.done;
    else
        progress.missing.append(missing);
}
} // namespace

const QList<Step> &allSteps()
{
    static const QList<Step> steps {Step::Prepare, Step::Context, Step::Biases, Step::Timeline,
        Step::Questions, Step::Factors, Step::Remediation, Step::Review};
    return steps;
}

StepInfo stepInfo(Step step)
{
    switch (step) {
    case Step::Prepare:
        return {step, u"prepare"_s, QCoreApplication::translate("Steps", "Prepare"),
            QCoreApplication::translate(
                "Steps", "Incident basics, severity, participants and facilitator.")};
    case Step::Context:
        return {step, u"context"_s, QCoreApplication::translate("Steps", "Set the context"),
            QCoreApplication::translate(
                "Steps", "Ground rules to read aloud and the 3 R's: regret, reason, remedy.")};
    case Step::Biases:
        return {step, u"biases"_s, QCoreApplication::translate("Steps", "Bias reminder"),
            QCoreApplication::translate(
                "Steps", "Hindsight, outcome and recency bias, fundamental attribution error.")};
    case Step::Timeline:
        return {step, u"timeline"_s, QCoreApplication::translate("Steps", "Timeline"),
            QCoreApplication::translate("Steps",
                "Describe, don't explain: what did people know, when, and why did it make "
                "sense?")};
    case Step::Questions:
        return {step, u"questions"_s, QCoreApplication::translate("Steps", "Questions"),
            QCoreApplication::translate(
                "Steps", "The people, the process, the aftermath, the culture, the next time.")};
    case Step::Factors:
        return {step, u"factors"_s, QCoreApplication::translate("Steps", "Contributing factors"),
            QCoreApplication::translate(
                "Steps", "Several factors, never a single root cause, never a person.")};
    case Step::Remediation:
        return {step, u"remediation"_s, QCoreApplication::translate("Steps", "Remediation"),
            QCoreApplication::translate(
                "Steps", "Specific, measurable, agreed, realistic, time-bound items.")};
    case Step::Review:
        return {step, u"review"_s, QCoreApplication::translate("Steps", "Review and publish"),
            QCoreApplication::translate(
                "Steps", "The basics checklist, language findings, export and archive.")};
    }
    return {};
}

Step stepFromKey(const QString &key, bool *ok)
{
    for (Step step : allSteps()) {
        if (stepInfo(step).key == key) {
            if (ok)
                *ok = true;
            return step;
        }
    }
    if (ok)
        *ok = false;
    return Step::Prepare;
}

StepProgress stepProgress(const Document &document, Step step)
{
    StepProgress progress;
    switch (step) {
    case Step::Prepare: {
        const Record &incident = document.incident();
        check(progress, !incident.text(IncidentField::Title).trimmed().isEmpty(),
            QCoreApplication::translate("Steps", "title"));
        check(progress, !incident.value(IncidentField::StartedAt).isNull(),
            QCoreApplication::translate("Steps", "start time"));
        check(progress, !incident.value(IncidentField::EndedAt).isNull(),
            QCoreApplication::translate("Steps", "end time"));
        check(progress, !incident.value(IncidentField::Severity).isNull(),
            QCoreApplication::translate("Steps", "severity"));
        check(progress, !incident.text(IncidentField::Summary).trimmed().isEmpty(),
            QCoreApplication::translate("Steps", "summary"));
        check(progress, !incident.text(IncidentField::CustomerImpact).trimmed().isEmpty(),
            QCoreApplication::translate("Steps", "customer impact"));
        check(progress, document.count(Table::Participant) > 0,
            QCoreApplication::translate("Steps", "participants"));
        check(progress, !incident.value(IncidentField::Facilitator).isNull(),
            QCoreApplication::translate("Steps", "facilitator"));
        break;
    }
    case Step::Context: {
        const Record &incident = document.incident();
        check(progress, !incident.value(IncidentField::GroundRulesReadAt).isNull(),
            QCoreApplication::translate("Steps", "ground rules read aloud"));
        check(progress, !incident.text(IncidentField::Regret).trimmed().isEmpty(),
            QCoreApplication::translate("Steps", "regret"));
        check(progress, !incident.text(IncidentField::Reason).trimmed().isEmpty(),
            QCoreApplication::translate("Steps", "reason"));
        check(progress, !incident.text(IncidentField::Remedy).trimmed().isEmpty(),
            QCoreApplication::translate("Steps", "remedy"));
        break;
    }
    case Step::Biases:
        check(progress, !document.incidentValue(IncidentField::BiasPermissionAt).isNull(),
            QCoreApplication::translate("Steps", "permission to call out biases"));
        break;
    case Step::Timeline: {
        check(progress, document.count(Table::TimelineEvent) > 0,
            QCoreApplication::translate("Steps", "timeline events"));
        QSet<QString> milestones;
        for (const Record &event : document.records(Table::TimelineEvent)) {
            if (!event.value(TimelineEventField::OccurredAt).isNull())
                milestones.insert(event.text(TimelineEventField::Milestone));
        }
        for (const QString &milestone : BasicsChecklist::requiredMilestones()) {
            check(progress, milestones.contains(milestone),
                QCoreApplication::translate("Steps", "milestone “%1”")
                    .arg(choiceLabel(Vocabulary::Milestone, milestone)));
        }
        break;
    }
    case Step::Questions: {
        // Every question counts: discussed and skipped ones are done, open ones are not.
        int openCount = 0;
        for (const Record &question : document.records(Table::Question)) {
            if (question.text(QuestionField::Status).isEmpty()
                || question.text(QuestionField::Status) == "open"_L1)
                ++openCount;
        }
        const int total = document.count(Table::Question);
        if (total == 0) {
            check(progress, false, QCoreApplication::translate("Steps", "questions"));
        } else {
            progress.total = total;
            progress.done = total - openCount;
            if (openCount > 0)
                progress.missing.append(QCoreApplication::translate(
                    "Steps", "%n open question(s)", nullptr, openCount));
        }
        break;
    }
    case Step::Factors: {
        // Never a single root cause: one factor on its own reads as "the cause", so the step
        // asks for at least two, each tied to what happened on the timeline.
        const int factors = document.count(Table::ContributingFactor);
        check(progress, factors >= 2,
            QCoreApplication::translate("Steps", "at least two contributing factors"));
        QSet<qint64> linked;
        for (const Record &link : document.records(Table::FactorEvent)) {
            if (!link.value(FactorEventField::Event).isNull())
                linked.insert(link.value(FactorEventField::Factor).toLongLong());
        }
        int unlinked = 0;
        for (const Record &factor : document.records(Table::ContributingFactor)) {
            if (!linked.contains(factor.id))
                ++unlinked;
        }
        check(progress, factors > 0 && unlinked == 0,
            factors == 0 ? QCoreApplication::translate("Steps", "factors linked to timeline events")
                         : QCoreApplication::translate(
                             "Steps", "%n factor(s) without a timeline event", nullptr, unlinked));
        break;
    }
    case Step::Remediation: {
        const QList<Record> &items = document.records(Table::RemediationItem);
        check(
            progress, !items.isEmpty(), QCoreApplication::translate("Steps", "remediation items"));
        const QDate today = QDate::currentDate();
        int notSmart = 0;
        for (const Record &item : items) {
            if (SmartCheck::isOpen(item) && !SmartCheck::check(item, today).passes())
                ++notSmart;
        }
        check(progress, !items.isEmpty() && notSmart == 0,
            items.isEmpty()
                ? QCoreApplication::translate("Steps", "SMART items")
                : QCoreApplication::translate("Steps", "%n item(s) not SMART", nullptr, notSmart));
        break;
    }
    case Step::Review: {
        const QList<BasicsCheck> basics = BasicsChecklist::evaluate(document);
        for (const BasicsCheck &basic : basics)
            check(progress, basic.passed, basic.title);
        break;
    }
    }
    return progress;
}

} // namespace Debrief
