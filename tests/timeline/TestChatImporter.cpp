#include "TestSupport.h"
#include "importers/ChatImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

// The example post-mortem's participants.
const QList<ParticipantName> &participants()
{
    static const QList<ParticipantName> list{
        {1, u"Aiko Tanaka"_s},   {2, u"Mira Lindqvist"_s}, {3, u"Daniel Okafor"_s},
        {4, u"Tomasz Wójcik"_s}, {5, u"Priya Raman"_s},    {6, u"Leila Haddad"_s},
        {7, u"Felix Hartmann"_s}, {8, u"Sam Achterberg"_s}};
    return list;
}

ChatImportOptions options()
{
    ChatImportOptions result;
    result.zone = QTimeZone("Europe/Berlin");
    result.reference = utc(u"2026-10-14T11:48:00Z"_s);
    result.participants = participants();
    return result;
}

ChatImportResult sample(const QString &name)
{
    return ChatImporter::parseFile(dataPath(u"chats/"_s + name), options());
}

QByteArray fileBytes(const QString &name)
{
    QFile file(dataPath(u"chats/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Expected
{
    QString time;
    QString author;
    qint64 participant;
    int firstLine;
    int lastLine;
};

} // namespace

class TestChatImporter : public QObject
{
    Q_OBJECT

    void compare(const ChatImportResult &result, const QList<Expected> &expected, ChatFormat format)
    {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.messages.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const ChatMessage &message = result.messages.at(i);
            const Expected &want = expected.at(i);
            QVERIFY2(message.at == utc(want.time),
                     qPrintable(u"%1: %2"_s.arg(i).arg(message.at.toString(Qt::ISODateWithMs))));
            QCOMPARE(message.author, want.author);
            QCOMPARE(message.participantId, want.participant);
            QCOMPARE(message.firstLine, want.firstLine);
            QCOMPARE(message.lastLine, want.lastLine);
            QVERIFY(!message.text.isEmpty());
            QVERIFY(message.format == format || format == ChatFormat::BracketedText);
        }
    }

private Q_SLOTS:
    void slackExportWithUsers()
    {
        // users.json sits one folder up, as in a real export.
        const ChatImportResult result = sample(u"slack-export/inc-tracking-503/2026-10-14.json"_s);
        compare(result,
                {{u"2026-10-14T12:05:00.004Z"_s, u"PagerDuty"_s, 0, 2, 2},
                 {u"2026-10-14T12:09:40Z"_s, u"Mira Lindqvist"_s, 2, 3, 3},
                 {u"2026-10-14T12:11:02Z"_s, u"Daniel Okafor"_s, 3, 4, 4},
                 {u"2026-10-14T12:12:30Z"_s, u"Mira Lindqvist"_s, 2, 5, 5},
                 {u"2026-10-14T12:14:05Z"_s, u"Tomasz Wójcik"_s, 4, 6, 6},
                 {u"2026-10-14T12:20:44Z"_s, u"priya"_s, 5, 7, 7},
                 {u"2026-10-14T12:26:10Z"_s, u"Jordan Blake"_s, 0, 9, 9},
                 {u"2026-10-14T12:31:55Z"_s, u"Sam A."_s, 8, 12, 12},
                 {u"2026-10-14T13:29:30Z"_s, u"Tomasz Wójcik"_s, 4, 13, 13}},
                ChatFormat::SlackExport);
        QCOMPARE(result.skippedCount, 2); // the join and the topic change
        QVERIFY(!result.zoneless); // Slack times are UTC
        QCOMPARE(result.unreadableCount, 2);
        QCOMPARE(result.unreadable.at(0).line, 10);
        QCOMPARE(result.unreadable.at(0).reason, UnreadableReason::InvalidTimestamp);
        QCOMPARE(result.unreadable.at(1).line, 11);
        QCOMPARE(result.unreadable.at(1).text, u"[42]"_s);

        const QList<ChatMessage> &messages = result.messages;
        QCOMPARE(messages.at(0).text, u"Triggered #P7Q2KX: public tracking page returning 5xx"_s);
        QCOMPARE(messages.at(2).text,
                 u"I'm taking IC. @Mira Lindqvist what do the pods say? Status page still says all green & Support has 14 tickets"_s);
        QCOMPARE(messages.at(3).text,
                 u"All six pods up, but every request waits 30 s for a DB connection > then 503.\nNothing deployed today. Restarting one pod to see if it helps"_s);
        QCOMPARE(messages.at(4).text,
                 u"cert-rotator rotated tracking-db-proxy onto the G2 issuer at 13:40, see PKI dashboard (https://grafana.kittiwake.example/d/pki) and #platform-changes"_s);
        QCOMPARE(messages.at(5).text, u"pool stats from the last hour\n[file: Hikari pool stats 13:55]"_s);
        QVERIFY(messages.at(8).text.endsWith(u"@here"_s));
    }

    void slackExportWithoutUsers()
    {
        // Without users.json, names come from the messages' own profiles.
        ChatImportOptions withoutUsers = options();
        const ChatImportResult channel = ChatImporter::parse(
            fileBytes(u"slack-export/inc-tracking-503/2026-10-14.json"_s), withoutUsers);
        QCOMPARE(channel.messages.size(), 9);
        QCOMPARE(channel.messages.at(2).author, u"U02DANO"_s);
        QCOMPARE(channel.messages.at(2).participantId, 0);
        QVERIFY(channel.messages.at(2).text.contains(u"@Mira Lindqvist"_s));

        const ChatImportResult result = sample(u"slack-no-users.json"_s);
        compare(result,
                {{u"2026-10-14T12:09:40Z"_s, u"Mira Lindqvist"_s, 2, 1, 1},
                 {u"2026-10-14T12:11:02Z"_s, u"U02DANO"_s, 0, 2, 2},
                 {u"2026-10-14T12:20:44Z"_s, u"leila.haddad"_s, 6, 3, 3}},
                ChatFormat::SlackExport);
        QCOMPARE(result.messages.at(1).text, u"I'm taking IC. @Mira Lindqvist please share what you see"_s);
    }

    void bracketedText()
    {
        const ChatImportResult result = sample(u"bracketed.txt"_s);
        compare(result,
                {{u"2026-10-14T11:52:00Z"_s, u"Aiko Tanaka"_s, 1, 1, 1},
                 {u"2026-10-14T12:09:00Z"_s, u"mira"_s, 2, 2, 2},
                 {u"2026-10-14T12:09:41Z"_s, u"mira"_s, 2, 3, 5},
                 {u"2026-10-14T12:11:00Z"_s, u"Daniel Okafor"_s, 3, 6, 6},
                 {u"2026-10-14T12:14:00Z"_s, u"tomasz"_s, 4, 8, 10},
                 {u"2026-10-14T12:20:00Z"_s, u"Jordan Blake"_s, 0, 11, 11}},
                ChatFormat::BracketedText);
        QCOMPARE(result.messages.at(2).text,
                 u"laptop open now. tracking-api pods are all Running,\nbut every request waits 30 s and then returns 503\nand nothing was deployed today"_s);
        QCOMPARE(result.messages.at(4).text,
                 u"the rotation at 13:40 moved tracking-db-proxy to the G2 issuer\n\ncould tracking-api be missing the new root?"_s);
        QCOMPARE(result.skippedCount, 1); // "Daniel Okafor joined the channel"
        QVERIFY(result.zoneless);
        QCOMPARE(result.unreadableCount, 0);
        for (const ChatMessage &message : result.messages)
            QCOMPARE(message.format, ChatFormat::BracketedText);
    }

    void ircLogAcrossMidnight()
    {
        const ChatImportResult result = sample(u"irc.log"_s);
        compare(result,
                {{u"2026-10-14T21:41:15Z"_s, u"mira"_s, 2, 3, 3},
                 {u"2026-10-14T21:41:40Z"_s, u"daniel"_s, 3, 4, 4},
                 {u"2026-10-14T21:58:02Z"_s, u"tomasz"_s, 4, 5, 5},
                 {u"2026-10-14T22:03:30Z"_s, u"tomasz"_s, 4, 7, 7},
                 {u"2026-10-14T22:03:31Z"_s, u"tomasz"_s, 4, 8, 8},
                 {u"2026-10-14T22:05:12Z"_s, u"sam"_s, 8, 9, 9}},
                ChatFormat::IrcText);
        QCOMPARE(result.messages.at(2).text, u"is checking the CA bundle mounted in tracking-api"_s);
        QCOMPARE(result.messages.at(3).text, u"found it: the image still ships its own ca.pem from March"_s);
        QCOMPARE(result.skippedCount, 3); // log opened, join, day changed
        QCOMPARE(result.unreadableCount, 0);
    }

    void datedText()
    {
        const ChatImportResult result = sample(u"dated.txt"_s);
        compare(result,
                {{u"2026-10-14T12:36:00Z"_s, u"daniel"_s, 3, 1, 1},
                 {u"2026-10-14T12:37:05Z"_s, u"Leila Haddad"_s, 6, 2, 2},
                 {u"2026-10-15T07:00:00Z"_s, u"felix"_s, 7, 3, 3}},
                ChatFormat::BracketedText);
        QCOMPARE(result.messages.at(2).text, u"post-mortem scheduled for Friday 10:00"_s);
    }

    void timedTextAndUtcZone()
    {
        ChatImportOptions inUtc = options();
        inUtc.zone = QTimeZone::UTC;
        const ChatImportResult result = ChatImporter::parse(
            "13:52 mira: looking\n13:53:10 Jordan Blake: db fine\n", inUtc);
        QCOMPARE(result.messages.size(), 2);
        QCOMPARE(result.messages.at(0).at, utc(u"2026-10-14T13:52:00Z"_s));
        QCOMPARE(result.messages.at(0).format, ChatFormat::TimedText);
        QCOMPARE(result.messages.at(1).author, u"Jordan Blake"_s);
    }

    void malformedTextIsReported()
    {
        const ChatImportResult result = sample(u"malformed.txt"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.messages.size(), 2);
        QCOMPARE(result.messages.at(0).firstLine, 3);
        QCOMPARE(result.messages.at(1).firstLine, 5);
        QCOMPARE(result.unreadableCount, 3);
        QCOMPARE(result.unreadable.at(0).line, 1);
        QCOMPARE(result.unreadable.at(0).reason, UnreadableReason::NoTimestamp);
        QCOMPARE(result.unreadable.at(1).line, 2);
        QCOMPARE(result.unreadable.at(2).line, 4);
        QCOMPARE(result.unreadable.at(2).reason, UnreadableReason::InvalidTimestamp);
    }

    void fatalInputs_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("blank") << QByteArray(" \n\n") << u"empty"_s;
        QTest::newRow("other JSON") << QByteArray(R"({"channel":"x"})") << u"not a Slack"_s;
        QTest::newRow("broken JSON") << QByteArray(R"([{"ts": "1791979780.000200", "text": )") << u"not valid JSON"_s;
        QTest::newRow("empty export") << QByteArray("[]") << u"No chat messages"_s;
        QTest::newRow("prose") << QByteArray("we talked about it in the hallway\n") << u"No chat messages"_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << u"No chat messages"_s;
    }

    void fatalInputs()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        const ChatImportResult result = ChatImporter::parse(data, options());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        QVERIFY(result.messages.isEmpty());
    }

    void capsSizeAndMessageLength()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(u"huge.txt"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(ChatImporter::MaxInputBytes + 1));
        big.close();
        const ChatImportResult refused = ChatImporter::parseFile(big.fileName(), options());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(u"huge.txt"_s));

        QByteArray longMessage = "[14:09] mira: start\n";
        for (int i = 0; i < 3000; ++i)
            longMessage += "a line of pasted output that goes on and on\n";
        const ChatImportResult capped = ChatImporter::parse(longMessage, options());
        QCOMPARE(capped.messages.size(), 1);
        QVERIFY(capped.messages.constFirst().text.size() <= ChatImporter::MaxMessageChars + 1);
        QCOMPARE(capped.messages.constFirst().lastLine, 3001);
    }

    void participantMatching()
    {
        const ParticipantMatcher matcher({{1, u"Sam Achterberg"_s}, {2, u"Sam Okoro"_s},
                                          {3, u"Mira Lindqvist"_s}, {4, u"Alice Smith"_s},
                                          {5, u"Alicia Keys"_s}});
        QCOMPARE(matcher.byChatName(u"mira"_s).id, 3);
        QCOMPARE(matcher.byChatName(u"MIRA LINDQVIST"_s).id, 3);
        QCOMPARE(matcher.byChatName(u"mira.lindqvist"_s).id, 3);
        QCOMPARE(matcher.byChatName(u"@mira"_s).id, 3);
        QCOMPARE(matcher.byChatName(u"Sam Okoro"_s).id, 2);
        // Two Sams: no guess.
        const ParticipantMatcher::Match sam = matcher.byChatName(u"sam"_s);
        QCOMPARE(sam.id, 0);
        QCOMPARE(sam.candidates.size(), 2);
        QCOMPARE(matcher.byChatName(u"checkout-api"_s).id, 0);
        QCOMPARE(matcher.byChatName(QString()).id, 0);

        QCOMPARE(matcher.byPrefix(u"mi"_s).id, 3);
        QCOMPARE(matcher.byPrefix(u"alice"_s).id, 4);
        QCOMPARE(matcher.byPrefix(u"Alicia Keys"_s).id, 5);
        QCOMPARE(matcher.byPrefix(u"ali"_s).id, 0);
        QCOMPARE(matcher.byPrefix(u"ali"_s).candidates.size(), 2);
        QCOMPARE(matcher.byPrefix(u"zed"_s).id, 0);
    }

    void truncatedInputNeverCrashes()
    {
        for (const QString &name : {u"bracketed.txt"_s, u"irc.log"_s, u"slack-no-users.json"_s,
                                    u"slack-export/inc-tracking-503/2026-10-14.json"_s}) {
            const QByteArray data = fileBytes(name);
            QVERIFY(!data.isEmpty());
            for (qsizetype cut = 1; cut <= data.size(); cut += 7) {
                const ChatImportResult result = ChatImporter::parse(data.first(cut), options());
                QVERIFY(result.ok() || !result.error.isEmpty());
                for (const ChatMessage &message : result.messages)
                    QVERIFY(message.at.isValid());
            }
        }
    }

    void formatNames()
    {
        for (ChatFormat format : {ChatFormat::SlackExport, ChatFormat::BracketedText,
                                  ChatFormat::IrcText, ChatFormat::TimedText}) {
            QVERIFY(!ChatImporter::formatName(format).isEmpty());
            QVERIFY(!ChatImporter::formatKey(format).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestChatImporter)
#include "TestChatImporter.moc"
