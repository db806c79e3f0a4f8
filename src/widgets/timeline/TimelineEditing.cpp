#include "TimelineEditing.h"

#include "document/Document.h"
#include "timeline/TimelineOrder.h"

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FiveMinutesMs = 5 * 60 * 1000;

QDateTime startOf(const Record &event)
{
    return event.value(TimelineEventField::OccurredAt).toDateTime();
}

// Groups the edits of one user action into one undo step, but only when there is more than
// one: a lone field change stays mergeable with the typing around it.
class EditGroup
{
public:
    EditGroup(Document &document, QString text)
        : m_document(document)
        , m_text(std::move(text))
    {
    }
    ~EditGroup()
    {
        if (m_open)
            m_document.undoStack()->endMacro();
    }
    void expect(int edits)
    {
        if (edits > 1 && !m_open) {
            m_document.undoStack()->beginMacro(m_text);
            m_open = true;
        }
    }

private:
    Document &m_document;
    QString m_text;
    bool m_open = false;
};

// Whether the event at `index` would be in time order if it happened at `at`; events without
// a time are passed over.
bool isInOrder(const Document &document, int index, const QDateTime &at)
{
    const QList<Record> &events = document.records(Table::TimelineEvent);
    if (!at.isValid())
        return true;
    for (int i = index - 1; i >= 0; --i) {
        const QDateTime before = startOf(events.at(i));
        if (before.isValid()) {
            if (before > at)
                return false;
            break;
        }
    }
    for (int i = index + 1; i < events.size(); ++i) {
        const QDateTime after = startOf(events.at(i));
        if (after.isValid())
            return after >= at;
    }
    return true;
}

int targetIndex(const Document &document, qint64 id)
{
    const int index = document.indexOf(Table::TimelineEvent, id);
    const int insertAt =
        TimelineOrder::insertIndex(document, startOf(document.records(Table::TimelineEvent).at(index)));
    // insertIndex counts the event itself when it lies before the place.
    return insertAt > index ? insertAt - 1 : insertAt;
}

bool needsMove(const Document &document, qint64 id)
{
    const int index = document.indexOf(Table::TimelineEvent, id);
    return index >= 0
           && !isInOrder(document, index,
                         startOf(document.records(Table::TimelineEvent).at(index)))
           && targetIndex(document, id) != index;
}

} // namespace

void TimelineEditing::keepInTimeOrder(Document &document, qint64 id)
{
    if (needsMove(document, id))
        document.moveRecord(Table::TimelineEvent, id, targetIndex(document, id));
}

bool TimelineEditing::setStart(Document &document, qint64 id, const QDateTime &at)
{
    const Record *event = document.record(Table::TimelineEvent, id);
    if (!event || document.isReadOnly())
        return false;
    const QDateTime oldStart = startOf(*event);
    const QDateTime until = event->value(TimelineEventField::OccurredUntil).toDateTime();
    const QDateTime start = at.isValid() ? at.toUTC() : QDateTime();
    if (start == oldStart)
        return true;

    QDateTime newUntil = until;
    if (until.isValid() && start.isValid() && until < start)
        newUntil = oldStart.isValid() ? start.addMSecs(oldStart.msecsTo(until)) : start;

    EditGroup group(document, tr("Change event time"));
    const int index = document.indexOf(Table::TimelineEvent, id);
    // An event that gets its first time leaves the untimed ones at the end.
    const bool leavesUntimed = !oldStart.isValid() && start.isValid()
                               && index + 1 < document.count(Table::TimelineEvent);
    const bool willMove = leavesUntimed || !isInOrder(document, index, start);
    group.expect(1 + (newUntil != until ? 1 : 0) + (willMove ? 1 : 0));
    if (!document.setValue(Table::TimelineEvent, id, TimelineEventField::OccurredAt, start))
        return false;
    if (newUntil != until)
        document.setValue(Table::TimelineEvent, id, TimelineEventField::OccurredUntil, newUntil);
    if (willMove)
        keepInTimeOrder(document, id);
    return true;
}

bool TimelineEditing::setEnd(Document &document, qint64 id, const QDateTime &until)
{
    const Record *event = document.record(Table::TimelineEvent, id);
    if (!event || document.isReadOnly())
        return false;
    const bool becomesRange =
        until.isValid() && event->text(TimelineEventField::Precision) != "range"_L1;
    EditGroup group(document, tr("Change event end"));
    group.expect(becomesRange ? 2 : 1);
    if (becomesRange)
        document.setValue(Table::TimelineEvent, id, TimelineEventField::Precision, u"range"_s);
    return document.setValue(Table::TimelineEvent, id, TimelineEventField::OccurredUntil,
                             until.isValid() ? until.toUTC() : QDateTime());
}

bool TimelineEditing::setPrecision(Document &document, qint64 id, const QString &precision)
{
    const Record *event = document.record(Table::TimelineEvent, id);
    if (!event || document.isReadOnly())
        return false;
    const QDateTime at = startOf(*event);
    const QDateTime until = event->value(TimelineEventField::OccurredUntil).toDateTime();
    QDateTime newUntil = until;
    if (precision == "range"_L1) {
        if (!until.isValid() && at.isValid())
            newUntil = at.addMSecs(FiveMinutesMs);
    } else {
        newUntil = QDateTime();
    }
    const bool changesEnd = newUntil != until;
    EditGroup group(document, tr("Change time precision"));
    group.expect(changesEnd ? 2 : 1);
    if (!document.setValue(Table::TimelineEvent, id, TimelineEventField::Precision, precision))
        return false;
    if (changesEnd)
        document.setValue(Table::TimelineEvent, id, TimelineEventField::OccurredUntil, newUntil);
    return true;
}

bool TimelineEditing::setActor(Document &document, qint64 id, qint64 participant,
                               const QString &name)
{
    const Record *event = document.record(Table::TimelineEvent, id);
    if (!event || document.isReadOnly())
        return false;
    const QString typed = name.trimmed();
    if (participant <= 0 && !typed.isEmpty()) {
        for (const Record &person : document.records(Table::Participant)) {
            if (person.text(ParticipantField::Name).trimmed().compare(typed, Qt::CaseInsensitive)
                == 0) {
                participant = person.id;
                break;
            }
        }
    }
    const QVariant newParticipant = participant > 0 ? QVariant(participant) : QVariant();
    const QString newName = participant > 0 ? QString() : typed;
    const QVariant oldParticipant = event->value(TimelineEventField::ActorParticipant);
    const bool participantChanges = oldParticipant.isNull() != newParticipant.isNull()
                                    || oldParticipant.toLongLong() != newParticipant.toLongLong();
    const bool nameChanges = event->text(TimelineEventField::ActorName) != newName;
    EditGroup group(document, tr("Change actor"));
    group.expect(int(participantChanges) + int(nameChanges));
    if (participantChanges
        && !document.setValue(Table::TimelineEvent, id, TimelineEventField::ActorParticipant,
                              newParticipant))
        return false;
    if (nameChanges)
        document.setValue(Table::TimelineEvent, id, TimelineEventField::ActorName, newName);
    return true;
}

qint64 TimelineEditing::addEvent(Document &document, const QDateTime &at)
{
    QDateTime when = at;
    if (!when.isValid())
        when = document.incidentValue(IncidentField::StartedAt).toDateTime();
    if (!when.isValid()) {
        when = QDateTime::currentDateTimeUtc();
        when.setTime(QTime(when.time().hour(), when.time().minute()));
    }
    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::OccurredAt] = when.toUTC();
    event.values[TimelineEventField::Precision] = u"exact"_s;
    event.values[TimelineEventField::Kind] = u"observation"_s;
    event.values[TimelineEventField::Source] = u"typed"_s;
    const QList<qint64> ids = TimelineOrder::insertEvents(document, {event}, tr("Add event"));
    return ids.isEmpty() ? 0 : ids.constFirst();
}

bool TimelineEditing::removeEvents(Document &document, const QList<qint64> &ids)
{
    if (ids.isEmpty() || document.isReadOnly())
        return false;
    EditGroup group(document, tr("Remove %n event(s)", "", int(ids.size())));
    group.expect(int(ids.size()));
    bool removed = false;
    for (qint64 id : ids)
        removed = document.removeRecord(Table::TimelineEvent, id) || removed;
    return removed;
}

} // namespace Debrief
