#include "FlowTestDocument.h"
#include "document/DocumentJson.h"
#include "domain/Vocabulary.h"
#include "questions/BuiltinQuestions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Debrief;
using namespace Debrief::FlowTest;
using namespace Qt::StringLiterals;

class TestQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyQuestionOfTheSeed()
    {
        // Checklist, key and the seed's text, word for word.
        const QList<std::tuple<QString, QString, QString>> seed{
            {u"people"_s, u"people.circumstances"_s, u"What were the circumstances of their firefight?"_s},
            {u"people"_s, u"people.asleep"_s, u"Were they sleeping when they got the alert?"_s},
            {u"people"_s, u"people.effect"_s, u"How did the firefight affect them emotionally, physically and mentally?"_s},
            {u"people"_s, u"people.improve"_s, u"What can be done to improve those circumstances?"_s},
            {u"process"_s, u"process.supported"_s, u"Did the on-call person feel supported?"_s},
            {u"process"_s, u"process.escalation"_s, u"Did they know about the company's escalation policies and have quick access to contact information to bring others in when needed?"_s},
            {u"process"_s, u"process.expertise"_s, u"Was the incident related to the domain expertise of the person on-call?"_s},
            {u"process"_s, u"process.change"_s, u"Can anything be changed to the process to make things better before the next incident?"_s},
            {u"aftermath"_s, u"aftermath.recovery"_s, u"How long did it take the on-call person to recover?"_s},
            {u"aftermath"_s, u"aftermath.immediate-steps"_s, u"What steps were taken immediately after the incident?"_s},
            {u"aftermath"_s, u"aftermath.communicate"_s, u"Is it necessary to communicate the outage with customers?"_s},
            {u"culture"_s, u"culture.oncall-working"_s, u"Is your on-call system working?"_s},
            {u"culture"_s, u"culture.schedules"_s, u"Do you need to make changes to your team's on-call schedules?"_s},
            {u"culture"_s, u"culture.open"_s, u"How can you make your culture more open and accepting of failures?"_s},
            {u"next-time"_s, u"next-time.prepared"_s, u"Are you better prepared for the next outage?"_s},
            {u"next-time"_s, u"next-time.steps"_s, u"What steps can be taken so that you are?"_s},
            {u"next-time"_s, u"next-time.findable"_s, u"Is the copy of the postmortem report easily available for anyone to find?"_s},
        };
        const QList<BuiltinQuestion> &all = BuiltinQuestions::all();
        QCOMPARE(all.size(), seed.size());
        for (qsizetype i = 0; i < seed.size(); ++i) {
            const auto &[checklist, key, text] = seed.at(i);
            QCOMPARE(QString(all.at(i).checklist), checklist);
            QCOMPARE(QString(all.at(i).key), key);
            QCOMPARE(QString::fromUtf8(all.at(i).text), text);
            QCOMPARE(BuiltinQuestions::text(key), text);
            QVERIFY(isChoice(Vocabulary::Checklist, checklist));
        }
        QVERIFY(BuiltinQuestions::text(u"people.unknown"_s).isEmpty());
        QVERIFY(!BuiltinQuestions::find(QString()));
    }

    void theExampleUsesTheSameKeys()
    {
        QFile json(QDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"))
                       .filePath(u"resources/examples/example-postmortem.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray questions =
            QJsonDocument::fromJson(json.readAll()).object().value(u"questions"_s).toArray();
        int builtins = 0;
        for (const QJsonValue &value : questions) {
            const QJsonObject question = value.toObject();
            const QString key = question.value(u"builtin_key"_s).toString();
            if (key.isEmpty())
                continue;
            ++builtins;
            QVERIFY2(BuiltinQuestions::find(key), qPrintable(key));
            QCOMPARE(BuiltinQuestions::text(key), question.value(u"text"_s).toString());
        }
        QCOMPARE(builtins, 17);
    }

    void displayText()
    {
        Record builtin = emptyRecord(Table::Question);
        builtin.values[QuestionField::BuiltinKey] = u"culture.open"_s;
        builtin.values[QuestionField::Text] = u"stale copy"_s;
        QCOMPARE(BuiltinQuestions::displayText(builtin),
                 u"How can you make your culture more open and accepting of failures?"_s);
        Record custom = emptyRecord(Table::Question);
        custom.values[QuestionField::Text] = u"Who approved the change window?"_s;
        QCOMPARE(BuiltinQuestions::displayText(custom), u"Who approved the change window?"_s);
        // A key from a newer version: its stored text, or the key when there is none.
        Record future = emptyRecord(Table::Question);
        future.values[QuestionField::BuiltinKey] = u"people.future"_s;
        QCOMPARE(BuiltinQuestions::displayText(future), u"people.future"_s);
        future.values[QuestionField::Text] = u"A later question"_s;
        QCOMPARE(BuiltinQuestions::displayText(future), u"A later question"_s);
    }

    void newDocumentsStartWithTheChecklists()
    {
        auto document = newDocument(m_dir, u"new.debrief"_s);
        QVERIFY(document);
        QCOMPARE(document->count(Table::Question), 17);
        QVERIFY(!document->undoStack()->canUndo()); // initial content is not an edit
        QSet<QString> keys;
        for (qsizetype i = 0; i < document->records(Table::Question).size(); ++i) {
            const Record &question = document->records(Table::Question).at(i);
            QCOMPARE(question.text(QuestionField::Checklist),
                     QString(BuiltinQuestions::all().at(i).checklist));
            QCOMPARE(question.text(QuestionField::BuiltinKey),
                     QString(BuiltinQuestions::all().at(i).key));
            QVERIFY(question.text(QuestionField::Text).isEmpty());
            QCOMPARE(question.text(QuestionField::Status), u"open"_s);
            keys.insert(question.text(QuestionField::BuiltinKey));
        }
        QCOMPARE(keys.size(), 17);
        // They are stored, not only in memory.
        const QString path = document->filePath();
        document.reset();
        OpenError error;
        auto reopened = Document::open(path, DocumentFile::Access::ReadOnly, &error);
        QVERIFY(reopened);
        QCOMPARE(reopened->count(Table::Question), 17);
        QCOMPARE(reopened->records(Table::Question).at(1).text(QuestionField::BuiltinKey),
                 u"people.asleep"_s);
    }

    void importedDocumentsWithoutQuestionsAreLeftAlone()
    {
        const QByteArray json = R"({"format":"debrief","formatVersion":1,
            "incident":{"title":"Imported"},"questions":[]})";
        const QString path = m_dir.filePath(u"imported.debrief"_s);
        QString error;
        QVERIFY2(DocumentJson::importToFile(json, path, &error), qPrintable(error));
        OpenError openError;
        auto document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
        QVERIFY(document);
        QCOMPARE(document->count(Table::Question), 0);

        auto old = Document::open(QDir(qEnvironmentVariable("DEBRIEF_TEST_DATA"))
                                      .filePath(u"valid-v1.debrief"_s),
                                  DocumentFile::Access::ReadOnly, &openError);
        QVERIFY(old);
        QCOMPARE(old->count(Table::Question), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuestions)
#include "TestQuestions.moc"
