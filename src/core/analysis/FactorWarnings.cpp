#include "FactorWarnings.h"

#include "language/BlamelessLanguageChecker.h"

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QString firstSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto [start, end] = LanguagePatterns::sentenceAround(trimmed, 0);
    return trimmed.sliced(start, end - start);
}

} // namespace

PersonAsFactor FactorWarnings::personAsSubject(const Record &factor,
                                               const BlamelessLanguageChecker &checker)
{
    return personAsSubject(factor.text(ContributingFactorField::Title),
                           factor.text(ContributingFactorField::Description), checker);
}

PersonAsFactor FactorWarnings::personAsSubject(const QString &title, const QString &description,
                                               const BlamelessLanguageChecker &checker)
{
    QString person = checker.personSubjectAtStart(title.trimmed());
    if (person.isEmpty())
        person = checker.personSubjectAtStart(firstSentence(description));
    if (person.isEmpty()) {
        for (const QString &text : {title, description}) {
            const QList<LanguageFinding> findings = checker.check(text);
            for (const LanguageFinding &finding : findings) {
                if (finding.category == "person-as-cause"_L1
                    || finding.category == "human-error"_L1) {
                    person = finding.matchedText;
                    break;
                }
            }
            if (!person.isEmpty())
                break;
        }
    }
    if (person.isEmpty())
        return {};
    return {true, person,
            tr("This factor makes a person its subject (“%1”). People are never a contributing "
               "factor: describe the conditions around their work instead, such as the "
               "information they had, the tools, the workload or the time pressure.")
                .arg(person)};
}

} // namespace Debrief
