#include "Steps.h"

#include "document/Document.h"

#include <QCoreApplication>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Steps", text);
}

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
    static const QList<Step> steps{Step::Prepare,   Step::Context,   Step::Biases,
                                   Step::Timeline,  Step::Questions, Step::Factors,
                                   Step::Remediation, Step::Review};
    return steps;
}

StepInfo stepInfo(Step step)
{
    switch (step) {
    case Step::Prepare:
        return {step, u"prepare"_s, tr("Prepare"),
                tr("Incident basics, severity, participants and facilitator.")};
    case Step::Context:
        return {step, u"context"_s, tr("Set the context"),
                tr("Ground rules to read aloud and the 3 R's: regret, reason, remedy.")};
    case Step::Biases:
        return {step, u"biases"_s, tr("Bias reminder"),
                tr("Hindsight, outcome and recency bias, fundamental attribution error.")};
    case Step::Timeline:
        return {step, u"timeline"_s, tr("Timeline"),
                tr("Describe, don't explain: what did people know, when, and why did it make "
                   "sense?")};
    case Step::Questions:
        return {step, u"questions"_s, tr("Questions"),
                tr("The people, the process, the aftermath, the culture, the next time.")};
    case Step::Factors:
        return {step, u"factors"_s, tr("Contributing factors"),
                tr("Several factors, never a single root cause, never a person.")};
    case Step::Remediation:
        return {step, u"remediation"_s, tr("Remediation"),
                tr("Specific, measurable, agreed, realistic, time-bound items.")};
    case Step::Review:
        return {step, u"review"_s, tr("Review and publish"),
                tr("The basics checklist, language findings, export and archive.")};
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
        check(progress, !incident.text(IncidentField::Title).trimmed().isEmpty(), tr("title"));
        check(progress, !incident.value(IncidentField::StartedAt).isNull(), tr("start time"));
        check(progress, !incident.value(IncidentField::EndedAt).isNull(), tr("end time"));
        check(progress, !incident.value(IncidentField::Severity).isNull(), tr("severity"));
        check(progress, !incident.text(IncidentField::Summary).trimmed().isEmpty(), tr("summary"));
        check(progress, !incident.text(IncidentField::CustomerImpact).trimmed().isEmpty(),
              tr("customer impact"));
        check(progress, document.count(Table::Participant) > 0, tr("participants"));
        check(progress, !incident.value(IncidentField::Facilitator).isNull(), tr("facilitator"));
        break;
    }
    default:
        break;
    }
    return progress;
}

} // namespace Debrief
