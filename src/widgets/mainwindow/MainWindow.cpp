#include "MainWindow.h"

#include "DocumentView.h"
#include "PresentationMode.h"
#include "RecentFiles.h"
#include "WelcomePage.h"
#include "archive/ArchiveController.h"
#include "dialogs/BlamelessMethodDialog.h"
#include "dialogs/CallOutBiasDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "document/DocumentJson.h"
#include "domain/Vocabulary.h"
#include "report/ReportController.h"
#include "storage/AppPaths.h"
#include "storage/UntitledDocuments.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const QString ZoomKey = u"view/zoomPercent"_s;
const QString GeometryKey = u"window/geometry"_s;
const QString Suffix = u".debrief"_s;
constexpr int StatusMessageMs = 4000;

QString documentFilter()
{
    return MainWindow::tr("Debrief post-mortems (*.debrief)");
}

// A window title must not contain a bare "[*]": it is the modified-marker placeholder.
QString escapedForTitle(QString text)
{
    return text.replace(u"[*]"_s, u"[*][*]"_s);
}

QString localDebriefFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(Suffix, Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(u"centralStackedWidget"_s);
    m_welcomePage = new WelcomePage(m_centralStack);
    m_documentView = new DocumentView(m_centralStack);
    m_centralStack->addWidget(m_welcomePage);
    m_centralStack->addWidget(m_documentView);
    setCentralWidget(m_centralStack);

    connect(m_welcomePage, &WelcomePage::newRequested, this, &MainWindow::newDocument);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::open);
    connect(m_welcomePage, &WelcomePage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_welcomePage, &WelcomePage::openFileRequested, this, &MainWindow::openFile);
    connect(m_welcomePage, &WelcomePage::recoverRequested, this, &MainWindow::openFile);

    m_saveStateLabel = new QLabel(this);
    m_saveStateLabel->setObjectName(u"saveStateLabel"_s);
    statusBar()->addPermanentWidget(m_saveStateLabel);

    m_presentation = new PresentationMode(this, m_centralStack, m_documentView);
    connect(m_presentation, &PresentationMode::fontFactorChanged, this, &MainWindow::applyZoom);
    // On the projector the room reads the page; the step list only needs to stay legible.
    connect(m_presentation, &PresentationMode::activeChanged, m_documentView,
            [this](bool active) { m_documentView->setStepListScale(active ? 0.6 : 1.0); });

    createActions();
    createMenus();

    const int savedZoom = QSettings().value(ZoomKey, 100).toInt();
    m_zoomPercent = std::clamp(savedZoom, MinZoomPercent, MaxZoomPercent);
    applyZoom();

    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(1280, 820);

    // Undo and redo belong to the document even while a text field has the focus.
    qApp->installEventFilter(this);

    rebuildUndoActions();
    showWelcome();
    updateWindowTitle();
    updateSaveState();
    updateActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // Pages must let go of the document before it is destroyed.
    m_documentView->setDocument(nullptr);
    m_document.reset();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New"), this);
    m_newAction->setObjectName(u"newAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);

    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open\u2026"), this);
    m_openAction->setObjectName(u"openAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_openExampleAction = new QAction(tr("Open &Example"), this);
    m_openExampleAction->setObjectName(u"openExampleAction"_s);
    connect(m_openExampleAction, &QAction::triggered, this, &MainWindow::openExample);

    m_saveAction = new QAction(QIcon::fromTheme(u"document-save"_s), tr("&Save"), this);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save &As\u2026"), this);
    m_saveAsAction->setObjectName(u"saveAsAction"_s);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_exportJsonAction = new QAction(tr("&JSON\u2026"), this);
    m_exportJsonAction->setObjectName(u"exportJsonAction"_s);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);

    m_closeAction = new QAction(QIcon::fromTheme(u"document-close"_s), tr("&Close"), this);
    m_closeAction->setObjectName(u"closeAction"_s);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDocument);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [] { QApplication::closeAllWindows(); });

    m_zoomInAction = new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(u"zoomInAction"_s);
    QList<QKeySequence> zoomInKeys{QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                   QKeySequence(Qt::CTRL | Qt::Key_Plus)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::ZoomIn)) {
        if (!zoomInKeys.contains(key))
            zoomInKeys.append(key);
    }
    m_zoomInAction->setShortcuts(zoomInKeys);
    connect(m_zoomInAction, &QAction::triggered, this, &MainWindow::zoomIn);

    m_zoomOutAction = new QAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(u"zoomOutAction"_s);
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_zoomOutAction, &QAction::triggered, this, &MainWindow::zoomOut);

    m_resetZoomAction = new QAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Reset Zoom"), this);
    m_resetZoomAction->setObjectName(u"resetZoomAction"_s);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_resetZoomAction, &QAction::triggered, this, &MainWindow::resetZoom);

    m_methodAction = new QAction(QIcon::fromTheme(u"help-contents"_s), tr("The &Blameless Method"), this);
    m_methodAction->setObjectName(u"methodAction"_s);
    m_methodAction->setShortcut(QKeySequence::HelpContents);
    connect(m_methodAction, &QAction::triggered, this, &MainWindow::showMethod);

    m_aboutAction = new QAction(QIcon::fromTheme(u"help-about"_s), tr("&About Debrief"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_callOutBiasAction = new QAction(tr("Call Out a &Bias\u2026"), this);
    m_callOutBiasAction->setObjectName(u"callOutBiasAction"_s);
    m_callOutBiasAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_callOutBiasAction, &QAction::triggered, this, &MainWindow::callOutBias);

    m_clearRecentAction = new QAction(tr("&Clear Menu"), this);
    m_clearRecentAction->setObjectName(u"clearRecentAction"_s);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
        if (!m_document)
            m_welcomePage->refresh();
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"openRecentMenu"_s);
    // The files may have moved since the menu was built.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(m_openExampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_exportMenu = m_fileMenu->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(u"exportMenu"_s);
    m_exportMenu->addAction(m_exportJsonAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(u"editMenu"_s);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_resetZoomAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentation->toggleAction());
    m_viewMenu->addMenu(m_presentation->themeMenu());

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(u"goMenu"_s);
    m_goMenu->addAction(m_documentView->previousStepAction());
    m_goMenu->addAction(m_documentView->nextStepAction());
    m_goMenu->addSeparator();
    m_goMenu->addActions(m_documentView->stepActions());

    m_meetingMenu = menuBar()->addMenu(tr("&Meeting"));
    m_meetingMenu->setObjectName(u"meetingMenu"_s);
    m_meetingMenu->addAction(m_callOutBiasAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_methodAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);

    new ReportController(this, m_fileMenu, m_exportMenu);
    new ArchiveController(this, m_fileMenu);

    updateRecentMenu();
}

// --- Opening and closing

bool MainWindow::openFile(const QString &path)
{
    return openDocument(path);
}

void MainWindow::offerRecovery()
{
    if (!m_document)
        showWelcome();
}

void MainWindow::newDocument()
{
    const CloseDecision decision = confirmClose();
    if (decision == CloseDecision::Cancel)
        return;
    QString error;
    auto document = Document::createNew(AppPaths::newUntitledPath(), &error);
    if (!document) {
        MessageBoxes::critical(this, tr("Cannot Create a Post-Mortem"), error);
        return;
    }
    replaceDocument(std::move(document), decision);
}

void MainWindow::open()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Open Post-Mortem"), documentFilter());
    if (!path.isEmpty())
        openDocument(path);
}

void MainWindow::openExample()
{
    QFile example(u":/debrief/examples/example-postmortem.json"_s);
    if (!example.open(QIODevice::ReadOnly)) {
        MessageBoxes::critical(this, tr("Cannot Open the Example"), example.errorString());
        return;
    }
    const QString path = AppPaths::newUntitledPath();
    QString error;
    if (!DocumentJson::importToFile(example.readAll(), path, &error)) {
        MessageBoxes::critical(this, tr("Cannot Open the Example"), error);
        return;
    }
    if (openDocument(path))
        m_examplePath = path;
    else
        UntitledDocuments::discard(path);
}

bool MainWindow::openDocument(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && m_document->filePath() == absolute) {
        m_centralStack->setCurrentWidget(m_documentView);
        return true;
    }
    const QString fileName = QFileInfo(absolute).fileName();
    OpenError error;
    auto document = Document::open(absolute, DocumentFile::Access::ReadWrite, &error);
    if (!document
        && (error.kind == OpenError::Kind::LockedByOther
            || error.kind == OpenError::Kind::CannotWrite)) {
        const QMessageBox::StandardButton answer = MessageBoxes::question(
            this, tr("Open Read-Only?"), tr("%1 Open a read-only view?").arg(error.reason),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        document = Document::open(absolute, DocumentFile::Access::ReadOnly, &error);
    }
    if (!document) {
        // The current document or the welcome page stays as it was.
        MessageBoxes::critical(this, tr("Cannot Open %1").arg(fileName), error.reason);
        return false;
    }
    const CloseDecision decision = confirmClose();
    if (decision == CloseDecision::Cancel)
        return false;
    if (!AppPaths::isUntitled(absolute)) {
        RecentFiles::add(absolute);
        updateRecentMenu();
    }
    replaceDocument(std::move(document), decision);
    return true;
}

bool MainWindow::closeDocument()
{
    const CloseDecision decision = confirmClose();
    if (decision == CloseDecision::Cancel)
        return false;
    replaceDocument(nullptr, decision);
    return true;
}

MainWindow::CloseDecision MainWindow::confirmClose()
{
    if (!m_document || m_document->isReadOnly())
        return CloseDecision::Close;
    if (AppPaths::isUntitled(m_document->filePath())) {
        // Nothing typed yet: nothing worth a question.
        const bool untouchedExample = m_document->filePath() == m_examplePath
            && m_document->undoStack()->count() == 0;
        if (untouchedExample || !hasContent())
            return CloseDecision::CloseAndDelete;
        const QMessageBox::StandardButton answer = MessageBoxes::question(
            this, tr("Save Post-Mortem?"),
            tr("This post-mortem has no file name yet. Save it before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            {{QMessageBox::Save, tr("Save As\u2026")}});
        if (answer == QMessageBox::Save)
            return saveAs() ? CloseDecision::Close : CloseDecision::Cancel;
        if (answer == QMessageBox::Discard)
            return CloseDecision::CloseAndDelete;
        return CloseDecision::Cancel;
    }
    if (!m_document->saveNow()) {
        const QMessageBox::StandardButton answer = MessageBoxes::warning(
            this, tr("Changes Not Saved"),
            tr("The latest changes cannot be written to %1. If you close it now, they are lost.")
                .arg(QFileInfo(m_document->filePath()).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Discard, tr("Close and Lose Changes")}});
        if (answer != QMessageBox::Discard)
            return CloseDecision::Cancel;
    }
    return CloseDecision::Close;
}

bool MainWindow::hasContent() const
{
    if (m_document->undoStack()->count() > 0)
        return true;
    for (const int field :
         {IncidentField::Title, IncidentField::Reference, IncidentField::Summary,
          IncidentField::CustomerImpact, IncidentField::Regret, IncidentField::Reason,
          IncidentField::Remedy}) {
        if (!m_document->incident().text(field).trimmed().isEmpty())
            return true;
    }
    // Recovered documents have no undo history: anything beyond the defaults counts.
    for (const Table table : allTables()) {
        if (table != Table::Incident && table != Table::SeverityLevel && table != Table::Question
            && m_document->count(table) > 0)
            return true;
    }
    // New documents come with the built-in questions, all open and without notes.
    const QList<Record> &questions = m_document->records(Table::Question);
    return std::any_of(questions.cbegin(), questions.cend(), [](const Record &question) {
        const QString status = question.text(QuestionField::Status);
        return question.text(QuestionField::BuiltinKey).isEmpty()
               || !question.text(QuestionField::Notes).trimmed().isEmpty()
               || !(status.isEmpty() || status == "open"_L1);
    });
}

void MainWindow::replaceDocument(std::unique_ptr<Document> document, CloseDecision decision)
{
    const QString oldPath = m_document ? m_document->filePath() : QString();
    m_documentView->setDocument(nullptr);
    if (m_document)
        disconnect(m_document.get(), nullptr, this, nullptr);
    // Destroying the document writes what is pending and releases its lock.
    m_document.reset();
    if (decision == CloseDecision::CloseAndDelete && !oldPath.isEmpty())
        UntitledDocuments::discard(oldPath);

    m_document = std::move(document);
    m_saveFailing = false;
    rebuildUndoActions();
    if (m_document) {
        Document *current = m_document.get();
        connect(current, &Document::savedStateChanged, this, [this](bool allSaved) {
            if (allSaved) {
                m_saveFailing = false;
                m_documentView->clearSaveFailure();
            }
            updateSaveState();
        });
        connect(current, &Document::saveFailed, this, [this](const QString &reason) {
            m_saveFailing = true;
            m_documentView->showSaveFailure(reason);
            updateSaveState();
        });
        connect(current, &Document::valueChanged, this, [this](Table table, qint64, int field) {
            if (table == Table::Incident && field == IncidentField::Title)
                updateWindowTitle();
        });
        connect(current, &Document::filePathChanged, this, &MainWindow::updateWindowTitle);
        m_documentView->setDocument(current);
        m_centralStack->setCurrentWidget(m_documentView);
        m_documentView->focusPage();
    } else {
        showWelcome();
    }
    m_presentation->setDocument(m_document.get());
    updateWindowTitle();
    updateSaveState();
    updateActions();
}

void MainWindow::showWelcome()
{
    m_welcomePage->refresh(m_document ? m_document->filePath() : QString());
    m_centralStack->setCurrentWidget(m_welcomePage);
    m_welcomePage->setFocus();
}

// --- Saving

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (AppPaths::isUntitled(m_document->filePath()))
        return saveAs();
    if (!m_document->saveNow())
        return false; // the banner says why; the document keeps retrying
    statusBar()->showMessage(tr("All changes saved"), StatusMessageMs);
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString suggested = m_document->incidentValue(IncidentField::Title).toString().simplified();
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]"_s);
    suggested.replace(unsafe, u"-"_s);
    suggested = suggested.left(80).trimmed();
    if (suggested.isEmpty())
        suggested = tr("post-mortem");
    QString path = FileDialogs::getSaveFileName(this, tr("Save Post-Mortem As"),
                                                suggested + Suffix, documentFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(Suffix, Qt::CaseInsensitive)) {
        path += Suffix;
        // The dialog only confirmed overwriting the name without the suffix.
        if (QFileInfo::exists(path)
            && MessageBoxes::question(this, tr("Replace File?"),
                                      tr("%1 already exists. Replace it?")
                                          .arg(QDir::toNativeSeparators(path)),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return false;
    }
    const QString oldPath = m_document->filePath();
    const bool wasReadOnly = m_document->isReadOnly();
    QString error;
    if (!m_document->saveAs(path, &error)) {
        MessageBoxes::critical(this, tr("Cannot Save %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    const QString newPath = m_document->filePath();
    if (AppPaths::isUntitled(oldPath) && oldPath != newPath)
        UntitledDocuments::discard(oldPath);
    if (!AppPaths::isUntitled(newPath)) {
        RecentFiles::add(newPath);
        updateRecentMenu();
    }
    if (wasReadOnly) {
        // The copy is editable: the pages re-read the access.
        m_documentView->setDocument(nullptr);
        m_documentView->setDocument(m_document.get());
    }
    m_saveFailing = false;
    m_documentView->clearSaveFailure();
    updateWindowTitle();
    updateSaveState();
    updateActions();
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(newPath)),
                             StatusMessageMs);
    return true;
}

void MainWindow::exportJson()
{
    if (!m_document)
        return;
    const QString base = AppPaths::isUntitled(m_document->filePath())
        ? tr("post-mortem")
        : QFileInfo(m_document->filePath()).completeBaseName();
    QString path = FileDialogs::getSaveFileName(this, tr("Export as JSON"), base + u".json"_s,
                                                tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".json"_s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DocumentJson::toBytes(*m_document)) < 0
        || !file.commit()) {
        MessageBoxes::critical(this, tr("Cannot Export"),
                               tr("%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                             StatusMessageMs);
}

// --- State shown in the window

void MainWindow::updateWindowTitle()
{
    if (!m_document) {
        setWindowTitle(QString());
        setWindowModified(false);
        return;
    }
    const QString path = m_document->filePath();
    const QString fileName =
        AppPaths::isUntitled(path) ? tr("Untitled") : QFileInfo(path).fileName();
    const QString title = m_document->incidentValue(IncidentField::Title).toString().simplified();
    QString text = title.isEmpty()
        ? tr("%1[*]").arg(escapedForTitle(fileName))
        : tr("%1[*] \u2014 %2").arg(escapedForTitle(title), escapedForTitle(fileName));
    if (m_document->isReadOnly())
        text += tr(" (read-only)");
    setWindowTitle(text);
    setWindowModified(m_document->hasUnsavedChanges());
}

void MainWindow::updateSaveState()
{
    m_saveStateLabel->setVisible(bool(m_document));
    if (!m_document)
        return;
    setWindowModified(m_document->hasUnsavedChanges());
    QString text;
    if (m_document->isReadOnly())
        text = tr("Read-only");
    else if (m_saveFailing)
        text = tr("Not saved \u2014 retrying");
    else if (m_document->hasUnsavedChanges())
        text = tr("Saving\u2026");
    else
        text = tr("All changes saved");
    m_saveStateLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool hasDocument = bool(m_document);
    m_saveAction->setEnabled(hasDocument && !m_document->isReadOnly());
    m_saveAsAction->setEnabled(hasDocument);
    m_exportJsonAction->setEnabled(hasDocument);
    m_exportMenu->setEnabled(hasDocument);
    m_closeAction->setEnabled(hasDocument);
    m_goMenu->setEnabled(hasDocument);
    m_callOutBiasAction->setEnabled(hasDocument && !m_document->isReadOnly());
}

void MainWindow::rebuildUndoActions()
{
    delete m_undoAction;
    delete m_redoAction;
    if (m_document) {
        m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
        m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    } else {
        m_undoAction = new QAction(tr("&Undo"), this);
        m_redoAction = new QAction(tr("&Redo"), this);
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
    m_undoAction->setObjectName(u"undoAction"_s);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_undoAction->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_redoAction->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::list();
    int number = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        ++number;
        const QString label = number < 10 ? u"&%1 %2"_s.arg(number).arg(info.fileName())
                                          : info.fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            action->setEnabled(false);
            action->setToolTip(tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        }
        connect(action, &QAction::triggered, this, [this, path] { openDocument(path); });
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
}

// --- Zoom

void MainWindow::zoomIn()
{
    setZoomPercent(m_zoomPercent + ZoomStepPercent);
}

void MainWindow::zoomOut()
{
    setZoomPercent(m_zoomPercent - ZoomStepPercent);
}

void MainWindow::resetZoom()
{
    setZoomPercent(100);
}

void MainWindow::setZoomPercent(int percent)
{
    percent = std::clamp(percent, MinZoomPercent, MaxZoomPercent);
    if (percent != m_zoomPercent) {
        m_zoomPercent = percent;
        QSettings().setValue(ZoomKey, percent);
        applyZoom();
    }
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoomPercent), StatusMessageMs);
}

void MainWindow::applyZoom()
{
    // Only the content grows; menus and the status bar keep the desktop's size.
    QFont font = QApplication::font();
    // Presentation mode enlarges the type; the zoom keys still work on top of it.
    const qreal factor = m_zoomPercent / 100.0 * m_presentation->fontFactor();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    m_centralStack->setFont(font);
    // Qt does not pass a parent's font on to a child that has a style sheet of its own (the
    // style sheet propagation scheme); hand the zoom to each such child explicitly.
    const QList<QWidget *> descendants = m_centralStack->findChildren<QWidget *>();
    for (QWidget *widget : descendants) {
        QWidget *parent = widget->parentWidget();
        if (!widget->testAttribute(Qt::WA_StyleSheet) || !parent || widget->isWindow())
            continue;
        if (!parent->testAttribute(Qt::WA_StyleSheet)) {
            widget->setFont(parent->font());
        } else if (!widget->testAttribute(Qt::WA_SetFont)
                   || widget->property("zoomFollowsBase").toBool()) {
            // Inside a page with a style sheet not even the size is passed on. Only the size
            // is given here (a style sheet's bold stays its own); sizes that the page chose
            // (headings) are left to the page.
            QFont sized = widget->font();
            if (font.pointSizeF() > 0)
                sized.setPointSizeF(font.pointSizeF());
            else
                sized.setPixelSize(font.pixelSize());
            widget->setFont(sized);
            widget->setProperty("zoomFollowsBase", true);
        }
    }
    if (m_methodDialog)
        m_methodDialog->setFont(font);
    m_zoomInAction->setEnabled(m_zoomPercent < MaxZoomPercent);
    m_zoomOutAction->setEnabled(m_zoomPercent > MinZoomPercent);
}

// --- Help

void MainWindow::showMethod()
{
    if (!m_methodDialog) {
        m_methodDialog = new BlamelessMethodDialog(this);
        m_methodDialog->setFont(m_centralStack->font());
    }
    m_methodDialog->show();
    m_methodDialog->raise();
    m_methodDialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Debrief"),
        tr("<h3>Debrief %1</h3><p>Run blameless post-mortems in the room: a guided flow for "
           "the facilitator, a record that is never lost, and a write-up to share.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::callOutBias()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (auto *existing = findChild<CallOutBiasDialog *>(); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new CallOutBiasDialog(m_document.get(), m_documentView->currentStep(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFont(m_centralStack->font());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->recordedId())
            statusBar()->showMessage(
                tr("Bias call-out logged: %1")
                    .arg(choiceLabel(Vocabulary::Bias, dialog->chosenBias())),
                StatusMessageMs);
    });
    // Window-modal without a nested event loop: the meeting is not held up by it.
    dialog->open();
}

// --- Events

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeDocument()) {
        event->ignore();
        return;
    }
    QSettings().setValue(GeometryKey, saveGeometry());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localDebriefFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localDebriefFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not inside the drop: a message box in the middle of a drag is fragile on some platforms.
    QMetaObject::invokeMethod(this, [this, path] { openDocument(path); }, Qt::QueuedConnection);
}

bool MainWindow::isUndoRedoKey(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (const QAction *action : {m_undoAction, m_redoAction}) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (shortcut == pressed)
                return true;
        }
    }
    return false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields keep their own little undo history and claim Ctrl+Z for it; in this window
    // undo is the document's, so that it also reverts what the field already committed.
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && m_document && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (widget->window() == this && isUndoRedoKey(keyEvent)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->ignore();
                return true;
            }
            return true; // a key press reaches here only when there is nothing to undo
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Debrief
