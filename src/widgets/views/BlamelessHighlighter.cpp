#include "BlamelessHighlighter.h"

#include "document/Document.h"
#include "language/BlamelessLanguageChecker.h"
#include "language/DocumentLint.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const char *const highlighterProperty = "debriefBlamelessHighlighter";
const char *const markerProperty = "debriefBlamelessMarker";

// A small round marker with an exclamation mark, in the underline's colour.
QIcon markerIcon(const QPalette &palette)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(BlamelessHighlighter::markColor(palette));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(7, 3.5, 2, 6.5), 1, 1);
    painter.drawEllipse(QRectF(7, 11, 2, 2));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

// --- BlamelessRules

BlamelessRules::BlamelessRules(const QStringList &languages, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_checker(std::make_unique<BlamelessLanguageChecker>(languages))
{
    // Names are typed a letter at a time: recompile once typing pauses.
    m_participantsTimer.setSingleShot(true);
    m_participantsTimer.setInterval(400);
    connect(&m_participantsTimer, &QTimer::timeout, this, &BlamelessRules::updateParticipants);
}

BlamelessRules::~BlamelessRules() = default;

QStringList BlamelessRules::uiRuleLanguages()
{
    const QString ui = QLocale().name().section(u'_', 0, 0).toLower();
    if (BlamelessLanguageChecker::availableLanguages().contains(ui))
        return {ui};
    return {u"en"_s};
}

BlamelessRules *BlamelessRules::forUiLanguage()
{
    // Children of the application, so that they go with it (and never outlive it).
    static QHash<QString, QPointer<BlamelessRules>> rules;
    const QStringList languages = uiRuleLanguages();
    const QString key = languages.join(u',');
    QPointer<BlamelessRules> &entry = rules[key];
    if (!entry)
        entry = new BlamelessRules(languages, QCoreApplication::instance());
    return entry;
}

void BlamelessRules::followDocument(Document *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        const auto participantsChanged = [this](Table table) {
            if (table == Table::Participant)
                m_participantsTimer.start();
        };
        connect(document, &Document::recordInserted, this,
                [participantsChanged](Table table, int) { participantsChanged(table); });
        connect(document, &Document::recordRemoved, this,
                [participantsChanged](Table table, int) { participantsChanged(table); });
        connect(document, &Document::valueChanged, this,
                [participantsChanged](Table table, qint64, int field) {
                    if (field == ParticipantField::Name)
                        participantsChanged(table);
                });
    }
    updateParticipants();
}

void BlamelessRules::updateParticipants()
{
    m_participantsTimer.stop();
    const QStringList names =
        m_document ? DocumentLint::participantNames(*m_document) : QStringList();
    if (names == m_checker->participantNames())
        return;
    m_checker->setParticipantNames(names);
    Q_EMIT rulesChanged();
}

QString BlamelessRules::describe(const LanguageFinding &finding)
{
    const QString category = languageCategoryLabel(finding.category);
    return u"<p><b>%1</b> · “%2”</p><p>%3</p><p><i>%4</i> %5</p>"_s.arg(
        category.toHtmlEscaped(), finding.matchedText.toHtmlEscaped(),
        finding.reason.toHtmlEscaped(),
        tr("Try instead:", "reframing suggestion of the blameless-language assistant")
            .toHtmlEscaped(),
        finding.suggestion.toHtmlEscaped());
}

// --- BlamelessHighlighter

BlamelessHighlighter::BlamelessHighlighter(QTextDocument *document, QWidget *editor)
    : QSyntaxHighlighter(document)
    , m_rules(BlamelessRules::forUiLanguage())
    , m_editor(editor)
{
    updateFormat();
    connect(m_rules, &BlamelessRules::rulesChanged, this, &QSyntaxHighlighter::rehighlight);
    editor->setProperty(highlighterProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    editor->installEventFilter(this); // palette changes
}

BlamelessHighlighter *BlamelessHighlighter::attach(QPlainTextEdit *editor)
{
    if (auto *existing = qobject_cast<BlamelessHighlighter *>(
            editor->property(highlighterProperty).value<QObject *>()))
        return existing;
    auto *highlighter = new BlamelessHighlighter(editor->document(), editor);
    editor->viewport()->installEventFilter(highlighter);
    return highlighter;
}

BlamelessHighlighter *BlamelessHighlighter::attach(QTextEdit *editor)
{
    if (auto *existing = qobject_cast<BlamelessHighlighter *>(
            editor->property(highlighterProperty).value<QObject *>()))
        return existing;
    auto *highlighter = new BlamelessHighlighter(editor->document(), editor);
    editor->viewport()->installEventFilter(highlighter);
    return highlighter;
}

void BlamelessHighlighter::attach(QLineEdit *editor)
{
    if (editor->property(markerProperty).toBool())
        return;
    editor->setProperty(markerProperty, true);
    QPointer<BlamelessRules> rules = BlamelessRules::forUiLanguage();
    auto *marker = new QAction(editor);
    marker->setObjectName(u"blamelessMarkerAction"_s);
    marker->setIcon(markerIcon(editor->palette()));
    marker->setVisible(false);
    const QString ownToolTip = editor->toolTip();
    const auto update = [editor, marker, rules, ownToolTip] {
        if (!rules)
            return;
        QStringList descriptions;
        for (const LanguageFinding &finding : rules->checker().check(editor->text()))
            descriptions.append(BlamelessRules::describe(finding));
        const QString text = descriptions.join(u"<hr>"_s);
        // QLineEdit keeps drawing the button of an invisible action (greyed): a clean text
        // must show no mark at all, so the action is only added while there are findings.
        const bool found = !descriptions.isEmpty();
        marker->setVisible(found);
        if (found && !editor->actions().contains(marker))
            editor->addAction(marker, QLineEdit::TrailingPosition);
        else if (!found)
            editor->removeAction(marker);
        marker->setToolTip(text);
        editor->setToolTip(text.isEmpty() ? ownToolTip : text);
    };
    // Activating the marker (a click) shows the explanation right away.
    QObject::connect(marker, &QAction::triggered, marker, [editor, marker] {
        QToolTip::showText(editor->mapToGlobal(editor->rect().bottomRight()), marker->toolTip(),
                           editor);
    });
    QObject::connect(editor, &QLineEdit::textChanged, marker, update);
    QObject::connect(rules, &BlamelessRules::rulesChanged, marker, update);
    update();
}

QColor BlamelessHighlighter::markColor(const QPalette &palette)
{
    // Amber: noticeable without the alarm of red, on light and dark bases alike.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0xb7, 0x4d)
                                                           : QColor(0xc7, 0x6b, 0x00);
}

void BlamelessHighlighter::updateFormat()
{
    m_format = QTextCharFormat();
    m_format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    const QColor color = markColor(m_editor ? m_editor->palette() : QPalette());
    m_format.setUnderlineColor(color);
    // A faint wash as well: a thin wave alone is easy to miss on a projector.
    QColor wash = color;
    wash.setAlpha(48);
    m_format.setBackground(wash);
}

void BlamelessHighlighter::highlightBlock(const QString &text)
{
    if (!m_rules || text.isEmpty())
        return;
    for (const LanguageFinding &finding : m_rules->checker().check(text))
        setFormat(int(finding.start), int(finding.length), m_format);
}

std::optional<LanguageFinding> BlamelessHighlighter::findingAt(int position) const
{
    const QTextDocument *textDocument = document();
    if (!m_rules || !textDocument)
        return std::nullopt;
    const QTextBlock block = textDocument->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const qsizetype offset = position - block.position();
    for (const LanguageFinding &finding : m_rules->checker().check(block.text())) {
        if (finding.start <= offset && offset < finding.start + finding.length)
            return finding;
    }
    return std::nullopt;
}

bool BlamelessHighlighter::showToolTip(const QPoint &viewportPosition,
                                       const QPoint &globalPosition)
{
    QTextCursor cursor;
    QRect cursorRect;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_editor)) {
        cursor = plain->cursorForPosition(viewportPosition);
        cursorRect = plain->cursorRect(cursor);
    } else if (auto *rich = qobject_cast<QTextEdit *>(m_editor)) {
        cursor = rich->cursorForPosition(viewportPosition);
        cursorRect = rich->cursorRect(cursor);
    } else {
        return false;
    }
    // Only over a line of text, not in the empty space below it.
    if (viewportPosition.y() < cursorRect.top() || viewportPosition.y() > cursorRect.bottom())
        return false;
    // The cursor position nearest to the mouse may lie after the character under it.
    int position = cursor.position();
    if (position > cursor.block().position() && cursorRect.left() > viewportPosition.x())
        --position;
    const std::optional<LanguageFinding> finding = findingAt(position);
    if (!finding)
        return false;
    QToolTip::showText(globalPosition, BlamelessRules::describe(*finding),
                       qobject_cast<QAbstractScrollArea *>(m_editor)->viewport());
    return true;
}

bool BlamelessHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange) {
        updateFormat();
        rehighlight();
    } else if (event->type() == QEvent::ToolTip && m_editor
               && watched == qobject_cast<QAbstractScrollArea *>(m_editor)->viewport()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (showToolTip(help->pos(), help->globalPos()))
            return true;
        // Elsewhere in the field: its own tooltip, if it has one.
        if (m_editor->toolTip().isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

} // namespace Debrief
