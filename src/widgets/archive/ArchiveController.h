#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;

namespace Debrief {

class ArchiveCatalog;
class ArchiveWindow;
class MainWindow;

// Connects the main window to the archive: the Archive menu (browse, trends, open
// remediation, folders) and "Archive This Post-Mortem" in the File menu. It owns the GUI
// thread's connection to the catalog and the archive window.
class ArchiveController : public QObject
{
    Q_OBJECT

public:
    // Adds the actions to `fileMenu` (after its Export submenu) and an Archive menu before
    // the Help menu of `window`.
    ArchiveController(MainWindow *window, QMenu *fileMenu);
    ~ArchiveController() override;

    QAction *archiveDocumentAction() const { return m_archiveDocumentAction; }
    QAction *browseAction() const { return m_browseAction; }
    // Null until the archive is first shown.
    ArchiveWindow *archiveWindow() const;

    ArchiveWindow *showArchive();
    // Archives the open post-mortem; false (reported to the user) when it was not.
    bool archiveDocument();

private:
    ArchiveCatalog *catalog();
    void updateActions();

    MainWindow *m_window;
    std::unique_ptr<ArchiveCatalog> m_catalog;
    QPointer<ArchiveWindow> m_archiveWindow;
    QMenu *m_archiveMenu = nullptr;
    QAction *m_archiveDocumentAction = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_trendsAction = nullptr;
    QAction *m_remediationAction = nullptr;
    QAction *m_foldersAction = nullptr;
};

} // namespace Debrief
