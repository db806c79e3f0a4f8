#pragma once

#include <KSyntaxHighlighting/Definition>

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTimer>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Debrief {

// Shows an evidence excerpt read-only with KDE syntax highlighting (the application's one
// Repository), in a theme that follows the light or dark palette.
//
// QSyntaxHighlighter highlights a whole document in one go when it is attached or its
// definition changes; for 50,000 lines that would freeze the window for seconds. Here the text
// goes into a fresh document in slices from the event loop, with the highlighter attached from
// the start, so each slice is highlighted as it arrives; the slice size adapts so that no step
// takes much longer than SliceBudgetMs. A theme change re-highlights block by block the same way.
class EvidenceTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int SliceBudgetMs = 15;

    explicit EvidenceTextEdit(QWidget *parent = nullptr);
    ~EvidenceTextEdit() override;

    // Shows `text` highlighted with `definition` (invalid: plain text).
    void setContent(const QString &text, const KSyntaxHighlighting::Definition &definition);
    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    KSyntaxHighlighting::Definition definition() const { return m_definition; }
    QString themeName() const;

    // Text is still being added or re-highlighted.
    bool isBusy() const;

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startLoading();
    void loadSlice();
    void rehighlightSlice();
    void applyTheme();
    void updateDocumentFont();
    void setBusy(bool busy);

    QString m_text;
    qsizetype m_loaded = 0;
    int m_linesPerSlice = 200;
    KSyntaxHighlighting::Definition m_definition;
    QPointer<QTextDocument> m_document;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer m_loadTimer;
    QTimer m_rehighlightTimer;
    QTextBlock m_nextBlock; // the next block to re-highlight after a theme change
    bool m_busy = false;
    bool m_dark = false;
};

} // namespace Debrief
