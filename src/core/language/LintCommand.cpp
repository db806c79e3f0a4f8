#include "LintCommand.h"

#include "DocumentLint.h"
#include "cli/CommandLine.h"
#include "document/Document.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QJsonObject findingJson(const LanguageFinding &finding)
{
    return {
        {u"start"_s, qint64(finding.start)},
        {u"length"_s, qint64(finding.length)},
        {u"text"_s, finding.matchedText},
        {u"ruleId"_s, finding.ruleId},
        {u"category"_s, finding.category},
        {u"language"_s, finding.language},
        {u"reason"_s, finding.reason},
        {u"suggestion"_s, finding.suggestion},
    };
}

void printFinding(QTextStream &out, const QString &location, const LanguageFinding &finding)
{
    // Characters are counted from 1 here, as editors do; JSON keeps 0-based offsets.
    out << LintCommand::tr("%1characters %2–%3: “%4” [%5, %6]")
               .arg(location)
               .arg(finding.start + 1)
               .arg(finding.start + finding.length)
               .arg(finding.matchedText, finding.ruleId, languageCategoryLabel(finding.category))
        << Qt::endl;
    out << u"    "_s << finding.reason << Qt::endl;
    out << u"    "_s << LintCommand::tr("Suggestion: %1").arg(finding.suggestion) << Qt::endl;
}

} // namespace

int LintCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption textOption(u"text"_s, tr("Check TEXT instead of a file."), u"TEXT"_s);
    const QCommandLineOption languageOption(
        u"language"_s, tr("Rules of language CODE (repeat or separate with commas)."), u"CODE"_s);
    const QCommandLineOption participantOption(
        u"participant"_s, tr("A participant's name (repeatable)."), u"NAME"_s);
    parser.addOptions({jsonOption, textOption, languageOption, participantOption});
    const QString usage =
        tr("Usage: debrief lint FILE|--text TEXT [--json] [--language en|de] [--participant NAME]")
        + u'\n';
    if (!parser.parse(QStringList{u"debrief"_s} + arguments)) {
        err << parser.errorText() << Qt::endl << usage;
        return CommandLine::UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    const bool hasText = parser.isSet(textOption);
    if (positional.size() > 2 || (hasText && positional.size() != 1)
        || (!hasText && positional.size() != 2)) {
        err << usage;
        return CommandLine::UsageError;
    }

    QStringList languages;
    for (const QString &value : parser.values(languageOption))
        languages += value.split(u',', Qt::SkipEmptyParts);
    const QStringList available = BlamelessLanguageChecker::availableLanguages();
    for (QString &language : languages) {
        language = language.trimmed().toLower();
        if (!available.contains(language)) {
            err << tr("Unknown language “%1”; available: %2.")
                       .arg(language, available.join(", "_L1))
                << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    if (languages.isEmpty())
        languages = BlamelessLanguageChecker::defaultLanguages();
    const QStringList extraParticipants = parser.values(participantOption);

    QJsonArray jsonFindings;
    int count = 0;
    QJsonObject root;
    if (hasText) {
        const BlamelessLanguageChecker checker(languages, extraParticipants);
        const QList<LanguageFinding> findings = checker.check(parser.value(textOption));
        count = int(findings.size());
        for (const LanguageFinding &finding : findings) {
            if (parser.isSet(jsonOption))
                jsonFindings.append(findingJson(finding));
            else
                printFinding(out, QString(), finding);
        }
        root.insert(u"languages"_s, QJsonArray::fromStringList(checker.languages()));
    } else {
        const QString path = positional.at(1);
        OpenError error;
        const auto document = Document::open(path, DocumentFile::Access::ReadOnly, &error);
        if (!document) {
            err << error.reason << Qt::endl;
            return CommandLine::BadInput;
        }
        BlamelessLanguageChecker checker(languages,
                                         DocumentLint::participantNames(*document)
                                             + extraParticipants);
        const QList<DocumentLanguageFinding> findings = DocumentLint::lint(*document, checker);
        count = int(findings.size());
        for (const DocumentLanguageFinding &item : findings) {
            const TableSpec &spec = tableSpec(item.table);
            const QString fieldName = spec.fields.at(item.field).name;
            if (parser.isSet(jsonOption)) {
                QJsonObject object = findingJson(item.finding);
                object.insert(u"table"_s, QString(spec.jsonName));
                object.insert(u"recordId"_s, item.recordId);
                object.insert(u"field"_s, fieldName);
                jsonFindings.append(object);
            } else {
                const QString location =
                    tr("%1 #%2, %3, ").arg(spec.jsonName).arg(item.recordId).arg(fieldName);
                printFinding(out, location, item.finding);
            }
        }
        root.insert(u"file"_s, path);
        root.insert(u"languages"_s, QJsonArray::fromStringList(checker.languages()));
    }

    if (parser.isSet(jsonOption)) {
        root.insert(u"count"_s, count);
        root.insert(u"findings"_s, jsonFindings);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (count == 0) {
        out << tr("No blameless-language findings.") << Qt::endl;
    } else {
        out << tr("%n finding(s).", nullptr, count) << Qt::endl;
    }
    return count == 0 ? CommandLine::Success : CommandLine::Findings;
}

} // namespace Debrief
