// "Call out a bias" through the real main window, by keyboard only: Ctrl+Shift+B on two
// different steps, a bias chosen by number and by arrow keys, Enter records it with the time
// and the step, the meeting stays on its step, and Ctrl+Z takes the call-out back.
#include "dialogs/CallOutBiasDialog.h"
#include "document/Document.h"
#include "mainwindow/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "storage/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestCallOutBias : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void callOutOnTwoStepsAndUndo();
    void unavailableWithoutADocument();

private:
    void pressCallOut();
    CallOutBiasDialog *waitForDialog() const;
    void waitForWindowActive();

    std::unique_ptr<MainWindow> m_window;
};

void TestCallOutBias::initTestCase()
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    QStandardPaths::setTestModeEnabled(true);
}

void TestCallOutBias::init()
{
    QSettings().clear();
    QDir(AppPaths::untitledFolder()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCallOutBias::cleanup()
{
    m_window.reset();
}

void TestCallOutBias::pressCallOut()
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(
        focus ? focus : m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
}

CallOutBiasDialog *TestCallOutBias::waitForDialog() const
{
    CallOutBiasDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<CallOutBiasDialog *>();
        return dialog && dialog->isVisible();
    });
    if (!shown || !QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }))
        return nullptr;
    return dialog;
}

void TestCallOutBias::waitForWindowActive()
{
    // A window manager gives the activation back when the dialog closes; offscreen has none.
    if (!m_window->isActiveWindow())
        m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCallOutBias::callOutOnTwoStepsAndUndo()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    Document *document = m_window->document();
    QVERIFY(document);
    auto *view = m_window->findChild<DocumentView *>(u"documentView"_s);
    QVERIFY(view);

    // To the timeline, as the room does: Alt+Right step by step.
    while (view->currentStep() != Step::Timeline) {
        const Step before = view->currentStep();
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(view->currentStep() != before);
    }
    QWidget *typingIn = QApplication::focusWidget();
    QVERIFY(typingIn && view->isAncestorOf(typingIn));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    pressCallOut();
    CallOutBiasDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::Timeline);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    QCOMPARE(dialog->chosenBias(), u"outcome"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"\"the rollback worked, so it was right\""_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CallOutBiasDialog *>());
    waitForWindowActive();

    QCOMPARE(document->count(Table::BiasCallout), 1);
    const Record first = document->records(Table::BiasCallout).constFirst();
    QCOMPARE(first.text(BiasCalloutField::Bias), u"outcome"_s);
    QCOMPARE(first.text(BiasCalloutField::Step), u"timeline"_s);
    QCOMPARE(first.text(BiasCalloutField::Note), u"\"the rollback worked, so it was right\""_s);
    const QDateTime at = first.value(BiasCalloutField::CalledAt).toDateTime();
    QVERIFY(at >= before && at <= QDateTime::currentDateTimeUtc());
    // The meeting did not move.
    QCOMPARE(view->currentStep(), Step::Timeline);

    // On to the questions; this time the bias is chosen with the arrow keys, no note.
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->currentStep(), Step::Questions);
    pressCallOut();
    dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::Questions);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(dialog->chosenBias(), u"fundamental-attribution"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CallOutBiasDialog *>());
    waitForWindowActive();

    QCOMPARE(document->count(Table::BiasCallout), 2);
    const Record second = document->records(Table::BiasCallout).at(1);
    QCOMPARE(second.text(BiasCalloutField::Bias), u"fundamental-attribution"_s);
    QCOMPARE(second.text(BiasCalloutField::Step), u"questions"_s);
    QVERIFY(second.text(BiasCalloutField::Note).isEmpty());
    QCOMPARE(view->currentStep(), Step::Questions);

    // Each call-out is one undo step.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->count(Table::BiasCallout), 1);
    QCOMPARE(document->records(Table::BiasCallout).constFirst().text(BiasCalloutField::Step),
        u"timeline"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->count(Table::BiasCallout), 0);
    QCOMPARE(view->currentStep(), Step::Questions);
}

void TestCallOutBias::unavailableWithoutADocument()
{
    auto *action = m_window->findChild<QAction *>(u"callOutBiasAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QVERIFY(!action->isEnabled());
    pressCallOut();
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<CallOutBiasDialog *>());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(action->isEnabled());
}

QTEST_MAIN(TestCallOutBias)
#include "TestCallOutBias.moc"
