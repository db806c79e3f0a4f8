#include "ArchiveController.h"

#include "ArchiveFolderPicker.h"
#include "ArchiveWindow.h"
#include "archive/ArchiveAction.h"
#include "archive/ArchiveCatalog.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
constexpr int StatusMessageMs = 6000;
}

ArchiveController::ArchiveController(MainWindow *window, QMenu *fileMenu)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"archiveController"_s);

    m_archiveDocumentAction = new QAction(
        QIcon::fromTheme(u"folder-download"_s), tr("Archi&ve This Post-Mortem\u2026"), this);
    m_archiveDocumentAction->setObjectName(u"archiveDocumentAction"_s);
    m_archiveDocumentAction->setStatusTip(
        tr("Mark the post-mortem archived and put a copy into the archive folder"));
    connect(
        m_archiveDocumentAction, &QAction::triggered, this, &ArchiveController::archiveDocument);

    m_browseAction = new QAction(QIcon::fromTheme(u"folder-open"_s), tr("&Browse Archive"), this);
    m_browseAction->setObjectName(u"browseArchiveAction"_s);
    m_browseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_browseAction, &QAction::triggered, this,
        [this] { showArchive()->showPage(ArchiveWindow::Page::Browse); });
    m_trendsAction = new QAction(tr("&Trends"), this);
    m_trendsAction->setObjectName(u"archiveTrendsAction"_s);
    connect(m_trendsAction, &QAction::triggered, this,
        [this] { showArchive()->showPage(ArchiveWindow::Page::Trends); });
    m_remediationAction = new QAction(tr("Open &Remediation"), this);
    m_remediationAction->setObjectName(u"archiveRemediationAction"_s);
    connect(m_remediationAction, &QAction::triggered, this,
        [this] { showArchive()->showPage(ArchiveWindow::Page::OpenRemediation); });
    m_foldersAction = new QAction(tr("Archive &Folders\u2026"), this);
    m_foldersAction->setObjectName(u"archiveFoldersAction"_s);
    connect(m_foldersAction, &QAction::triggered, this,
        [this] { showArchive()->showPage(ArchiveWindow::Page::Folders); });

    // File menu: beside the other ways a finished post-mortem leaves the window.
    const QList<QAction *> fileActions = fileMenu->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i + 1 < fileActions.size(); ++i) {
        if (fileActions.at(i)->menu() && fileActions.at(i)->menu()->objectName() == u"exportMenu"_s)
            before = fileActions.at(i + 1);
    }
    fileMenu->insertAction(before, m_archiveDocumentAction);

    m_archiveMenu = new QMenu(tr("&Archive"), window);
    m_archiveMenu->setObjectName(u"archiveMenu"_s);
    m_archiveMenu->addAction(m_browseAction);
    m_archiveMenu->addAction(m_trendsAction);
    m_archiveMenu->addAction(m_remediationAction);
    m_archiveMenu->addSeparator();
    m_archiveMenu->addAction(m_archiveDocumentAction);
    m_archiveMenu->addAction(m_foldersAction);
    QAction *helpMenu = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == u"helpMenu"_s)
            helpMenu = action;
    }
    window->menuBar()->insertMenu(helpMenu, m_archiveMenu);

    connect(fileMenu, &QMenu::aboutToShow, this, &ArchiveController::updateActions);
    connect(m_archiveMenu, &QMenu::aboutToShow, this, &ArchiveController::updateActions);
    // The central stack switches between the welcome page and a document.
    if (auto *stack = window->findChild<QStackedWidget *>(u"centralStackedWidget"_s))
        connect(stack, &QStackedWidget::currentChanged, this, &ArchiveController::updateActions);
    updateActions();
}

ArchiveController::~ArchiveController()
{
    // The window (and its indexing thread) lets go of the catalog before it closes.
    delete m_archiveWindow;
}

ArchiveWindow *ArchiveController::archiveWindow() const
{
    return m_archiveWindow;
}

ArchiveCatalog *ArchiveController::catalog()
{
    if (!m_catalog) {
        m_catalog = std::make_unique<ArchiveCatalog>();
        QString error;
        if (!m_catalog->open(ArchiveCatalog::defaultPath(), &error))
            MessageBoxes::warning(m_window, tr("Archive Catalog"),
                tr("The archive catalog cannot be opened, so the archive "
                   "cannot be searched: %1")
                    .arg(error));
    }
    return m_catalog.get();
}

ArchiveWindow *ArchiveController::showArchive()
{
    // Coming back to the archive picks up what changed in the folders meanwhile (cheap:
    // only new, changed, moved and deleted files are read).
    if (m_archiveWindow && !m_archiveWindow->isVisible())
        m_archiveWindow->reindex();
    if (!m_archiveWindow) {
        m_archiveWindow = new ArchiveWindow(catalog(), m_window);
        connect(m_archiveWindow, &ArchiveWindow::openRequested, this, [this](const QString &path) {
            if (m_window->openFile(path)) {
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    // The archive follows the zoom of the post-mortem it sits beside.
    if (auto *content = m_window->findChild<QStackedWidget *>(u"centralStackedWidget"_s))
        m_archiveWindow->setFont(content->font());
    m_archiveWindow->show();
    m_archiveWindow->raise();
    m_archiveWindow->activateWindow();
    return m_archiveWindow;
}

bool ArchiveController::archiveDocument()
{
    Document *document = m_window->document();
    if (!document)
        return false;
    QStringList folders
        = m_archiveWindow ? m_archiveWindow->folders() : ArchiveWindow::savedFolders();
    if (folders.isEmpty()) {
        const QString folder
            = ArchiveFolderPicker::getExistingDirectory(m_window, tr("Choose the Archive Folder"));
        if (folder.isEmpty())
            return false;
        if (m_archiveWindow) {
            m_archiveWindow->addFolder(folder);
        } else {
            folders.append(ArchiveCatalog::normalizedFolder(folder));
            ArchiveWindow::saveFolders(folders);
        }
        folders = {ArchiveCatalog::normalizedFolder(folder)};
    }
    ArchiveCatalog *archiveCatalog = catalog();
    const ArchiveAction::Result result = ArchiveAction::archive(
        *document, folders.first(), archiveCatalog->isOpen() ? archiveCatalog : nullptr);
    if (!result.archived) {
        MessageBoxes::critical(m_window, tr("Cannot Archive the Post-Mortem"), result.error);
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Archived: a copy is in %1").arg(QDir::toNativeSeparators(result.path)),
        StatusMessageMs);
    if (!result.indexWarning.isEmpty())
        MessageBoxes::warning(m_window, tr("Archived, Not Yet Searchable"), result.indexWarning);
    if (m_archiveWindow)
        m_archiveWindow->refresh();
    return true;
}

void ArchiveController::updateActions()
{
    const Document *document = m_window->document();
    m_archiveDocumentAction->setEnabled(document && !document->isReadOnly());
}

} // namespace Debrief
