#pragma once

#include "document/Record.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Debrief {

class Document;

// The timeline is kept in time order: new events go where their time puts them.
namespace TimelineOrder {

// The index at which an event at `occurredAt` belongs: after every event at the same time or
// earlier, before the first later one. An event without a time goes to the end.
int insertIndex(const Document &document, const QDateTime &occurredAt);

// Inserts timeline events (TimelineEvent records) at their places in time, as one undo step
// named `undoText`. Events at the same time keep the order they are given in, after the
// events already there. Returns the new ids in the order of `events`; empty when the document
// refused the edit (read-only).
QList<qint64> insertEvents(Document &document, const QList<Record> &events,
                           const QString &undoText);

} // namespace TimelineOrder
} // namespace Debrief
