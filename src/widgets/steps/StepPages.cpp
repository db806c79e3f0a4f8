#include "StepPages.h"

#include "PreparePage.h"

namespace Debrief {

QList<StepPage *> createStepPages(QWidget *parent)
{
    return {
        new PreparePage(parent),
    };
}

} // namespace Debrief
