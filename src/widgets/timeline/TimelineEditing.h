#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Debrief {

class Document;

// Edits of timeline events that touch more than one field, or the event's place: each is one
// undo step, and the timeline stays in time order (new events are placed by the core's
// TimelineOrder; an event whose time changes moves to its new place).
class TimelineEditing
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEditing)

public:
    // Sets when event `id` happened. A range whose end would come before the new start keeps
    // its length.
    static bool setStart(Document &document, qint64 id, const QDateTime &at);
    // Sets the end of a range; the precision becomes "range".
    static bool setEnd(Document &document, qint64 id, const QDateTime &until);
    // Exact, approximate or range: a range gets an end (five minutes after the start) when it
    // has none; the other precisions drop the end.
    static bool setPrecision(Document &document, qint64 id, const QString &precision);
    // A participant (`participant` > 0) or a free-text actor such as a system; typed text that
    // is exactly a participant's name (ignoring case) means that participant.
    static bool setActor(Document &document, qint64 id, qint64 participant, const QString &name);
    // An empty observation at `at` (the incident's start or now when invalid), placed in time
    // order after the events at the same time. Returns its id.
    static qint64 addEvent(Document &document, const QDateTime &at);
    static bool removeEvents(Document &document, const QList<qint64> &ids);

    // Moves event `id` where its time puts it, unless it is already between its neighbours.
    static void keepInTimeOrder(Document &document, qint64 id);
};

} // namespace Debrief
