#include "Document.h"

#include "DocumentCommands.h"
#include "domain/DefaultContent.h"

#include <QFileInfo>

namespace Debrief {

Document::Document(std::unique_ptr<DocumentFile> file)
    : m_file(std::move(file))
{
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &Document::saveNow);
}

Document::~Document()
{
    if (hasUnsavedChanges())
        saveNow();
}

std::unique_ptr<Document> Document::createNew(const QString &path, QString *error)
{
    // Initial content is not an edit: it must not be undoable.
    return createWithContent(path, applyDefaultContent, error);
}

std::unique_ptr<Document> Document::createWithContent(
    const QString &path, const std::function<void(DocumentTables &)> &fill, QString *error)
{
    auto file = DocumentFile::create(path, error);
    if (!file)
        return nullptr;
    std::unique_ptr<Document> document(new Document(std::move(file)));
    if (!document->m_file->load(document->m_tables, error))
        return nullptr;
    fill(document->m_tables);
    for (TableData &data : document->m_tables) {
        data.reindex();
        for (const Record &record : std::as_const(data.records)) {
            data.changedIds.insert(record.id);
            data.maxId = std::max(data.maxId, record.id);
        }
        data.orderChanged = true;
    }
    dropDanglingReferences(document->m_tables);
    if (!document->saveNow()) {
        *error = tr("Cannot write %1.").arg(QFileInfo(path).fileName());
        return nullptr;
    }
    return document;
}

std::unique_ptr<Document> Document::open(const QString &path, DocumentFile::Access access,
                                         OpenError *error)
{
    auto file = DocumentFile::open(path, access, error);
    if (!file)
        return nullptr;
    std::unique_ptr<Document> document(new Document(std::move(file)));
    QString loadError;
    if (!document->m_file->load(document->m_tables, &loadError)) {
        *error = {OpenError::Kind::Damaged,
                  Document::tr("%1 is damaged: %2").arg(QFileInfo(path).fileName(), loadError)};
        return nullptr;
    }
    if (document->isReadOnly()) {
        for (TableData &data : document->m_tables)
            data.markSaved();
    } else if (document->hasUnsavedChanges()) {
        document->scheduleSave();
    }
    return document;
}

QString Document::filePath() const
{
    return m_file->path();
}

bool Document::isReadOnly() const
{
    return m_file->isReadOnly();
}

int Document::indexOf(Table table, qint64 id) const
{
    return m_tables[int(table)].indexById.value(id, -1);
}

const Record *Document::record(Table table, qint64 id) const
{
    const int index = indexOf(table, id);
    return index < 0 ? nullptr : &m_tables[int(table)].records.at(index);
}

QVariant Document::value(Table table, qint64 id, int field) const
{
    const Record *found = record(table, id);
    return found ? found->value(field) : QVariant();
}

bool Document::setValue(Table table, qint64 id, int field, const QVariant &value)
{
    if (isReadOnly() || !record(table, id) || field < 0
        || field >= tableSpec(table).fields.size())
        return false;
    const QVariant normalized = normalizedValue(tableSpec(table).fields.at(field), value);
    if (normalized == this->value(table, id, field))
        return true;
    m_undoStack.push(new SetValueCommand(this, table, id, field, normalized));
    return true;
}

qint64 Document::insertRecord(Table table, const Record &record, int index)
{
    if (isReadOnly() || tableSpec(table).singleton)
        return 0;
    Record inserted = emptyRecord(table);
    const auto &fields = tableSpec(table).fields;
    for (int f = 0; f < fields.size() && f < record.values.size(); ++f)
        inserted.values[f] = normalizedValue(fields.at(f), record.values.at(f));
    inserted.id = nextId(table);
    if (index < 0 || index > count(table))
        index = count(table);
    m_undoStack.push(new InsertRecordCommand(this, table, inserted, index));
    return inserted.id;
}

bool Document::removeRecord(Table table, qint64 id)
{
    if (isReadOnly() || tableSpec(table).singleton || !record(table, id))
        return false;
    m_undoStack.push(new RemoveRecordCommand(this, table, id));
    return true;
}

bool Document::moveRecord(Table table, qint64 id, int toIndex)
{
    const int from = indexOf(table, id);
    if (isReadOnly() || from < 0 || toIndex < 0 || toIndex >= count(table) || from == toIndex)
        return false;
    m_undoStack.push(new MoveRecordCommand(this, table, from, toIndex));
    return true;
}

qint64 Document::nextId(Table table)
{
    return ++m_tables[int(table)].maxId;
}

void Document::applyValue(Table table, qint64 id, int field, const QVariant &value)
{
    TableData &data = m_tables[int(table)];
    const int index = data.indexById.value(id, -1);
    if (index < 0)
        return;
    data.records[index].values[field] = value;
    data.changedIds.insert(id);
    scheduleSave();
    Q_EMIT valueChanged(table, id, field);
}

void Document::applyInsert(Table table, const Record &record, int index)
{
    TableData &data = m_tables[int(table)];
    index = std::clamp(index, 0, int(data.records.size()));
    Q_EMIT recordAboutToBeInserted(table, index);
    data.records.insert(index, record);
    data.maxId = std::max(data.maxId, record.id);
    data.removedIds.remove(record.id);
    data.changedIds.insert(record.id);
    if (index != data.records.size() - 1)
        data.orderChanged = true;
    data.reindex();
    scheduleSave();
    Q_EMIT recordInserted(table, index);
}

Record Document::applyRemove(Table table, qint64 id, int *index)
{
    TableData &data = m_tables[int(table)];
    *index = data.indexById.value(id, -1);
    if (*index < 0)
        return {};
    Q_EMIT recordAboutToBeRemoved(table, *index);
    Record removed = data.records.takeAt(*index);
    data.changedIds.remove(id);
    data.removedIds.insert(id);
    if (*index != data.records.size())
        data.orderChanged = true;
    data.reindex();
    scheduleSave();
    Q_EMIT recordRemoved(table, *index);
    return removed;
}

void Document::applyMove(Table table, int from, int to)
{
    TableData &data = m_tables[int(table)];
    Q_EMIT recordAboutToBeMoved(table, from, to);
    data.records.move(from, to);
    data.orderChanged = true;
    data.reindex();
    scheduleSave();
    Q_EMIT recordMoved(table, from, to);
}

void Document::scheduleSave()
{
    if (isReadOnly())
        return;
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    const qint64 remaining = std::max<qint64>(0, MaxUnsavedMs - m_unsavedSince.elapsed());
    m_saveTimer.start(int(std::min<qint64>(SaveDelayMs, remaining)));
    if (m_lastSavedState) {
        m_lastSavedState = false;
        Q_EMIT savedStateChanged(false);
    }
}

bool Document::hasUnsavedChanges() const
{
    return std::any_of(m_tables.cbegin(), m_tables.cend(),
                       [](const TableData &data) { return data.hasUnsavedChanges(); });
}

bool Document::saveNow()
{
    m_saveTimer.stop();
    if (isReadOnly())
        return true;
    if (hasUnsavedChanges()) {
        QString error;
        if (!m_file->write(m_tables, &error)) {
            // Keep everything in memory and try again; nothing typed is dropped.
            m_saveTimer.start(2000);
            Q_EMIT saveFailed(error);
            return false;
        }
    }
    m_unsavedSince.invalidate();
    if (!m_lastSavedState) {
        m_lastSavedState = true;
        Q_EMIT savedStateChanged(true);
    }
    return true;
}

bool Document::saveCopy(const QString &path, QString *error)
{
    if (!saveNow()) {
        *error = tr("The document could not be written before copying.");
        return false;
    }
    return m_file->saveCopyAs(path, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == filePath())
        return saveNow();
    if (QFileInfo::exists(DocumentFile::lockFilePath(target))) {
        QLockFile probe(DocumentFile::lockFilePath(target));
        if (!probe.tryLock(0)) {
            *error = tr("%1 is open in another Debrief window.").arg(QFileInfo(target).fileName());
            return false;
        }
        probe.unlock();
    }
    if (!saveCopy(target, error))
        return false;
    OpenError openError;
    auto file = DocumentFile::open(target, DocumentFile::Access::ReadWrite, &openError);
    if (!file) {
        *error = openError.reason;
        return false;
    }
    m_file = std::move(file);
    Q_EMIT filePathChanged(filePath());
    return true;
}

} // namespace Debrief
