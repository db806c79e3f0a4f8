#include "FlowTestDocument.h"
#include "questions/BuiltinQuestions.h"
#include "questions/QuestionTemplates.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Debrief;
using namespace Debrief::FlowTest;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QByteArray ValidTemplate = R"({
  "name": "Change management",
  "language": "en",
  "description": "Questions about the change that preceded the incident.",
  "questions": [
    {"checklist": "process", "text": "Who reviewed the change, and what did the review look at?"},
    {"checklist": "process", "text": "Did the on-call person feel supported?"},
    {"checklist": "next-time", "text": "  Which change window would have   more people around? "},
    {"checklist": "process", "text": "who reviewed the change, and what did the review look at?"}
  ]
})";

} // namespace

class TestQuestionTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"debrief-test"_s);
        // Every test runs with its own HOME and XDG folders (tests/CMakeLists.txt).
        QDir().mkpath(QuestionTemplates::userFolder());
    }

    void parsesTheDocumentedFormat()
    {
        QString error;
        const auto parsed = QuestionTemplates::parse(ValidTemplate, u"change.json"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->fileName, u"change.json"_s);
        QCOMPARE(parsed->name, u"Change management"_s);
        QCOMPARE(parsed->language, u"en"_s);
        QVERIFY(parsed->description.startsWith(u"Questions about"_s));
        // Repeats within a file (case and spacing aside) are kept once; text is trimmed.
        QCOMPARE(parsed->questions.size(), 3);
        QCOMPARE(parsed->questions.at(2).checklist, u"next-time"_s);
        QCOMPARE(parsed->questions.at(2).text, u"Which change window would have   more people around?"_s);
    }

    void malformedTemplates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"name\": ") << u"not valid JSON"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"one JSON object"_s;
        QTest::newRow("no name") << QByteArray(R"({"questions":[{"checklist":"people","text":"x"}]})")
                                 << u"\"name\""_s;
        QTest::newRow("name not text") << QByteArray(R"({"name":5,"questions":[]})") << u"\"name\" is not text"_s;
        QTest::newRow("no questions") << QByteArray(R"({"name":"A"})") << u"\"questions\""_s;
        QTest::newRow("empty questions") << QByteArray(R"({"name":"A","questions":[]})") << u"\"questions\""_s;
        QTest::newRow("question not object") << QByteArray(R"({"name":"A","questions":["text"]})")
                                             << u"question 1"_s;
        QTest::newRow("unknown checklist")
            << QByteArray(R"({"name":"A","questions":[{"checklist":"people","text":"ok"},{"checklist":"weather","text":"x"}]})")
            << u"question 2: \"checklist\" must be one of people, process"_s;
        QTest::newRow("no text") << QByteArray(R"({"name":"A","questions":[{"checklist":"people"}]})")
                                 << u"question 1 has no \"text\""_s;
        QTest::newRow("text is a number")
            << QByteArray(R"({"name":"A","questions":[{"checklist":"people","text":42}]})")
            << u"question 1 has no \"text\""_s;
        const QByteArray longText(QuestionTemplates::MaxTextLength + 1, 'x');
        QTest::newRow("text too long")
            << QByteArray("{\"name\":\"A\",\"questions\":[{\"checklist\":\"people\",\"text\":\""
                          + longText + "\"}]}")
            << u"longer than 2000"_s;
        QByteArray many = "{\"name\":\"A\",\"questions\":[";
        for (int i = 0; i <= QuestionTemplates::MaxQuestions; ++i) {
            many += (i ? "," : "") + QByteArray("{\"checklist\":\"people\",\"text\":\"Q")
                    + QByteArray::number(i) + "\"}";
        }
        many += "]}";
        QTest::newRow("too many questions") << many << u"more than 200 questions"_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"not valid JSON"_s;
    }

    void malformedTemplates()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!QuestionTemplates::parse(json, u"bad.json"_s, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void folderSkipsBadFilesWithAMessage()
    {
        const QString folder = m_dir.filePath(u"templates"_s);
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + u"/a-good.json"_s, ValidTemplate);
        writeFile(folder + u"/b-broken.json"_s, "{ nope");
        writeFile(folder + u"/c-no-name.json"_s, R"({"questions":[{"checklist":"people","text":"x"}]})");
        writeFile(folder + u"/d-huge.json"_s, QByteArray(QuestionTemplates::MaxFileBytes + 10, ' '));
        writeFile(folder + u"/notes.txt"_s, "not a template");
        QVERIFY(QDir().mkpath(folder + u"/e-folder.json"_s));

        const QuestionTemplateLibrary library = QuestionTemplates::loadFolder(folder);
        QCOMPARE(library.templates.size(), 1);
        QCOMPARE(library.templates.first().name, u"Change management"_s);
        QVERIFY(!library.templates.first().builtin);
        QCOMPARE(library.problems.size(), 3);
        QCOMPARE(library.problems.at(0).fileName, u"b-broken.json"_s);
        QVERIFY(library.problems.at(0).message().startsWith(u"b-broken.json: not valid JSON"_s));
        QCOMPARE(library.problems.at(1).fileName, u"c-no-name.json"_s);
        QCOMPARE(library.problems.at(2).fileName, u"d-huge.json"_s);
        QVERIFY(library.problems.at(2).reason.contains(u"1024 KiB"_s));

        QVERIFY(QuestionTemplates::loadFolder(m_dir.filePath(u"missing"_s)).templates.isEmpty());
    }

    void builtinTemplatesInTheUiLanguage()
    {
        const QuestionTemplateLibrary english = QuestionTemplates::loadAll(u"en_GB"_s);
        QVERIFY2(english.problems.isEmpty(), qPrintable(english.problems.value(0).message()));
        QStringList names;
        for (const QuestionTemplate &questionTemplate : english.templates) {
            QVERIFY(questionTemplate.builtin);
            QVERIFY(questionTemplate.questions.size() >= 8);
            names.append(questionTemplate.name);
        }
        QCOMPARE(names, (QStringList{u"Data loss"_s, u"Security incident"_s}));

        const QuestionTemplateLibrary german = QuestionTemplates::loadAll(u"de_DE"_s);
        names.clear();
        for (const QuestionTemplate &questionTemplate : german.templates) {
            QCOMPARE(questionTemplate.language, u"de"_s);
            names.append(questionTemplate.name);
        }
        QCOMPARE(names, (QStringList{u"Datenverlust"_s, u"Sicherheitsvorfall"_s}));

        // No translation: English.
        QCOMPARE(QuestionTemplates::loadAll(u"fr_FR"_s).templates.first().language, u"en"_s);
    }

    void userFolderTemplatesAreListedAfterTheBuiltinOnes()
    {
        writeFile(QuestionTemplates::userFolder() + u"/team.json"_s, ValidTemplate);
        writeFile(QuestionTemplates::userFolder() + u"/broken.json"_s, "[");
        const QuestionTemplateLibrary library = QuestionTemplates::loadAll(u"en"_s);
        QCOMPARE(library.templates.size(), 3);
        QCOMPARE(library.templates.last().name, u"Change management"_s);
        QCOMPARE(library.problems.size(), 1);
        QCOMPARE(library.problems.first().fileName, u"broken.json"_s);
        QFile::remove(QuestionTemplates::userFolder() + u"/team.json"_s);
        QFile::remove(QuestionTemplates::userFolder() + u"/broken.json"_s);
    }

    void applyingIsOneUndoStep()
    {
        auto document = newDocument(m_dir, u"apply.debrief"_s);
        QVERIFY(document);
        QString error;
        const auto parsed = QuestionTemplates::parse(ValidTemplate, u"change.json"_s, &error);
        QVERIFY(parsed);
        const int before = document->count(Table::Question);
        const int undoBefore = document->undoStack()->count();

        // "Did the on-call person feel supported?" is a built-in question already.
        QCOMPARE(QuestionTemplates::apply(*document, *parsed), 2);
        QCOMPARE(document->count(Table::Question), before + 2);
        QCOMPARE(document->undoStack()->count(), undoBefore + 1);
        QVERIFY(document->undoStack()->undoText().contains(u"Change management"_s));

        // Grouped with their checklist: the process question follows the built-in ones.
        const QList<Record> &questions = document->records(Table::Question);
        int added = -1;
        for (int i = 0; i < questions.size(); ++i) {
            if (questions.at(i).text(QuestionField::Text).startsWith(u"Who reviewed"_s))
                added = i;
        }
        QCOMPARE(added, 8);
        QCOMPARE(questions.at(added - 1).text(QuestionField::BuiltinKey), u"process.change"_s);
        QCOMPARE(questions.at(added).text(QuestionField::Template), u"Change management"_s);
        QCOMPARE(questions.at(added).text(QuestionField::Status), u"open"_s);
        QCOMPARE(questions.last().text(QuestionField::Checklist), u"next-time"_s);

        // Applying again adds nothing and pushes no empty undo step.
        QCOMPARE(QuestionTemplates::apply(*document, *parsed), 0);
        QCOMPARE(document->undoStack()->count(), undoBefore + 1);

        document->undoStack()->undo();
        QCOMPARE(document->count(Table::Question), before);
        document->undoStack()->redo();
        QCOMPARE(document->count(Table::Question), before + 2);
    }

    void readOnlyDocumentsAreNotChanged()
    {
        QString path;
        {
            auto document = newDocument(m_dir, u"readonly.debrief"_s);
            QVERIFY(document);
            path = document->filePath();
        }
        OpenError error;
        auto document = Document::open(path, DocumentFile::Access::ReadOnly, &error);
        QVERIFY(document);
        QString parseError;
        const auto parsed = QuestionTemplates::parse(ValidTemplate, u"change.json"_s, &parseError);
        QCOMPARE(QuestionTemplates::apply(*document, *parsed), 0);
        QCOMPARE(document->count(Table::Question), 17);
    }
};

QTEST_GUILESS_MAIN(TestQuestionTemplates)
#include "TestQuestionTemplates.moc"
