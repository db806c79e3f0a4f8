#include "document/Document.h"
#include "document/DocumentJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestDocumentJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray example()
    {
        QFile file(u":/debrief/examples/example-postmortem.json"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<Document> importAndOpen(const QByteArray &json, const QString &name)
    {
        QString error;
        const QString path = m_dir.filePath(name);
        if (!DocumentJson::importToFile(json, path, &error)) {
            qWarning() << error;
            return nullptr;
        }
        OpenError openError;
        return Document::open(path, DocumentFile::Access::ReadOnly, &openError);
    }

    // The JSON of a document without the parts that legitimately differ between exports.
    static QJsonObject comparable(QJsonObject json)
    {
        json.remove(u"exportedBy"_s);
        return json;
    }

private Q_SLOTS:
    void exampleRoundTripsExactly()
    {
        const QByteArray source = example();
        QVERIFY(!source.isEmpty());
        auto first = importAndOpen(source, u"first.debrief"_s);
        QVERIFY(first);
        QVERIFY(first->count(Table::TimelineEvent) >= 20);
        QVERIFY(first->count(Table::Question) >= 17);
        const QJsonObject exported = DocumentJson::toJson(*first);
        auto second = importAndOpen(QJsonDocument(exported).toJson(), u"second.debrief"_s);
        QVERIFY(second);
        QCOMPARE(comparable(DocumentJson::toJson(*second)), comparable(exported));
        // Every table of the example has content, so the comparison covers every field type.
        for (Table table : allTables())
            QVERIFY2(first->count(table) > 0, tableSpec(table).jsonName.data());
    }

    void exportMatchesTheSourceJson()
    {
        const QJsonObject source = QJsonDocument::fromJson(example()).object();
        auto document = importAndOpen(example(), u"source.debrief"_s);
        QVERIFY(document);
        const QJsonObject exported = DocumentJson::toJson(*document);
        // Ids in the example are 1..n, so records compare one to one with the source.
        for (Table table : allTables()) {
            const QString key = tableSpec(table).jsonName;
            if (tableSpec(table).singleton) {
                const QJsonObject incident = exported.value(key).toObject();
                for (auto it = incident.constBegin(); it != incident.constEnd(); ++it)
                    QCOMPARE(it.value(), source.value(key).toObject().value(it.key()));
                continue;
            }
            QCOMPARE(exported.value(key).toArray().size(), source.value(key).toArray().size());
        }
        const QJsonObject firstEvent = exported.value(u"timelineEvents"_s).toArray().first().toObject();
        const QJsonObject sourceEvent = source.value(u"timelineEvents"_s).toArray().first().toObject();
        QCOMPARE(firstEvent.value(u"what_happened"_s), sourceEvent.value(u"what_happened"_s));
        QCOMPARE(firstEvent.value(u"occurred_at"_s), sourceEvent.value(u"occurred_at"_s));
    }

    void referencesAreRenumberedAndDanglingOnesDropped()
    {
        const QByteArray json = R"({"format":"debrief","formatVersion":1,
            "incident":{"title":"Refs","facilitator_id":900,"severity_id":77},
            "participants":[{"id":900,"name":"Ada"},{"id":5,"name":"Bo"}],
            "timelineEvents":[{"id":40,"what_happened":"x","actor_participant_id":5}],
            "eventViews":[{"id":1,"event_id":40,"view":"kept"},{"id":2,"event_id":41,"view":"orphan"}]
        })";
        auto document = importAndOpen(json, u"refs.debrief"_s);
        QVERIFY(document);
        const qint64 ada = document->records(Table::Participant).at(0).id;
        const qint64 bo = document->records(Table::Participant).at(1).id;
        QCOMPARE(document->incidentValue(IncidentField::Facilitator).toLongLong(), ada);
        QVERIFY(document->incidentValue(IncidentField::Severity).isNull());
        QCOMPARE(document->records(Table::TimelineEvent).first().value(TimelineEventField::ActorParticipant).toLongLong(), bo);
        QCOMPARE(document->count(Table::EventView), 1);
        QCOMPARE(document->records(Table::EventView).first().text(EventViewField::View), u"kept"_s);
    }

    void hostileTextIsKeptVerbatim()
    {
        const QString hostile = u"<img src=\"file:///etc/passwd\"> ![x](http://example.invalid/a.png) '); DROP TABLE incident; --"_s;
        QJsonObject root{{u"format"_s, u"debrief"_s}, {u"formatVersion"_s, 1},
                         {u"incident"_s, QJsonObject{{u"title"_s, hostile}}}};
        auto document = importAndOpen(QJsonDocument(root).toJson(), u"hostile.debrief"_s);
        QVERIFY(document);
        QCOMPARE(document->incidentValue(IncidentField::Title).toString(), hostile);
    }

    void badInputIsRefusedWithReasonAndNoFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"Not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"not a Debrief"_s;
        QTest::newRow("other format") << QByteArray(R"({"format":"other","formatVersion":1})") << u"not a Debrief"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"debrief","formatVersion":7})") << u"newer version"_s;
        QTest::newRow("no version") << QByteArray(R"({"format":"debrief"})") << u"formatVersion"_s;
        QTest::newRow("table not array") << QByteArray(R"({"format":"debrief","formatVersion":1,"participants":{}})") << u"participants"_s;
        QTest::newRow("entry not object") << QByteArray(R"({"format":"debrief","formatVersion":1,"participants":[3]})") << u"participants"_s;
    }

    void badInputIsRefusedWithReasonAndNoFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, phrase);
        const QString path = m_dir.filePath(u"refused.debrief"_s);
        QString error;
        QVERIFY(!DocumentJson::importToFile(json, path, &error));
        QVERIFY2(error.contains(phrase), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir.path()).entryList({u".refused*"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void existingTargetIsNeverOverwritten()
    {
        const QString path = m_dir.filePath(u"existing.debrief"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        QString error;
        QVERIFY(!DocumentJson::importToFile(example(), path, &error));
        QVERIFY(error.contains(u"already exists"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentJson)
#include "TestDocumentJson.moc"
