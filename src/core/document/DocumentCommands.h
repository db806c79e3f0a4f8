#pragma once

#include "document/Record.h"

#include <QDateTime>
#include <QUndoCommand>

namespace Debrief {

class Document;

// Ids for QUndoCommand::mergeWith; one list so that no two commands share an id.
enum class CommandId : int { SetValue = 1 };

// Changes one field of one record. Consecutive changes of the same field while typing merge
// into one step.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(Document *document, Table table, qint64 id, int field, QVariant newValue,
                    QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::SetValue); }
    bool mergeWith(const QUndoCommand *other) override;

    // Typing pauses longer than this start a new undo step.
    static constexpr qint64 MergeWindowMs = 2000;

private:
    Document *m_document;
    Table m_table;
    qint64 m_recordId;
    int m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QDateTime m_lastChange;
};

class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(Document *document, Table table, Record record, int index,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Table m_table;
    Record m_record;
    int m_index;
};

// Removes a record, every record that depends on it (cascade) and clears references to it.
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Document *document, Table table, qint64 id, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    struct Removal
    {
        Table table;
        Record record;
        int index = -1;
    };
    struct ClearedReference
    {
        Table table;
        qint64 id;
        int field;
        QVariant oldValue;
    };
    void collect(Table table, qint64 id);

    Document *m_document;
    QList<Removal> m_removals;          // in removal order: dependents first
    QList<ClearedReference> m_cleared;  // references set to null
};

class MoveRecordCommand : public QUndoCommand
{
public:
    MoveRecordCommand(Document *document, Table table, int from, int to,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Table m_table;
    int m_from;
    int m_to;
};

} // namespace Debrief
