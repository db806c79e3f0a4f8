#include "EvidenceTextEdit.h"

#include "report/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextCursor>

namespace Debrief {

namespace {

constexpr int MinLinesPerSlice = 50;
constexpr int MaxLinesPerSlice = 20000;
constexpr qint64 NsPerMs = 1000 * 1000;

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

EvidenceTextEdit::EvidenceTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, &EvidenceTextEdit::loadSlice);
    m_rehighlightTimer.setSingleShot(true);
    m_rehighlightTimer.setInterval(0);
    connect(&m_rehighlightTimer, &QTimer::timeout, this, &EvidenceTextEdit::rehighlightSlice);
    m_dark = isDarkPalette(palette());
    startLoading();
}

EvidenceTextEdit::~EvidenceTextEdit()
{
    m_loadTimer.stop();
    m_rehighlightTimer.stop();
}

void EvidenceTextEdit::setContent(const QString &text,
                                  const KSyntaxHighlighting::Definition &definition)
{
    m_text = text;
    m_definition = definition;
    startLoading();
}

void EvidenceTextEdit::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    if (definition == m_definition)
        return;
    m_definition = definition;
    // A new definition changes every block's state: a fresh document is the cheapest way.
    const int scroll = verticalScrollBar()->value();
    startLoading();
    verticalScrollBar()->setValue(scroll);
}

QString EvidenceTextEdit::themeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

bool EvidenceTextEdit::isBusy() const
{
    return m_busy;
}

void EvidenceTextEdit::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void EvidenceTextEdit::startLoading()
{
    m_loadTimer.stop();
    m_rehighlightTimer.stop();
    m_nextBlock = QTextBlock();

    QTextDocument *old = m_document;
    auto *document = new QTextDocument(this);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setUndoRedoEnabled(false);
    m_highlighter = nullptr;
    if (m_definition.isValid()) {
        // Attached while the document is empty, so that attaching costs nothing; each slice
        // is highlighted as it is inserted.
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        m_highlighter->setDefinition(m_definition);
    }
    applyTheme();
    m_document = document;
    setDocument(document);
    updateDocumentFont();
    // Freeing a large document takes a moment: not in the middle of this step.
    if (old)
        old->deleteLater();

    m_loaded = 0;
    m_linesPerSlice = 200;
    if (m_text.isEmpty()) {
        setBusy(false);
        return;
    }
    setBusy(true);
    loadSlice();
}

void EvidenceTextEdit::loadSlice()
{
    if (!m_document)
        return;
    QElapsedTimer timer;
    timer.start();
    qsizetype end = m_loaded;
    for (int line = 0; line < m_linesPerSlice && end < m_text.size(); ++line) {
        const qsizetype newline = m_text.indexOf(u'\n', end);
        end = newline < 0 ? m_text.size() : newline + 1;
    }
    QString slice = m_text.mid(m_loaded, end - m_loaded);
    if (end == m_text.size() && slice.endsWith(u'\n'))
        slice.chop(1); // no empty line after the last one
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(slice);
    m_loaded = end;

    const qint64 elapsed = timer.nsecsElapsed();
    if (elapsed < SliceBudgetMs * NsPerMs / 2)
        m_linesPerSlice = std::min(m_linesPerSlice * 2, MaxLinesPerSlice);
    else if (elapsed > SliceBudgetMs * NsPerMs)
        m_linesPerSlice = std::max(m_linesPerSlice / 2, MinLinesPerSlice);

    if (m_loaded < m_text.size())
        m_loadTimer.start();
    else
        setBusy(false);
}

void EvidenceTextEdit::rehighlightSlice()
{
    if (!m_highlighter) {
        setBusy(m_loadTimer.isActive());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    while (m_nextBlock.isValid()) {
        m_highlighter->rehighlightBlock(m_nextBlock);
        m_nextBlock = m_nextBlock.next();
        if (++count % 32 == 0 && timer.elapsed() >= SliceBudgetMs)
            break;
    }
    if (m_nextBlock.isValid())
        m_rehighlightTimer.start();
    else
        setBusy(m_loadTimer.isActive());
}

void EvidenceTextEdit::applyTheme()
{
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    const KSyntaxHighlighting::Theme theme = repository.defaultTheme(
        m_dark ? KSyntaxHighlighting::Repository::DarkTheme
               : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter)
        m_highlighter->setTheme(theme);
    // The theme's own background and text: its colours are chosen to read on it.
    QPalette colors = viewport()->palette();
    colors.setColor(QPalette::Base,
                    QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    colors.setColor(QPalette::Text,
                    QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    viewport()->setPalette(colors);
    QPalette own = palette();
    own.setColor(QPalette::Text, colors.color(QPalette::Text));
    own.setColor(QPalette::Base, colors.color(QPalette::Base));
    setPalette(own);
}

void EvidenceTextEdit::updateDocumentFont()
{
    if (!m_document)
        return;
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    m_document->setDefaultFont(fixed);
    setTabStopDistance(QFontMetricsF(fixed).horizontalAdvance(QLatin1Char(' ')) * 4);
}

void EvidenceTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateDocumentFont();
    } else if (event->type() == QEvent::PaletteChange) {
        const bool dark = isDarkPalette(palette());
        if (dark == m_dark)
            return;
        m_dark = dark;
        if (m_loadTimer.isActive()) {
            startLoading(); // not much shown yet: start again in the new theme
            return;
        }
        applyTheme();
        if (m_highlighter && m_document) {
            // setTheme() does not re-highlight; do it in slices like the loading.
            m_nextBlock = m_document->firstBlock();
            setBusy(true);
            rehighlightSlice();
        }
    }
}

} // namespace Debrief
