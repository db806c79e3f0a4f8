#include "ImportCommands.h"

#include "ChatImporter.h"
#include "LogImporter.h"
#include "TimelineImport.h"
#include "cli/CommandLine.h"
#include "document/Document.h"
#include "timeline/LocalTime.h"
#include "timeline/ParticipantMatcher.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

enum class Kind { Log, Chat };

struct Invocation
{
    QString documentPath;
    QString inputPath;
    bool dryRun = false;
    bool json = false;
    QString zoneId; // empty: the incident's zone
};

// What the command adds, one entry per event, with what the output shows beside it.
struct Addition
{
    Record event;
    int firstLine = 0;
    int lastLine = 0;
    QString format;
    QString level;
};

struct Outcome
{
    QList<Addition> additions;
    QList<UnreadableLine> unreadable;
    qint64 unreadableCount = 0;
    qint64 skippedCount = 0;
    bool zoneless = false; // some times had no zone of their own
    QString error;
};

QString usageLine(Kind kind)
{
    return kind == Kind::Log
               ? ImportCommands::tr("Usage: debrief import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]")
               : ImportCommands::tr("Usage: debrief import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]");
}

bool parseArguments(Kind kind, const QStringList &arguments, Invocation *invocation, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dryRun(u"dry-run"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption zone(u"zone"_s, QString(), u"ZONE"_s);
    parser.addOptions({dryRun, json, zone});
    if (!parser.parse(QStringList{u"debrief"_s} + arguments)) {
        err << parser.errorText() << Qt::endl << usageLine(kind) << Qt::endl;
        return false;
    }
    if (parser.positionalArguments().size() != 3) {
        err << usageLine(kind) << Qt::endl;
        return false;
    }
    invocation->documentPath = parser.positionalArguments().at(1);
    invocation->inputPath = parser.positionalArguments().at(2);
    invocation->dryRun = parser.isSet(dryRun);
    invocation->json = parser.isSet(json);
    invocation->zoneId = parser.value(zone);
    if (parser.isSet(zone) && !LocalTime::zoneFromId(invocation->zoneId).isValid()) {
        err << ImportCommands::tr("Unknown time zone “%1”; use an IANA name such as "
                                  "Europe/Berlin or UTC.")
                   .arg(invocation->zoneId)
            << Qt::endl;
        return false;
    }
    return true;
}

Outcome readLog(const Invocation &invocation, const QTimeZone &zone, const QDateTime &reference)
{
    Outcome outcome;
    const LogImportResult result = LogImporter::parseFile(invocation.inputPath, {zone, reference});
    outcome.error = result.error;
    outcome.unreadable = result.unreadable;
    outcome.unreadableCount = result.unreadableCount;
    outcome.zoneless = result.zonelessCount > 0;
    if (!result.ok())
        return outcome;
    const QString fileName = QFileInfo(invocation.inputPath).fileName();
    outcome.additions.reserve(result.candidates.size());
    for (const LogCandidate &candidate : result.candidates) {
        outcome.additions.append({TimelineImport::eventFromLog(result, candidate, fileName),
                                  candidate.firstLine, candidate.lastLine,
                                  LogImporter::formatKey(candidate.format),
                                  LogImporter::levelKey(candidate.level)});
    }
    return outcome;
}

Outcome readChat(const Invocation &invocation, const QTimeZone &zone, const QDateTime &reference,
                 const QList<ParticipantName> &participants)
{
    Outcome outcome;
    ChatImportOptions options;
    options.zone = zone;
    options.reference = reference;
    options.participants = participants;
    const ChatImportResult result = ChatImporter::parseFile(invocation.inputPath, options);
    outcome.error = result.error;
    outcome.unreadable = result.unreadable;
    outcome.unreadableCount = result.unreadableCount;
    outcome.skippedCount = result.skippedCount;
    outcome.zoneless = result.zoneless;
    if (!result.ok())
        return outcome;
    const QString fileName = QFileInfo(invocation.inputPath).fileName();
    for (const ChatMessage &message : result.messages) {
        outcome.additions.append({TimelineImport::eventFromChat(message, fileName),
                                  message.firstLine, message.lastLine,
                                  ChatImporter::formatKey(message.format), QString()});
    }
    return outcome;
}

QString actorOf(const Record &event, const Document &document)
{
    const QVariant participant = event.value(TimelineEventField::ActorParticipant);
    if (!participant.isNull())
        return document.value(Table::Participant, participant.toLongLong(), ParticipantField::Name).toString();
    return event.text(TimelineEventField::ActorName);
}

QString utcText(const Record &event)
{
    return event.value(TimelineEventField::OccurredAt).toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

QString oneLine(const QString &text, qsizetype width)
{
    QString line = text.section(u'\n', 0, 0).simplified();
    if (text.contains(u'\n'))
        line += u" ↵"_s;
    return line.size() > width ? QString(line.left(width - 1) + u'…') : line;
}

void printJson(const Invocation &invocation, const Outcome &outcome, const Document &document,
               const QString &zoneId, QTextStream &out)
{
    QJsonArray events;
    for (const Addition &addition : outcome.additions) {
        const Record &event = addition.event;
        const QVariant participant = event.value(TimelineEventField::ActorParticipant);
        QJsonObject object{
            {u"time"_s, utcText(event)},
            {u"actor"_s, actorOf(event, document)},
            {u"actorParticipantId"_s, participant.isNull() ? QJsonValue() : QJsonValue(participant.toLongLong())},
            {u"kind"_s, event.text(TimelineEventField::Kind)},
            {u"text"_s, event.text(TimelineEventField::WhatHappened)},
            {u"source"_s, event.text(TimelineEventField::Source)},
            {u"sourceDetail"_s, event.text(TimelineEventField::SourceDetail)},
            {u"firstLine"_s, addition.firstLine},
            {u"lastLine"_s, addition.lastLine},
            {u"format"_s, addition.format},
        };
        if (!addition.level.isEmpty())
            object.insert(u"level"_s, addition.level);
        events.append(object);
    }
    QJsonArray unreadable;
    for (const UnreadableLine &line : outcome.unreadable) {
        unreadable.append(QJsonObject{{u"line"_s, line.line},
                                      {u"reason"_s, LogImporter::reasonText(line.reason)},
                                      {u"text"_s, line.text}});
    }
    QJsonObject root{
        {u"document"_s, QFileInfo(invocation.documentPath).absoluteFilePath()},
        {u"input"_s, QFileInfo(invocation.inputPath).absoluteFilePath()},
        {u"dryRun"_s, invocation.dryRun},
        {u"zone"_s, zoneId},
        {u"count"_s, int(outcome.additions.size())},
        {u"events"_s, events},
        {u"unreadableCount"_s, outcome.unreadableCount},
        {u"unreadable"_s, unreadable},
    };
    if (outcome.skippedCount > 0)
        root.insert(u"skippedCount"_s, outcome.skippedCount);
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printTable(const Invocation &invocation, const Outcome &outcome, const Document &document,
                const QString &zoneId, QTextStream &out)
{
    const QString document_ = QFileInfo(invocation.documentPath).fileName();
    const QString input = QFileInfo(invocation.inputPath).fileName();
    const int count = int(outcome.additions.size());
    out << (invocation.dryRun
                ? ImportCommands::tr("Would add %n events from %1 to %2 (dry run: nothing changed).", nullptr, count)
                      .arg(input, document_)
                : ImportCommands::tr("Added %n events from %1 to %2.", nullptr, count).arg(input, document_))
        << Qt::endl;
    if (outcome.zoneless)
        out << ImportCommands::tr("Times without a zone were read as %1.").arg(zoneId) << Qt::endl;
    out << Qt::endl;

    const QString timeHeader = ImportCommands::tr("Time (UTC)");
    const QString actorHeader = ImportCommands::tr("Actor");
    const QString textHeader = ImportCommands::tr("What happened");
    const QString sourceHeader = ImportCommands::tr("Source");
    constexpr int timeWidth = 25;
    constexpr int actorWidth = 18;
    constexpr int textWidth = 60;
    out << timeHeader.leftJustified(timeWidth) << actorHeader.leftJustified(actorWidth)
        << textHeader.leftJustified(textWidth) << u"  "_s << sourceHeader << Qt::endl;
    for (const Addition &addition : outcome.additions) {
        const Record &event = addition.event;
        out << utcText(event).leftJustified(timeWidth)
            << oneLine(actorOf(event, document), actorWidth - 2).leftJustified(actorWidth)
            << oneLine(event.text(TimelineEventField::WhatHappened), textWidth).leftJustified(textWidth)
            << u"  "_s << event.text(TimelineEventField::SourceDetail) << Qt::endl;
    }
    out << Qt::endl << ImportCommands::tr("Unreadable lines: %1").arg(outcome.unreadableCount) << Qt::endl;
    for (const UnreadableLine &line : outcome.unreadable) {
        out << u"  "_s
            << ImportCommands::tr("line %1 (%2): %3")
                   .arg(line.line)
                   .arg(LogImporter::reasonText(line.reason), oneLine(line.text, 80))
            << Qt::endl;
    }
    if (outcome.unreadableCount > outcome.unreadable.size()) {
        out << u"  "_s
            << ImportCommands::tr("… and %1 more").arg(outcome.unreadableCount - outcome.unreadable.size())
            << Qt::endl;
    }
    if (outcome.skippedCount > 0) {
        out << ImportCommands::tr("Skipped channel notices (joins, topic changes): %1").arg(outcome.skippedCount)
            << Qt::endl;
    }
}

int run(Kind kind, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Invocation invocation;
    if (!parseArguments(kind, arguments, &invocation, err))
        return CommandLine::UsageError;

    // Read everything first with the document opened read-only, so that a bad input leaves
    // the document untouched and unlocked.
    OpenError openError;
    std::unique_ptr<Document> document =
        Document::open(invocation.documentPath, DocumentFile::Access::ReadOnly, &openError);
    if (!document) {
        err << openError.reason << Qt::endl;
        return CommandLine::BadInput;
    }
    const QString incidentZone = document->incidentValue(IncidentField::TimeZone).toString();
    const QString zoneId = !invocation.zoneId.isEmpty() ? invocation.zoneId
                           : LocalTime::zoneFromId(incidentZone).isValid() ? incidentZone
                                                                          : u"UTC"_s;
    const QTimeZone zone = LocalTime::zoneFromId(zoneId);
    const QDateTime reference = document->incidentValue(IncidentField::StartedAt).toDateTime();
    const Outcome outcome =
        kind == Kind::Log
            ? readLog(invocation, zone, reference)
            : readChat(invocation, zone, reference, ParticipantMatcher::fromDocument(*document).participants());
    if (!outcome.error.isEmpty()) {
        err << outcome.error << Qt::endl;
        return CommandLine::BadInput;
    }
    if (!invocation.dryRun && outcome.additions.size() > ImportCommands::MaxEventsPerImport) {
        err << ImportCommands::tr("%1 has %2 entries; Debrief adds at most %3 at once. Cut it "
                                  "to the time of the incident first, or look at it with --dry-run.")
                   .arg(QFileInfo(invocation.inputPath).fileName())
                   .arg(outcome.additions.size())
                   .arg(ImportCommands::MaxEventsPerImport)
            << Qt::endl;
        return CommandLine::BadInput;
    }

    if (!invocation.dryRun) {
        document.reset();
        document = Document::open(invocation.documentPath, DocumentFile::Access::ReadWrite, &openError);
        if (!document) {
            err << openError.reason << Qt::endl;
            return CommandLine::BadInput;
        }
        QList<Record> events;
        events.reserve(outcome.additions.size());
        for (const Addition &addition : outcome.additions)
            events.append(addition.event);
        const QString input = QFileInfo(invocation.inputPath).fileName();
        const QString undoText =
            kind == Kind::Log
                ? TimelineImport::tr("Import %n log entries from %1", nullptr, int(events.size())).arg(input)
                : TimelineImport::tr("Import %n chat messages from %1", nullptr, int(events.size())).arg(input);
        if (TimelineImport::apply(*document, events, undoText).size() != events.size()
            || !document->saveNow()) {
            err << ImportCommands::tr("Cannot write %1.").arg(QFileInfo(invocation.documentPath).fileName())
                << Qt::endl;
            return CommandLine::BadInput;
        }
    }
    if (invocation.json)
        printJson(invocation, outcome, *document, zoneId, out);
    else
        printTable(invocation, outcome, *document, zoneId, out);
    return CommandLine::Success;
}

} // namespace

int ImportCommands::importLog(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return run(Kind::Log, arguments, out, err);
}

int ImportCommands::importChat(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return run(Kind::Chat, arguments, out, err);
}

} // namespace Debrief
