#pragma once

#include "RecordSchema.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <array>

namespace Debrief {

struct Record
{
    qint64 id = 0;
    QVariantList values; // one per field of the table, in catalogue order

    QVariant value(int field) const { return values.value(field); }
    QString text(int field) const { return values.value(field).toString(); }
};

// A new record of `table` with every field at its empty value.
Record emptyRecord(Table table);

// The records of one table, in display order, and what of them has not reached the file.
struct TableData
{
    QList<Record> records;
    QHash<qint64, int> indexById;
    qint64 maxId = 0;
    QSet<qint64> changedIds;
    QSet<qint64> removedIds;
    bool orderChanged = false; // stored positions must be renumbered

    void reindex();
    bool hasUnsavedChanges() const
    {
        return orderChanged || !changedIds.isEmpty() || !removedIds.isEmpty();
    }
    void markSaved()
    {
        changedIds.clear();
        removedIds.clear();
        orderChanged = false;
    }
};

using DocumentTables = std::array<TableData, TableCount>;

// Drops records whose owner is gone and clears references to missing records, so that the
// rest of the program can rely on every reference resolving.
void dropDanglingReferences(DocumentTables &tables);

} // namespace Debrief
