#include "LanguageRules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <map>
#include <memory>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// A pattern is a string or an array of alternatives.
QString patternOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QStringList alternatives;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            alternatives.append(item.toString());
    }
    return alternatives.join(u'|');
}

} // namespace

bool LanguageRuleSet::parse(const QByteArray &json, LanguageRuleSet *result, QString *error,
                            QStringList *problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != "debrief-language-rules"_L1) {
        *error = tr("\"format\" is not \"debrief-language-rules\"");
        return false;
    }
    LanguageRuleSet set;
    set.language = root.value("language"_L1).toString();
    set.name = root.value("name"_L1).toString(set.language);
    if (set.language.isEmpty()) {
        *error = tr("\"language\" is missing");
        return false;
    }
    const QJsonObject fragments = root.value("fragments"_L1).toObject();
    for (auto it = fragments.constBegin(); it != fragments.constEnd(); ++it)
        set.fragments.insert(it.key(), patternOf(it.value()));

    const QJsonArray rules = root.value("rules"_L1).toArray();
    QSet<QString> ids;
    for (const QJsonValue &value : rules) {
        const QJsonObject object = value.toObject();
        LanguageRuleSpec rule;
        rule.id = object.value("id"_L1).toString();
        rule.category = object.value("category"_L1).toString();
        rule.pattern = patternOf(object.value("pattern"_L1));
        rule.reason = object.value("reason"_L1).toString();
        rule.suggestion = object.value("suggestion"_L1).toString();
        const QJsonArray exceptions = object.value("exceptions"_L1).toArray();
        for (const QJsonValue &exception : exceptions) {
            if (exception.isObject()) {
                const QJsonObject spec = exception.toObject();
                rule.exceptions.append({patternOf(spec.value("pattern"_L1)),
                                        spec.value("scope"_L1).toString() == "sentence"_L1});
            } else {
                rule.exceptions.append({patternOf(exception), false});
            }
        }
        QString missing;
        if (rule.id.isEmpty())
            missing = u"id"_s;
        else if (rule.category.isEmpty())
            missing = u"category"_s;
        else if (rule.pattern.isEmpty())
            missing = u"pattern"_s;
        else if (rule.reason.isEmpty())
            missing = u"reason"_s;
        else if (rule.suggestion.isEmpty())
            missing = u"suggestion"_s;
        if (!missing.isEmpty() || ids.contains(rule.id)) {
            if (problems) {
                problems->append(missing.isEmpty()
                                     ? tr("rule \"%1\" is defined twice").arg(rule.id)
                                     : tr("rule \"%1\" has no \"%2\"").arg(rule.id, missing));
            }
            continue;
        }
        ids.insert(rule.id);
        set.rules.append(rule);
    }
    const QJsonArray vague = root.value("vagueChanges"_L1).toArray();
    for (const QJsonValue &item : vague)
        set.vagueChanges.append(patternOf(item));
    set.personSubjects = patternOf(root.value("personSubjects"_L1));
    *result = std::move(set);
    return true;
}

const LanguageRuleSet *LanguageRuleSet::builtin(const QString &language)
{
    // Parsed once per process; the sets are never modified afterwards.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<LanguageRuleSet>> cache;
    const QMutexLocker locker(&mutex);
    auto found = cache.find(language);
    if (found != cache.end())
        return found->second.get();
    std::unique_ptr<LanguageRuleSet> set;
    QFile file(u":/debrief/language/"_s + language + u".json"_s);
    if (!language.isEmpty() && file.open(QIODevice::ReadOnly)) {
        auto parsed = std::make_unique<LanguageRuleSet>();
        QString error;
        if (parse(file.readAll(), parsed.get(), &error))
            set = std::move(parsed);
        else
            qWarning("language rules %s: %s", qPrintable(language), qPrintable(error));
    }
    const LanguageRuleSet *pointer = set.get();
    cache.emplace(language, std::move(set));
    return pointer;
}

QStringList LanguageRuleSet::builtinLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/debrief/language"_s).entryList({u"*.json"_s}, QDir::Files,
                                                                     QDir::Name);
    for (const QString &file : files)
        languages.append(file.chopped(5));
    return languages;
}

QString languageCategoryLabel(const QString &category)
{
    struct Entry
    {
        const char *key;
        const char *label;
    };
    static const Entry entries[] = {
        {"counterfactual", QT_TRANSLATE_NOOP("LanguageCategory", "Counterfactual")},
        {"blame", QT_TRANSLATE_NOOP("LanguageCategory", "Blame")},
        {"judgement", QT_TRANSLATE_NOOP("LanguageCategory", "Judgement")},
        {"root-cause", QT_TRANSLATE_NOOP("LanguageCategory", "Root cause")},
        {"human-error", QT_TRANSLATE_NOOP("LanguageCategory", "Human error")},
        {"person-as-cause", QT_TRANSLATE_NOOP("LanguageCategory", "Person as cause")},
        {"why-question", QT_TRANSLATE_NOOP("LanguageCategory", "Why-not question")},
        {"hindsight", QT_TRANSLATE_NOOP("LanguageCategory", "Hindsight")},
    };
    for (const Entry &entry : entries) {
        if (category == QLatin1StringView(entry.key))
            return QCoreApplication::translate("LanguageCategory", entry.label);
    }
    return category;
}

} // namespace Debrief
