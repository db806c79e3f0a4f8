#include "FieldBinding.h"

#include "BlamelessHighlighter.h"
#include "document/Document.h"
#include "language/DocumentLint.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTextCursor>

namespace Debrief {

namespace {

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || value.isNull()
           || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    return a == b;
}

// Replaces only the part of the text that differs, so that the user's cursor, selection
// and scroll position stay where they were (QTextDocument moves them along with the edit).
void replaceChangedPart(QPlainTextEdit *edit, const QString &text)
{
    const QString old = edit->toPlainText();
    if (old == text)
        return;
    const qsizetype common = std::min(old.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < common && old.at(prefix) == text.at(prefix))
        ++prefix;
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
}

} // namespace

FieldBinding::FieldBinding(QWidget *editor, Kind kind, Table table, int field)
    : QObject(editor)
    , m_editor(editor)
    , m_kind(kind)
    , m_table(table)
    , m_field(field)
{
    editor->installEventFilter(this);
}

FieldBinding::FieldBinding(QLineEdit *editor, Table table, int field)
    : FieldBinding(editor, Kind::LineEdit, table, field)
{
    // textEdited: only the user's typing, never setText().
    connect(editor, &QLineEdit::textEdited, this, &FieldBinding::write);
    if (DocumentLint::isProseField(table, field)) {
        BlamelessHighlighter::attach(editor);
        m_checksLanguage = true;
    }
}

FieldBinding::FieldBinding(QPlainTextEdit *editor, Table table, int field)
    : FieldBinding(editor, Kind::PlainTextEdit, table, field)
{
    // The document's undo stack is the only history (see eventFilter).
    editor->setUndoRedoEnabled(false);
    connect(editor, &QPlainTextEdit::textChanged, this, &FieldBinding::write);
    // Every free-text field gets the blameless-language assistant, here in one place.
    if (DocumentLint::isProseField(table, field)) {
        BlamelessHighlighter::attach(editor);
        m_checksLanguage = true;
    }
}

FieldBinding::FieldBinding(QComboBox *editor, Table table, int field)
    : FieldBinding(editor, Kind::ComboBox, table, field)
{
    connect(editor, &QComboBox::currentIndexChanged, this, &FieldBinding::write);
}

FieldBinding::FieldBinding(QDateTimeEdit *editor, Table table, int field)
    : FieldBinding(editor, Kind::DateTimeEdit, table, field)
{
    editor->setTimeZone(m_zone);
    connect(editor, &QDateTimeEdit::dateTimeChanged, this, &FieldBinding::write);
}

void FieldBinding::setTarget(Document *document, qint64 id)
{
    // Until refresh() shows the new value, the editor still holds the old one: nothing that
    // happens meanwhile (a re-highlight emits textChanged) may write it into `document`.
    const QScopedValueRollback<bool> updating(m_updating, true);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_id = id;
    if (document && m_checksLanguage)
        BlamelessRules::forUiLanguage()->followDocument(document);
    if (document) {
        connect(document, &Document::valueChanged, this,
                [this](Table changedTable, qint64 changedId, int changedField) {
                    if (changedTable == m_table && changedId == m_id && changedField == m_field)
                        refresh();
                });
        // Undo and redo of a record's creation make the value disappear and come back.
        connect(document, &Document::recordInserted, this, [this](Table changedTable, int) {
            if (changedTable == m_table)
                refresh();
        });
        connect(document, &Document::recordRemoved, this, [this](Table changedTable, int) {
            if (changedTable == m_table)
                refresh();
        });
    }

    const bool editable = document && !document->isReadOnly();
    switch (m_kind) {
    case Kind::LineEdit:
        static_cast<QLineEdit *>(m_editor)->setReadOnly(!editable);
        break;
    case Kind::PlainTextEdit:
        static_cast<QPlainTextEdit *>(m_editor)->setReadOnly(!editable);
        break;
    case Kind::ComboBox:
        m_editor->setEnabled(editable);
        break;
    case Kind::DateTimeEdit:
        static_cast<QDateTimeEdit *>(m_editor)->setReadOnly(!editable);
        break;
    }
    refresh();
}

void FieldBinding::setRecordId(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
}

void FieldBinding::setWriter(Writer writer)
{
    m_writer = std::move(writer);
}

void FieldBinding::setTimeZone(const QTimeZone &zone)
{
    if (m_kind != Kind::DateTimeEdit || zone == m_zone)
        return;
    m_zone = zone;
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        static_cast<QDateTimeEdit *>(m_editor)->setTimeZone(zone);
    }
    // The stored instant stays; only its wall-clock form changes.
    refresh();
}

void FieldBinding::refresh()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    show(m_document ? m_document->value(m_table, m_id, m_field) : QVariant());
}

QVariant FieldBinding::editorValue() const
{
    switch (m_kind) {
    case Kind::LineEdit:
        return static_cast<QLineEdit *>(m_editor)->text();
    case Kind::PlainTextEdit:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText();
    case Kind::ComboBox: {
        const auto *combo = static_cast<QComboBox *>(m_editor);
        return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
    }
    case Kind::DateTimeEdit: {
        const auto *edit = static_cast<QDateTimeEdit *>(m_editor);
        const QDateTime shown = edit->dateTime();
        if (shown == edit->minimumDateTime())
            return {};
        return shown.toUTC();
    }
    }
    return {};
}

void FieldBinding::write()
{
    if (m_updating || !m_document)
        return;
    const QVariant value = editorValue();
    // Re-highlighting a text changes only its formats, yet emits textChanged: no edit.
    if ((m_kind == Kind::LineEdit || m_kind == Kind::PlainTextEdit)
        && value.toString() == m_document->value(m_table, m_id, m_field).toString())
        return;
    if (m_writer)
        m_writer(value);
    else
        m_document->setValue(m_table, m_id, m_field, value);
    // A refused edit (read-only document, missing record) must not linger in the editor.
    refresh();
}

void FieldBinding::show(const QVariant &value)
{
    switch (m_kind) {
    case Kind::LineEdit: {
        auto *edit = static_cast<QLineEdit *>(m_editor);
        const QString text = value.toString();
        if (edit->text() != text) {
            const int position = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(std::min(position, int(text.size())));
        }
        break;
    }
    case Kind::PlainTextEdit:
        replaceChangedPart(static_cast<QPlainTextEdit *>(m_editor), value.toString());
        break;
    case Kind::ComboBox: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        int index = -1;
        for (int i = 0; i < combo->count() && index < 0; ++i) {
            if (sameValue(combo->itemData(i), value))
                index = i;
        }
        if (index < 0 && !isEmptyValue(value)) {
            combo->addItem(value.toString(), value);
            index = combo->count() - 1;
        }
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
        // An editable combo box may still show text the user typed but never chose.
        const QString text = index < 0 ? QString() : combo->itemText(index);
        if (combo->isEditable() && combo->currentText() != text)
            combo->setEditText(text);
        break;
    }
    case Kind::DateTimeEdit: {
        auto *edit = static_cast<QDateTimeEdit *>(m_editor);
        const QDateTime moment = value.toDateTime();
        const QDateTime shown =
            moment.isValid() ? moment.toTimeZone(m_zone) : edit->minimumDateTime();
        if (edit->dateTime() != shown)
            edit->setDateTime(shown);
        break;
    }
    }
}

bool FieldBinding::eventFilter(QObject *watched, QEvent *event)
{
    // The editors' own undo would fight the document's: route the keys to the document.
    if (watched == m_editor && m_document
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_document->undoStack()->undo();
                else
                    m_document->undoStack()->redo();
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Debrief
