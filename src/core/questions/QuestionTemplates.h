#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Debrief {

class Document;

struct TemplateQuestion
{
    QString checklist; // Vocabulary::Checklist key
    QString text;
};

// A set of extra questions from a JSON file (docs/question-templates.md).
struct QuestionTemplate
{
    QString fileName; // without folder
    QString name;
    QString language;
    QString description;
    QList<TemplateQuestion> questions;
    bool builtin = false;
};

// A template file that was skipped, and why.
struct TemplateProblem
{
    QString fileName;
    QString reason;
    QString message() const; // "file: reason", translated
};

struct QuestionTemplateLibrary
{
    QList<QuestionTemplate> templates;
    QList<TemplateProblem> problems;
};

// Loads question templates from files that teams drop into a folder, without recompiling.
// Files are untrusted: size, counts and lengths are capped and anything malformed is
// skipped with a message naming the file.
class QuestionTemplates
{
    Q_DECLARE_TR_FUNCTIONS(QuestionTemplates)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxQuestions = 200;
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxDescriptionLength = 4000;
    static constexpr int MaxFiles = 500;

    // <AppDataLocation>/question-templates
    static QString userFolder();
    static std::optional<QuestionTemplate> parse(const QByteArray &json, const QString &fileName,
                                                 QString *error);
    static std::optional<QuestionTemplate> loadFile(const QString &path, QString *error);
    // Every *.json file in `folder`, by file name.
    static QuestionTemplateLibrary loadFolder(const QString &folder, bool builtin = false);
    // The built-in templates in `uiLanguage` (English where no translation exists), then
    // the user folder's templates.
    static QuestionTemplateLibrary loadAll(const QString &uiLanguage);

    // Adds the template's questions that the document does not have yet (same checklist
    // and text) as one undo step. Returns how many were added.
    static int apply(Document &document, const QuestionTemplate &questionTemplate);
};

} // namespace Debrief
