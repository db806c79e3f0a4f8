#include "QuickEntryParser.h"

#include "LocalTime.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QRegularExpression>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// The choice whose key or translated label `word` is, or uniquely begins, ignoring case.
QString matchChoice(Vocabulary vocabulary, const QString &word)
{
    if (word.isEmpty())
        return {};
    QStringList prefixMatches;
    for (const Choice &choice : choices(vocabulary)) {
        for (const QString &name : {choice.key, choice.label}) {
            if (name.compare(word, Qt::CaseInsensitive) == 0)
                return choice.key;
            if (name.startsWith(word, Qt::CaseInsensitive) && !prefixMatches.contains(choice.key))
                prefixMatches.append(choice.key);
        }
    }
    return prefixMatches.size() == 1 ? prefixMatches.constFirst() : QString();
}

struct TypedTime
{
    enum class Kind { None, Now, Relative, Absolute } kind = Kind::None;
    bool approximate = false;
    qint64 relativeSeconds = 0;
    QDate date; // absolute times only, when typed
    QTime time;
    QTime until; // ranges
    QString typed;
};

// Reads the time at the start of `line`; `consumed` is how much of it the time took.
// Returns false with `error` when the start looks like a time but is not a valid one.
bool readTime(const QString &line, TypedTime *result, qsizetype *consumed, QString *error)
{
    static const QRegularExpression approximate(u"^~\\s*"_s);
    static const QRegularExpression now(u"^now(?=\\s|:|$)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relative(
        u"^\\+(?:(\\d{1,4})h)?(?:(\\d{1,6})m(?:in)?)?(?:(\\d{1,7})s)?(?=\\s|$)"_s);
    static const QRegularExpression absolute(
        u"^(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T])?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
        "(?:\\s*[-–]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?=\\s|$)"_s);

    qsizetype position = 0;
    const QRegularExpressionMatch tilde = approximate.match(line);
    if (tilde.hasMatch()) {
        result->approximate = true;
        position = tilde.capturedEnd();
    }
    const QString translatedNow = QuickEntryParser::tr("now");
    const QString rest = line.mid(position);
    if (const QRegularExpressionMatch nowMatch = now.match(rest); nowMatch.hasMatch()) {
        result->kind = TypedTime::Kind::Now;
        *consumed = position + nowMatch.capturedLength();
    } else if (rest.startsWith(translatedNow, Qt::CaseInsensitive)
               && (rest.size() == translatedNow.size() || rest.at(translatedNow.size()).isSpace()
                   || rest.at(translatedNow.size()) == u':')) {
        result->kind = TypedTime::Kind::Now;
        *consumed = position + translatedNow.size();
    } else if (const QRegularExpressionMatch relativeMatch = relative.match(rest); relativeMatch.hasMatch()) {
        if (relativeMatch.capturedLength() == 1) {
            *error = QuickEntryParser::tr("Give “+” a length, for example “+5m”, “+90s” or “+1h30m”.");
            return false;
        }
        result->kind = TypedTime::Kind::Relative;
        result->relativeSeconds = relativeMatch.captured(1).toLongLong() * 3600
                                  + relativeMatch.captured(2).toLongLong() * 60
                                  + relativeMatch.captured(3).toLongLong();
        *consumed = position + relativeMatch.capturedLength();
    } else if (const QRegularExpressionMatch absoluteMatch = absolute.match(rest); absoluteMatch.hasMatch()) {
        result->kind = TypedTime::Kind::Absolute;
        result->typed = absoluteMatch.captured(0);
        if (absoluteMatch.hasCaptured(1)) {
            result->date = QDate(absoluteMatch.captured(1).toInt(), absoluteMatch.captured(2).toInt(),
                                 absoluteMatch.captured(3).toInt());
            if (!result->date.isValid()) {
                *error = QuickEntryParser::tr("“%1” is not a valid date.")
                             .arg(absoluteMatch.captured(0).section(QRegularExpression(u"[ T]"_s), 0, 0));
                return false;
            }
        }
        result->time = QTime(absoluteMatch.captured(4).toInt(), absoluteMatch.captured(5).toInt(),
                             absoluteMatch.captured(6).toInt());
        if (absoluteMatch.hasCaptured(7)) {
            result->until = QTime(absoluteMatch.captured(7).toInt(), absoluteMatch.captured(8).toInt(),
                                  absoluteMatch.captured(9).toInt());
        }
        if (!result->time.isValid() || (absoluteMatch.hasCaptured(7) && !result->until.isValid())) {
            *error = QuickEntryParser::tr("“%1” is not a valid time.").arg(absoluteMatch.captured(0));
            return false;
        }
        *consumed = position + absoluteMatch.capturedLength();
    } else {
        *error = QuickEntryParser::tr("Start with a time: “14:02”, “~14:05”, “14:05-14:10”, "
                                      "“2026-10-14 14:02”, “+5m” or “now”.");
        return false;
    }
    return true;
}

// Takes "[detected]"-style milestone markers out of `text`.
bool takeMilestone(QString *text, QString *milestone, QString *error)
{
    static const QRegularExpression marker(u"\\[([^\\[\\]\\s]{1,40})\\]"_s);
    QRegularExpressionMatchIterator it = marker.globalMatch(*text);
    QList<std::pair<qsizetype, qsizetype>> spans;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString key = matchChoice(Vocabulary::Milestone, match.captured(1));
        if (key.isEmpty())
            continue; // "[WARN]" and the like are part of what happened
        if (!milestone->isEmpty() && *milestone != key) {
            *error = QuickEntryParser::tr("One event marks one milestone: %1 and %2 are both given.")
                         .arg(choiceLabel(Vocabulary::Milestone, *milestone),
                              choiceLabel(Vocabulary::Milestone, key));
            return false;
        }
        *milestone = key;
        spans.append({match.capturedStart(), match.capturedLength()});
    }
    for (auto span = spans.crbegin(); span != spans.crend(); ++span)
        text->remove(span->first, span->second);
    *text = text->simplified();
    return true;
}

// A leading "#decision" or "!alert" ("!" alone is an alert); empty when there is none.
QString takeKind(QString *text)
{
    if (text->isEmpty() || (text->front() != u'#' && text->front() != u'!'))
        return {};
    const qsizetype end = text->indexOf(u' ');
    const QString word = text->mid(1, end < 0 ? -1 : end - 1);
    const QString kind = word.isEmpty() && text->front() == u'!'
                             ? u"alert"_s
                             : matchChoice(Vocabulary::EventKind, word);
    if (!kind.isEmpty())
        *text = end < 0 ? QString() : text->mid(end + 1).trimmed();
    return kind;
}

// Names of people and systems are short; longer text before a colon is a sentence.
constexpr qsizetype MaxActorWords = 3;

// "alice: restarted" → "alice"; empty when the text has no actor before a colon.
QString takeActor(QString *text)
{
    static const QRegularExpression actor(u"^@?([^:\\s][^:]{0,63}?)\\s*:(?:\\s+|$)"_s);
    const QRegularExpressionMatch match = actor.match(*text);
    if (!match.hasMatch())
        return {};
    const QString name = match.captured(1).trimmed();
    if (name.split(u' ', Qt::SkipEmptyParts).size() > MaxActorWords)
        return {}; // a sentence with a colon in it, not a name
    *text = text->mid(match.capturedEnd()).trimmed();
    return name;
}

} // namespace

QuickEntryContext QuickEntryContext::fromDocument(const Document &document)
{
    QuickEntryContext context;
    const QTimeZone zone =
        LocalTime::zoneFromId(document.incidentValue(IncidentField::TimeZone).toString());
    if (zone.isValid())
        context.zone = zone;
    context.incidentStart = document.incidentValue(IncidentField::StartedAt).toDateTime();
    for (const Record &event : document.records(Table::TimelineEvent)) {
        const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
        if (at.isValid() && (!context.previousEvent.isValid() || at > context.previousEvent))
            context.previousEvent = at;
    }
    context.participants = ParticipantMatcher::fromDocument(document).participants();
    return context;
}

Record QuickEntry::toRecord() const
{
    Record record = emptyRecord(Table::TimelineEvent);
    record.values[TimelineEventField::OccurredAt] = occurredAt;
    record.values[TimelineEventField::OccurredUntil] =
        occurredUntil.isValid() ? QVariant(occurredUntil) : QVariant();
    record.values[TimelineEventField::Precision] = precision;
    record.values[TimelineEventField::Kind] = kind;
    record.values[TimelineEventField::ActorParticipant] =
        actorParticipantId > 0 ? QVariant(actorParticipantId) : QVariant();
    record.values[TimelineEventField::ActorName] = actorName;
    record.values[TimelineEventField::WhatHappened] = whatHappened;
    record.values[TimelineEventField::Milestone] = milestone;
    record.values[TimelineEventField::Source] = u"typed"_s;
    return record;
}

QuickEntryResult QuickEntryParser::parse(const QString &line, const QuickEntryContext &context)
{
    QuickEntryResult result = parseLine(line, context);
    if (!result.ok)
        result.entry = {}; // never half an event
    return result;
}

QuickEntryResult QuickEntryParser::parseLine(const QString &line, const QuickEntryContext &context)
{
    QuickEntryResult result;
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        result.error = tr("Type a time and what happened, for example "
                          "“14:02 alice: restarted the primary”.");
        return result;
    }
    if (trimmed.size() > MaxLineLength) {
        result.error = tr("The line is longer than %1 characters; keep quick entries to a "
                          "sentence and add details in the table.")
                           .arg(MaxLineLength);
        return result;
    }

    TypedTime typed;
    qsizetype consumed = 0;
    if (!readTime(trimmed, &typed, &consumed, &result.error))
        return result;
    QString text = trimmed.mid(consumed).trimmed();
    if (text.startsWith(u':'))
        text = text.mid(1).trimmed(); // "now: pager fired"

    QuickEntry &entry = result.entry;
    if (!takeMilestone(&text, &entry.milestone, &result.error))
        return result;
    entry.kind = takeKind(&text);
    const QString actor = takeActor(&text);
    if (entry.kind.isEmpty())
        entry.kind = takeKind(&text);
    if (text.isEmpty()) {
        result.error = tr("Say what happened after the time.");
        return result;
    }
    entry.whatHappened = text;

    if (!actor.isEmpty()) {
        const ParticipantMatcher::Match match = ParticipantMatcher(context.participants).byPrefix(actor);
        entry.actorParticipantId = match.id;
        if (match.id == 0)
            entry.actorName = actor;
        if (match.candidates.size() > 1) {
            entry.notes.append(tr("“%1” could be %2; kept as typed.")
                                   .arg(actor, match.candidates.join(tr(" or "))));
        }
    }
    if (entry.kind.isEmpty()) {
        entry.kind = !entry.milestone.isEmpty() ? u"milestone"_s
                     : entry.actorParticipantId > 0 ? u"action"_s
                                                    : u"observation"_s;
    }

    const QDateTime reference = context.previousEvent.isValid() ? context.previousEvent
                                : context.incidentStart.isValid()
                                    ? context.incidentStart
                                    : (context.now.isValid() ? context.now
                                                             : QDateTime::currentDateTimeUtc());
    entry.precision = typed.approximate ? u"approximate"_s : u"exact"_s;
    switch (typed.kind) {
    case TypedTime::Kind::None:
        break;
    case TypedTime::Kind::Now: {
        const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
        entry.occurredAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::UTC);
        break;
    }
    case TypedTime::Kind::Relative: {
        const QDateTime base =
            context.previousEvent.isValid() ? context.previousEvent : context.incidentStart;
        if (!base.isValid()) {
            result.error = tr("“+” counts from the previous event, and there is none yet: "
                              "type a time instead.");
            return result;
        }
        entry.occurredAt = base.addSecs(typed.relativeSeconds).toUTC();
        break;
    }
    case TypedTime::Kind::Absolute: {
        const QTimeZone &zone = context.zone;
        if (typed.date.isValid()) {
            const QDateTime at(typed.date, typed.time, zone,
                               QDateTime::TransitionResolution::PreferBefore);
            entry.occurredAt = at.isValid() && at.time() == typed.time ? at.toUTC() : QDateTime();
        } else {
            entry.occurredAt = LocalTime::placeNear(typed.time, reference, zone);
            const QDate day = entry.occurredAt.toTimeZone(zone).date();
            const QDate referenceDay = reference.toTimeZone(zone).date();
            if (entry.occurredAt.isValid() && day != referenceDay) {
                entry.notes.append(day > referenceDay
                                       ? tr("Taken as the next day, %1.").arg(day.toString(Qt::ISODate))
                                       : tr("Taken as the day before, %1.").arg(day.toString(Qt::ISODate)));
            }
        }
        if (!entry.occurredAt.isValid()) {
            result.error = tr("%1 does not exist on that day in %2: the clocks changed.")
                               .arg(typed.time.toString(u"HH:mm"_s),
                                    QString::fromUtf8(zone.id()));
            return result;
        }
        if (typed.until.isValid()) {
            const QDateTime start = entry.occurredAt.toTimeZone(zone);
            QDateTime until(start.date(), typed.until, zone,
                            QDateTime::TransitionResolution::PreferBefore);
            if (until < start) {
                // Past midnight is fine ("23:55-00:05"); half a day backwards is a slip.
                until = QDateTime(start.date().addDays(1), typed.until, zone,
                                  QDateTime::TransitionResolution::PreferBefore);
                if (start.secsTo(until) > 12 * 3600) {
                    result.error = tr("The range %1 ends before it starts.").arg(typed.typed);
                    return result;
                }
            }
            entry.occurredUntil = until.toUTC();
            entry.precision = u"range"_s;
        }
        break;
    }
    }
    result.ok = true;
    return result;
}

} // namespace Debrief
