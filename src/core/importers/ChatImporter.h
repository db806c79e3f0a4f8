#pragma once

#include "LogImporter.h"
#include "timeline/ParticipantMatcher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Debrief {

enum class ChatFormat : quint8 {
    SlackExport, // a channel's JSON from a Slack export
    BracketedText, // [13:52] alice: message, [2026-10-14 13:52] alice: message
    IrcText, // 13:52:01 <alice> message
    TimedText, // 13:52 alice: message
};

// One chat message, to become a communication event.
struct ChatMessage
{
    QDateTime at; // UTC
    QString author; // as the chat names them
    qint64 participantId = 0; // the participant the author is, or 0
    QString text;
    qint32 firstLine = 0; // text: line numbers; Slack export: the message's position
    qint32 lastLine = 0;
    ChatFormat format = ChatFormat::BracketedText;
};

struct ChatImportOptions
{
    QTimeZone zone = QTimeZone::UTC; // the zone of times written without one
    // UTC; the incident's start: times without a date take the day that puts them nearest
    // to it, then to the message before. Now when not set.
    QDateTime reference;
    QList<ParticipantName> participants;
    QByteArray slackUsersJson; // users.json of a Slack export, when there is one
};

struct ChatImportResult
{
    QList<ChatMessage> messages;
    QList<UnreadableLine> unreadable; // the first LogImporter::MaxReportedUnreadable
    qint64 unreadableCount = 0;
    qint64 skippedCount = 0; // joins, topic changes and other channel notices
    bool zoneless = false; // times were read in ChatImportOptions::zone (plain text)
    QString error; // translated; set when nothing could be imported at all

    bool ok() const { return error.isEmpty(); }
};

// Reads chat transcripts ("document conversations"): Slack channel exports and plain text in
// the usual client formats. Lines that continue a message join it.
class ChatImporter
{
    Q_DECLARE_TR_FUNCTIONS(ChatImporter)

public:
    static constexpr qint64 MaxInputBytes = 50 * 1024 * 1024;
    static constexpr qsizetype MaxMessageChars = 32 * 1024;

    static ChatImportResult parse(const QByteArray &data, const ChatImportOptions &options);
    // Reads `path`; for a Slack export also the users.json beside it or one folder up.
    static ChatImportResult parseFile(const QString &path, ChatImportOptions options);

    static QString formatName(ChatFormat format); // translated
    static QLatin1StringView formatKey(ChatFormat format);
};

} // namespace Debrief
