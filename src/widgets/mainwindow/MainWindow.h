#pragma once

#include <QMainWindow>

namespace Debrief {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);
    void offerRecovery();
};

} // namespace Debrief
