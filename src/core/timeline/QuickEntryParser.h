#pragma once

#include "ParticipantMatcher.h"
#include "document/Record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Debrief {

class Document;

// What a typed line is read against.
struct QuickEntryContext
{
    QTimeZone zone = QTimeZone::UTC; // the incident's time zone: typed times are its wall clock
    QDateTime previousEvent; // UTC; "+5m" counts from it and a bare time takes its date
    QDateTime incidentStart; // UTC; stands in for the previous event when there is none
    QDateTime now; // UTC; "now" (the current time when not set)
    QList<ParticipantName> participants;

    // The incident's zone, start and participants, with the latest event on the timeline as
    // the previous event.
    static QuickEntryContext fromDocument(const Document &document);
};

// A timeline event read from one typed line.
struct QuickEntry
{
    QDateTime occurredAt; // UTC
    QDateTime occurredUntil; // UTC, ranges only
    QString precision; // Vocabulary::EventPrecision key
    QString kind; // Vocabulary::EventKind key
    QString milestone; // Vocabulary::Milestone key or empty
    qint64 actorParticipantId = 0; // 0: the actor is free text (a system, someone not listed)
    QString actorName; // the typed actor when it is not a participant
    QString whatHappened;
    QStringList notes; // translated remarks worth showing, e.g. "taken as the next day"

    // A TimelineEvent record with source "typed".
    Record toRecord() const;
};

struct QuickEntryResult
{
    bool ok = false;
    QuickEntry entry; // only when ok
    QString error; // translated, only when not ok
};

// Reads a line a facilitator types while people talk, such as
// "14:02 alice: restarted the primary", "+5m pager fired" or "now bob: rolled back".
// The syntax is documented in docs/quick-entry.md. A line either gives a whole event or an
// error message; never part of one.
class QuickEntryParser
{
    Q_DECLARE_TR_FUNCTIONS(QuickEntryParser)

public:
    static QuickEntryResult parse(const QString &line, const QuickEntryContext &context);

    // Longest line accepted; what happened is meant to be one sentence.
    static constexpr int MaxLineLength = 4000;

private:
    static QuickEntryResult parseLine(const QString &line, const QuickEntryContext &context);
};

} // namespace Debrief
