#pragma once

#include "PresentationThemes.h"
#include "domain/Steps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenu;
class QStackedWidget;

namespace Debrief {

class Document;
class DocumentView;

// Presentation mode for the projector: full screen, type large enough for the back of the
// room, a high-contrast theme, facilitator-only widgets hidden, and a discreet session
// clock with the current step's timebox. The main window owns it and asks it for the font
// factor; everything else stays here.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    // Body text height at a 1920×1080 screen; other screens get the same share of its height,
    // which is what decides legibility once the picture is projected.
    static constexpr qreal BodyPixelsAt1080 = 28.0;
    // The share of the timebox after which the step is shown as nearing its end.
    static constexpr qreal NearEndShare = 0.8;

    enum class TimeboxState { None, Running, NearEnd, Over };
    Q_ENUM(TimeboxState)

    // Milliseconds on a monotonic clock; tests replace it so that they need not sleep.
    using Clock = std::function<qint64()>;

    PresentationMode(QMainWindow *window, QWidget *content, DocumentView *view);
    ~PresentationMode() override;

    QAction *toggleAction() const { return m_toggleAction; }
    // "Presentation Theme" with Light and Dark.
    QMenu *themeMenu() const { return m_themeMenu; }

    bool isActive() const { return m_active; }
    PresentationThemes::Theme theme() const { return m_theme; }
    void setTheme(PresentationThemes::Theme theme);

    // What the content font is multiplied by on top of the zoom: 1 outside presentation mode.
    qreal fontFactor() const;

    // The open document (nullptr: none); a new document starts a new session.
    void setDocument(Document *document);

    void setClock(Clock clock);
    // Milliseconds since the session started (-1 before it started), and on the current step.
    qint64 sessionElapsed() const;
    qint64 stepElapsed(Step step) const;
    // The current step's timebox in minutes from the document; 0 when none is set.
    int timeboxMinutes(Step step) const;
    TimeboxState timeboxState() const { return m_timeboxState; }

public Q_SLOTS:
    void setActive(bool active);
    void enter() { setActive(true); }
    void leave() { setActive(false); }
    // Re-reads the clock and the timebox into the labels (every second while the session runs).
    void updateClock();

Q_SIGNALS:
    void activeChanged(bool active);
    // The main window re-applies its zoom with the new fontFactor().
    void fontFactorChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hideFacilitatorWidgets();
    void hideIfFacilitatorOnly(QWidget *widget);
    void restoreFacilitatorWidgets();
    void applyTheme();
    void repolishPaletteStyleSheets();
    void restorePalettes();
    void updateLabelFonts();
    void onStepChanged();
    void startSession();
    Step currentStep() const;
    qint64 now() const;

    QMainWindow *m_window;
    QWidget *m_content;
    DocumentView *m_view;
    QStackedWidget *m_stepStack;
    QPointer<Document> m_document;

    bool m_active = false;
    bool m_hiding = false;
    Qt::WindowStates m_previousWindowState;
    bool m_hadOwnPalette = false;
    QPalette m_previousPalette;
    QPalette m_previousApplicationPalette;
    QSize m_previousStackMinimum;
    PresentationThemes::Theme m_theme = PresentationThemes::Theme::Light;
    QList<QPointer<QWidget>> m_hiddenWidgets;

    QElapsedTimer m_monotonic;
    Clock m_clock;
    QTimer m_tick;
    qint64 m_sessionStart = -1;
    qint64 m_stepStart = -1;
    Step m_step = Step::Prepare;
    QHash<int, qint64> m_stepSpent;
    TimeboxState m_timeboxState = TimeboxState::None;

    QAction *m_toggleAction;
    QActionGroup *m_themeGroup;
    QAction *m_lightAction;
    QAction *m_darkAction;
    QMenu *m_themeMenu;
    QLabel *m_sessionLabel;
    QLabel *m_timeboxLabel;
};

} // namespace Debrief
