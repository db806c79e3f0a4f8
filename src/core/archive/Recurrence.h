#pragma once

#include "archive/PostMortemSummary.h"
#include "archive/Similarity.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Debrief {

class ArchiveCatalog;

// A factor or remediation item of one post-mortem that resembles one in another
// post-mortem of the archive.
struct RecurrenceMatch
{
    enum class Kind { Factor, Remediation };

    Kind kind = Kind::Factor;
    int item = -1; // index in the post-mortem's factors or remediation items
    qint64 otherDocumentId = 0;
    QString otherPath;
    QString otherTitle;
    QDateTime otherDate;
    QString otherItemTitle;
    QString otherItemStatus; // remediation: RemediationStatus key
    Similarity::Score score;
    bool otherIsEarlier = false;

    // "Seen before in <title> (<date>)" (or "Seen again later in..."), translated.
    QString seenText() const;
    QString explanation() const { return Similarity::explain(score); }
};

class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    static constexpr int MaxMatchesPerItem = 5;

    // Matches of every factor and remediation item of `summary` in the other post-mortems of
    // the archive (never in copies of itself), best first per item, at most
    // MaxMatchesPerItem each; ordered by kind, item, then score.
    static QList<RecurrenceMatch> find(const PostMortemSummary &summary, ArchiveCatalog &catalog);
};

} // namespace Debrief
