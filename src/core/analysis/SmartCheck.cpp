#include "SmartCheck.h"

#include "domain/Vocabulary.h"
#include "language/BlamelessLanguageChecker.h"

#include <QLocale>

namespace Debrief {

using namespace Qt::StringLiterals;

SmartResult SmartCheck::check(const Record &item, const QDate &today)
{
    SmartResult result;
    auto lack = [&result](SmartCriterion criterion, const QString &message) {
        result.missing.append(criterion);
        result.messages.append(message);
    };

    const QString change = item.text(RemediationField::SpecificChange).simplified();
    if (change.isEmpty()) {
        lack(SmartCriterion::Specific, tr("Specific: describe the change that will be made."));
    } else if (change.split(u' ', Qt::SkipEmptyParts).size() < MinSpecificWords
               || BlamelessLanguageChecker::isVagueChange(change)) {
        lack(SmartCriterion::Specific,
             tr("Specific: “%1” is too vague; say exactly what will change, where.")
                 .arg(change));
    }

    if (item.text(RemediationField::SuccessMeasure).trimmed().isEmpty())
        lack(SmartCriterion::Measurable, tr("Measurable: say how you will know it worked."));

    const QString owner = item.text(RemediationField::Owner).trimmed();
    if (owner.isEmpty())
        lack(SmartCriterion::Agreeable, tr("Agreeable: name an owner."));
    else if (!item.value(RemediationField::OwnerAgreed).toBool())
        lack(SmartCriterion::Agreeable, tr("Agreeable: %1 has not agreed yet.").arg(owner));

    if (!isChoice(Vocabulary::Effort, item.text(RemediationField::Effort)))
        lack(SmartCriterion::Realistic, tr("Realistic: estimate the effort."));

    const QDate due = item.value(RemediationField::DueDate).toDate();
    if (!due.isValid()) {
        lack(SmartCriterion::Timebound, tr("Timebound: set a due date."));
    } else if (isOpen(item) && today.isValid() && due < today) {
        lack(SmartCriterion::Timebound,
             tr("Timebound: the due date %1 has passed.")
                 .arg(QLocale().toString(due, QLocale::ShortFormat)));
    }
    return result;
}

QString SmartCheck::criterionName(SmartCriterion criterion)
{
    switch (criterion) {
    case SmartCriterion::Specific:
        return tr("Specific");
    case SmartCriterion::Measurable:
        return tr("Measurable");
    case SmartCriterion::Agreeable:
        return tr("Agreeable");
    case SmartCriterion::Realistic:
        return tr("Realistic");
    case SmartCriterion::Timebound:
        return tr("Timebound");
    }
    return {};
}

QString SmartCheck::summary(const Record &item, const SmartResult &result)
{
    QString title = item.text(RemediationField::Title).simplified();
    if (title.isEmpty())
        title = tr("Untitled item");
    if (result.passes())
        return tr("“%1” is SMART.").arg(title);
    QStringList names;
    for (SmartCriterion criterion : result.missing)
        names.append(criterionName(criterion));
    return tr("“%1” lacks: %2.").arg(title, QLocale().createSeparatedList(names));
}

bool SmartCheck::isOpen(const Record &item)
{
    return item.text(RemediationField::Status) != "done"_L1;
}

} // namespace Debrief
