#pragma once

#include "ChatImporter.h"
#include "LogImporter.h"
#include "document/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Debrief {

class Document;

// Turns chosen import candidates into timeline events and adds them to a document.
class TimelineImport
{
    Q_DECLARE_TR_FUNCTIONS(TimelineImport)

public:
    // An observation at the entry's time whose text is the original line(s), with the
    // program that wrote it as the actor and "log" as the source.
    static Record eventFromLog(const LogImportResult &result, const LogCandidate &candidate,
                               const QString &fileName);
    // A communication by the author (the participant when matched, else the chat name),
    // with "chat" as the source.
    static Record eventFromChat(const ChatMessage &message, const QString &fileName);

    // "app.log, line 42", "app.log, lines 42–57", "general.json, message 12".
    static QString sourceDetail(const QString &fileName, int firstLine, int lastLine,
                                bool messages = false);

    // Adds the events in time order as one undo step; returns their ids (empty when the
    // document is read-only or there is nothing to add).
    static QList<qint64> apply(Document &document, const QList<Record> &events,
                               const QString &undoText);
    static QList<qint64> applyLog(Document &document, const LogImportResult &result,
                                  const QList<LogCandidate> &chosen, const QString &fileName);
    static QList<qint64> applyChat(Document &document, const QList<ChatMessage> &chosen,
                                   const QString &fileName);
};

} // namespace Debrief
