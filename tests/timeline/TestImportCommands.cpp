#include "TestSupport.h"
#include "document/Document.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

// `debrief import-log` and `debrief import-chat` through the real binary, without a display.
class TestImportCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // A fresh copy of the example post-mortem (Europe/Berlin, 8 participants).
    QString exampleDocument()
    {
        const QString master = m_dir.filePath(u"example.debrief"_s);
        if (!QFile::exists(master)) {
            const QString json = QDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"))
                                     .filePath(u"resources/examples/example-postmortem.json"_s);
            const ProcessResult result = runDebrief({u"import-json"_s, json, master});
            if (result.exitCode != 0)
                qWarning("import-json failed: %s", result.err.constData());
        }
        const QString copy = m_dir.filePath(u"copy%1.debrief"_s.arg(++m_counter));
        QFile::copy(master, copy);
        return copy;
    }

    static QString log(const QString &name) { return dataPath(u"logs/"_s + name); }
    static QString chat(const QString &name) { return dataPath(u"chats/"_s + name); }

    static int timelineCount(const QString &document)
    {
        const ProcessResult info = runDebrief({u"info"_s, document, u"--json"_s});
        return QJsonDocument::fromJson(info.out).object().value(u"counts"_s).toObject().value(u"timelineEvents"_s).toInt();
    }

    static QJsonObject json(const ProcessResult &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", result.out.left(300).constData());
        return document.object();
    }

private Q_SLOTS:
    void dryRunJsonChangesNothing()
    {
        const QString document = exampleDocument();
        const QByteArray before = fileChecksum(document);
        const int events = timelineCount(document);
        const ProcessResult result =
            runDebrief({u"import-log"_s, document, log(u"log4j.log"_s), u"--dry-run"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = json(result);
        QCOMPARE(root.value(u"dryRun"_s).toBool(), true);
        QCOMPARE(root.value(u"count"_s).toInt(), 4);
        QCOMPARE(root.value(u"zone"_s).toString(), u"Europe/Berlin"_s); // the incident's zone
        QCOMPARE(root.value(u"unreadableCount"_s).toInt(), 0);
        const QJsonArray list = root.value(u"events"_s).toArray();
        QCOMPARE(list.size(), 4);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"time"_s).toString(), u"2026-10-14T11:48:02.117Z"_s);
        QCOMPARE(first.value(u"firstLine"_s).toInt(), 1);
        QCOMPARE(first.value(u"lastLine"_s).toInt(), 7);
        QCOMPARE(first.value(u"sourceDetail"_s).toString(), u"log4j.log, lines 1–7"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"log"_s);
        QCOMPARE(first.value(u"format"_s).toString(), u"log4j"_s);
        QCOMPARE(first.value(u"level"_s).toString(), u"error"_s);
        QVERIFY(first.value(u"text"_s).toString().contains(u"Caused by:"_s));
        QCOMPARE(fileChecksum(document), before);
        QCOMPARE(timelineCount(document), events);
    }

    void zoneOption()
    {
        const QString document = exampleDocument();
        ProcessResult result = runDebrief({u"import-log"_s, document, log(u"log4j.log"_s),
                                           u"--dry-run"_s, u"--json"_s, u"--zone"_s, u"UTC"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result).value(u"events"_s).toArray().at(0).toObject().value(u"time"_s).toString(),
                 u"2026-10-14T13:48:02.117Z"_s);
        result = runDebrief({u"import-log"_s, document, log(u"log4j.log"_s), u"--dry-run"_s,
                             u"--zone"_s, u"America/New_York"_s, u"--json"_s});
        QCOMPARE(json(result).value(u"events"_s).toArray().at(0).toObject().value(u"time"_s).toString(),
                 u"2026-10-14T17:48:02.117Z"_s);
        // Stamps that carry their zone ignore --zone.
        result = runDebrief({u"import-log"_s, document, log(u"syslog-rfc5424.log"_s), u"--dry-run"_s,
                             u"--zone"_s, u"Asia/Tokyo"_s, u"--json"_s});
        QCOMPARE(json(result).value(u"events"_s).toArray().at(0).toObject().value(u"time"_s).toString(),
                 u"2026-10-14T11:40:31.201Z"_s);

        result = runDebrief({u"import-log"_s, document, log(u"log4j.log"_s), u"--zone"_s, u"Mars/Olympus"_s});
        QCOMPARE(result.exitCode, 64);
        QVERIFY(result.err.contains("Mars/Olympus"));
    }

    void importAddsEventsInOrderAndSaves()
    {
        const QString document = exampleDocument();
        const int events = timelineCount(document);
        const ProcessResult result = runDebrief({u"import-log"_s, document, log(u"syslog-rfc3164.log"_s)});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Added 5 events from syslog-rfc3164.log"_s), qPrintable(out));
        QVERIFY(out.contains(u"Time (UTC)"_s) && out.contains(u"Actor"_s) && out.contains(u"Source"_s));
        QVERIFY(out.contains(u"2026-10-14T11:40:29.000Z"_s));
        QVERIFY(out.contains(u"cert-reloader"_s));
        QVERIFY(out.contains(u"syslog-rfc3164.log, line 4"_s));
        QVERIFY(out.contains(u"Unreadable lines: 0"_s));
        QCOMPARE(timelineCount(document), events + 5);

        // Saved, in time order, with the import's source.
        OpenError error;
        auto reopened = Document::open(document, DocumentFile::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.reason));
        QDateTime previous;
        int fromLog = 0;
        for (const Record &event : reopened->records(Table::TimelineEvent)) {
            const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
            QVERIFY(!previous.isValid() || !at.isValid() || previous <= at);
            if (at.isValid())
                previous = at;
            if (event.text(TimelineEventField::SourceDetail).startsWith(u"syslog-rfc3164.log"_s)) {
                ++fromLog;
                QCOMPARE(event.text(TimelineEventField::Source), u"log"_s);
            }
        }
        QCOMPARE(fromLog, 5);
    }

    void malformedLogReportsUnreadableLines()
    {
        const QString document = exampleDocument();
        ProcessResult result = runDebrief({u"import-log"_s, document, log(u"malformed.log"_s), u"--dry-run"_s});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Would add 3 events"_s), qPrintable(out));
        QVERIFY(out.contains(u"Unreadable lines: 7"_s));
        QVERIFY(out.contains(u"line 4 (the time stamp is not a real date or time)"_s));
        QVERIFY(out.contains(u"line 7 (binary data)"_s));

        result = runDebrief({u"import-log"_s, document, log(u"malformed.log"_s), u"--dry-run"_s, u"--json"_s});
        const QJsonObject root = json(result);
        QCOMPARE(root.value(u"unreadableCount"_s).toInt(), 7);
        QCOMPARE(root.value(u"unreadable"_s).toArray().size(), 7);
        QCOMPARE(root.value(u"unreadable"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 1);
    }

    void unusableInputLeavesTheDocumentUntouched()
    {
        const QString document = exampleDocument();
        const QByteArray before = fileChecksum(document);
        const QString prose = m_dir.filePath(u"notes.txt"_s);
        QFile file(prose);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("we talked about the outage\nand then went home\n");
        file.close();

        for (const QStringList &arguments :
             {QStringList{u"import-log"_s, document, prose},
              QStringList{u"import-log"_s, document, m_dir.filePath(u"missing.log"_s)},
              QStringList{u"import-chat"_s, document, prose},
              QStringList{u"import-chat"_s, document, m_dir.filePath(u"missing.json"_s)}}) {
            const ProcessResult result = runDebrief(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY(result.out.isEmpty());
            QCOMPARE(result.err.count('\n'), 1);
        }
        QCOMPARE(fileChecksum(document), before);
        QVERIFY(!QFile::exists(DocumentFile::lockFilePath(document)));
    }

    void badDocumentsExitTwo_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : {u"damaged.debrief"_s, u"text.debrief"_s, u"truncated.debrief"_s,
                                    u"newer-version.debrief"_s, u"empty.debrief"_s})
            QTest::newRow(qPrintable(name)) << name;
    }

    void badDocumentsExitTwo()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(u"bad-"_s + name);
        QFile::remove(path);
        QVERIFY(QFile::copy(dataPath(name), path));
        const QByteArray before = fileChecksum(path);
        for (const QStringList &arguments :
             {QStringList{u"import-log"_s, path, log(u"log4j.log"_s)},
              QStringList{u"import-log"_s, path, log(u"log4j.log"_s), u"--dry-run"_s},
              QStringList{u"import-chat"_s, path, chat(u"bracketed.txt"_s), u"--json"_s}}) {
            const ProcessResult result = runDebrief(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY(result.out.isEmpty());
            QCOMPARE(result.err.count('\n'), 1);
            QVERIFY2(result.err.contains(name.toUtf8()), result.err.constData());
        }
        QCOMPARE(fileChecksum(path), before);
    }

    void lockedDocumentIsRefused()
    {
        const QString document = exampleDocument();
        OpenError error;
        auto open = Document::open(document, DocumentFile::Access::ReadWrite, &error);
        QVERIFY2(open, qPrintable(error.reason));
        const QByteArray before = fileChecksum(document);
        ProcessResult result = runDebrief({u"import-log"_s, document, log(u"log4j.log"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("already open"), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(fileChecksum(document), before);
        // Looking is still possible.
        result = runDebrief({u"import-log"_s, document, log(u"log4j.log"_s), u"--dry-run"_s});
        QCOMPARE(result.exitCode, 0);
        open.reset();
        QCOMPARE(runDebrief({u"import-log"_s, document, log(u"log4j.log"_s)}).exitCode, 0);
    }

    void importChatMapsParticipants()
    {
        const QString document = exampleDocument();
        const int events = timelineCount(document);
        const ProcessResult result = runDebrief(
            {u"import-chat"_s, document, chat(u"slack-export/inc-tracking-503/2026-10-14.json"_s), u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = json(result);
        QCOMPARE(root.value(u"dryRun"_s).toBool(), false);
        QCOMPARE(root.value(u"count"_s).toInt(), 9);
        QCOMPARE(root.value(u"skippedCount"_s).toInt(), 2);
        QCOMPARE(root.value(u"unreadableCount"_s).toInt(), 2);
        const QJsonArray list = root.value(u"events"_s).toArray();
        const QJsonObject mira = list.at(1).toObject();
        QCOMPARE(mira.value(u"time"_s).toString(), u"2026-10-14T12:09:40.000Z"_s);
        QCOMPARE(mira.value(u"actor"_s).toString(), u"Mira Lindqvist"_s);
        QCOMPARE(mira.value(u"actorParticipantId"_s).toInt(), 2);
        QCOMPARE(mira.value(u"kind"_s).toString(), u"communication"_s);
        QCOMPARE(mira.value(u"source"_s).toString(), u"chat"_s);
        QCOMPARE(mira.value(u"sourceDetail"_s).toString(), u"2026-10-14.json, message 3"_s);
        const QJsonObject jordan = list.at(6).toObject();
        QCOMPARE(jordan.value(u"actor"_s).toString(), u"Jordan Blake"_s);
        QVERIFY(jordan.value(u"actorParticipantId"_s).isNull());
        QCOMPARE(timelineCount(document), events + 9);
    }

    void importChatTextTable()
    {
        const QString document = exampleDocument();
        const ProcessResult result =
            runDebrief({u"import-chat"_s, document, chat(u"irc.log"_s), u"--dry-run"_s});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Would add 6 events from irc.log"_s), qPrintable(out));
        QVERIFY(out.contains(u"Tomasz Wójcik"_s));
        QVERIFY(out.contains(u"2026-10-14T22:03:30.000Z"_s));
        QVERIFY(out.contains(u"irc.log, line 7"_s));
        QVERIFY(out.contains(u"Skipped channel notices"_s));
        QVERIFY(out.contains(u"Europe/Berlin"_s));
    }

    void usageErrors()
    {
        QCOMPARE(runDebrief({u"import-log"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"import-log"_s, exampleDocument()}).exitCode, 64);
        QCOMPARE(runDebrief({u"import-chat"_s, u"a"_s, u"b"_s, u"c"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"import-log"_s, u"a"_s, u"b"_s, u"--bogus"_s}).exitCode, 64);
        const ProcessResult help = runDebrief({u"--help"_s});
        QVERIFY(help.out.contains("import-log FILE.debrief LOG"));
        QVERIFY(help.out.contains("import-chat FILE.debrief CHAT"));
    }
};

QTEST_GUILESS_MAIN(TestImportCommands)
#include "TestImportCommands.moc"
