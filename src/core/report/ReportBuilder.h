#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QLocale>

namespace Debrief {

class Document;

// Builds the report of a post-mortem once, in the order readers expect: title block, summary
// and customer impact, time calculations, visual timeline, full timeline, evidence, questions,
// contributing factors, remediation, "decided not to do", bias call-outs, notes and the
// customer-facing statement. Sections with nothing in them are left out.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // Evidence excerpts longer than this print their first lines and say how many were left.
    static constexpr int MaxEvidenceLines = 300;

    static Report build(const Document &document, const QLocale &locale = QLocale());

    // The customer-facing statement (the 3 R's) alone, with customer-facing headings.
    static Report buildStatement(const Document &document, const QLocale &locale = QLocale());
    static QString statementText(const Document &document, const QLocale &locale = QLocale());

    // Blank-line separated paragraphs of a text field, trimmed; single line breaks are kept.
    static QStringList paragraphsOf(const QString &text);
};

} // namespace Debrief
