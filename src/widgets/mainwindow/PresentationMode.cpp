#include "PresentationMode.h"

#include "DocumentView.h"
#include "document/Document.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QWindow>

#include <algorithm>
#include <utility>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const QString ThemeKey = u"view/presentationTheme"_s;
constexpr int TickMs = 1000;
// The clock and the timebox are for the facilitator's eye: smaller than the body text.
constexpr qreal LabelScale = 0.7;

bool isFacilitatorOnly(const QWidget *widget)
{
    return widget->property("facilitatorOnly").toBool();
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const QString secondsText = u"%1"_s.arg(seconds % 60, 2, 10, QChar(u'0'));
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QChar(u'0')).arg(secondsText);
    return u"%1:%2"_s.arg(minutes).arg(secondsText);
}

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, QWidget *content, DocumentView *view)
    : QObject(window)
    , m_window(window)
    , m_content(content)
    , m_view(view)
    , m_stepStack(view->findChild<QStackedWidget *>(u"stepStackedWidget"_s))
{
    setObjectName(u"presentationMode"_s);
    m_monotonic.start();
    m_theme = PresentationThemes::fromKey(QSettings().value(ThemeKey).toString());

    m_toggleAction
        = new QAction(QIcon::fromTheme(u"view-presentation"_s), tr("&Presentation Mode"), this);
    m_toggleAction->setObjectName(u"presentationModeAction"_s);
    m_toggleAction->setCheckable(true);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_toggleAction->setStatusTip(
        tr("Full screen with large type for the projector; Esc or F5 to leave"));
    connect(m_toggleAction, &QAction::toggled, this, &PresentationMode::setActive);

    m_themeGroup = new QActionGroup(this);
    m_lightAction = new QAction(tr("&Light"), m_themeGroup);
    m_lightAction->setObjectName(u"presentationLightThemeAction"_s);
    m_darkAction = new QAction(tr("&Dark"), m_themeGroup);
    m_darkAction->setObjectName(u"presentationDarkThemeAction"_s);
    for (QAction *action : {m_lightAction, m_darkAction})
        action->setCheckable(true);
    (m_theme == PresentationThemes::Theme::Dark ? m_darkAction : m_lightAction)->setChecked(true);
    connect(m_lightAction, &QAction::triggered, this,
        [this] { setTheme(PresentationThemes::Theme::Light); });
    connect(m_darkAction, &QAction::triggered, this,
        [this] { setTheme(PresentationThemes::Theme::Dark); });

    m_themeMenu = new QMenu(tr("Presentation &Theme"), window);
    m_themeMenu->setObjectName(u"presentationThemeMenu"_s);
    m_themeMenu->addAction(m_lightAction);
    m_themeMenu->addAction(m_darkAction);

    m_sessionLabel = new QLabel(window);
    m_sessionLabel->setObjectName(u"sessionTimerLabel"_s);
    m_sessionLabel->setTextFormat(Qt::PlainText);
    m_timeboxLabel = new QLabel(window);
    m_timeboxLabel->setObjectName(u"timeboxStatusLabel"_s);
    m_timeboxLabel->setTextFormat(Qt::PlainText);
    window->statusBar()->insertPermanentWidget(0, m_timeboxLabel);
    window->statusBar()->insertPermanentWidget(0, m_sessionLabel);
    m_sessionLabel->hide();
    m_timeboxLabel->hide();

    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &PresentationMode::updateClock);
    if (m_stepStack)
        connect(
            m_stepStack, &QStackedWidget::currentChanged, this, &PresentationMode::onStepChanged);

    // Escape reaches the window only when the focused widget had no use for it (closing a
    // completer, cancelling a cell edit), so leaving never steals it from them.
    window->installEventFilter(this);
    content->installEventFilter(this);
}

PresentationMode::~PresentationMode()
{
    qApp->removeEventFilter(this);
}

// --- Entering and leaving

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    {
        const QSignalBlocker blocker(m_toggleAction);
        m_toggleAction->setChecked(active);
    }
    if (active) {
        m_previousWindowState = m_window->windowState();
        m_hadOwnPalette = m_window->testAttribute(Qt::WA_SetPalette);
        m_previousPalette = m_window->palette();
        m_previousApplicationPalette = QApplication::palette();
        if (m_document && m_sessionStart < 0)
            startSession();
        qApp->installEventFilter(this);
        hideFacilitatorWidgets();
        applyTheme();
        // The step stack is as wide as its widest page; at projector type one page that
        // cannot shrink would push every step past the screen's edge. Here only that page
        // is clipped.
        if (m_stepStack) {
            m_previousStackMinimum = m_stepStack->minimumSize();
            m_stepStack->setMinimumSize(1, 1);
        }
        m_window->setWindowState(
            (m_previousWindowState & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
        m_window->show();
        if (QWindow *handle = m_window->windowHandle())
            connect(handle, &QWindow::screenChanged, this, &PresentationMode::fontFactorChanged,
                Qt::UniqueConnection);
        m_tick.start();
    } else {
        m_tick.stop();
        qApp->removeEventFilter(this);
        restoreFacilitatorWidgets();
        if (m_stepStack)
            m_stepStack->setMinimumSize(m_previousStackMinimum);
        restorePalettes();
        m_window->setWindowState(m_previousWindowState);
        m_window->show();
    }
    Q_EMIT fontFactorChanged();
    updateLabelFonts();
    updateClock();
    Q_EMIT activeChanged(active);
}

qreal PresentationMode::fontFactor() const
{
    if (!m_active)
        return 1.0;
    const QFont base = QApplication::font();
    const qreal basePixels = base.pixelSize() > 0
        ? qreal(base.pixelSize())
        : base.pointSizeF() * m_content->logicalDpiY() / 72.0;
    const QScreen *screen = m_window->screen();
    const qreal screenHeight = screen ? screen->geometry().height() : 1080.0;
    if (basePixels <= 0 || screenHeight <= 0)
        return 1.0;
    return BodyPixelsAt1080 * screenHeight / 1080.0 / basePixels;
}

// --- Facilitator-only widgets

void PresentationMode::hideFacilitatorWidgets()
{
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        hideIfFacilitatorOnly(widget);
}

void PresentationMode::hideIfFacilitatorOnly(QWidget *widget)
{
    // isHidden(), not isVisible(): a widget on a page not shown now is still meant to be seen.
    if (!m_active || !isFacilitatorOnly(widget) || widget->isHidden()
        || widget->window() != m_window)
        return;
    m_hiding = true;
    widget->hide();
    m_hiding = false;
    if (!m_hiddenWidgets.contains(widget))
        m_hiddenWidgets.append(widget);
}

void PresentationMode::restoreFacilitatorWidgets()
{
    const QList<QPointer<QWidget>> widgets = std::exchange(m_hiddenWidgets, {});
    for (const QPointer<QWidget> &widget : widgets) {
        if (widget)
            widget->show();
    }
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (m_active && watched == m_window
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            leave();
            return true;
        }
        break;
    case QEvent::Show:
    case QEvent::ShowToParent:
        // A page that shows its facilitator notes again (a new document, a new page, a
        // selection) must not put them on the projector: hide them once it is done.
        if (m_active && watched->isWidgetType()
            && isFacilitatorOnly(static_cast<QWidget *>(watched))) {
            QPointer<QWidget> widget(static_cast<QWidget *>(watched));
            QMetaObject::invokeMethod(
                this,
                [this, widget] {
                    if (widget)
                        hideIfFacilitatorOnly(widget);
                },
                Qt::QueuedConnection);
        }
        break;
    case QEvent::HideToParent:
        // Hidden by its own page: it stays hidden after presentation mode too.
        if (!m_hiding && watched->isWidgetType())
            m_hiddenWidgets.removeAll(static_cast<QWidget *>(watched));
        break;
    case QEvent::FontChange:
        if (watched == m_content)
            updateLabelFonts();
        break;
    case QEvent::Close:
        // Full screen must not be saved as the window's geometry for the next start.
        if (watched == m_window && m_active)
            leave();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

// --- Theme

void PresentationMode::setTheme(PresentationThemes::Theme theme)
{
    (theme == PresentationThemes::Theme::Dark ? m_darkAction : m_lightAction)->setChecked(true);
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(ThemeKey, PresentationThemes::key(theme));
    if (m_active)
        applyTheme();
    updateClock();
}

void PresentationMode::applyTheme()
{
    // The application's palette too: Qt passes no palette on into a widget inside a
    // container with a style sheet (several pages), but those follow the application's.
    QApplication::setPalette(PresentationThemes::palette(m_theme));
    m_window->setPalette(PresentationThemes::palette(m_theme));
    repolishPaletteStyleSheets();
}

void PresentationMode::restorePalettes()
{
    QApplication::setPalette(m_previousApplicationPalette);
    m_window->setPalette(m_hadOwnPalette ? m_previousPalette : QPalette());
    repolishPaletteStyleSheets();
}

void PresentationMode::repolishPaletteStyleSheets()
{
    // A style sheet reads palette(...) once, when it is applied: set it again so that the
    // cards and callouts take the new theme's colours.
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QString sheet = widget->styleSheet();
        if (!sheet.isEmpty()) {
            widget->setStyleSheet(QString());
            widget->setStyleSheet(sheet);
        }
    }
}

void PresentationMode::updateLabelFonts()
{
    QFont font = m_content->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * LabelScale);
    else
        font.setPixelSize(qRound(font.pixelSize() * LabelScale));
    m_sessionLabel->setFont(font);
    font.setBold(true);
    m_timeboxLabel->setFont(font);
}

// --- Session clock and timebox

void PresentationMode::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (document != m_document) {
        // Another post-mortem is another meeting: its clock starts when it is presented.
        m_sessionStart = -1;
        m_stepStart = -1;
        m_stepSpent.clear();
    }
    m_document = document;
    m_step = currentStep();
    if (document) {
        connect(document, &Document::valueChanged, this, [this](Table table, qint64, int) {
            if (table == Table::StepNote)
                updateClock();
        });
        const auto onRecords = [this](Table table, int) {
            if (table == Table::StepNote)
                updateClock();
        };
        connect(document, &Document::recordInserted, this, onRecords);
        connect(document, &Document::recordRemoved, this, onRecords);
        if (m_active && m_sessionStart < 0)
            startSession();
    }
    updateClock();
}

void PresentationMode::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 PresentationMode::now() const
{
    return m_clock ? m_clock() : m_monotonic.elapsed();
}

void PresentationMode::startSession()
{
    m_sessionStart = now();
    m_stepStart = m_sessionStart;
    m_step = currentStep();
    m_stepSpent.clear();
}

Step PresentationMode::currentStep() const
{
    return m_view->currentStep();
}

void PresentationMode::onStepChanged()
{
    const Step step = currentStep();
    if (m_sessionStart >= 0 && step != m_step) {
        const qint64 time = now();
        m_stepSpent[int(m_step)] += time - m_stepStart;
        m_stepStart = time;
    }
    m_step = step;
    if (m_active)
        hideFacilitatorWidgets();
    updateClock();
}

qint64 PresentationMode::sessionElapsed() const
{
    return m_sessionStart < 0 ? -1 : now() - m_sessionStart;
}

qint64 PresentationMode::stepElapsed(Step step) const
{
    if (m_sessionStart < 0)
        return 0;
    qint64 spent = m_stepSpent.value(int(step));
    if (step == m_step)
        spent += now() - m_stepStart;
    return spent;
}

int PresentationMode::timeboxMinutes(Step step) const
{
    if (!m_document)
        return 0;
    const QString key = stepInfo(step).key;
    for (const Record &note : m_document->records(Table::StepNote)) {
        if (note.text(StepNoteField::Step) == key) {
            const QVariant minutes = note.value(StepNoteField::TimeboxMinutes);
            return minutes.isNull() ? 0 : int(std::max<qint64>(0, minutes.toLongLong()));
        }
    }
    return 0;
}

void PresentationMode::updateClock()
{
    const bool shown = m_active && m_document && m_sessionStart >= 0;
    m_sessionLabel->setVisible(shown);
    m_timeboxLabel->setVisible(shown);
    if (!shown) {
        m_timeboxState = TimeboxState::None;
        return;
    }
    m_sessionLabel->setText(tr("Session %1").arg(formatDuration(sessionElapsed())));
    m_sessionLabel->setToolTip(tr("Time since presentation mode was first started for this "
                                  "post-mortem"));

    const Step step = m_step;
    const qint64 elapsed = stepElapsed(step);
    const int minutes = timeboxMinutes(step);
    const QString title = stepInfo(step).title;
    QString text;
    if (minutes <= 0) {
        m_timeboxState = TimeboxState::None;
        text = tr("%1 %2").arg(title, formatDuration(elapsed));
    } else {
        const qint64 box = qint64(minutes) * 60 * 1000;
        m_timeboxState = elapsed > box              ? TimeboxState::Over
            : elapsed >= qint64(box * NearEndShare) ? TimeboxState::NearEnd
                                                    : TimeboxState::Running;
        text = tr("%1 %2 / %n min", nullptr, minutes).arg(title, formatDuration(elapsed));
        // Colour alone does not say it: the words do too.
        if (m_timeboxState == TimeboxState::NearEnd)
            text += tr(" \u00b7 %1 left").arg(formatDuration(box - elapsed));
        else if (m_timeboxState == TimeboxState::Over)
            text += tr(" \u00b7 %1 over").arg(formatDuration(elapsed - box));
    }
    m_timeboxLabel->setText(text);
    m_timeboxLabel->setProperty("timeboxState", QVariant::fromValue(m_timeboxState));

    QPalette palette;
    palette.setResolveMask(0);
    if (m_timeboxState == TimeboxState::NearEnd)
        palette.setColor(QPalette::WindowText, PresentationThemes::nearEndColor(m_theme));
    else if (m_timeboxState == TimeboxState::Over)
        palette.setColor(QPalette::WindowText, PresentationThemes::overTimeColor(m_theme));
    m_timeboxLabel->setPalette(palette);
}

} // namespace Debrief
