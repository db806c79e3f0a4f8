#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Debrief {

// Headless archive commands, registered in CommandLine's command table:
//   debrief archive index DIR... [--catalog FILE]
//   debrief archive search QUERY [--json] [--catalog FILE] [filters]
//   debrief compare A B [C D] [--json]
class ArchiveCommands
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommands)

public:
    static int archive(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int compare(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int index(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int search(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString archiveUsage();
};

} // namespace Debrief
