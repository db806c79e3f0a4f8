#pragma once

#include "document/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Debrief {

enum class SmartCriterion { Specific, Measurable, Agreeable, Realistic, Timebound };

struct SmartResult
{
    QList<SmartCriterion> missing;
    QStringList messages; // one translated sentence per missing part, naming what is lacking
    bool passes() const { return missing.isEmpty(); }
    bool lacks(SmartCriterion criterion) const { return missing.contains(criterion); }
};

// Which parts of SMART (Specific, Measurable, Agreeable, Realistic, Timebound) a
// remediation item lacks:
// - Specific: the specific change has at least MinSpecificWords words and is not a vague
//   phrase ("Improve monitoring", "look into the alerts", "be more careful");
// - Measurable: a measure of success is written down;
// - Agreeable: an owner is named and has agreed;
// - Realistic: the effort is estimated. Whether an estimate is realistic is for the room to
//   judge; asking for one is what makes them talk about it;
// - Timebound: a due date is set and, unless the item is done, not in the past.
class SmartCheck
{
    Q_DECLARE_TR_FUNCTIONS(SmartCheck)

public:
    static constexpr int MinSpecificWords = 4;

    static SmartResult check(const Record &item, const QDate &today);
    static QString criterionName(SmartCriterion criterion);
    // "“Title” lacks: Measurable, Timebound." or "“Title” is SMART."
    static QString summary(const Record &item, const SmartResult &result);
    // Done items no longer need to be actionable.
    static bool isOpen(const Record &item);
};

} // namespace Debrief
