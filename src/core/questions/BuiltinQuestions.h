#pragma once

#include "document/Record.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace Debrief {

// A question of the seed's five checklists, built into the program. Documents store only
// its key; the text is translated when shown.
struct BuiltinQuestion
{
    QLatin1StringView checklist; // Vocabulary::Checklist key
    QLatin1StringView key;       // stable, e.g. "people.asleep"
    const char *text;            // source text, translated in context "BuiltinQuestions"
};

namespace BuiltinQuestions {

// All 17 questions in checklist order.
const QList<BuiltinQuestion> &all();
const BuiltinQuestion *find(const QString &key);
// The translated text of a built-in question; empty for an unknown key.
QString text(const QString &key);
// What to show for a question record: the translated built-in text, or the record's own
// text for questions teams added (and for keys of a newer version that we do not know).
QString displayText(const Record &question);
// Appends every built-in question, status "open", to a new document's tables.
void appendTo(DocumentTables &tables);

} // namespace BuiltinQuestions

} // namespace Debrief
