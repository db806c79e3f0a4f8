#pragma once

#include "document/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Debrief {

class Document;

// How the timeline step shows times and actors, the same in the table, the visual timeline,
// the detail editor and the import preview.
class TimelineFormat
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFormat)

public:
    // The incident's time zone; UTC when it is not set or not known on this system.
    static QTimeZone incidentZone(const Document &document);
    // The local day most events are compared against: the incident's start, else the first
    // event's; times on other days show their date.
    static QDate referenceDay(const Document &document, const QTimeZone &zone);

    // "14:02", "14:02:30", "Thu 15 Oct, 09:00" when not on `referenceDay`.
    static QString timeText(const QDateTime &utc, const QTimeZone &zone, const QDate &referenceDay);
    // An event's time as the table shows it: "≈ 14:02" when approximate, "14:02–14:10" for a
    // range, "No time" when none is set.
    static QString eventTimeText(const Record &event, const QTimeZone &zone,
                                 const QDate &referenceDay);
    static bool isApproximate(const Record &event);
    static bool isRange(const Record &event);

    // The participant's name, else the free-text actor; empty when neither is set.
    static QString actorText(const Document &document, const Record &event);
    static qint64 actorParticipant(const Record &event);

    // "Imported log — app.log, lines 42–57".
    static QString sourceText(const Record &event);
};

} // namespace Debrief
