#pragma once

#include <QIcon>

namespace Debrief::StepIcons {

// A check mark for a complete step: the theme's when it has one, else drawn at any size.
QIcon complete();
// An empty ring of the same size for a step still to do, so that titles line up.
QIcon incomplete();

} // namespace Debrief::StepIcons
