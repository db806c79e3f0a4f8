#include "TimelineOrder.h"

#include "document/Document.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace Debrief::TimelineOrder {

namespace {

constexpr qint64 NoTime = std::numeric_limits<qint64>::max();

qint64 sortKey(const Record &event)
{
    const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
    return at.isValid() ? at.toMSecsSinceEpoch() : NoTime;
}

// First index from `from` whose event is later than `key`; events without a time are
// passed over so that they never split the timed ones.
int firstLaterFrom(const QList<qint64> &existing, int from, qint64 key)
{
    if (key == NoTime)
        return int(existing.size());
    for (int i = from; i < existing.size(); ++i) {
        if (existing.at(i) != NoTime && existing.at(i) > key)
            return i;
    }
    return int(existing.size());
}

QList<qint64> existingKeys(const Document &document)
{
    const QList<Record> &records = document.records(Table::TimelineEvent);
    QList<qint64> keys;
    keys.reserve(records.size());
    for (const Record &record : records)
        keys.append(sortKey(record));
    return keys;
}

} // namespace

int insertIndex(const Document &document, const QDateTime &occurredAt)
{
    return firstLaterFrom(existingKeys(document), 0,
                          occurredAt.isValid() ? occurredAt.toMSecsSinceEpoch() : NoTime);
}

QList<qint64> insertEvents(Document &document, const QList<Record> &events,
                           const QString &undoText)
{
    if (events.isEmpty() || document.isReadOnly())
        return {};
    QList<qint64> keys;
    keys.reserve(events.size());
    for (const Record &event : events)
        keys.append(sortKey(event));
    QList<int> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys.at(a) < keys.at(b); });

    // For ascending keys the place in the existing timeline only moves forward, so one pass
    // finds every place; each earlier insertion shifts the later ones by one.
    const QList<qint64> existing = existingKeys(document);
    QList<qint64> ids(events.size());
    document.undoStack()->beginMacro(undoText);
    int position = 0;
    for (int inserted = 0; inserted < order.size(); ++inserted) {
        const int source = order.at(inserted);
        position = firstLaterFrom(existing, position, keys.at(source));
        ids[source] = document.insertRecord(Table::TimelineEvent, events.at(source),
                                            position + inserted);
    }
    document.undoStack()->endMacro();
    return ids;
}

} // namespace Debrief::TimelineOrder
