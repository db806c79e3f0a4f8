#pragma once

#include "document/Record.h"
#include "storage/DocumentFile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Debrief {

// One open post-mortem. Holds every record in memory, owns the undo stack through which all
// edits go, and writes changes to its file within a second of their happening.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // A new post-mortem with default severities, in a new file at `path`.
    static std::unique_ptr<Document> createNew(const QString &path, QString *error);
    // A new file at `path` whose records `fill` provides (imports); references that do not
    // resolve are dropped.
    static std::unique_ptr<Document> createWithContent(
        const QString &path, const std::function<void(DocumentTables &)> &fill, QString *error);
    static std::unique_ptr<Document> open(const QString &path, DocumentFile::Access access,
                                          OpenError *error);

    QString filePath() const;
    bool isReadOnly() const;
    QUndoStack *undoStack() { return &m_undoStack; }
    DocumentFile *file() { return m_file.get(); }

    // --- Reading
    const QList<Record> &records(Table table) const { return m_tables[int(table)].records; }
    int count(Table table) const { return int(m_tables[int(table)].records.size()); }
    int indexOf(Table table, qint64 id) const;
    const Record *record(Table table, qint64 id) const;
    QVariant value(Table table, qint64 id, int field) const;
    const Record &incident() const { return m_tables[int(Table::Incident)].records.constFirst(); }
    QVariant incidentValue(int field) const { return incident().value(field); }

    // --- Editing: each call is one undoable step. Read-only documents refuse edits.
    bool setValue(Table table, qint64 id, int field, const QVariant &value);
    bool setIncidentValue(int field, const QVariant &value)
    {
        return setValue(Table::Incident, 1, field, value);
    }
    // Inserts at `index` (-1: at the end); returns the new record's id, 0 when refused.
    qint64 insertRecord(Table table, const Record &record, int index = -1);
    // Removes the record and what depends on it (its views, links...); references to it
    // elsewhere are cleared. Undo restores all of it.
    bool removeRecord(Table table, qint64 id);
    bool moveRecord(Table table, qint64 id, int toIndex);

    // --- Saving
    // Writes pending changes now; false (and `saveFailed`) when the file cannot be written.
    bool saveNow();
    bool hasUnsavedChanges() const;
    // Writes a complete copy to `path` and continues with that file.
    bool saveAs(const QString &path, QString *error);
    // Writes a complete copy to `path` and stays with the current file.
    bool saveCopy(const QString &path, QString *error);

    // Deliberately short so that a killed process loses at most the last second of typing.
    static constexpr int SaveDelayMs = 300;
    static constexpr int MaxUnsavedMs = 700;

Q_SIGNALS:
    void recordAboutToBeInserted(Debrief::Table table, int index);
    void recordInserted(Debrief::Table table, int index);
    void recordAboutToBeRemoved(Debrief::Table table, int index);
    void recordRemoved(Debrief::Table table, int index);
    void recordAboutToBeMoved(Debrief::Table table, int from, int to);
    void recordMoved(Debrief::Table table, int from, int to);
    void valueChanged(Debrief::Table table, qint64 id, int field);
    void savedStateChanged(bool allSaved);
    void saveFailed(const QString &reason);
    void filePathChanged(const QString &path);

private:
    friend class SetValueCommand;
    friend class InsertRecordCommand;
    friend class RemoveRecordCommand;
    friend class MoveRecordCommand;

    explicit Document(std::unique_ptr<DocumentFile> file);
    void applyValue(Table table, qint64 id, int field, const QVariant &value);
    void applyInsert(Table table, const Record &record, int index);
    Record applyRemove(Table table, qint64 id, int *index);
    void applyMove(Table table, int from, int to);
    qint64 nextId(Table table);
    void scheduleSave();

    std::unique_ptr<DocumentFile> m_file;
    DocumentTables m_tables;
    QUndoStack m_undoStack;
    QTimer m_saveTimer;
    QElapsedTimer m_unsavedSince;
    bool m_lastSavedState = true;
};

} // namespace Debrief
