#include "language/BlamelessLanguageChecker.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

const QStringList CorpusParticipants{u"Alice Keller"_s, u"Bob Smith"_s, u"Mira Lindqvist"_s,
                                     u"Jonas Weber"_s, u"Lena Fischer"_s};

struct CorpusLine
{
    int line;
    QString expectedRule; // empty: must not be flagged
    QString sentence;
};

QList<CorpusLine> readCorpus(const QString &language)
{
    QFile file(QDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"))
                   .filePath(u"tests/flow/data/language-corpus-%1.tsv"_s.arg(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CorpusLine> lines;
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString rule = line.section(u'\t', 0, 0);
        lines.append({number, rule == "-"_L1 ? QString() : rule, line.section(u'\t', 1)});
    }
    return lines;
}

} // namespace

class TestLanguageRules : public QObject
{
    Q_OBJECT

    void runCorpus(const QString &language, int minimumFlagged, int minimumClean)
    {
        const QList<CorpusLine> corpus = readCorpus(language);
        const BlamelessLanguageChecker checker({language}, CorpusParticipants);
        QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.problems().join(u'\n')));
        int truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0;
        int flagged = 0, clean = 0;
        QStringList failures;
        for (const CorpusLine &entry : corpus) {
            const QList<LanguageFinding> findings = checker.check(entry.sentence);
            QStringList rules;
            for (const LanguageFinding &finding : findings)
                rules.append(finding.ruleId);
            if (entry.expectedRule.isEmpty()) {
                ++clean;
                if (findings.isEmpty()) {
                    ++trueNegatives;
                } else {
                    ++falsePositives;
                    failures.append(u"line %1: not expected, got %2: %3"_s.arg(entry.line)
                                        .arg(rules.join(u','), entry.sentence));
                }
                continue;
            }
            ++flagged;
            const bool found = rules.contains(entry.expectedRule);
            const bool onlyExpected = std::all_of(
                rules.cbegin(), rules.cend(),
                [&](const QString &rule) { return rule == entry.expectedRule; });
            if (found && onlyExpected) {
                ++truePositives;
            } else {
                if (found)
                    ++truePositives;
                else
                    ++falseNegatives;
                if (!onlyExpected)
                    ++falsePositives;
                failures.append(u"line %1: expected %2, got [%3]: %4"_s.arg(entry.line)
                                    .arg(entry.expectedRule, rules.join(u','), entry.sentence));
            }
        }
        const double precision = truePositives + falsePositives == 0
                                     ? 1.0
                                     : double(truePositives) / (truePositives + falsePositives);
        const double recall = truePositives + falseNegatives == 0
                                  ? 1.0
                                  : double(truePositives) / (truePositives + falseNegatives);
        qInfo("%s corpus: %d to flag, %d clean; precision %.3f, recall %.3f", qPrintable(language),
              flagged, clean, precision, recall);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(flagged >= minimumFlagged);
        QVERIFY(clean >= minimumClean);
        QCOMPARE(precision, 1.0);
        QCOMPARE(recall, 1.0);
        QCOMPARE(trueNegatives, clean);
    }

private Q_SLOTS:
    void shippedRuleFilesCompile()
    {
        QCOMPARE(BlamelessLanguageChecker::availableLanguages(), (QStringList{u"de"_s, u"en"_s}));
        for (const QString &language : BlamelessLanguageChecker::availableLanguages()) {
            const BlamelessLanguageChecker checker({language}, CorpusParticipants);
            QCOMPARE(checker.languages(), QStringList{language});
            QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.problems().join(u'\n')));
            const LanguageRuleSet *set = LanguageRuleSet::builtin(language);
            QVERIFY(set);
            QVERIFY(set->rules.size() >= 15);
            for (const LanguageRuleSpec &rule : set->rules)
                QVERIFY2(languageCategoryLabel(rule.category) != rule.category
                             || rule.category.isEmpty(),
                         qPrintable(u"category without a label: "_s + rule.category));
        }
    }

    // Every shipped language has a corpus; English, the fallback, has the largest.
    void corpus_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : BlamelessLanguageChecker::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void corpus()
    {
        QFETCH(QString, language);
        const int minimum = language == "en"_L1 ? 40 : 25;
        runCorpus(language, minimum, minimum);
    }

    void findingCarriesSpanReasonAndSuggestion()
    {
        const BlamelessLanguageChecker checker;
        const QString text = u"At 12:24 Bob should have checked the logs."_s;
        const QList<LanguageFinding> findings = checker.check(text);
        QCOMPARE(findings.size(), 1);
        const LanguageFinding &finding = findings.first();
        QCOMPARE(finding.ruleId, u"should-have"_s);
        QCOMPARE(finding.category, u"counterfactual"_s);
        QCOMPARE(finding.language, u"en"_s);
        QCOMPARE(finding.start, text.indexOf(u"should"_s));
        QCOMPARE(finding.length, qsizetype(11));
        QCOMPARE(finding.matchedText, u"should have"_s);
        QVERIFY(!finding.reason.isEmpty());
        QVERIFY(!finding.suggestion.isEmpty());
    }

    void typographicApostrophesKeepSpans()
    {
        const BlamelessLanguageChecker checker({u"en"_s}, {u"Mira"_s});
        const QString text = u"Then Mira didn’t check the proxy and it was Mira’s fault."_s;
        const QList<LanguageFinding> findings = checker.check(text);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).matchedText, u"Mira didn’t check"_s);
        QCOMPARE(findings.at(1).matchedText, u"Mira’s fault"_s);
        QCOMPARE(text.mid(findings.at(1).start, findings.at(1).length), u"Mira’s fault"_s);
    }

    void whiteSpaceRunsAndLineBreaks()
    {
        const BlamelessLanguageChecker checker;
        const QList<LanguageFinding> findings = checker.check(u"They\nshould   have\tcalled."_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, u"should-have"_s);
    }

    void wordBoundaries()
    {
        const BlamelessLanguageChecker checker;
        QVERIFY(checker.check(u"The blameless format works; unblamed readers agree."_s).isEmpty());
        QVERIFY(checker.check(u"Unroot causeways; shouldhave is a typo."_s).isEmpty());
    }

    void participantsAreNeededForNames()
    {
        BlamelessLanguageChecker checker;
        const QString text = u"Priya caused the outage."_s;
        QVERIFY(checker.check(text).isEmpty());
        checker.setParticipantNames({u"Priya Raman"_s});
        QCOMPARE(checker.check(text).size(), 1);
        QCOMPARE(checker.check(text).first().ruleId, u"caused"_s);
        // The last name alone is a name too; case matters so that "will" is not "Will".
        QCOMPARE(checker.check(u"Raman caused the outage."_s).size(), 1);
        checker.setParticipantNames({u"Will Turner"_s});
        QVERIFY(checker.check(u"The cache will caused the outage to spread."_s).isEmpty());
        checker.setParticipantNames({});
        QVERIFY(checker.check(text).isEmpty());
    }

    void pronounsOnlyAtSentenceStart()
    {
        const BlamelessLanguageChecker checker;
        QCOMPARE(checker.check(u"She caused the outage."_s).size(), 1);
        QCOMPARE(checker.check(u"It was late. He took down the database."_s).size(), 1);
        QVERIFY(checker.check(u"The two config changes and they caused the outage."_s).isEmpty());
    }

    void severalLanguagesAtOnce()
    {
        const BlamelessLanguageChecker checker({u"en"_s, u"de"_s}, {u"Bob Smith"_s});
        QCOMPARE(checker.languages(), (QStringList{u"en"_s, u"de"_s}));
        const QList<LanguageFinding> findings =
            checker.check(u"Bob hätte die Logs prüfen sollen. Bob should have checked them."_s);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).language, u"de"_s);
        QCOMPARE(findings.at(1).language, u"en"_s);
        // The same words matched by both languages are reported once.
        QCOMPARE(checker.check(u"The Root Cause was clear."_s).size(), 1);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        const BlamelessLanguageChecker checker({u"fr"_s, u"xx_YY"_s});
        QCOMPARE(checker.languages(), QStringList{u"en"_s});
        const BlamelessLanguageChecker regional({u"de_AT"_s});
        QCOMPARE(regional.languages(), QStringList{u"de"_s});
        QVERIFY(BlamelessLanguageChecker::defaultLanguages().contains(u"en"_s));
    }

    void overlappingMatchesKeepTheLongest()
    {
        const BlamelessLanguageChecker checker;
        const QList<LanguageFinding> findings =
            checker.check(u"He should have known better than that."_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, u"judgement"_s);
    }

    void brokenRulesAreReportedNotUsed()
    {
        LanguageRuleSet set;
        QString error;
        QStringList problems;
        QVERIFY(!LanguageRuleSet::parse("[]", &set, &error));
        QVERIFY(!LanguageRuleSet::parse(R"({"format":"other","language":"en"})", &set, &error));
        QVERIFY(LanguageRuleSet::parse(R"({"format":"debrief-language-rules","language":"xx",
            "rules":[{"id":"a","category":"blame","pattern":"x"},
                     {"id":"a","category":"blame","pattern":"y","reason":"r","suggestion":"s"},
                     {"id":"a","category":"blame","pattern":"z","reason":"r","suggestion":"s"}]})",
                                       &set, &error, &problems));
        QCOMPARE(set.rules.size(), 1);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(set.rules.first().pattern, u"y"_s);
    }

    void patternExpansion()
    {
        QString error;
        const QHash<QString, QString> fragments{{u"a"_s, u"x|{b}"_s}, {u"b"_s, u"y z"_s},
                                                {u"loop"_s, u"{loop}"_s}};
        QCOMPARE(LanguagePatterns::expand(u"{a} [ ]{2}"_s, fragments, u"(?!)"_s, &error),
                 u"(?:x|(?:y\\s+z))\\s+[ ]{2}"_s);
        QVERIFY(LanguagePatterns::expand(u"{missing}"_s, fragments, {}, &error).isEmpty());
        QVERIFY(error.contains(u"missing"_s));
        QVERIFY(LanguagePatterns::expand(u"{loop}"_s, fragments, {}, &error).isEmpty());
        QCOMPARE(LanguagePatterns::participantPattern({}), u"(?!)"_s);
        QCOMPARE(LanguagePatterns::participantPattern({u" Ana  Li "_s, u"Bo"_s}),
                 u"(?-i:Ana\\s+Li|Ana|Li|Bo)"_s);
    }

    void sentenceBounds()
    {
        const QString text = u"First one. Second, with 3.5 things! Third\nline"_s;
        auto [start, end] = LanguagePatterns::sentenceAround(text, text.indexOf(u"with"_s));
        QCOMPARE(text.mid(start, end - start), u" Second, with 3.5 things!"_s);
        std::tie(start, end) = LanguagePatterns::sentenceAround(text, text.size() - 1);
        QCOMPARE(text.mid(start, end - start), u"line"_s);
    }

    void vagueChanges()
    {
        QVERIFY(BlamelessLanguageChecker::isVagueChange(u"Improve monitoring."_s));
        QVERIFY(BlamelessLanguageChecker::isVagueChange(u"look into the alert routing"_s));
        QVERIFY(BlamelessLanguageChecker::isVagueChange(
            u"Everyone on the team will be more careful with certificates"_s));
        QVERIFY(BlamelessLanguageChecker::isVagueChange(u"Monitoring verbessern"_s));
        QVERIFY(BlamelessLanguageChecker::isVagueChange(u"Alle sollen künftig besser aufpassen"_s));
        QVERIFY(!BlamelessLanguageChecker::isVagueChange(
            u"Improve alert routing by moving TrackingApiDbConnectionErrors to the PagerDuty "
            u"service of tracking-api"_s));
        QVERIFY(!BlamelessLanguageChecker::isVagueChange(
            u"Remove the private CA file from the tracking-api image"_s));
    }

    void hostileInputStaysCheap()
    {
        const BlamelessLanguageChecker checker({u"en"_s, u"de"_s}, {u"Bob"_s});
        // Long runs without sentence ends, many candidate words, no catastrophic backtracking.
        const QString words = u"hätte hätte Bob Bob should why did did not "_s.repeated(2000);
        const QList<LanguageFinding> findings = checker.check(words);
        Q_UNUSED(findings);
        QVERIFY(checker.check(QString(100000, u'.')).isEmpty());
        QVERIFY(checker.check(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLanguageRules)
#include "TestLanguageRules.moc"
