// Presentation mode in the real main window with the example post-mortem, driven by the
// keyboard as a facilitator would: F5 and Escape, large type at a 1920×1080 screen, the
// facilitator-only widgets, the high-contrast themes, the session clock and the timebox.
// The offscreen platform is given a 1920×1080 screen at 96 DPI (see main() below). With
// DEBRIEF_SCREENSHOT_DIR set, two steps are saved in both themes for people to look at.
#include "PageFixture.h"
#include "mainwindow/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PresentationMode.h"
#include "mainwindow/PresentationThemes.h"
#include "steps/PreparePage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

QString formatted(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

qint64 timeboxOf(const Document &document, Step step)
{
    for (const Record &note : document.records(Table::StepNote)) {
        if (note.text(StepNoteField::Step) == stepInfo(step).key)
            return note.value(StepNoteField::TimeboxMinutes).toLongLong();
    }
    return 0;
}

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void stepsByKeyboard();
    void entersAndLeaves();
    void escapeLeaves();
    void facilitatorWidgetsHidden();
    void highContrastThemes();
    void sessionTimerAndTimebox();
    void screenshots();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QList<QWidget *> facilitatorWidgets() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DocumentView *m_view = nullptr;
    PresentationMode *m_mode = nullptr;
    qint64 m_now = 1'000'000;
};

void TestPresentationMode::initTestCase()
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"example.debrief"_s);
    QVERIFY(PageFixture::exampleDocument(path));
    m_window = std::make_unique<MainWindow>();
    m_view = m_window->findChild<DocumentView *>();
    m_mode = m_window->findChild<PresentationMode *>();
    QVERIFY(m_view);
    QVERIFY(m_mode);
    m_mode->setClock([this] { return m_now; });
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->zoomPercent(), 100);
}

void TestPresentationMode::cleanupTestCase()
{
    m_window.reset();
}

void TestPresentationMode::init()
{
    // Each test starts outside presentation mode, whatever the one before left behind.
    m_mode->leave();
    QTRY_VERIFY(!m_window->isFullScreen());
}

void TestPresentationMode::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != m_window.get())
        target = m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

QList<QWidget *> TestPresentationMode::facilitatorWidgets() const
{
    QList<QWidget *> result;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->property("facilitatorOnly").toBool())
            result.append(widget);
    }
    return result;
}

void TestPresentationMode::stepsByKeyboard()
{
    const QList<Step> steps = m_view->steps();
    QCOMPARE(steps.size(), allSteps().size());
    // Alt+1…Alt+8 open each step directly, in any order.
    for (int number = int(steps.size()); number >= 1; --number) {
        press(Qt::Key_0 + number, Qt::AltModifier);
        QCOMPARE(m_view->currentStep(), steps.at(number - 1));
    }
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_view->currentStep(), steps.at(1));
    press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_view->currentStep(), steps.at(2));
    press(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_view->currentStep(), steps.at(1));
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_view->currentStep(), steps.at(0));
}

void TestPresentationMode::entersAndLeaves()
{
    press(Qt::Key_1, Qt::AltModifier);
    auto *bodyLabel = m_window->findChild<PreparePage *>()->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(bodyLabel);
    QVERIFY(bodyLabel->isVisible());
    const int normalPixels = QFontInfo(bodyLabel->font()).pixelSize();
    const QRect normalGeometry = m_window->geometry();
    QVERIFY(!m_window->isFullScreen());
    QVERIFY(!m_mode->toggleAction()->isChecked());

    press(Qt::Key_F5);
    QVERIFY(m_mode->isActive());
    QVERIFY(m_mode->toggleAction()->isChecked());
    QTRY_VERIFY(m_window->isFullScreen());
    const QRect screen = m_window->screen()->geometry();
    QTRY_COMPARE(m_window->geometry().size(), screen.size());
    QCOMPARE(screen.size(), QSize(1920, 1080)); // see main()
    // Nothing pushes the window past the screen's edges, where the room would not see it.
    const QSize needed = m_window->minimumSizeHint();
    QVERIFY2(needed.width() <= screen.width() && needed.height() <= screen.height(),
        qPrintable(u"%1x%2"_s.arg(needed.width()).arg(needed.height())));

    const int presentationPixels = QFontInfo(bodyLabel->font()).pixelSize();
    qInfo("body text: %d px normally, %d px in presentation mode at %dx%d", normalPixels,
        presentationPixels, screen.width(), screen.height());
    QVERIFY2(presentationPixels >= 28, qPrintable(QString::number(presentationPixels)));
    QVERIFY(presentationPixels > normalPixels);
    // The step list stays legible but leaves the room to the page.
    auto *steps = m_window->findChild<QWidget *>(u"stepListWidget"_s);
    const int stepPixels = QFontInfo(steps->font()).pixelSize();
    QVERIFY2(stepPixels < presentationPixels && stepPixels > normalPixels,
             qPrintable(QString::number(stepPixels)));
    QVERIFY(steps->width() < screen.width() / 5);

    // The zoom keys work on top of presentation mode, and Ctrl+0 goes back to its size.
    press(Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 110);
    QVERIFY(QFontInfo(bodyLabel->font()).pixelSize() > presentationPixels);
    QCOMPARE(QSettings().value(u"view/zoomPercent"_s).toInt(), 110);
    press(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 100);
    QCOMPARE(QFontInfo(bodyLabel->font()).pixelSize(), presentationPixels);

    press(Qt::Key_F5);
    QVERIFY(!m_mode->isActive());
    QVERIFY(!m_mode->toggleAction()->isChecked());
    QTRY_VERIFY(!m_window->isFullScreen());
    QTRY_COMPARE(m_window->geometry().size(), normalGeometry.size());
    QCOMPARE(QFontInfo(bodyLabel->font()).pixelSize(), normalPixels);
    QCOMPARE(QFontInfo(m_window->findChild<QWidget *>(u"stepListWidget"_s)->font()).pixelSize(),
             normalPixels);
}

void TestPresentationMode::escapeLeaves()
{
    m_view->focusPage();
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    press(Qt::Key_F5);
    QVERIFY(m_mode->isActive());
    QTRY_VERIFY(m_window->isFullScreen());
    press(Qt::Key_Escape);
    QVERIFY(!m_mode->isActive());
    QTRY_VERIFY(!m_window->isFullScreen());

    // The action in the View menu does the same as F5.
    m_mode->toggleAction()->trigger();
    QVERIFY(m_mode->isActive());
    m_mode->toggleAction()->trigger();
    QVERIFY(!m_mode->isActive());
}

void TestPresentationMode::facilitatorWidgetsHidden()
{
    press(Qt::Key_1, Qt::AltModifier);
    QList<QWidget *> shown;
    QList<QWidget *> alreadyHidden;
    for (QWidget *widget : facilitatorWidgets())
        (widget->isHidden() ? alreadyHidden : shown).append(widget);
    QVERIFY2(shown.size() >= 2, "the example shows facilitator notes on several steps");

    press(Qt::Key_F5);
    QVERIFY(m_mode->isActive());
    for (QWidget *widget : std::as_const(shown))
        QVERIFY2(widget->isHidden(), qPrintable(widget->objectName()));

    // Moving through the steps shows none of them again.
    for (int number = 1; number <= int(m_view->steps().size()); ++number) {
        press(Qt::Key_0 + number, Qt::AltModifier);
        QTest::qWait(0);
        for (QWidget *widget : facilitatorWidgets())
            QVERIFY2(!widget->isVisible(), qPrintable(widget->objectName()));
    }
    press(Qt::Key_1, Qt::AltModifier);

    // A page that shows its notes again, or a widget created later, is hidden too.
    QWidget *reshown = shown.constFirst();
    reshown->show();
    QTRY_VERIFY(reshown->isHidden());
    auto *page = m_view->findChild<QWidget *>(u"stepStackedWidget"_s)->findChild<QWidget *>();
    QVERIFY(page);
    auto *lateNote = new QLabel(u"late facilitator note"_s, page);
    lateNote->setProperty("facilitatorOnly", true);
    lateNote->show();
    QTRY_VERIFY(lateNote->isHidden());

    press(Qt::Key_F5);
    QVERIFY(!m_mode->isActive());
    for (QWidget *widget : std::as_const(shown))
        QVERIFY2(!widget->isHidden(), qPrintable(widget->objectName()));
    for (QWidget *widget : std::as_const(alreadyHidden))
        QVERIFY2(widget->isHidden(), qPrintable(widget->objectName()));
    QVERIFY(!lateNote->isHidden());
    delete lateNote;
}

void TestPresentationMode::highContrastThemes()
{
    using PresentationThemes::contrastRatio;
    const QPalette normal = m_window->palette();
    auto *lightAction = m_window->findChild<QAction *>(u"presentationLightThemeAction"_s);
    auto *darkAction = m_window->findChild<QAction *>(u"presentationDarkThemeAction"_s);
    QVERIFY(lightAction);
    QVERIFY(darkAction);
    auto *bodyLabel = m_window->findChild<PreparePage *>()->findChild<QLabel *>(u"titleLabel"_s);

    press(Qt::Key_F5);
    QVERIFY(m_mode->isActive());
    QMap<QString, QColor> windowColors;
    for (QAction *action : {darkAction, lightAction}) {
        action->trigger();
        QVERIFY(action->isChecked());
        const QPalette palette = m_window->palette();
        const QString name = action == darkAction ? u"dark"_s : u"light"_s;
        QCOMPARE(QSettings().value(u"view/presentationTheme"_s).toString(), name);
        // AAA for text, AA at least for secondary text and selections.
        const qreal windowText
            = contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
        const qreal text
            = contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base));
        qInfo("%s: WindowText/Window %.1f:1, Text/Base %.1f:1", qPrintable(name), windowText, text);
        QVERIFY(windowText >= 7.0);
        QVERIFY(text >= 7.0);
        QVERIFY(contrastRatio(palette.color(QPalette::ButtonText), palette.color(QPalette::Button))
            >= 7.0);
        QVERIFY(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::AlternateBase))
            >= 7.0);
        QVERIFY(
            contrastRatio(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base))
            >= 4.5);
        QVERIFY(contrastRatio(
                    palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight))
            >= 4.5);
        // The pages take the theme.
        QCOMPARE(
            bodyLabel->palette().color(QPalette::WindowText), palette.color(QPalette::WindowText));
        windowColors.insert(name, palette.color(QPalette::Window));
    }
    QVERIFY(windowColors.value(u"dark"_s) != windowColors.value(u"light"_s));
    QVERIFY(PresentationThemes::relativeLuminance(windowColors.value(u"dark"_s)) < 0.05);
    QVERIFY(PresentationThemes::relativeLuminance(windowColors.value(u"light"_s)) > 0.9);

    // Leaving brings the normal palette back; the choice stays for next time.
    press(Qt::Key_F5);
    QVERIFY(!m_mode->isActive());
    QCOMPARE(m_window->palette().color(QPalette::Window), normal.color(QPalette::Window));
    QCOMPARE(m_window->palette().color(QPalette::WindowText), normal.color(QPalette::WindowText));
    QCOMPARE(m_mode->theme(), PresentationThemes::Theme::Light);
}

void TestPresentationMode::sessionTimerAndTimebox()
{
    auto *sessionLabel = m_window->findChild<QLabel *>(u"sessionTimerLabel"_s);
    auto *timeboxLabel = m_window->findChild<QLabel *>(u"timeboxStatusLabel"_s);
    QVERIFY(sessionLabel);
    QVERIFY(timeboxLabel);
    QVERIFY(!sessionLabel->isVisible());
    Document *document = m_window->document();
    const qint64 timelineBox = timeboxOf(*document, Step::Timeline);
    QVERIFY2(timelineBox > 0, "the example sets a timebox for the timeline");
    QCOMPARE(timeboxOf(*document, Step::Prepare), 0);

    press(Qt::Key_1, Qt::AltModifier);
    press(Qt::Key_F5);
    QVERIFY(sessionLabel->isVisible());
    QVERIFY(timeboxLabel->isVisible());
    // No timebox for this step: only the time spent on it.
    QCOMPARE(m_mode->timeboxState(), PresentationMode::TimeboxState::None);
    QVERIFY(timeboxLabel->text().startsWith(stepInfo(Step::Prepare).title));

    // The session clock advances (the clock is the test's; a real one ticks every second).
    const qint64 before = m_mode->sessionElapsed();
    QVERIFY(before >= 0);
    m_now += 65'000;
    m_mode->updateClock();
    QCOMPARE(m_mode->sessionElapsed(), before + 65'000);
    QVERIFY2(sessionLabel->text().endsWith(formatted(before + 65'000)),
        qPrintable(sessionLabel->text()));

    // The timeline's timebox comes from the document.
    press(Qt::Key_4, Qt::AltModifier);
    QCOMPARE(m_view->currentStep(), Step::Timeline);
    const qint64 spentBefore = m_mode->stepElapsed(Step::Timeline);
    const QString boxText = u"/ %1 min"_s.arg(timelineBox);
    QVERIFY2(timeboxLabel->text().contains(boxText), qPrintable(timeboxLabel->text()));
    QVERIFY(timeboxLabel->text().startsWith(stepInfo(Step::Timeline).title));
    QCOMPARE(m_mode->timeboxState(), PresentationMode::TimeboxState::Running);
    const QColor runningColor = timeboxLabel->palette().color(QPalette::WindowText);

    const qint64 box = timelineBox * 60'000;
    m_now += box * 85 / 100 - spentBefore;
    QTest::qWait(1100); // the real tick refreshes the label too
    QCOMPARE(m_mode->timeboxState(), PresentationMode::TimeboxState::NearEnd);
    QVERIFY2(
        timeboxLabel->text().contains(formatted(box * 85 / 100)), qPrintable(timeboxLabel->text()));
    QCOMPARE(timeboxLabel->palette().color(QPalette::WindowText),
        PresentationThemes::nearEndColor(m_mode->theme()));

    m_now += box * 20 / 100;
    m_mode->updateClock();
    QCOMPARE(m_mode->timeboxState(), PresentationMode::TimeboxState::Over);
    const QColor overColor = timeboxLabel->palette().color(QPalette::WindowText);
    QCOMPARE(overColor, PresentationThemes::overTimeColor(m_mode->theme()));
    QVERIFY(overColor != runningColor);
    QVERIFY(
        PresentationThemes::contrastRatio(overColor, m_window->palette().color(QPalette::Window))
        >= 4.5);
    QVERIFY2(timeboxLabel->text().contains(u"over"_s), qPrintable(timeboxLabel->text()));

    // Another engineer's editor changes the timebox: the label follows at once.
    qint64 noteId = 0;
    for (const Record &note : document->records(Table::StepNote)) {
        if (note.text(StepNoteField::Step) == stepInfo(Step::Timeline).key)
            noteId = note.id;
    }
    QVERIFY(noteId != 0);
    document->setValue(
        Table::StepNote, noteId, StepNoteField::TimeboxMinutes, qint64(timelineBox * 3));
    QCOMPARE(m_mode->timeboxState(), PresentationMode::TimeboxState::Running);
    QVERIFY(timeboxLabel->text().contains(u"/ %1 min"_s.arg(timelineBox * 3)));
    document->undoStack()->undo();
    QCOMPARE(m_mode->timeboxState(), PresentationMode::TimeboxState::Over);

    // Time is kept per step: the next step starts from nothing, coming back resumes.
    const qint64 onTimeline = m_mode->stepElapsed(Step::Timeline);
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_view->currentStep(), Step::Questions);
    QCOMPARE(m_mode->stepElapsed(Step::Questions), 0);
    m_now += 30'000;
    press(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_mode->stepElapsed(Step::Timeline), onTimeline);
    QCOMPARE(m_mode->stepElapsed(Step::Questions), 30'000);

    // Leaving presentation mode hides the clock but does not stop the meeting's session.
    press(Qt::Key_F5);
    QVERIFY(!sessionLabel->isVisible());
    const qint64 session = m_mode->sessionElapsed();
    m_now += 10'000;
    QCOMPARE(m_mode->sessionElapsed(), session + 10'000);
}

void TestPresentationMode::screenshots()
{
    const QString folder = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("DEBRIEF_SCREENSHOT_DIR is not set");
    QDir().mkpath(folder);
    press(Qt::Key_F5);
    QTRY_VERIFY(m_window->isFullScreen());
    for (const PresentationThemes::Theme theme :
        {PresentationThemes::Theme::Light, PresentationThemes::Theme::Dark}) {
        m_mode->setTheme(theme);
        for (const Step step : m_view->steps()) {
            m_view->setCurrentStep(step);
            m_view->focusPage();
            QTest::qWait(300);
            const QString file = QDir(folder).filePath(u"presentation-%1-%2.png"_s.arg(
                stepInfo(step).key, PresentationThemes::key(theme)));
            const QPixmap shot = m_window->grab();
            QVERIFY2(shot.save(file), qPrintable(file));
            QCOMPARE(shot.size(), QSize(1920, 1080));
            qInfo("saved %s", qPrintable(file));
        }
    }
    press(Qt::Key_F5);
    m_mode->setTheme(PresentationThemes::Theme::Light);
}

// The offscreen platform's screen is 800×600 unless told otherwise: give it the projector's
// 1920×1080 at 96 DPI so that full screen and the type size are those of a real room.
int main(int argc, char **argv)
{
    QTemporaryDir screenDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screenDir.isValid()) {
        const QString config = screenDir.filePath(u"screen.json"_s);
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"({"screens":[{"name":"projector","x":0,"y":0,"width":1920,)"
                       R"("height":1080,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");
            file.close();
            const QByteArray platform = "offscreen:configfile=" + QFile::encodeName(config);
            qputenv("QT_QPA_PLATFORM", platform);
        }
    }
    QApplication app(argc, argv);
    TestPresentationMode test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPresentationMode.moc"
