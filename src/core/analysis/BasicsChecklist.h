#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Debrief {

class Document;

// The seed's "Checklist – The Basics", computed from the document (docs/review-checks.md).
enum class BasicsItem {
    Timeline,
    Conversations,
    Notes,
    TimeCalculations,
    Severity,
    Archived,
    Remediation,
};

struct BasicsCheck
{
    BasicsItem item;
    QString key;         // stable: "timeline", "conversations", ...
    QString title;       // the seed's wording, translated
    bool passed = false;
    QString explanation; // translated: what was found, or what is missing
};

class BasicsChecklist
{
    Q_DECLARE_TR_FUNCTIONS(BasicsChecklist)

public:
    // The milestones that time to detect and time to resolve are computed from.
    static QStringList requiredMilestones();
    static QList<BasicsCheck> evaluate(const Document &document,
                                       const QDate &today = QDate::currentDate());
    static bool allPassed(const QList<BasicsCheck> &checks);
};

} // namespace Debrief
