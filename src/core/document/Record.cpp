#include "Record.h"

namespace Debrief {

Record emptyRecord(Table table)
{
    Record record;
    for (const FieldSpec &field : tableSpec(table).fields)
        record.values.append(defaultValue(field));
    return record;
}

void TableData::reindex()
{
    indexById.clear();
    indexById.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        indexById.insert(records.at(i).id, i);
}

void dropDanglingReferences(DocumentTables &tables)
{
    bool removedAny = true;
    while (removedAny) {
        removedAny = false;
        for (Table table : allTables()) {
            TableData &data = tables[int(table)];
            const auto &fields = tableSpec(table).fields;
            for (int row = data.records.size() - 1; row >= 0; --row) {
                Record &record = data.records[row];
                for (int f = 0; f < fields.size(); ++f) {
                    const FieldSpec &field = fields.at(f);
                    if (field.type != FieldType::Reference)
                        continue;
                    // A record without its owner (a view without its event) is an orphan.
                    const bool isNull = record.values.at(f).isNull();
                    if (isNull && field.onDelete != OnDelete::Cascade)
                        continue;
                    const auto &target = tables[int(field.references)];
                    if (!isNull && target.indexById.contains(record.values.at(f).toLongLong()))
                        continue;
                    if (field.onDelete == OnDelete::Cascade) {
                        data.removedIds.insert(record.id);
                        data.records.removeAt(row);
                        data.orderChanged = true;
                        removedAny = true;
                        break;
                    }
                    record.values[f] = QVariant();
                    data.changedIds.insert(record.id);
                }
            }
            if (removedAny)
                data.reindex();
        }
    }
}

} // namespace Debrief
