#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Debrief {

class BlamelessMethodDialog;
class Document;
class DocumentView;
class PresentationMode;
class WelcomePage;

// One window, one post-mortem: the welcome page while none is open, the guided flow while
// one is. Work is written as it happens, so closing never loses anything typed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MinZoomPercent = 70;
    static constexpr int MaxZoomPercent = 300;
    static constexpr int ZoomStepPercent = 10;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in this window (after closing the current document); false when it could
    // not be opened or the user cancelled. Failures are reported to the user.
    bool openFile(const QString &path);
    // Shows the welcome page, which lists untitled documents left by an earlier session.
    void offerRecovery();

    Document *document() const { return m_document.get(); }
    int zoomPercent() const { return m_zoomPercent; }

public Q_SLOTS:
    void newDocument();
    void open();
    void openExample();
    bool save();
    bool saveAs();
    void exportJson();
    bool closeDocument();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showMethod();
    void showAbout();
    // Logs a bias call-out on the current step without leaving it.
    void callOutBias();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What closing the current document means once the user has been asked.
    enum class CloseDecision { Cancel, Close, CloseAndDelete };

    void createActions();
    void createMenus();
    CloseDecision confirmClose();
    void replaceDocument(std::unique_ptr<Document> document, CloseDecision decision);
    bool openDocument(const QString &path);
    bool hasContent() const;
    void rebuildUndoActions();
    void updateRecentMenu();
    void updateWindowTitle();
    void updateSaveState();
    void updateActions();
    void showWelcome();
    void setZoomPercent(int percent);
    void applyZoom();
    bool isUndoRedoKey(const QKeyEvent *event) const;

    std::unique_ptr<Document> m_document;
    // The untitled copy made by Open Example: closing it unchanged asks nothing.
    QString m_examplePath;
    bool m_saveFailing = false;
    int m_zoomPercent = 100;

    QStackedWidget *m_centralStack;
    WelcomePage *m_welcomePage;
    DocumentView *m_documentView;
    PresentationMode *m_presentation;
    QLabel *m_saveStateLabel;
    QPointer<BlamelessMethodDialog> m_methodDialog;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_meetingMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_openExampleAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_exportJsonAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_resetZoomAction;
    QAction *m_methodAction;
    QAction *m_aboutAction;
    QAction *m_clearRecentAction;
    QAction *m_callOutBiasAction = nullptr;
};

} // namespace Debrief
