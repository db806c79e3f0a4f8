#pragma once

#include "domain/Steps.h"

#include <QList>

class QWidget;

namespace Debrief {

class StepPage;

// The steps of the guided flow that have a page, in flow order. Steps without a page are
// left out rather than shown empty.
const QList<Step> &stepsWithPages();
// A new page for one of stepsWithPages(). The main window creates each page when it is
// first shown: building all of them would slow down the start and every open.
StepPage *createStepPage(Step step, QWidget *parent);

} // namespace Debrief
