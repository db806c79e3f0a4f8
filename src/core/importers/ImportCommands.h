#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Debrief {

// `debrief import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]` and
// `debrief import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]`: add a log's
// entries or a chat's messages to the timeline without a display, and print what was (or,
// with --dry-run, would be) added.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static int importLog(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importChat(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // More events than this in one go make the timeline unusable; cut the input first.
    static constexpr int MaxEventsPerImport = 20000;
};

} // namespace Debrief
