#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Debrief {

class Document;

struct ArchivedFactor
{
    QString title;
    QString description;
    QString category; // FactorCategory key
};

struct ArchivedRemediation
{
    QString title;
    QString specificChange;
    QString owner;
    QDate dueDate;
    QString status;   // RemediationStatus key
    QString priority; // Priority key
    QString kind;     // RemediationKind key
    QString trackerUrl;

    bool isDone() const;
    // Due before `today` and not done.
    bool isOverdue(const QDate &today) const;
};

struct ChecklistCoverage
{
    QString checklist; // Checklist key
    int questions = 0;
    int discussed = 0;
};

// The time calculations of the Basics checklist, in seconds; absent when the milestones they
// need are not on the timeline.
struct IncidentDurations
{
    std::optional<qint64> toDetect;
    std::optional<qint64> toAcknowledge;
    std::optional<qint64> toMitigate;
    std::optional<qint64> toResolve;
    std::optional<qint64> impact;
};

// What the archive keeps of one post-mortem: enough to list, filter, compare and chart it
// without opening the file again.
struct PostMortemSummary
{
    QString path;
    QString title;
    QString reference;
    QString status; // IncidentStatus key
    QString timeZone;
    QString severityKey;
    QString severityName;
    int severityRank = -1; // position in the document's own scale, 0 = most severe
    QDateTime startedAt;
    QDateTime endedAt;
    QDateTime createdAt;
    QDateTime archivedAt;
    QString summary;
    QString customerImpact;
    IncidentDurations durations;
    int timelineEvents = 0;
    QStringList participants; // "Name (role)"
    QList<ArchivedFactor> factors;
    QList<ArchivedRemediation> remediation;
    QList<ChecklistCoverage> coverage; // checklists that have questions, in checklist order

    // The date the archive sorts and charts by: the incident start, else the creation time.
    QDateTime incidentDate() const { return startedAt.isValid() ? startedAt : createdAt; }
    // Copies of one post-mortem (the working file and its archived copy) share this; it is
    // empty when the document does not say when it was created.
    QString identity() const;
    int remediationOpen() const;
    int questionsTotal() const;
    int questionsDiscussed() const;
};

PostMortemSummary summarizeDocument(const Document &document);

// Everything a reader could search for, as one text: incident fields, participants, the
// timeline, views, evidence, questions, factors, remediation and step notes. Facilitator-only
// notes stay out: the archive is for readers.
QString documentFullText(const Document &document);

} // namespace Debrief
