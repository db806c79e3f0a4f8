#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Small post-mortems with chosen content, written as real .debrief files.
namespace Debrief::ArchiveFixtures {

struct Factor
{
    QString title;
    QString description;
    QString category;
};

struct Remediation
{
    Remediation(QString title_, QString owner_, QString status_ = QStringLiteral("open"),
                QDate due_ = {}, QString kind_ = QStringLiteral("prevent"))
        : title(std::move(title_))
        , owner(std::move(owner_))
        , status(std::move(status_))
        , due(due_)
        , kind(std::move(kind_))
    {
    }
    QString title;
    QString owner;
    QString status;
    QDate due;
    QString kind;
    QString specificChange;
};

struct Spec
{
    QString title = QStringLiteral("Checkout latency after cache failover");
    QString reference;
    QString severityKey = QStringLiteral("SEV2"); // empty: none
    QDateTime startedAt = QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::UTC);
    QDateTime createdAt; // invalid: a unique time derived from the title
    QString status = QStringLiteral("published");
    QString summary;
    QString customerImpact;
    // (milestone key, minutes after startedAt)
    QList<std::pair<QString, int>> milestones;
    QStringList participants;
    QList<Factor> factors;
    QList<Remediation> remediation;
    // (checklist key, question status); when given, they replace the built-in questions
    QList<std::pair<QString, QString>> questions;
    QStringList timelineTexts; // plain events without milestones
};

bool write(const QString &path, const Spec &spec, QString *error);

// Milestones 0 / 12 / 20 / 95 / 180 minutes: detect 12 min, resolve 3 h.
QList<std::pair<QString, int>> standardMilestones();

} // namespace Debrief::ArchiveFixtures
