// Every step in the real main
// window with the example post-mortem at 1920×1080: every page shows the example's content. With
// DEBRIEF_SCREENSHOT_DIR set, each step is also saved as <dir>/<step>.png for people to
// look at (run it under Xvfb with QT_QPA_PLATFORM=xcb for the real look).
#include "PageFixture.h"
#include "mainwindow/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "steps/BiasesPage.h"
#include "steps/ContextPage.h"
#include "steps/FactorsPage.h"
#include "steps/PreparePage.h"
#include "timeline/TimelinePage.h"
#include "steps/QuestionsPage.h"
#include "steps/RemediationPage.h"
#include "steps/ReviewPage.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestStepScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void step_data();
    void step();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestStepScreens::initTestCase()
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"example.debrief"_s);
    QVERIFY(PageFixture::exampleDocument(path));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(path));
}

void TestStepScreens::cleanupTestCase()
{
    m_window.reset();
}

void TestStepScreens::step_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("prepare") << int(Step::Prepare);
    QTest::newRow("context") << int(Step::Context);
    QTest::newRow("biases") << int(Step::Biases);
    QTest::newRow("timeline") << int(Step::Timeline);
    QTest::newRow("questions") << int(Step::Questions);
    QTest::newRow("factors") << int(Step::Factors);
    QTest::newRow("remediation") << int(Step::Remediation);
    QTest::newRow("review") << int(Step::Review);
}

void TestStepScreens::step()
{
    QFETCH(int, step);
    auto *view = m_window->findChild<DocumentView *>();
    QVERIFY(view);
    view->setCurrentStep(Step(step));
    QCOMPARE(view->currentStep(), Step(step));
    view->focusPage();
    QTest::qWait(400); // the review page recomputes shortly after it is shown

    switch (Step(step)) {
    case Step::Prepare: {
        auto *page = view->findChild<PreparePage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QLineEdit *>(u"titleLineEdit"_s)->text(),
                 m_window->document()->incidentValue(IncidentField::Title).toString());
        break;
    }
    case Step::Timeline: {
        auto *page = view->findChild<TimelinePage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QTableView *>(u"eventsTableView"_s)->model()->rowCount(),
                 m_window->document()->count(Table::TimelineEvent));
        break;
    }
    case Step::Context: {
        auto *page = view->findChild<ContextPage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QPlainTextEdit *>(u"regretPlainTextEdit"_s)->toPlainText(),
                 m_window->document()->incidentValue(IncidentField::Regret).toString());
        break;
    }
    case Step::Biases: {
        auto *page = view->findChild<BiasesPage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QTableView *>(u"calloutsTableView"_s)->model()->rowCount(),
                 m_window->document()->count(Table::BiasCallout));
        break;
    }
    case Step::Questions: {
        auto *page = view->findChild<QuestionsPage *>();
        QVERIFY(page->isVisible());
        QVERIFY(page->currentQuestionId() != 0);
        break;
    }
    case Step::Factors: {
        auto *page = view->findChild<FactorsPage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QListWidget *>(u"factorsListWidget"_s)->count(),
                 m_window->document()->count(Table::ContributingFactor));
        break;
    }
    case Step::Remediation: {
        auto *page = view->findChild<RemediationPage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QTableView *>(u"itemsTableView"_s)->model()->rowCount(),
                 m_window->document()->count(Table::RemediationItem));
        break;
    }
    case Step::Review: {
        auto *page = view->findChild<ReviewPage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->findChild<QListWidget *>(u"basicsListWidget"_s)->count(), 7);
        break;
    }
    default:
        QFAIL("not a step of this test");
    }

    const QString folder = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        const QString file = QDir(folder).filePath(stepInfo(Step(step)).key + u".png"_s);
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
        qInfo("saved %s", qPrintable(file));
    }
}

QTEST_MAIN(TestStepScreens)
#include "TestStepScreens.moc"
