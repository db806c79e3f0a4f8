#pragma once

#include "report/Report.h"

#include <KSyntaxHighlighting/Definition>

namespace Debrief {

// Evidence excerpts highlighted for paper: KSyntaxHighlighting's "Printing" theme, collected as
// runs per line so that every renderer can draw them its own way (formats never pass through a
// rich-text document, whose cloning and HTML export would drop them).
class EvidenceHighlighter
{
public:
    // The definition for an evidence record: the one chosen for it, else by file name, else by
    // content, else the log definition for log excerpts. Invalid when nothing fits (plain text).
    static KSyntaxHighlighting::Definition definitionFor(const QString &chosenName,
                                                         const QString &fileName,
                                                         const QString &content,
                                                         const QString &kind);

    // The first `maxLines` lines of `content` with their highlight runs; `omitted` receives how
    // many lines were left out.
    static QList<CodeLine> highlight(const QString &content,
                                     const KSyntaxHighlighting::Definition &definition,
                                     int maxLines, int *omitted);
};

} // namespace Debrief
