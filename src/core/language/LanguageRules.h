#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Blameless-language rules as they are written in resources/language/<language>.json
// (docs/language-rules.md). This is the parsed, not yet compiled form.
namespace Debrief {

struct LanguageRuleException
{
    QString pattern;
    bool sentenceScope = false; // false: must overlap the finding; true: anywhere in its sentence
};

struct LanguageRuleSpec
{
    QString id;
    QString category;
    QString pattern;
    QList<LanguageRuleException> exceptions;
    QString reason;
    QString suggestion;
};

struct LanguageRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(LanguageRuleSet)

public:
    QString language; // ISO 639-1 code, e.g. "en"
    QString name;     // the language's own name
    QHash<QString, QString> fragments;
    QList<LanguageRuleSpec> rules;
    QStringList vagueChanges;
    QString personSubjects;

    // Parses a rule file. Returns false with a reason when the file as a whole is unusable;
    // individual rules with missing parts are skipped and named in `problems`.
    static bool parse(const QByteArray &json, LanguageRuleSet *result, QString *error,
                      QStringList *problems = nullptr);

    // The rule file shipped for `language` (":/debrief/language/<language>.json"), parsed
    // once; nullptr when there is none.
    static const LanguageRuleSet *builtin(const QString &language);
    static QStringList builtinLanguages();
};

// The translated name of a rule category ("counterfactual", "blame", ...).
QString languageCategoryLabel(const QString &category);

} // namespace Debrief
