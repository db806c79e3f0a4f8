#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Debrief {

// The headless command line: `debrief info|export|import-json ...`. Needs no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Findings = 1, BadInput = 2, UsageError = 64 };

    // True when `arguments` (without the program name) ask for a headless command.
    static bool isHeadless(const QStringList &arguments);
    // Runs a headless command; output goes to `out`, reasons for failure to `err`.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Creates, edits, reopens and exports a document in a temporary folder.
    static int selfTest(QTextStream &out, QTextStream &err);

    // The built-in commands; each takes the arguments with the command name first.
    static int info(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportDocument(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importJson(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static QString usage();
};

} // namespace Debrief
