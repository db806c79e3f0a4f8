#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Debrief {

// What the archive browser asks for: search text, filters and order.
struct ArchiveQuery
{
    enum class Sort { Relevance, Date, Severity, Title };

    QString text; // as typed; never reaches SQL as text (see toFtsQuery)
    QStringList severityKeys; // empty: any severity
    QStringList statuses;     // IncidentStatus keys; empty: any status
    QDate from;               // incident date range, inclusive; invalid: open-ended
    QDate to;
    bool openRemediationOnly = false;
    Sort sort = Sort::Relevance;
    // Literal on the sort key: Date ascending is oldest first, Title ascending is A to Z,
    // Severity ascending is most severe first, Relevance ascending is best match first.
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = 1000;
    // Snippets cost far more than the search itself; the browser asks for the one it shows
    // (ArchiveCatalog::snippet), the command line for all.
    bool withSnippets = true;

    // The order people expect when they pick `sort`: newest first for dates.
    static Qt::SortOrder naturalOrder(Sort sort)
    {
        return sort == Sort::Date ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
};

// Turns what someone types into a safe FTS5 query: every word becomes a quoted string
// (operators, column filters, parentheses and stray quotes lose their meaning), words are
// matched as prefixes so that results follow typing, and "quoted words" stay a phrase. An
// empty result means "no text condition".
QString toFtsQuery(const QString &userInput);

} // namespace Debrief
