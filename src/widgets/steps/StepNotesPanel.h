#pragma once

#include "domain/Steps.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Debrief {

class Document;
class FieldBinding;

// The notes area every step has: notes for the room, facilitator notes (hidden when
// presenting) and the step's timebox. They live in the step's StepNote record (its Step
// field is the step's key), which the first edit creates in the same undo step. Follows
// the document: undo and redo show up here, a read-only document cannot be edited.
class StepNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepNotesPanel(Step step, QWidget *parent = nullptr);
    ~StepNotesPanel() override;

    void setDocument(Document *document);

    Step step() const { return m_step; }
    // Notes beside each other (wide, low places) or one below the other (the default).
    void setOrientation(Qt::Orientation orientation);

    QPlainTextEdit *notesEdit() const { return m_notesEdit; }
    QPlainTextEdit *facilitatorNotesEdit() const { return m_facilitatorNotesEdit; }
    QSpinBox *timeboxSpinBox() const { return m_timeboxSpinBox; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 noteId() const;
    void writeNote(int field, const QVariant &value);
    void updateNoteId();
    void updateTimebox();

    Step m_step;
    QPointer<Document> m_document;
    QBoxLayout *m_columnsLayout = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_facilitatorNotesLabel = nullptr;
    QPlainTextEdit *m_facilitatorNotesEdit = nullptr;
    QLabel *m_timeboxLabel = nullptr;
    QSpinBox *m_timeboxSpinBox = nullptr;
    FieldBinding *m_notesBinding = nullptr;
    FieldBinding *m_facilitatorNotesBinding = nullptr;
    bool m_updatingTimebox = false;
};

} // namespace Debrief
