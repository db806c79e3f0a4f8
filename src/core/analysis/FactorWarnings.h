#pragma once

#include "document/Record.h"

#include <QCoreApplication>

namespace Debrief {

class BlamelessLanguageChecker;

struct PersonAsFactor
{
    bool warn = false;
    QString person;  // the name, pronoun or role found, as written
    QString message; // translated warning for the Factors step
};

// A contributing factor must describe a condition, never a person. A factor is flagged
// when its title, or the first sentence of its description, starts with a participant's
// name, a personal pronoun or an on-call role ("Mira restarted…", "The on-call engineer
// was new…", "Her change…"), or when either names a person as the cause of the incident
// or speaks of human error.
class FactorWarnings
{
    Q_DECLARE_TR_FUNCTIONS(FactorWarnings)

public:
    // `checker` must know the document's participants (DocumentLint::checkerFor).
    static PersonAsFactor personAsSubject(const Record &factor,
                                          const BlamelessLanguageChecker &checker);
    static PersonAsFactor personAsSubject(const QString &title, const QString &description,
                                          const BlamelessLanguageChecker &checker);
};

} // namespace Debrief
