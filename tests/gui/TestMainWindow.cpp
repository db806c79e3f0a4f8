// Drives the real main window with the keyboard and mouse, as a facilitator would; modal
// dialogs are answered through the FileDialogs and MessageBoxes seams.
#include "TestSupport.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "mainwindow/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/WelcomePage.h"
#include "storage/AppPaths.h"
#include "steps/PreparePage.h"
#include "storage/DocumentFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnWelcomePage();
    void newDocumentEditUndoRedo();
    void stepNavigation();
    void saveAsCloseReopen();
    void closingUntitledAsks();
    void closingEmptyUntitledAsksNothing();
    void zoomKeysPersist();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void badFileKeepsCurrentDocument();
    void lockedFileOpensReadOnly();
    void lockedFileDeclined();
    void recoveryOffersUntitled();
    void recoveryDiscard();
    void openExample();
    void saveFailureBannerAndRetry();
    void dropOpensFile();
    void exportJson();
    void blamelessMethodHelp();

private:
    void createWindow();
    QLineEdit *titleEdit() const;
    QLabel *saveStateLabel() const;
    bool welcomeShown() const;
    bool documentShown() const;
    QString writeValidDocument(const QString &name, const QString &title);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QTimer m_modalGuard;
    QString m_unexpectedModal;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    // Never the developer's own settings or untitled documents, even outside ctest.
    QStandardPaths::setTestModeEnabled(true);
    // A dialog the test did not answer would block forever: close it and fail instead.
    m_modalGuard.setInterval(200);
    connect(&m_modalGuard, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            m_unexpectedModal = modal->windowTitle();
            modal->close();
        }
    });
    m_modalGuard.start();
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(AppPaths::untitledFolder()).removeRecursively();
    MessageBoxes::clearLastMessage();
    m_unexpectedModal.clear();
    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());
    createWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_tempDir.reset();
    QVERIFY2(m_unexpectedModal.isEmpty(),
             qPrintable(u"unexpected dialog: "_s + m_unexpectedModal));
}

void TestMainWindow::createWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QLineEdit *TestMainWindow::titleEdit() const
{
    // Other steps have title fields too (factors, remediation items): the incident's is on Prepare.
    auto *prepare = m_window->findChild<PreparePage *>();
    return prepare ? prepare->findChild<QLineEdit *>(u"titleLineEdit"_s) : nullptr;
}

QLabel *TestMainWindow::saveStateLabel() const
{
    return m_window->findChild<QLabel *>(u"saveStateLabel"_s);
}

bool TestMainWindow::welcomeShown() const
{
    auto *welcome = m_window->findChild<WelcomePage *>(u"welcomePage"_s);
    return welcome && welcome->isVisible();
}

bool TestMainWindow::documentShown() const
{
    auto *view = m_window->findChild<DocumentView *>(u"documentView"_s);
    return view && view->isVisible();
}

QString TestMainWindow::writeValidDocument(const QString &name, const QString &title)
{
    const QString path = m_tempDir->filePath(name);
    QString error;
    auto document = Document::createNew(path, &error);
    if (!document)
        return {};
    document->setIncidentValue(IncidentField::Title, title);
    document->saveNow();
    return path;
}

void TestMainWindow::startsOnWelcomePage()
{
    QVERIFY(welcomeShown());
    QVERIFY(!m_window->document());
    QVERIFY(m_window->findChild<QPushButton *>(u"newPushButton"_s)->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(u"openPushButton"_s)->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(u"openExamplePushButton"_s)->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"saveAction"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(u"closeAction"_s)->isEnabled());
}

void TestMainWindow::newDocumentEditUndoRedo()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document());
    QVERIFY(documentShown());
    QVERIFY(!welcomeShown());
    QVERIFY(m_window->windowTitle().contains(u"Untitled"_s));
    QVERIFY(AppPaths::isUntitled(m_window->document()->filePath()));

    // The sidebar lists the steps, Prepare first, with their completeness.
    auto *steps = m_window->findChild<QListWidget *>(u"stepListWidget"_s);
    QVERIFY(steps);
    QCOMPARE(steps->count(), m_window->findChild<DocumentView *>()->steps().size());
    QCOMPARE(steps->item(0)->text(), stepInfo(Step::Prepare).title);
    const StepProgress before = stepProgress(*m_window->document(), Step::Prepare);
    QCOMPARE(steps->item(0)->data(DocumentView::ProgressRole).toString(),
             u"%1/%2"_s.arg(before.done).arg(before.total));
    QCOMPARE(m_window->findChild<QLabel *>(u"stepTitleLabel"_s)->text(),
             stepInfo(Step::Prepare).title);

    // The facilitator can start typing the title at once.
    QLineEdit *title = titleEdit();
    QVERIFY(title);
    QTRY_COMPARE(QApplication::focusWidget(), title);
    QTest::keyClicks(title, u"Checkout outage"_s);
    QCOMPARE(m_window->document()->incidentValue(IncidentField::Title).toString(),
             u"Checkout outage"_s);
    QVERIFY(m_window->windowTitle().contains(u"Checkout outage"_s));
    QTRY_COMPARE(steps->item(0)->data(DocumentView::ProgressRole).toString(),
                 u"%1/%2"_s.arg(before.done + 1).arg(before.total));
    QTRY_COMPARE_WITH_TIMEOUT(saveStateLabel()->text(), u"All changes saved"_s, 2000);
    QVERIFY(!m_window->isWindowModified());

    // Undo and redo are the document's, even with the focus in the text field.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QVERIFY(m_window->document()->incidentValue(IncidentField::Title).toString().isEmpty());
    QVERIFY(!m_window->windowTitle().contains(u"Checkout"_s));
    QTRY_COMPARE(steps->item(0)->data(DocumentView::ProgressRole).toString(),
                 u"%1/%2"_s.arg(before.done).arg(before.total));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), u"Checkout outage"_s);
    QVERIFY(m_window->windowTitle().contains(u"Checkout outage"_s));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(title->text(), u"Checkout outage"_s);
    // With nothing left to redo, the field's own history must not take over.
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(title->text(), u"Checkout outage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saveStateLabel()->text(), u"All changes saved"_s, 2000);

    // Leaving: the untitled document with a title asks, and Discard removes its file.
    const QString path = m_window->document()->filePath();
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!m_window->document());
    QVERIFY(welcomeShown());
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::stepNavigation()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *view = m_window->findChild<DocumentView *>(u"documentView"_s);
    auto *back = m_window->findChild<QPushButton *>(u"backPushButton"_s);
    auto *next = m_window->findChild<QPushButton *>(u"nextPushButton"_s);
    auto *steps = m_window->findChild<QListWidget *>(u"stepListWidget"_s);
    QVERIFY(view && back && next && steps);
    const QList<Step> pageSteps = view->steps();
    QVERIFY(!pageSteps.isEmpty());
    QCOMPARE(steps->count(), pageSteps.size());
    QCOMPARE(view->currentStep(), pageSteps.first());
    QVERIFY(!back->isEnabled());
    QCOMPARE(next->isEnabled(), pageSteps.size() > 1);

    // Forward with both shortcuts, back with both, never past either end.
    for (int i = 1; i < pageSteps.size(); ++i) {
        QTest::keyClick(m_window.get(), i % 2 ? Qt::Key_Right : Qt::Key_PageDown,
                        i % 2 ? Qt::AltModifier : Qt::ControlModifier);
        QCOMPARE(view->currentStep(), pageSteps.at(i));
        QCOMPARE(m_window->findChild<QLabel *>(u"stepTitleLabel"_s)->text(),
                 stepInfo(pageSteps.at(i)).title);
    }
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->currentStep(), pageSteps.last());
    QVERIFY(!next->isEnabled());
    for (int i = int(pageSteps.size()) - 2; i >= 0; --i) {
        QTest::keyClick(m_window.get(), i % 2 ? Qt::Key_Left : Qt::Key_PageUp,
                        i % 2 ? Qt::AltModifier : Qt::ControlModifier);
        QCOMPARE(view->currentStep(), pageSteps.at(i));
    }
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(view->currentStep(), pageSteps.first());

    // Clicking a step in the sidebar opens it.
    const int lastRow = steps->count() - 1;
    const QRect rect = steps->visualItemRect(steps->item(lastRow));
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentStep(), pageSteps.last());
}

void TestMainWindow::saveAsCloseReopen()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    const QString untitledPath = m_window->document()->filePath();
    QTest::keyClicks(titleEdit(), u"Database failover"_s);

    // Save As appends the suffix, moves the work out of the untitled folder and renames.
    const QString target = m_tempDir->filePath(u"failover.debrief"_s);
    FileDialogs::setNextFileName(m_tempDir->filePath(u"failover"_s));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(untitledPath));
    QCOMPARE(m_window->document()->filePath(), QFileInfo(target).absoluteFilePath());
    QVERIFY(m_window->windowTitle().contains(u"failover.debrief"_s));
    QVERIFY(m_window->windowTitle().contains(u"Database failover"_s));
    QVERIFY(!m_window->windowTitle().contains(u"Untitled"_s));

    // More typing, then Ctrl+S on a named file just confirms that everything is written.
    QTest::keyClicks(titleEdit(), u" drill"_s);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"All changes saved"_s);
    QCOMPARE(saveStateLabel()->text(), u"All changes saved"_s);

    // Closing a named file asks nothing.
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!m_window->document());
    QVERIFY(welcomeShown());
    QVERIFY(MessageBoxes::lastMessage().isEmpty());

    // It is in Open Recent and on the welcome page.
    auto *recentMenu = m_window->findChild<QMenu *>(u"openRecentMenu"_s);
    QVERIFY(recentMenu);
    Q_EMIT recentMenu->aboutToShow();
    bool listed = false;
    const QList<QAction *> recentActions = recentMenu->actions();
    for (const QAction *action : recentActions)
        listed = listed || action->data().toString() == QFileInfo(target).absoluteFilePath();
    QVERIFY(listed);
    auto *recentList = m_window->findChild<QListWidget *>(u"recentListWidget"_s);
    QCOMPARE(recentList->count(), 1);
    QCOMPARE(recentList->item(0)->data(WelcomePage::PathRole).toString(),
             QFileInfo(target).absoluteFilePath());

    // Reopen through File ▸ Open: the value survived.
    FileDialogs::setNextFileName(target);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(m_window->document());
    QVERIFY(documentShown());
    QCOMPARE(titleEdit()->text(), u"Database failover drill"_s);
    QVERIFY(!m_window->document()->isReadOnly());
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);

    // And through the recent list on the welcome page.
    QTest::mouseClick(recentList->viewport(), Qt::LeftButton, {},
                      recentList->visualItemRect(recentList->item(0)).center());
    QVERIFY(m_window->document());
    QCOMPARE(titleEdit()->text(), u"Database failover drill"_s);
}

void TestMainWindow::closingUntitledAsks()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    const QString path = m_window->document()->filePath();
    QTest::keyClicks(titleEdit(), u"Login loop"_s);

    // Cancel keeps everything as it was.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(MessageBoxes::lastMessage().contains(u"no file name"_s));
    QVERIFY(m_window->document());
    QVERIFY(documentShown());

    // New asks too; answering Save As… with a name keeps the work in that file.
    const QString target = m_tempDir->filePath(u"login.debrief"_s);
    MessageBoxes::clearLastMessage();
    MessageBoxes::setNextAnswer(QMessageBox::Save);
    FileDialogs::setNextFileName(target);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!MessageBoxes::lastMessage().isEmpty());
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_window->document());
    QVERIFY(AppPaths::isUntitled(m_window->document()->filePath()));
    OpenError error;
    auto saved = Document::open(target, DocumentFile::Access::ReadOnly, &error);
    QVERIFY2(saved, qPrintable(error.reason));
    QCOMPARE(saved->incidentValue(IncidentField::Title).toString(), u"Login loop"_s);

    // Save As… then cancelling the file dialog cancels the close.
    QTest::keyClicks(titleEdit(), u"Second"_s);
    MessageBoxes::setNextAnswer(QMessageBox::Save);
    FileDialogs::setNextFileName(QString());
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(m_window->document());

    // Quitting asks as well; Discard removes the untitled file.
    const QString second = m_window->document()->filePath();
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->document());
    QVERIFY(!QFile::exists(second));
}

void TestMainWindow::closingEmptyUntitledAsksNothing()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    const QString path = m_window->document()->filePath();
    QVERIFY(QFile::exists(path));
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(MessageBoxes::lastMessage().isEmpty());
    QVERIFY(!m_window->document());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(DocumentFile::lockFilePath(path)));
}

void TestMainWindow::zoomKeysPersist()
{
    auto *central = m_window->findChild<QStackedWidget *>(u"centralStackedWidget"_s);
    QVERIFY(central);
    const qreal base = QApplication::font().pointSizeF();
    const qreal menuSize = m_window->menuBar()->font().pointSizeF();
    QCOMPARE(m_window->zoomPercent(), 100);

    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 110);
    QCOMPARE(QSettings().value(u"view/zoomPercent"_s).toInt(), 110);
    QVERIFY(qFuzzyCompare(central->font().pointSizeF(), base * 1.1));
    QCOMPARE(m_window->menuBar()->font().pointSizeF(), menuSize);
    // Labels inside the pages follow.
    auto *welcome = m_window->findChild<WelcomePage *>(u"welcomePage"_s);
    QVERIFY(qFuzzyCompare(welcome->font().pointSizeF(), base * 1.1));
    for (const QString &name : {u"recoveryHintLabel"_s, u"saveFailureLabel"_s, u"readOnlyLabel"_s})
        QVERIFY2(qFuzzyCompare(m_window->findChild<QLabel *>(name)->font().pointSizeF(), base * 1.1),
                 qPrintable(name));

    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 90);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 100);
    QVERIFY(qFuzzyCompare(central->font().pointSizeF(), base));

    // Bounded at 70% and 300%.
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), MainWindow::MinZoomPercent);
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), MainWindow::MaxZoomPercent);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);

    // Also while typing in a document, and kept for the next start.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), titleEdit());
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 130);
    QVERIFY(titleEdit()->text().isEmpty());
    QVERIFY(qFuzzyCompare(titleEdit()->font().pointSizeF(), base * 1.3));
    createWindow();
    QCOMPARE(m_window->zoomPercent(), 130);
    central = m_window->findChild<QStackedWidget *>(u"centralStackedWidget"_s);
    QVERIFY(qFuzzyCompare(central->font().pointSizeF(), base * 1.3));
}

void TestMainWindow::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    const QDir data(qEnvironmentVariable("DEBRIEF_TEST_DATA"));
    const QFileInfoList files = data.entryInfoList({u"*.debrief"_s}, QDir::Files, QDir::Name);
    int rows = 0;
    for (const QFileInfo &file : files) {
        if (file.fileName().startsWith(u"valid"_s))
            continue;
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
        ++rows;
    }
    if (rows == 0)
        QTest::newRow("no corpus") << QString();
}

void TestMainWindow::badFilesAreRefused()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("tests/data has no bad .debrief files (run tests/data/make-corpus.sh)");
    // A copy, so that no lock or journal can ever land in the source tree.
    const QString fileName = QFileInfo(path).fileName();
    const QString copy = m_tempDir->filePath(fileName);
    QVERIFY(QFile::copy(path, copy));
    const QByteArray before = TestSupport::fileChecksum(copy);

    FileDialogs::setNextFileName(copy);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);

    const QString message = MessageBoxes::lastMessage();
    QVERIFY2(message.contains(fileName), qPrintable(message));
    QVERIFY2(!message.trimmed().contains(u'\n'), qPrintable(message));
    QVERIFY(!m_window->document());
    QVERIFY(welcomeShown());
    QCOMPARE(TestSupport::fileChecksum(copy), before);
    QCOMPARE(TestSupport::fileChecksum(path), before);
    const QStringList left = QDir(m_tempDir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{fileName});
    QVERIFY(RecentFiles::list().isEmpty());
}

void TestMainWindow::badFileKeepsCurrentDocument()
{
    const QString bad = m_tempDir->filePath(u"notes.debrief"_s);
    QFile text(bad);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Meeting notes\n");
    text.close();

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(titleEdit(), u"Still here"_s);
    Document *current = m_window->document();
    FileDialogs::setNextFileName(bad);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(MessageBoxes::lastMessage().contains(u"notes.debrief"_s));
    QCOMPARE(m_window->document(), current);
    QVERIFY(documentShown());
    QCOMPARE(titleEdit()->text(), u"Still here"_s);
}

void TestMainWindow::lockedFileOpensReadOnly()
{
    const QString path = writeValidDocument(u"shared.debrief"_s, u"Shared incident"_s);
    QVERIFY(!path.isEmpty());
    OpenError error;
    auto holder = Document::open(path, DocumentFile::Access::ReadWrite, &error);
    QVERIFY2(holder, qPrintable(error.reason));

    FileDialogs::setNextFileName(path);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY2(MessageBoxes::lastMessage().contains(u"Open a read-only view?"_s),
             qPrintable(MessageBoxes::lastMessage()));
    QVERIFY(m_window->document());
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY(documentShown());
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    QVERIFY(m_window->windowTitle().contains(u"Shared incident"_s));
    QCOMPARE(saveStateLabel()->text(), u"Read-only"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"readOnlyLabel"_s)->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"saveAction"_s)->isEnabled());

    QLineEdit *title = titleEdit();
    QCOMPARE(title->text(), u"Shared incident"_s);
    QVERIFY(title->isReadOnly() || !title->isEnabled());
    title->setFocus();
    QTest::keyClicks(title, u"changed"_s);
    QCOMPARE(title->text(), u"Shared incident"_s);
    QCOMPARE(m_window->document()->incidentValue(IncidentField::Title).toString(),
             u"Shared incident"_s);

    // Closing a read-only view asks nothing and leaves the holder's lock alone.
    MessageBoxes::clearLastMessage();
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(MessageBoxes::lastMessage().isEmpty());
    QVERIFY(QFile::exists(DocumentFile::lockFilePath(path)));
    QVERIFY(holder->setIncidentValue(IncidentField::Title, u"Still editable"_s));
}

void TestMainWindow::lockedFileDeclined()
{
    const QString path = writeValidDocument(u"busy.debrief"_s, u"Busy"_s);
    OpenError error;
    auto holder = Document::open(path, DocumentFile::Access::ReadWrite, &error);
    QVERIFY2(holder, qPrintable(error.reason));
    FileDialogs::setNextFileName(path);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(!m_window->document());
    QVERIFY(welcomeShown());
}

void TestMainWindow::recoveryOffersUntitled()
{
    QString recoverPath;
    {
        QString error;
        auto document = Document::createNew(AppPaths::newUntitledPath(), &error);
        QVERIFY2(document, qPrintable(error));
        document->setIncidentValue(IncidentField::Title, u"Payment retries"_s);
        QVERIFY(document->saveNow());
        recoverPath = document->filePath();
    } // as if the app had died: the file stays, the lock goes

    createWindow();
    QPushButton *recover = nullptr;
    const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>(u"recoverPushButton"_s);
    for (QPushButton *button : buttons) {
        if (button->property("documentPath").toString() == recoverPath)
            recover = button;
    }
    QVERIFY(recover);
    QVERIFY(recover->isVisible());
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>(u"recoveryDocumentLabel"_s);
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == u"Payment retries"_s;
    }));
    QTest::mouseClick(recover, Qt::LeftButton);
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), recoverPath);
    QCOMPARE(titleEdit()->text(), u"Payment retries"_s);
    QVERIFY(m_window->windowTitle().contains(u"Payment retries"_s));
    QVERIFY(m_window->windowTitle().contains(u"Untitled"_s));

    // The window's own document is never offered for recovery.
    m_window->offerRecovery();
    QVERIFY(documentShown());
}

void TestMainWindow::recoveryDiscard()
{
    QString path;
    {
        QString error;
        auto document = Document::createNew(AppPaths::newUntitledPath(), &error);
        QVERIFY2(document, qPrintable(error));
        document->setIncidentValue(IncidentField::Title, u"Old draft"_s);
        path = document->filePath();
    }
    m_window->offerRecovery();
    QPushButton *discard = m_window->findChild<QPushButton *>(u"discardPushButton"_s);
    QVERIFY(discard);
    QCOMPARE(discard->property("documentPath").toString(), path);

    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(discard, Qt::LeftButton);
    QVERIFY(QFile::exists(path));

    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY(m_window->findChildren<QPushButton *>(u"discardPushButton"_s).isEmpty());
    QVERIFY(!m_window->findChild<QWidget *>(u"recoveryFrame"_s)->isVisible());
}

void TestMainWindow::openExample()
{
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"openExamplePushButton"_s),
                      Qt::LeftButton);
    QVERIFY(m_window->document());
    QVERIFY(m_window->windowTitle().contains(u"Parcel tracking unavailable"_s));
    QVERIFY(titleEdit()->text().startsWith(u"Parcel tracking unavailable"_s));
    QVERIFY(AppPaths::isUntitled(m_window->document()->filePath()));
    auto *steps = m_window->findChild<QListWidget *>(u"stepListWidget"_s);
    const StepProgress progress = stepProgress(*m_window->document(), Step::Prepare);
    QCOMPARE(steps->item(0)->data(DocumentView::ProgressRole).toString(),
             u"%1/%2"_s.arg(progress.done).arg(progress.total));
    QCOMPARE(steps->item(0)->data(DocumentView::CompleteRole).toBool(), progress.isComplete());

    // Closing the example unchanged asks nothing and leaves no untitled copy behind.
    const QString path = m_window->document()->filePath();
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(MessageBoxes::lastMessage().isEmpty());
    QVERIFY(!QFile::exists(path));

    // Also from the File menu; once changed, it is worth a question like any untitled work.
    m_window->findChild<QAction *>(u"openExampleAction"_s)->trigger();
    QVERIFY(m_window->document());
    titleEdit()->setFocus();
    QTest::keyClicks(titleEdit(), u" (our copy)"_s);
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!MessageBoxes::lastMessage().isEmpty());
    QVERIFY(m_window->document());
}

void TestMainWindow::saveFailureBannerAndRetry()
{
    // The folder disappears while the document is open (an unplugged drive, a network share
    // gone): SQLite cannot create its journal, so every write fails until it is back.
    const QString folder = m_tempDir->filePath(u"share"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = writeValidDocument(u"share/incident.debrief"_s, u"Flaky share"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->openFile(path));
    QVERIFY(QDir().rename(folder, folder + u"-gone"_s));

    auto *banner = m_window->findChild<QLabel *>(u"saveFailureLabel"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    titleEdit()->setFocus();
    titleEdit()->end(false);
    QTest::keyClicks(titleEdit(), u" again"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 3000);
    QVERIFY(!banner->text().isEmpty());
    QCOMPARE(saveStateLabel()->text(), u"Not saved \u2014 retrying"_s);
    QVERIFY(m_window->isWindowModified());
    // Nothing typed is lost meanwhile.
    QCOMPARE(m_window->document()->incidentValue(IncidentField::Title).toString(),
             u"Flaky share again"_s);

    QVERIFY(QDir().rename(folder + u"-gone"_s, folder));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 6000);
    QCOMPARE(saveStateLabel()->text(), u"All changes saved"_s);
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    OpenError error;
    auto reopened = Document::open(path, DocumentFile::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error.reason));
    QCOMPARE(reopened->incidentValue(IncidentField::Title).toString(), u"Flaky share again"_s);
}

void TestMainWindow::dropOpensFile()
{
    const QString path = writeValidDocument(u"dropped.debrief"_s, u"Dropped in"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(m_window->document());
    QCOMPARE(titleEdit()->text(), u"Dropped in"_s);

    // Anything else is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_tempDir->filePath(u"notes.txt"_s))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton,
                            Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::exportJson()
{
    const QString path = writeValidDocument(u"export-me.debrief"_s, u"Exported incident"_s);
    QVERIFY(m_window->openFile(path));
    FileDialogs::setNextFileName(m_tempDir->filePath(u"export-me"_s));
    m_window->findChild<QAction *>(u"exportJsonAction"_s)->trigger();
    QFile json(m_tempDir->filePath(u"export-me.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(object.value(u"format"_s).toString(), u"debrief"_s);
    QCOMPARE(object.value(u"incident"_s).toObject().value(u"title"_s).toString(),
             u"Exported incident"_s);
}

void TestMainWindow::blamelessMethodHelp()
{
    m_window->findChild<QAction *>(u"methodAction"_s)->trigger();
    auto *browser = m_window->findChild<QTextBrowser *>(u"methodTextBrowser"_s);
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    const QString text = browser->toPlainText();
    for (const QString &expected : {u"Regret"_s, u"Reason"_s, u"Remedy"_s, u"Hindsight"_s,
                                    u"describe, don't explain"_s, u"root cause"_s, u"SMART"_s,
                                    u"archive"_s, u"Change the focus"_s, u"Avoid punishment"_s,
                                    u"blameless applies first and foremost to yourself"_s,
                                    u"Further reading"_s, u"Field Guide to Understanding"_s})
        QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(expected));
    browser->window()->close();
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
