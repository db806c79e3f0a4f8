#include "StepPages.h"

#include "BiasesPage.h"
#include "ContextPage.h"
#include "FactorsPage.h"
#include "PreparePage.h"
#include "QuestionsPage.h"
#include "RemediationPage.h"
#include "ReviewPage.h"
#include "timeline/TimelinePage.h"

namespace Debrief {

const QList<Step> &stepsWithPages()
{
    static const QList<Step> steps{Step::Prepare,   Step::Context,   Step::Biases,
                                   Step::Timeline,  Step::Questions, Step::Factors,
                                   Step::Remediation, Step::Review};
    return steps;
}

StepPage *createStepPage(Step step, QWidget *parent)
{
    switch (step) {
    case Step::Prepare:
        return new PreparePage(parent);
    case Step::Context:
        return new ContextPage(parent);
    case Step::Biases:
        return new BiasesPage(parent);
    case Step::Timeline:
        return new TimelinePage(parent);
    case Step::Questions:
        return new QuestionsPage(parent);
    case Step::Factors:
        return new FactorsPage(parent);
    case Step::Remediation:
        return new RemediationPage(parent);
    case Step::Review:
        return new ReviewPage(parent);
    }
    return nullptr;
}

} // namespace Debrief
