#pragma once

#include "report/Report.h"

#include <QCoreApplication>

namespace Debrief {

// GitHub-flavoured Markdown for wikis and repositories. Document text is escaped so that images,
// links, HTML and emphasis in it show literally; evidence goes into fences longer than any
// backtick run inside.
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    static QString markdown(const Report &report);

    // `text` with every character that could start Markdown or HTML syntax escaped.
    static QString escape(const QString &text);
    // A fence of backticks longer than any run of backticks in `lines` (at least three).
    static QString fenceFor(const QStringList &lines);
};

} // namespace Debrief
