#pragma once

#include <QList>

class QWidget;

namespace Debrief {

class StepPage;

// The pages of the guided flow that exist, in the order of the steps. Steps without a page
// are left out rather than shown empty.
QList<StepPage *> createStepPages(QWidget *parent);

} // namespace Debrief
