#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Debrief {

// `debrief lint FILE|--text TEXT [--json] [--language CODE]... [--participant NAME]...`:
// prints blameless-language findings. Exit 0 without findings, 1 with, 2 for a file that
// cannot be read, 64 for a usage error.
class LintCommand
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Debrief
