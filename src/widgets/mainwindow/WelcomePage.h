#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QVBoxLayout;

namespace Debrief {

// What the window shows with no post-mortem open: start a new one, open one, or get back
// one that was not closed properly last time. Never a dialog at startup.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    enum Roles { PathRole = Qt::UserRole + 1 };

    explicit WelcomePage(QWidget *parent = nullptr);

    // Re-reads recent files and recoverable documents; `openPath` (the window's own
    // document) is not offered for recovery.
    void refresh(const QString &openPath = QString());

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openExampleRequested();
    void openFileRequested(const QString &path);
    void recoverRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshRecent();
    void refreshRecovery();
    void openRecentItem(QListWidgetItem *item);
    void discardRecoverable(const QString &path);
    void updateFonts();

    QString m_openPath;
    QLabel *m_appTitleLabel;
    QLabel *m_taglineLabel;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_exampleButton;
    QWidget *m_recoveryWidget;
    QLabel *m_recoveryTitleLabel;
    QVBoxLayout *m_recoveryRows;
    QLabel *m_recentTitleLabel;
    QListWidget *m_recentList;
    QLabel *m_noRecentLabel;
};

} // namespace Debrief
