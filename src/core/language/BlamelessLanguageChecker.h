#pragma once

#include "LanguageRules.h"

#include <QRegularExpression>
#include <QStringView>

namespace Debrief {

// One marked passage of text.
struct LanguageFinding
{
    qsizetype start = 0; // in UTF-16 code units of the checked text
    qsizetype length = 0;
    QString ruleId;
    QString category;
    QString language;
    QString matchedText;
    QString reason;     // in the rule file's language
    QString suggestion; // in the rule file's language
};

// Marks blame, counterfactual and root-cause phrasing in free text with the rules of one or
// more languages. Patterns are compiled once, when the checker is made and when the
// participant names change, so that checking a field costs well under a millisecond.
class BlamelessLanguageChecker
{
public:
    // Unknown languages are skipped; with none left, English is used.
    explicit BlamelessLanguageChecker(const QStringList &languages = {QStringLiteral("en")},
                                      const QStringList &participantNames = {});

    // The languages whose rules ship with the program ("de", "en").
    static QStringList availableLanguages();
    // English and the UI language, when rules exist for it.
    static QStringList defaultLanguages();

    QStringList languages() const { return m_languages; }
    // Rules that could not be used, one line each; empty for the shipped files.
    QStringList problems() const { return m_problems; }

    // People named in the document: "Alice caused the outage" is only recognised when
    // Alice is one of them. Recompiles only the rules that mention participants.
    void setParticipantNames(const QStringList &names);
    QStringList participantNames() const { return m_participantNames; }

    // Findings in text order; overlapping matches are reduced to the longest.
    QList<LanguageFinding> check(QStringView text) const;

    // The person (participant, role, pronoun) `text` starts with as its subject, or empty.
    QString personSubjectAtStart(QStringView text) const;

    // True when a remediation change is too vague to act on ("Improve monitoring"), by the
    // rules of every shipped language.
    static bool isVagueChange(const QString &text);

private:
    struct CompiledException
    {
        QRegularExpression regex;
        bool sentenceScope = false;
    };
    struct CompiledRule
    {
        int languageIndex = 0;
        int specIndex = 0;
        bool usesParticipants = false;
        QRegularExpression regex;
        QList<CompiledException> exceptions;
    };

    void compile(bool participantRulesOnly);
    bool isSuppressed(const CompiledRule &rule, QStringView text, qsizetype start,
                      qsizetype length) const;

    QStringList m_languages;
    QList<const LanguageRuleSet *> m_sets;
    QStringList m_participantNames;
    QList<CompiledRule> m_rules;
    QList<QRegularExpression> m_personSubjects;
    QStringList m_problems;
};

namespace LanguagePatterns {
// Expands a rule pattern: file fragments ({name}), spaces as runs of white space, and the
// built-in fragments {participant}, {start} and {word}. Empty with `error` set on failure.
QString expand(const QString &pattern, const QHash<QString, QString> &fragments,
               const QString &participantPattern, QString *error);
// An alternation of the names and their parts, matched case-sensitively.
QString participantPattern(const QStringList &names);
// The bounds [start, end) of the sentence around `position`.
std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype position);
} // namespace LanguagePatterns

} // namespace Debrief
