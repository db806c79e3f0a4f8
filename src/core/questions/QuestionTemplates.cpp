#include "QuestionTemplates.h"

#include "BuiltinQuestions.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// Two questions are the same when they differ only in case and white space.
QString questionKey(const QString &checklist, const QString &text)
{
    return checklist + u'\n' + text.simplified().toCaseFolded();
}

bool optionalString(const QJsonObject &object, QLatin1StringView key, int maxLength,
                    QString *value, QString *error)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined() || field.isNull())
        return true;
    if (!field.isString()) {
        *error = QuestionTemplates::tr("\"%1\" is not text").arg(key);
        return false;
    }
    if (field.toString().size() > maxLength) {
        *error = QuestionTemplates::tr("\"%1\" is longer than %2 characters")
                     .arg(key)
                     .arg(maxLength);
        return false;
    }
    *value = field.toString().trimmed();
    return true;
}

} // namespace

QString TemplateProblem::message() const
{
    return QuestionTemplates::tr("%1: %2").arg(fileName, reason);
}

QString QuestionTemplates::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/question-templates"_s;
}

std::optional<QuestionTemplate> QuestionTemplates::parse(const QByteArray &json,
                                                         const QString &fileName, QString *error)
{
    if (json.size() > MaxFileBytes) {
        *error = tr("larger than %1 KiB").arg(MaxFileBytes / 1024);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the file must hold one JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    QuestionTemplate result;
    result.fileName = fileName;
    if (!optionalString(root, "name"_L1, MaxNameLength, &result.name, error)
        || !optionalString(root, "language"_L1, 35, &result.language, error)
        || !optionalString(root, "description"_L1, MaxDescriptionLength, &result.description,
                           error)) {
        return std::nullopt;
    }
    if (result.name.isEmpty()) {
        *error = tr("\"name\" is missing or empty");
        return std::nullopt;
    }
    const QJsonValue questions = root.value("questions"_L1);
    if (!questions.isArray() || questions.toArray().isEmpty()) {
        *error = tr("\"questions\" must be a non-empty list");
        return std::nullopt;
    }
    const QJsonArray list = questions.toArray();
    if (list.size() > MaxQuestions) {
        *error = tr("more than %1 questions").arg(MaxQuestions);
        return std::nullopt;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject question = list.at(i).toObject();
        const QString number = QString::number(i + 1);
        if (!list.at(i).isObject()) {
            *error = tr("question %1 is not an object").arg(number);
            return std::nullopt;
        }
        const QString checklist = question.value("checklist"_L1).toString();
        if (!isChoice(Vocabulary::Checklist, checklist)) {
            QStringList keys;
            for (const Choice &choice : choices(Vocabulary::Checklist))
                keys.append(choice.key);
            *error = tr("question %1: \"checklist\" must be one of %2")
                         .arg(number, keys.join(", "_L1));
            return std::nullopt;
        }
        const QJsonValue textValue = question.value("text"_L1);
        const QString text = textValue.toString().trimmed();
        if (!textValue.isString() || text.isEmpty()) {
            *error = tr("question %1 has no \"text\"").arg(number);
            return std::nullopt;
        }
        if (text.size() > MaxTextLength) {
            *error = tr("question %1 is longer than %2 characters").arg(number).arg(MaxTextLength);
            return std::nullopt;
        }
        // A repeated question in one file is harmless: it is added once.
        const QString key = questionKey(checklist, text);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.questions.append({checklist, text});
    }
    return result;
}

std::optional<QuestionTemplate> QuestionTemplates::loadFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("not a file");
        return std::nullopt;
    }
    if (info.size() > MaxFileBytes) {
        *error = tr("larger than %1 KiB").arg(MaxFileBytes / 1024);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // The size may change between the check and the read (a file being written).
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    return parse(bytes, info.fileName(), error);
}

QuestionTemplateLibrary QuestionTemplates::loadFolder(const QString &folder, bool builtin)
{
    QuestionTemplateLibrary library;
    const QDir dir(folder);
    if (!dir.exists())
        return library;
    const QFileInfoList files = dir.entryInfoList({u"*.json"_s}, QDir::Files | QDir::Readable,
                                                  QDir::Name);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (i >= MaxFiles) {
            library.problems.append(
                {dir.dirName(),
                 tr("more than %1 template files; the rest are skipped").arg(MaxFiles)});
            break;
        }
        QString error;
        std::optional<QuestionTemplate> loaded = loadFile(files.at(i).filePath(), &error);
        if (!loaded) {
            library.problems.append({files.at(i).fileName(), error});
            continue;
        }
        loaded->builtin = builtin;
        library.templates.append(std::move(*loaded));
    }
    return library;
}

QuestionTemplateLibrary QuestionTemplates::loadAll(const QString &uiLanguage)
{
    // Built-in templates are named <name>.<language>.json; one language of each is shown.
    const QString language = uiLanguage.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    const QuestionTemplateLibrary builtins = loadFolder(u":/debrief/questions"_s, true);
    QuestionTemplateLibrary library;
    library.problems = builtins.problems;
    QHash<QString, QuestionTemplate> chosen;
    QStringList order;
    for (const QuestionTemplate &candidate : builtins.templates) {
        const QString stem = candidate.fileName.section(u'.', 0, 0);
        const QString fileLanguage = candidate.fileName.section(u'.', -2, -2);
        const bool wanted = fileLanguage == language;
        const bool fallback = fileLanguage == "en"_L1;
        if (!wanted && !fallback)
            continue;
        if (!chosen.contains(stem)) {
            order.append(stem);
            chosen.insert(stem, candidate);
        } else if (wanted) {
            chosen.insert(stem, candidate);
        }
    }
    for (const QString &stem : std::as_const(order))
        library.templates.append(chosen.value(stem));
    const QuestionTemplateLibrary user = loadFolder(userFolder(), false);
    library.templates += user.templates;
    library.problems += user.problems;
    return library;
}

int QuestionTemplates::apply(Document &document, const QuestionTemplate &questionTemplate)
{
    if (document.isReadOnly())
        return 0;
    QSet<QString> existing;
    for (const Record &question : document.records(Table::Question)) {
        const QString checklist = question.text(QuestionField::Checklist);
        existing.insert(questionKey(checklist, question.text(QuestionField::Text)));
        existing.insert(questionKey(checklist, BuiltinQuestions::displayText(question)));
        // The English text of a built-in question too, whatever the UI language.
        if (const BuiltinQuestion *builtin = BuiltinQuestions::find(
                question.text(QuestionField::BuiltinKey))) {
            existing.insert(questionKey(checklist, QString::fromUtf8(builtin->text)));
        }
    }
    QList<TemplateQuestion> toAdd;
    for (const TemplateQuestion &question : questionTemplate.questions) {
        const QString key = questionKey(question.checklist, question.text);
        if (existing.contains(key))
            continue;
        existing.insert(key);
        toAdd.append(question);
    }
    if (toAdd.isEmpty())
        return 0;

    document.undoStack()->beginMacro(tr("Add questions from “%1”").arg(questionTemplate.name));
    int added = 0;
    for (const TemplateQuestion &question : std::as_const(toAdd)) {
        // After the last question of the same checklist, so that the list stays grouped.
        const QList<Record> &records = document.records(Table::Question);
        int index = -1;
        for (int i = int(records.size()) - 1; i >= 0; --i) {
            if (records.at(i).text(QuestionField::Checklist) == question.checklist) {
                index = i + 1;
                break;
            }
        }
        Record record = emptyRecord(Table::Question);
        record.values[QuestionField::Checklist] = question.checklist;
        record.values[QuestionField::Text] = question.text;
        record.values[QuestionField::Status] = u"open"_s;
        record.values[QuestionField::Template] = questionTemplate.name;
        if (document.insertRecord(Table::Question, record, index) != 0)
            ++added;
    }
    document.undoStack()->endMacro();
    return added;
}

} // namespace Debrief
