#pragma once

#include <QPointer>
#include <QStringList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <memory>
#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTextEdit;

namespace Debrief {

class BlamelessLanguageChecker;
class Document;
struct LanguageFinding;

// The blameless-language rules the free-text fields check against: those of the UI language
// when they exist, else English. One compiled checker per language for the whole program
// (compiling the rules is the costly part); it knows the participants of the document last
// shown, so that "Alice caused the outage" is recognised.
class BlamelessRules : public QObject
{
    Q_OBJECT

public:
    // The rules for the current UI language (QLocale()), made on first use.
    static BlamelessRules *forUiLanguage();
    // The rule languages for the current UI language: {"de"} for German, {"en"} otherwise.
    static QStringList uiRuleLanguages();
    ~BlamelessRules() override;

    const BlamelessLanguageChecker &checker() const { return *m_checker; }
    QStringList languages() const { return m_languages; }

    // Follows the participants of `document` (nullptr: none).
    void followDocument(Document *document);

    // The rule's reason and reframing suggestion, as rich text for a tooltip.
    static QString describe(const LanguageFinding &finding);

Q_SIGNALS:
    // The findings may differ now (the participants changed): check again.
    void rulesChanged();

private:
    BlamelessRules(const QStringList &languages, QObject *parent);
    void updateParticipants();

    QStringList m_languages;
    std::unique_ptr<BlamelessLanguageChecker> m_checker;
    QPointer<Document> m_document;
    QTimer m_participantsTimer;
};

// Underlines blame, counterfactual and root-cause phrasing in a text editor as it is typed
// (one paragraph at a time: a keystroke re-checks only its own paragraph), and explains the
// finding under the mouse in a tooltip with the rule's reason and a reframing suggestion.
class BlamelessHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Attach to an editor; the highlighter lives as long as the editor's text document.
    // Attaching twice returns the first highlighter.
    static BlamelessHighlighter *attach(QPlainTextEdit *editor);
    static BlamelessHighlighter *attach(QTextEdit *editor);
    // Line edits cannot be underlined: a marker at the end of the field, with the findings
    // in its tooltip and the field's, shows that the text has some.
    static void attach(QLineEdit *editor);

    BlamelessRules *rules() const { return m_rules; }
    // The finding that covers the character at `position` of the document.
    std::optional<LanguageFinding> findingAt(int position) const;
    // The colour of the underline for `palette` (calm, legible on light and dark bases).
    static QColor markColor(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BlamelessHighlighter(QTextDocument *document, QWidget *editor);
    void updateFormat();
    bool showToolTip(const QPoint &viewportPosition, const QPoint &globalPosition);

    QPointer<BlamelessRules> m_rules;
    QPointer<QWidget> m_editor;
    QTextCharFormat m_format;
};

} // namespace Debrief
