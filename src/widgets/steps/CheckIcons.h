#pragma once

#include <QIcon>

// Drawn icons for checks and states, sharp at every zoom level of a projected screen and
// distinguishable by shape as well as colour.
namespace Debrief::CheckIcons {

QIcon pass();      // a check mark in a green disc
QIcon fail();      // a cross in a red disc
QIcon warning();   // an exclamation mark in an amber triangle
QIcon open();      // an empty ring: still to do
QIcon skipped();   // a dash in a grey disc

} // namespace Debrief::CheckIcons
