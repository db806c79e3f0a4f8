#include "TimelineImport.h"

#include "document/Document.h"
#include "timeline/TimelineOrder.h"

namespace Debrief {

using namespace Qt::StringLiterals;

Record TimelineImport::eventFromLog(const LogImportResult &result, const LogCandidate &candidate,
                                    const QString &fileName)
{
    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::OccurredAt] = result.time(candidate);
    event.values[TimelineEventField::Precision] = u"exact"_s;
    event.values[TimelineEventField::Kind] = u"observation"_s;
    event.values[TimelineEventField::ActorName] = result.source(candidate);
    event.values[TimelineEventField::WhatHappened] = result.text(candidate);
    event.values[TimelineEventField::Source] = u"log"_s;
    event.values[TimelineEventField::SourceDetail] =
        sourceDetail(fileName, candidate.firstLine, candidate.lastLine);
    return event;
}

Record TimelineImport::eventFromChat(const ChatMessage &message, const QString &fileName)
{
    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::OccurredAt] = message.at;
    event.values[TimelineEventField::Precision] = u"exact"_s;
    event.values[TimelineEventField::Kind] = u"communication"_s;
    if (message.participantId > 0)
        event.values[TimelineEventField::ActorParticipant] = message.participantId;
    else
        event.values[TimelineEventField::ActorName] = message.author;
    event.values[TimelineEventField::WhatHappened] = message.text;
    event.values[TimelineEventField::Source] = u"chat"_s;
    event.values[TimelineEventField::SourceDetail] =
        sourceDetail(fileName, message.firstLine, message.lastLine,
                     message.format == ChatFormat::SlackExport);
    return event;
}

QString TimelineImport::sourceDetail(const QString &fileName, int firstLine, int lastLine,
                                     bool messages)
{
    if (messages)
        return tr("%1, message %2").arg(fileName).arg(firstLine);
    if (lastLine > firstLine)
        return tr("%1, lines %2–%3").arg(fileName).arg(firstLine).arg(lastLine);
    return tr("%1, line %2").arg(fileName).arg(firstLine);
}

QList<qint64> TimelineImport::apply(Document &document, const QList<Record> &events,
                                    const QString &undoText)
{
    return TimelineOrder::insertEvents(document, events, undoText);
}

QList<qint64> TimelineImport::applyLog(Document &document, const LogImportResult &result,
                                       const QList<LogCandidate> &chosen, const QString &fileName)
{
    QList<Record> events;
    events.reserve(chosen.size());
    for (const LogCandidate &candidate : chosen)
        events.append(eventFromLog(result, candidate, fileName));
    return apply(document, events,
                 tr("Import %n log entries from %1", nullptr, int(chosen.size())).arg(fileName));
}

QList<qint64> TimelineImport::applyChat(Document &document, const QList<ChatMessage> &chosen,
                                        const QString &fileName)
{
    QList<Record> events;
    events.reserve(chosen.size());
    for (const ChatMessage &message : chosen)
        events.append(eventFromChat(message, fileName));
    return apply(document, events,
                 tr("Import %n chat messages from %1", nullptr, int(chosen.size())).arg(fileName));
}

} // namespace Debrief
