#include "MainWindow.h"

namespace Debrief {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

bool MainWindow::openFile(const QString &)
{
    return false;
}

void MainWindow::offerRecovery() {}

} // namespace Debrief
