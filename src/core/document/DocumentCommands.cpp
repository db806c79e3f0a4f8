#include "DocumentCommands.h"

#include "Document.h"

#include <QCoreApplication>

namespace Debrief {

namespace {
// Typing inserts or deletes one run of characters; picking another choice (status "open" to
// "skipped") replaces the value and must stay its own undo step.
bool isTypingStep(const QVariant &before, const QVariant &after)
{
    if (before.typeId() == QMetaType::QDateTime || after.typeId() == QMetaType::QDateTime
        || before.typeId() == QMetaType::QDate || after.typeId() == QMetaType::QDate)
        return false;
    const QString a = before.toString();
    const QString b = after.toString();
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    qsizetype prefix = 0;
    while (prefix < shorter.size() && shorter.at(prefix) == longer.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter.size() - prefix
           && shorter.at(shorter.size() - 1 - suffix) == longer.at(longer.size() - 1 - suffix))
        ++suffix;
    return prefix + suffix == shorter.size();
}

QString tableLabel(Table table)
{
    switch (table) {
    case Table::Incident:
        return QCoreApplication::translate("DocumentCommands", "incident details");
    case Table::SeverityLevel:
        return QCoreApplication::translate("DocumentCommands", "severity level");
    case Table::Participant:
        return QCoreApplication::translate("DocumentCommands", "participant");
    case Table::StepNote:
        return QCoreApplication::translate("DocumentCommands", "notes");
    case Table::BiasCallout:
        return QCoreApplication::translate("DocumentCommands", "bias call-out");
    case Table::TimelineEvent:
        return QCoreApplication::translate("DocumentCommands", "timeline event");
    case Table::EventView:
        return QCoreApplication::translate("DocumentCommands", "perspective");
    case Table::Evidence:
        return QCoreApplication::translate("DocumentCommands", "evidence");
    case Table::EventEvidence:
        return QCoreApplication::translate("DocumentCommands", "evidence link");
    case Table::Question:
        return QCoreApplication::translate("DocumentCommands", "question");
    case Table::ParkingLotItem:
        return QCoreApplication::translate("DocumentCommands", "parking lot entry");
    case Table::ContributingFactor:
        return QCoreApplication::translate("DocumentCommands", "contributing factor");
    case Table::FactorEvent:
        return QCoreApplication::translate("DocumentCommands", "factor link");
    case Table::RemediationItem:
        return QCoreApplication::translate("DocumentCommands", "remediation item");
    case Table::DeclinedItem:
        return QCoreApplication::translate("DocumentCommands", "declined item");
    }
    return {};
}
} // namespace

SetValueCommand::SetValueCommand(Document *document, Table table, qint64 id, int field,
                                 QVariant newValue, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_recordId(id)
    , m_field(field)
    , m_oldValue(document->value(table, id, field))
    , m_newValue(std::move(newValue))
    , m_lastChange(QDateTime::currentDateTimeUtc())
{
    setText(QCoreApplication::translate("DocumentCommands", "Edit %1").arg(tableLabel(table)));
}

void SetValueCommand::undo()
{
    m_document->applyValue(m_table, m_recordId, m_field, m_oldValue);
}

void SetValueCommand::redo()
{
    m_document->applyValue(m_table, m_recordId, m_field, m_newValue);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (next->m_document != m_document || next->m_table != m_table
        || next->m_recordId != m_recordId || next->m_field != m_field
        || m_lastChange.msecsTo(next->m_lastChange) > MergeWindowMs
        || !isTypingStep(m_newValue, next->m_newValue))
        return false;
    m_newValue = next->m_newValue;
    m_lastChange = next->m_lastChange;
    if (m_newValue == m_oldValue)
        setObsolete(true);
    return true;
}

InsertRecordCommand::InsertRecordCommand(Document *document, Table table, Record record,
                                         int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_record(std::move(record))
    , m_index(index)
{
    setText(QCoreApplication::translate("DocumentCommands", "Add %1").arg(tableLabel(table)));
}

void InsertRecordCommand::undo()
{
    int index = -1;
    m_document->applyRemove(m_table, m_record.id, &index);
}

void InsertRecordCommand::redo()
{
    m_document->applyInsert(m_table, m_record, m_index);
}

RemoveRecordCommand::RemoveRecordCommand(Document *document, Table table, qint64 id,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    setText(QCoreApplication::translate("DocumentCommands", "Remove %1").arg(tableLabel(table)));
    collect(table, id);
}

void RemoveRecordCommand::collect(Table table, qint64 id)
{
    for (const auto &[referencing, field] : referencesTo(table)) {
        const FieldSpec &spec = tableSpec(referencing).fields.at(field);
        for (const Record &candidate : m_document->records(referencing)) {
            if (candidate.value(field).isNull() || candidate.value(field).toLongLong() != id)
                continue;
            if (spec.onDelete == OnDelete::Cascade) {
                const bool already = std::any_of(m_removals.cbegin(), m_removals.cend(),
                                                 [&](const Removal &removal) {
                                                     return removal.table == referencing
                                                            && removal.record.id == candidate.id;
                                                 });
                if (!already)
                    collect(referencing, candidate.id);
            } else {
                m_cleared.append({referencing, candidate.id, field, candidate.value(field)});
            }
        }
    }
    m_removals.append({table, *m_document->record(table, id), -1});
}

void RemoveRecordCommand::redo()
{
    for (const ClearedReference &reference : std::as_const(m_cleared))
        m_document->applyValue(reference.table, reference.id, reference.field, QVariant());
    for (Removal &removal : m_removals)
        removal.record = m_document->applyRemove(removal.table, removal.record.id, &removal.index);
}

void RemoveRecordCommand::undo()
{
    for (auto it = m_removals.crbegin(); it != m_removals.crend(); ++it)
        m_document->applyInsert(it->table, it->record, it->index);
    for (const ClearedReference &reference : std::as_const(m_cleared))
        m_document->applyValue(reference.table, reference.id, reference.field, reference.oldValue);
}

MoveRecordCommand::MoveRecordCommand(Document *document, Table table, int from, int to,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("DocumentCommands", "Move %1").arg(tableLabel(table)));
}

void MoveRecordCommand::undo()
{
    m_document->applyMove(m_table, m_to, m_from);
}

void MoveRecordCommand::redo()
{
    m_document->applyMove(m_table, m_from, m_to);
}

} // namespace Debrief
