#include "analysis/FactorWarnings.h"
#include "language/BlamelessLanguageChecker.h"

#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestFactorWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personAsSubject_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("person"); // empty: no warning
        // Warned: a person is what the factor is about.
        QTest::newRow("name") << u"Mira restarted the pods instead of escalating"_s << QString() << u"Mira"_s;
        QTest::newRow("full name") << u"Mira Lindqvist was new to the service"_s << QString() << u"Mira Lindqvist"_s;
        QTest::newRow("possessive") << u"Tomasz's certificate change"_s << QString() << u"Tomasz's"_s;
        QTest::newRow("pronoun") << u"He did not know the escalation alias"_s << QString() << u"He"_s;
        QTest::newRow("role") << u"The on-call engineer was inexperienced"_s << QString() << u"The on-call engineer"_s;
        QTest::newRow("description") << u"Escalation"_s << u"Daniel joined late. The alias was retired."_s << u"Daniel"_s;
        QTest::newRow("caused") << u"Late escalation"_s << u"In the end Mira caused the outage."_s << u"Mira caused the outage"_s;
        QTest::newRow("human error") << u"Human error during the rotation"_s << QString() << u"Human error"_s;
        QTest::newRow("German") << u"Mira hat den Alarm übersehen"_s << QString() << u"Mira"_s;
        QTest::newRow("German pronoun") << u"Er kannte den Eskalationsweg nicht"_s << QString() << u"Er"_s;
        // Not warned: conditions, systems, organisations.
        QTest::newRow("system") << u"tracking-api trusts its own copy of the internal CA"_s
                                << u"The image ships its own CA file. Mira found it at 13:01."_s << QString();
        QTest::newRow("workload") << u"A first on-call week on an unfamiliar service, without a secondary"_s
                                  << u"The rotation was at reduced strength."_s << QString();
        QTest::newRow("team") << u"The team had no shadow week"_s << QString() << QString();
        QTest::newRow("word starting like a pronoun") << u"Heroku routing changed"_s << QString() << QString();
        QTest::newRow("lowercase name-like word") << u"mirage of healthy dashboards"_s << QString() << QString();
    }

    void personAsSubject()
    {
        QFETCH(QString, title);
        QFETCH(QString, description);
        QFETCH(QString, person);
        const BlamelessLanguageChecker checker({u"en"_s, u"de"_s},
                                               {u"Mira Lindqvist"_s, u"Daniel Okafor"_s, u"Tomasz Wójcik"_s});
        Record factor = emptyRecord(Table::ContributingFactor);
        factor.values[ContributingFactorField::Title] = title;
        factor.values[ContributingFactorField::Description] = description;
        const PersonAsFactor warning = FactorWarnings::personAsSubject(factor, checker);
        QCOMPARE(warning.warn, !person.isEmpty());
        QCOMPARE(warning.person, person);
        if (warning.warn) {
            QVERIFY(warning.message.contains(person));
            QVERIFY(warning.message.contains(u"never a contributing factor"_s));
        } else {
            QVERIFY(warning.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFactorWarnings)
#include "TestFactorWarnings.moc"
