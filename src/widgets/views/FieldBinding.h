#pragma once

#include "document/RecordSchema.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Debrief {

class Document;

// Keeps one editor widget and one field of one record in step, both ways. Every edit is
// written to the document at once (the document merges typing into one undo step and saves
// it); changes from the document (undo, redo, other views) are shown without being written
// back and without moving the text cursor needlessly. Undo and Redo keys in the editor go
// to the document's undo stack, so there is a single history.
//
// QComboBox: the items' Qt::UserRole data are the stored values (a null QVariant for "not
// set"). A stored value that no item has is shown as an extra item, never hidden.
// QDateTimeEdit: stored values are UTC and shown in timeZone(); a null value is shown as
// the editor's minimum date-time (give it a specialValueText).
class FieldBinding : public QObject
{
    Q_OBJECT

public:
    // Replaces the plain Document::setValue() of an edit: to create the record first, or
    // to change several fields in one undo step.
    using Writer = std::function<void(const QVariant &value)>;

    // The binding is a child of `editor`.
    FieldBinding(QLineEdit *editor, Table table, int field);
    FieldBinding(QPlainTextEdit *editor, Table table, int field);
    FieldBinding(QComboBox *editor, Table table, int field);
    FieldBinding(QDateTimeEdit *editor, Table table, int field);

    // Shows the field of record `id` (0: none yet) of `document` (nullptr: nothing).
    void setTarget(Document *document, qint64 id);
    void setRecordId(qint64 id);
    qint64 recordId() const { return m_id; }
    Table table() const { return m_table; }
    int field() const { return m_field; }
    QWidget *editor() const { return m_editor; }

    void setWriter(Writer writer);
    // Date-time editors: the zone in which the UTC value is shown and edited.
    void setTimeZone(const QTimeZone &zone);

    // Shows the document's value again (e.g. after a combo box's items were rebuilt).
    void refresh();
    // What the editor holds, as it would be stored.
    QVariant editorValue() const;

private:
    enum class Kind { LineEdit, PlainTextEdit, ComboBox, DateTimeEdit };

    FieldBinding(QWidget *editor, Kind kind, Table table, int field);
    void write();
    void show(const QVariant &value);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_editor;
    Kind m_kind;
    Table m_table;
    int m_field;
    QPointer<Document> m_document;
    qint64 m_id = 0;
    Writer m_writer;
    QTimeZone m_zone{QTimeZone::UTC};
    bool m_updating = false; // the editor is being changed from the document
    bool m_checksLanguage = false; // a prose field: the blameless-language assistant marks it
};

} // namespace Debrief
