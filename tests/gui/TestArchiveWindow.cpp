// Drives the archive window as a facilitator would: add an archive folder, wait for the
// background index, search as you type, filter, open a post-mortem, compare two, export a
// trend chart, and archive the open post-mortem from the File menu.
#include "../archive/ArchiveFixtures.h"
#include "archive/ArchiveCatalog.h"
#include "archive/ArchiveController.h"
#include "archive/ArchiveFolderPicker.h"
#include "archive/ArchiveSearchModel.h"
#include "archive/ArchiveWindow.h"
#include "archive/ComparisonModel.h"
#include "archive/TrendChartView.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "document/Document.h"
#include "mainwindow/MainWindow.h"
#include "storage/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

constexpr int IndexTimeoutMs = 60000;

ArchiveFixtures::Factor alertFactor()
{
    return {u"The database alert went to an archived Slack channel"_s,
        u"Nobody reads the channel any more, so the alert reached no person."_s,
        u"communication"_s};
}

ArchiveFixtures::Factor alertFactorAgain()
{
    return {u"Alerts for the queue were routed to an archived channel"_s,
        u"The alert fired but reached no person on call."_s, u"communication"_s};
}

} // namespace

class TestArchiveWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void browseCompareAndExport();
    void archiveAsksForFolderFirstTime();

private:
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        auto *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning() << "missing" << name;
        return widget;
    }
    QString write(const QString &name, const ArchiveFixtures::Spec &spec);
    int rowWithTitle(QTableView *view, const QString &title);
    void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {});
    void screenshot(QWidget *window, const QString &name);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTimer m_modalGuard;
    QString m_unexpectedModal;
};

void TestArchiveWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    QStandardPaths::setTestModeEnabled(true);
    m_modalGuard.setInterval(200);
    connect(&m_modalGuard, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            m_unexpectedModal = modal->windowTitle();
            modal->close();
        }
    });
    m_modalGuard.start();
}

void TestArchiveWindow::init()
{
    QSettings().clear();
    QFile::remove(ArchiveCatalog::defaultPath());
    MessageBoxes::clearLastMessage();
    m_unexpectedModal.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestArchiveWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QVERIFY2(m_unexpectedModal.isEmpty(), qPrintable(u"unexpected dialog: "_s + m_unexpectedModal));
}

QString TestArchiveWindow::write(const QString &name, const ArchiveFixtures::Spec &spec)
{
    const QString path = m_dir->filePath(name);
    QString error;
    if (!ArchiveFixtures::write(path, spec, &error))
        qWarning() << error;
    return path;
}

int TestArchiveWindow::rowWithTitle(QTableView *view, const QString &title)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, ArchiveSearchModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

void TestArchiveWindow::clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = view->model()->index(row, ArchiveSearchModel::TitleColumn);
    view->scrollTo(index);
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

void TestArchiveWindow::screenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QApplication::processEvents();
    QVERIFY(window->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

void TestArchiveWindow::browseCompareAndExport()
{
    const QDate longAgo(2026, 1, 15);
    ArchiveFixtures::Spec checkout;
    checkout.title = u"Checkout latency after zeppelin failover"_s;
    checkout.reference = u"INC-101"_s;
    checkout.severityKey = u"SEV2"_s;
    checkout.milestones = ArchiveFixtures::standardMilestones();
    checkout.factors = {alertFactor()};
    checkout.remediation = {{u"Route every alert to a person"_s, u"Dan"_s, u"open"_s, longAgo}};
    const QString checkoutPath = write(u"checkout.debrief"_s, checkout);

    ArchiveFixtures::Spec queue;
    queue.title = u"Queue backlog after deploy"_s;
    queue.reference = u"INC-102"_s;
    queue.severityKey = u"SEV3"_s;
    queue.startedAt = QDateTime(QDate(2026, 4, 2), QTime(8, 0), QTimeZone::UTC);
    queue.milestones = {{u"impact-start"_s, 0}, {u"detected"_s, 45}, {u"resolved"_s, 300}};
    queue.factors = {alertFactorAgain()};
    queue.remediation = {{u"Test alert routes weekly"_s, u"Ann"_s, u"done"_s, longAgo}};
    const QString queuePath = write(u"queue.debrief"_s, queue);

    ArchiveFixtures::Spec stampede;
    stampede.title = u"Zeppelin stampede in search"_s;
    stampede.severityKey = u"SEV1"_s;
    stampede.startedAt = QDateTime(QDate(2026, 5, 20), QTime(14, 0), QTimeZone::UTC);
    stampede.milestones = ArchiveFixtures::standardMilestones();
    stampede.factors = {{u"Warm-up requests bypassed the rate limiter"_s, {}, u"technology"_s}};
    stampede.remediation
        = {{u"Rate-limit warm-up traffic"_s, u"Mira"_s, u"open"_s, QDate(2099, 1, 1)}};
    write(u"stampede.debrief"_s, stampede);

    ArchiveFixtures::Spec disk;
    disk.title = u"Disk full on the build server"_s;
    disk.severityKey = u"SEV3"_s;
    disk.startedAt = QDateTime(QDate(2025, 11, 5), QTime(6, 0), QTimeZone::UTC);
    write(u"disk.debrief"_s, disk);

    QFile broken(m_dir->filePath(u"broken.debrief"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a post-mortem");
    broken.close();

    // The archive opens from the main window's shortcut.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto *controller = m_window->findChild<ArchiveController *>();
    QVERIFY(controller);
    ArchiveWindow *archive = controller->archiveWindow();
    QVERIFY(archive);
    archive->resize(1920, 1080);
    QVERIFY(QTest::qWaitForWindowExposed(archive));
    auto *tabs = child<QTabWidget>(archive, u"archiveTabWidget"_s);
    QVERIFY(tabs);
    QVERIFY(child<QLabel>(archive, u"noFoldersLabel"_s)->isVisible());

    // Folders page (Alt+F): add the folder; the index runs in the background.
    QTest::keyClick(archive, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ArchiveWindow::Page::Folders));
    ArchiveFolderPicker::setNextFolder(m_dir->path());
    QTest::mouseClick(child<QPushButton>(archive, u"addFolderPushButton"_s), Qt::LeftButton);
    QCOMPARE(child<QListWidget>(archive, u"folderListWidget"_s)->count(), 1);
    // The click returned before the index was done: it runs off the GUI thread, stoppable.
    QVERIFY(archive->isIndexing());
    QVERIFY(child<QPushButton>(archive, u"stopIndexingPushButton"_s)->isVisible());
    QCOMPARE(ArchiveWindow::savedFolders(),
        QStringList {ArchiveCatalog::normalizedFolder(m_dir->path())});
    QTRY_VERIFY_WITH_TIMEOUT(!archive->isIndexing(), IndexTimeoutMs);

    auto *results = child<QTableView>(archive, u"resultsTableView"_s);
    QTRY_COMPARE(results->model()->rowCount(), 4);
    auto *unreadable = child<QTreeWidget>(archive, u"unreadableTreeWidget"_s);
    QCOMPARE(unreadable->topLevelItemCount(), 1);
    QVERIFY(unreadable->topLevelItem(0)->text(0).endsWith(u"broken.debrief"_s));
    QVERIFY(!unreadable->topLevelItem(0)->text(1).isEmpty());
    QVERIFY(tabs->tabText(int(ArchiveWindow::Page::Folders)).contains(u"1"_s));
    screenshot(archive, u"archive-folders"_s);

    // Browse (Alt+B): search as you type, by a word prefix from anywhere in the text.
    QTest::keyClick(archive, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ArchiveWindow::Page::Browse));
    QVERIFY(!child<QLabel>(archive, u"noFoldersLabel"_s)->isVisible());
    auto *search = child<QLineEdit>(archive, u"searchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"zeppel"_s);
    QTRY_COMPARE(results->model()->rowCount(), 2);
    QVERIFY(rowWithTitle(results, checkout.title) >= 0);
    QVERIFY(rowWithTitle(results, stampede.title) >= 0);
    // The words found are shown in context below the list.
    clickRow(results, rowWithTitle(results, stampede.title));
    auto *snippet = child<QLabel>(archive, u"snippetLabel"_s);
    QVERIFY(snippet->isVisible());
    QVERIFY(snippet->text().contains(u"<b>"_s));
    screenshot(archive, u"archive-search"_s);
    search->setFocus();

    // Severity filter with the keyboard.
    auto *severity = child<QComboBox>(archive, u"severityComboBox"_s);
    const int sev2 = severity->findData(u"SEV2"_s);
    QVERIFY(sev2 > 0);
    severity->setFocus();
    for (int i = 0; i < sev2; ++i)
        QTest::keyClick(severity, Qt::Key_Down);
    QCOMPARE(severity->currentData().toString(), u"SEV2"_s);
    QCOMPARE(results->model()->rowCount(), 1);
    QCOMPARE(results->model()->index(0, 0).data().toString(), checkout.title);
    QTest::keyClick(severity, Qt::Key_Home);
    QCOMPARE(results->model()->rowCount(), 2);

    // Clear the search; only post-mortems with open remediation.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(results->model()->rowCount(), 4);
    auto *openOnly = child<QCheckBox>(archive, u"openRemediationCheckBox"_s);
    openOnly->setFocus();
    QTest::keyClick(openOnly, Qt::Key_Space);
    QCOMPARE(results->model()->rowCount(), 2);
    QVERIFY(rowWithTitle(results, queue.title) < 0);
    QTest::keyClick(openOnly, Qt::Key_Space);
    QCOMPARE(results->model()->rowCount(), 4);

    // Sorted by date, newest first, until a header is clicked.
    QCOMPARE(results->model()->index(0, 0).data().toString(), stampede.title);
    QCOMPARE(results->model()->index(3, 0).data().toString(), disk.title);

    // Open one with Enter: it opens in the main window.
    clickRow(results, rowWithTitle(results, checkout.title));
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), QFileInfo(checkoutPath).absoluteFilePath());
    // The main window came to the front; the facilitator goes back to the archive.
    archive->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(archive));

    // Select two and compare them.
    auto *compare = child<QPushButton>(archive, u"comparePushButton"_s);
    clickRow(results, rowWithTitle(results, checkout.title));
    QVERIFY(!compare->isEnabled());
    clickRow(results, rowWithTitle(results, queue.title), Qt::ControlModifier);
    QVERIFY(compare->isEnabled());
    screenshot(archive, u"archive-browser"_s);
    QTest::mouseClick(compare, Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), int(ArchiveWindow::Page::Compare));
    auto *comparison = child<QTableView>(archive, u"comparisonTableView"_s);
    QCOMPARE(comparison->model()->columnCount(), 2);
    int recurringRows = 0;
    int overdueRows = 0;
    for (int row = 0; row < comparison->model()->rowCount(); ++row) {
        const QModelIndex a = comparison->model()->index(row, 0);
        const QModelIndex b = comparison->model()->index(row, 1);
        if (a.data(ComparisonModel::RecurrenceGroupRole).toInt() >= 0
            && a.data(ComparisonModel::RecurrenceGroupRole)
                == b.data(ComparisonModel::RecurrenceGroupRole)) {
            ++recurringRows;
            QVERIFY(a.data(Qt::BackgroundRole).isValid());
        }
        if (a.data(ComparisonModel::OverdueRole).toBool()
            || b.data(ComparisonModel::OverdueRole).toBool())
            ++overdueRows;
    }
    QCOMPARE(recurringRows, 1);
    QCOMPARE(overdueRows, 1);
    // "Seen before in ..." across the archive, with the similarity explained.
    auto *recurrence = child<QTreeWidget>(archive, u"recurrenceTreeWidget"_s);
    QCOMPARE(recurrence->topLevelItemCount(), 2);
    QTreeWidgetItem *checkoutMatches
        = recurrence->findItems(checkout.title, Qt::MatchExactly).value(0);
    QVERIFY(checkoutMatches);
    bool seenInQueue = false;
    for (int i = 0; i < checkoutMatches->childCount(); ++i) {
        QTreeWidgetItem *match = checkoutMatches->child(i);
        if (match->data(1, Qt::UserRole).toString() == QFileInfo(queuePath).absoluteFilePath()
            || match->data(1, Qt::UserRole).toString() == queuePath) {
            seenInQueue = true;
            QVERIFY(match->text(1).contains(queue.title));
            QVERIFY(!match->text(2).isEmpty());
        }
    }
    QVERIFY(seenInQueue);
    screenshot(archive, u"archive-compare"_s);

    // Trends (Alt+T): export the chart as PNG and as PDF.
    QTest::keyClick(archive, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ArchiveWindow::Page::Trends));
    auto *chart = child<TrendChartView>(archive, u"trendChartView"_s);
    QVERIFY(!TrendChart::isEmpty(chart->chart()));
    QVERIFY(chart->chart().categories.size() >= 7); // November to May, gaps included
    screenshot(archive, u"archive-trends"_s);
    const QString png = m_dir->filePath(u"chart.png"_s);
    FileDialogs::setNextFileName(png);
    QTest::mouseClick(child<QPushButton>(archive, u"exportPngPushButton"_s), Qt::LeftButton);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    const QString pdf = m_dir->filePath(u"chart.pdf"_s);
    FileDialogs::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(archive, u"exportPdfPushButton"_s), Qt::LeftButton);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // Open remediation across the archive: overdue first owner alphabetically.
    QTest::keyClick(archive, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ArchiveWindow::Page::OpenRemediation));
    auto *remediation = child<QTableView>(archive, u"remediationTableView"_s);
    QCOMPARE(remediation->model()->rowCount(), 2);
    QCOMPARE(remediation->model()->index(0, 0).data().toString(), u"Dan"_s);
    screenshot(archive, u"archive-remediation"_s);

    // Archive the example from the File menu: the copy joins the archive at once.
    m_window->openExample();
    QVERIFY(m_window->document());
    QVERIFY(controller->archiveDocumentAction()->isEnabled());
    controller->archiveDocumentAction()->trigger();
    QVERIFY2(MessageBoxes::lastMessage().isEmpty(), qPrintable(MessageBoxes::lastMessage()));
    QVERIFY(
        m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(m_dir->path())));
    QVERIFY(m_window->document()->incidentValue(IncidentField::ArchivedAt).toDateTime().isValid());
    QTest::keyClick(archive, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(results->model()->rowCount(), 5);
}

void TestArchiveWindow::archiveAsksForFolderFirstTime()
{
    m_window->openExample();
    QVERIFY(m_window->document());
    auto *controller = m_window->findChild<ArchiveController *>();
    QVERIFY(controller);

    // Cancelling the folder dialog archives nothing.
    ArchiveFolderPicker::setNextFolder({});
    QVERIFY(!controller->archiveDocument());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
    QVERIFY(m_window->document()->incidentValue(IncidentField::ArchivedAt).isNull());

    ArchiveFolderPicker::setNextFolder(m_dir->path());
    controller->archiveDocumentAction()->trigger();
    QVERIFY2(MessageBoxes::lastMessage().isEmpty(), qPrintable(MessageBoxes::lastMessage()));
    const QStringList files = QDir(m_dir->path()).entryList({u"*.debrief"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(ArchiveWindow::savedFolders(),
        QStringList {ArchiveCatalog::normalizedFolder(m_dir->path())});

    // A folder that cannot be written: the reason is reported, nothing is archived.
    QSettings().setValue(u"archive/folders"_s, QStringList {m_dir->filePath(u"missing/deeper"_s)});
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!controller->archiveDocument());
    QVERIFY(!MessageBoxes::lastMessage().isEmpty());
}

QTEST_MAIN(TestArchiveWindow)
#include "TestArchiveWindow.moc"
