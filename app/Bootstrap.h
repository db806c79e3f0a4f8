#pragma once

class QCoreApplication;

namespace Debrief::Bootstrap {

// Names, paths and translations, the same for the window and the headless command line.
void setUpApplication(QCoreApplication &application);

} // namespace Debrief::Bootstrap
