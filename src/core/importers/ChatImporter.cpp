#include "ChatImporter.h"

#include "timeline/LocalTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLineBytes = 64 * 1024;

QString shortened(const QString &text)
{
    constexpr qsizetype shown = 200;
    return text.size() > shown ? QString(text.left(shown) + u'…') : text;
}

QString capped(const QString &text)
{
    if (text.size() <= ChatImporter::MaxMessageChars)
        return text;
    return text.left(ChatImporter::MaxMessageChars) + u'…';
}

// --- Slack export

// Slack's "ts" is epoch seconds with a microsecond fraction, as a string: "1792000321.000200".
bool slackTime(const QJsonValue &value, QDateTime *at)
{
    const QString ts = value.isDouble() ? QString::number(value.toDouble(), 'f', 6) : value.toString();
    static const QRegularExpression pattern(u"^(\\d{9,11})(?:\\.(\\d{1,9}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(ts);
    if (!match.hasMatch())
        return false;
    const qint64 ms = match.captured(1).toLongLong() * 1000
                      + match.captured(2).left(3).leftJustified(3, u'0').toLongLong();
    *at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
    return at->isValid();
}

QString profileName(const QJsonObject &profile)
{
    for (const QString &key : {u"real_name"_s, u"display_name"_s, u"name"_s}) {
        const QString name = profile.value(key).toString().trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

// Every name a Slack user goes by, the one to show first.
using SlackNames = QHash<QString, QStringList>;

void addNames(SlackNames *names, const QString &id, const QJsonObject &user)
{
    if (id.isEmpty())
        return;
    QStringList &known = (*names)[id];
    const QJsonObject profile = user.value(u"profile"_s).toObject();
    for (const QString &name :
         {user.value(u"real_name"_s).toString(), profile.value(u"real_name"_s).toString(),
          user.value(u"display_name"_s).toString(), profile.value(u"display_name"_s).toString(),
          user.value(u"name"_s).toString()}) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !known.contains(trimmed))
            known.append(trimmed);
    }
}

// Slack's message markup: <@U123>, <#C1|channel>, <!here>, <url|label>, &amp; &lt; &gt;.
QString slackText(const QString &text, const SlackNames &names)
{
    static const QRegularExpression token(u"<([^<>]*)>"_s);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString inner = match.captured(1);
        const QString target = inner.section(u'|', 0, 0);
        const QString label = inner.section(u'|', 1);
        if (target.startsWith(u'@')) {
            const QString id = target.mid(1);
            result += u'@'
                      + (!label.isEmpty() ? label : names.value(id).value(0, id));
        } else if (target.startsWith(u'#')) {
            result += u'#' + (!label.isEmpty() ? label : target.mid(1));
        } else if (target.startsWith(u'!')) {
            const QString special = target.mid(1).section(u'^', 0, 0);
            result += !label.isEmpty() ? label : QString(u'@' + special);
        } else if (target.startsWith("mailto:"_L1)) {
            result += !label.isEmpty() ? label : target.mid(7);
        } else {
            result += label.isEmpty() || label == target
                          ? target
                          : QString(label + u" ("_s + target + u')');
        }
    }
    result += QStringView(text).sliced(last);
    result.replace("&lt;"_L1, "<"_L1).replace("&gt;"_L1, ">"_L1).replace("&amp;"_L1, "&"_L1);
    return result;
}

bool isChannelNotice(const QString &subtype)
{
    static const QSet<QString> notices{
        u"channel_join"_s,    u"channel_leave"_s,     u"channel_topic"_s,   u"channel_purpose"_s,
        u"channel_name"_s,    u"channel_archive"_s,   u"channel_unarchive"_s, u"group_join"_s,
        u"group_leave"_s,     u"group_topic"_s,       u"group_purpose"_s,   u"group_name"_s,
        u"pinned_item"_s,     u"unpinned_item"_s,     u"bot_add"_s,         u"bot_remove"_s,
        u"reminder_add"_s,    u"tombstone"_s,         u"sh_room_created"_s, u"channel_convert_to_private"_s,
    };
    return notices.contains(subtype);
}

void parseSlack(const QJsonArray &messages, const ChatImportOptions &options,
                const ParticipantMatcher &matcher, ChatImportResult *result)
{
    SlackNames names;
    const QJsonArray users = QJsonDocument::fromJson(options.slackUsersJson).array();
    for (const QJsonValue &user : users)
        addNames(&names, user.toObject().value(u"id"_s).toString(), user.toObject());
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        addNames(&names, message.value(u"user"_s).toString(),
                 message.value(u"user_profile"_s).toObject());
    }

    auto unreadable = [&](int position, UnreadableReason reason, const QJsonValue &value) {
        ++result->unreadableCount;
        if (result->unreadable.size() < LogImporter::MaxReportedUnreadable) {
            const QByteArray json = value.isObject()
                                        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            result->unreadable.append({position, reason, shortened(QString::fromUtf8(json))});
        }
    };

    for (int index = 0; index < messages.size(); ++index) {
        const int position = index + 1;
        const QJsonValue value = messages.at(index);
        if (!value.isObject()) {
            unreadable(position, UnreadableReason::NoTimestamp, value);
            continue;
        }
        const QJsonObject message = value.toObject();
        const QString type = message.value(u"type"_s).toString(u"message"_s);
        const QString subtype = message.value(u"subtype"_s).toString();
        if (type != "message"_L1 || isChannelNotice(subtype)) {
            ++result->skippedCount;
            continue;
        }
        ChatMessage chat;
        if (!message.contains(u"ts"_s)) {
            unreadable(position, UnreadableReason::NoTimestamp, value);
            continue;
        }
        if (!slackTime(message.value(u"ts"_s), &chat.at)) {
            unreadable(position, UnreadableReason::InvalidTimestamp, value);
            continue;
        }
        const QString user = message.value(u"user"_s).toString();
        QStringList candidates = names.value(user);
        const QString profile = profileName(message.value(u"user_profile"_s).toObject());
        if (!profile.isEmpty() && !candidates.contains(profile))
            candidates.prepend(profile);
        for (const QString &fallback :
             {message.value(u"username"_s).toString(),
              message.value(u"bot_profile"_s).toObject().value(u"name"_s).toString(), user}) {
            if (!fallback.isEmpty() && !candidates.contains(fallback))
                candidates.append(fallback);
        }
        chat.author = candidates.value(0, ChatImporter::tr("unknown"));
        for (const QString &name : std::as_const(candidates)) {
            chat.participantId = matcher.byChatName(name).id;
            if (chat.participantId != 0)
                break;
        }

        QString text = slackText(message.value(u"text"_s).toString(), names).trimmed();
        if (text.isEmpty()) { // bots often put everything in attachments
            for (const QJsonValue &attachment : message.value(u"attachments"_s).toArray()) {
                const QJsonObject object = attachment.toObject();
                const QString part = object.value(u"fallback"_s).toString(object.value(u"text"_s).toString());
                if (!part.isEmpty())
                    text += (text.isEmpty() ? QString() : u"\n"_s) + slackText(part, names);
            }
        }
        for (const QJsonValue &file : message.value(u"files"_s).toArray()) {
            const QJsonObject object = file.toObject();
            const QString name = object.value(u"title"_s).toString(object.value(u"name"_s).toString());
            if (!name.isEmpty())
                text += (text.isEmpty() ? QString() : u"\n"_s) + ChatImporter::tr("[file: %1]").arg(name);
        }
        if (text.isEmpty()) {
            ++result->skippedCount;
            continue;
        }
        chat.text = capped(text);
        chat.firstLine = chat.lastLine = position;
        chat.format = ChatFormat::SlackExport;
        result->messages.append(chat);
    }
}

// --- Plain text transcripts

struct LineTime
{
    QDate date; // when the line gives one
    QTime time;
    bool valid = true;
};

void parseText(const QByteArray &data, const ChatImportOptions &options,
               const ParticipantMatcher &matcher, ChatImportResult *result)
{
    static const QString timePattern =
        u"(?:(\\d{4})-(\\d{2})-(\\d{2})[ T])?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"_s;
    static const QRegularExpression bracketed(u"^\\["_s + timePattern + u"\\]\\s*(.*)$"_s);
    static const QRegularExpression bare(u"^"_s + timePattern + u"\\s+(.*)$"_s);
    static const QRegularExpression ircNick(u"^<[@+%&~ ]?([^<>]{1,64})>\\s?(.*)$"_s);
    static const QRegularExpression ircAction(u"^\\*\\s+(\\S{1,64})\\s+(.*)$"_s);
    static const QRegularExpression named(u"^@?([^:<>\\[\\]\\s][^:<>\\[\\]]{0,63}?):(?:\\s+(.*))?$"_s);
    static const QRegularExpression notice(u"^(?:-!-|\\*\\*\\*|--[>< ])"_s);
    static const QRegularExpression dayChange(
        u"^---\\s+(?:Day changed|Log opened)\\s+\\w{3}\\s+(\\w{3})\\s+(\\d{1,2})\\s+(?:\\d{2}:\\d{2}:\\d{2}\\s+)?(\\d{4})"_s);

    const QDateTime reference =
        options.reference.isValid() ? options.reference : QDateTime::currentDateTimeUtc();
    QDateTime anchor = reference; // the moment times without a date are placed near
    qsizetype current = -1;
    int pendingBlankLines = 0;
    int lineNumber = 0;
    auto unreadable = [&](UnreadableReason reason, const QString &text) {
        ++result->unreadableCount;
        if (result->unreadable.size() < LogImporter::MaxReportedUnreadable)
            result->unreadable.append({lineNumber, reason, shortened(text)});
    };

    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &bytes : lines) {
        QByteArrayView raw(bytes);
        ++lineNumber;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() > MaxLineBytes) {
            unreadable(UnreadableReason::TooLong, QString::fromUtf8(raw.first(200)));
            current = -1;
            continue;
        }
        if (raw.contains('\0')) {
            unreadable(UnreadableReason::Binary,
                       QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), 200))));
            current = -1;
            continue;
        }
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty()) {
            if (current >= 0)
                ++pendingBlankLines;
            continue;
        }

        if (const QRegularExpressionMatch day = dayChange.match(line); day.hasMatch()) {
            const QDate date = QLocale::c().toDate(
                day.captured(1) + u' ' + day.captured(2) + u' ' + day.captured(3), u"MMM d yyyy"_s);
            // Noon: every time of that day is then within 12 hours of the anchor.
            if (date.isValid())
                anchor = QDateTime(date, QTime(12, 0), options.zone).toUTC();
            current = -1;
            ++result->skippedCount;
            continue;
        }

        QRegularExpressionMatch stamp = bracketed.match(line);
        bool isBracketed = stamp.hasMatch();
        if (!isBracketed)
            stamp = bare.match(line);
        QString author;
        QString text;
        ChatFormat format = ChatFormat::BracketedText;
        bool isMessage = false;
        bool isNotice = false;
        if (stamp.hasMatch()) {
            const QString rest = stamp.captured(7);
            if (const QRegularExpressionMatch m = ircNick.match(rest); m.hasMatch()) {
                author = m.captured(1).trimmed();
                text = m.captured(2);
                format = isBracketed ? ChatFormat::BracketedText : ChatFormat::IrcText;
                isMessage = true;
            } else if (const QRegularExpressionMatch a = ircAction.match(rest); a.hasMatch()) {
                author = a.captured(1);
                text = a.captured(2);
                format = isBracketed ? ChatFormat::BracketedText : ChatFormat::IrcText;
                isMessage = true;
            } else if (notice.match(rest).hasMatch()) {
                isNotice = true;
            } else if (const QRegularExpressionMatch n = named.match(rest); n.hasMatch()) {
                author = n.captured(1).trimmed();
                text = n.captured(2);
                format = isBracketed ? ChatFormat::BracketedText : ChatFormat::TimedText;
                isMessage = true;
            } else if (isBracketed) {
                isNotice = true; // "[13:52] Mira joined the channel"
            }
        }
        if (!isMessage && !isNotice) {
            if (current >= 0) { // the message goes on
                ChatMessage &message = result->messages[current];
                message.text = capped(message.text + QString(pendingBlankLines + 1, u'\n') + line);
                message.lastLine = lineNumber;
                pendingBlankLines = 0;
            } else {
                unreadable(UnreadableReason::NoTimestamp, line);
            }
            continue;
        }
        pendingBlankLines = 0;

        // The time: a date on the line is used as it is; otherwise the day nearest the
        // message before (or the incident's start), so that midnight moves on to the next day.
        const QTime time(stamp.captured(4).toInt(), stamp.captured(5).toInt(), stamp.captured(6).toInt());
        QDateTime at;
        if (time.isValid() && stamp.hasCaptured(1)) {
            const QDate date(stamp.captured(1).toInt(), stamp.captured(2).toInt(), stamp.captured(3).toInt());
            at = QDateTime(date, time, options.zone, QDateTime::TransitionResolution::RelativeToBefore).toUTC();
        } else if (time.isValid()) {
            at = LocalTime::placeNear(time, anchor, options.zone);
        }
        if (!at.isValid()) {
            unreadable(UnreadableReason::InvalidTimestamp, line);
            current = -1;
            continue;
        }
        anchor = at;
        if (isNotice) {
            ++result->skippedCount;
            current = -1;
            continue;
        }
        result->zoneless = true;
        ChatMessage message;
        message.at = at;
        message.author = author;
        message.participantId = matcher.byChatName(author).id;
        message.text = capped(text.trimmed());
        message.firstLine = message.lastLine = lineNumber;
        message.format = format;
        result->messages.append(message);
        current = result->messages.size() - 1;
    }
    // A message whose text is only on the lines after it still says something; one with no
    // text at all does not.
    for (qsizetype i = result->messages.size() - 1; i >= 0; --i) {
        result->messages[i].text = result->messages[i].text.trimmed();
        if (result->messages.at(i).text.isEmpty()) {
            result->messages.removeAt(i);
            ++result->skippedCount;
        }
    }
}

} // namespace

ChatImportResult ChatImporter::parse(const QByteArray &input, const ChatImportOptions &options)
{
    ChatImportResult result;
    if (input.size() > MaxInputBytes) {
        result.error = tr("The chat transcript is larger than %1 MB.").arg(MaxInputBytes / (1024 * 1024));
        return result;
    }
    const QByteArray data = input.startsWith("\xef\xbb\xbf") ? input.sliced(3) : input;
    if (data.trimmed().isEmpty()) {
        result.error = tr("The chat transcript is empty.");
        return result;
    }
    const ParticipantMatcher matcher(options.participants);
    const QByteArray trimmed = data.trimmed();
    const char first = trimmed.front();
    bool parsed = false;
    if (first == '[' || first == '{') {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonArray messages = document.isArray()
                                            ? document.array()
                                            : document.object().value(u"messages"_s).toArray();
            if (document.isObject() && !document.object().value(u"messages"_s).isArray()) {
                result.error = tr("This JSON is not a Slack channel export: it has no list of "
                                  "messages.");
                return result;
            }
            parseSlack(messages, options, matcher, &result);
            parsed = true;
        } else if (first == '{' || trimmed.startsWith("[{") || trimmed.startsWith("[\n")
                   || trimmed.startsWith("[ ")) {
            result.error = tr("The Slack export is not valid JSON: %1 (at byte %2).")
                               .arg(error.errorString())
                               .arg(error.offset);
            return result;
        }
    }
    if (!parsed)
        parseText(data, options, matcher, &result);
    if (result.messages.isEmpty()) {
        result.error = tr("No chat messages found. Debrief reads Slack channel exports and text "
                          "like “[13:52] alice: message” or “13:52:01 <alice> message”.");
    }
    return result;
}

ChatImportResult ChatImporter::parseFile(const QString &path, ChatImportOptions options)
{
    ChatImportResult result;
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(info.fileName(), file.errorString());
        return result;
    }
    if (file.size() > MaxInputBytes) {
        result.error = tr("%1 is larger than %2 MB.").arg(info.fileName()).arg(MaxInputBytes / (1024 * 1024));
        return result;
    }
    // A Slack export keeps users.json at its top, with one folder per channel.
    if (options.slackUsersJson.isEmpty() && info.suffix().compare("json"_L1, Qt::CaseInsensitive) == 0) {
        for (const QString &candidate : {info.dir().filePath(u"users.json"_s),
                                         QDir(info.dir().filePath(u".."_s)).filePath(u"users.json"_s)}) {
            QFile users(candidate);
            if (QFileInfo(candidate) != info && users.size() <= MaxInputBytes
                && users.open(QIODevice::ReadOnly)) {
                options.slackUsersJson = users.readAll();
                break;
            }
        }
    }
    result = parse(file.read(MaxInputBytes + 1), options);
    if (!result.ok())
        result.error = tr("%1: %2").arg(info.fileName(), result.error);
    return result;
}

QString ChatImporter::formatName(ChatFormat format)
{
    switch (format) {
    case ChatFormat::SlackExport:
        return tr("Slack export");
    case ChatFormat::BracketedText:
        return tr("text, [time] name: message");
    case ChatFormat::IrcText:
        return tr("IRC, time <name> message");
    case ChatFormat::TimedText:
        return tr("text, time name: message");
    }
    return {};
}

QLatin1StringView ChatImporter::formatKey(ChatFormat format)
{
    switch (format) {
    case ChatFormat::SlackExport:
        return "slack"_L1;
    case ChatFormat::BracketedText:
        return "bracketed-text"_L1;
    case ChatFormat::IrcText:
        return "irc"_L1;
    case ChatFormat::TimedText:
        return "timed-text"_L1;
    }
    return {};
}

} // namespace Debrief
