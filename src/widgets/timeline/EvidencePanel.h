#pragma once

#include "document/RecordSchema.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class EvidencePanel;
}

namespace Debrief {

class Document;
class EvidencePasteDialog;
class EvidenceTextEdit;
class FieldBinding;
class RecordTableModel;

// The evidence of the post-mortem: a list of excerpts (logs, configuration, commands, code),
// attached by paste or from a file, and a read-only viewer that highlights the selected one
// with KDE Syntax-Highlighting. The highlighting is chosen automatically (stored choice, else
// file name, else content) and can be changed; the choice is stored with the evidence.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    ~EvidencePanel() override;

    void setDocument(Document *document);

    qint64 currentEvidenceId() const;
    void selectEvidence(qint64 id);
    EvidenceTextEdit *textEdit() const;

    // Adds one evidence record and selects it; returns its id (0 when refused).
    qint64 addEvidence(const QString &title, const QString &kind, const QString &fileName,
                       const QString &definition, const QString &content);

public Q_SLOTS:
    // Opens the paste dialog (window-modal; the meeting is not blocked).
    void pasteEvidence();
    // Asks for a file (FileDialogs) and attaches it; too large or binary files are refused
    // with a message saying why.
    void attachFile();
    void removeSelected();

Q_SIGNALS:
    void countChanged(int count);

private:
    void onValueChanged(Table table, qint64 id, int field);
    void onCurrentChanged();
    void showEvidence(bool reloadText);
    void updateAutomaticItem();
    void updateLinkedEvents();
    void updateStatus();
    void updateButtons();

    std::unique_ptr<Ui::EvidencePanel> m_ui;
    QPointer<Document> m_document;
    RecordTableModel *m_model = nullptr;
    FieldBinding *m_titleBinding = nullptr;
    FieldBinding *m_kindBinding = nullptr;
    FieldBinding *m_syntaxBinding = nullptr;
    QPointer<EvidencePasteDialog> m_pasteDialog;
    qint64 m_shownId = 0;
};

} // namespace Debrief
