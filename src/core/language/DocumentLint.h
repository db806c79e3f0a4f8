#pragma once

#include "BlamelessLanguageChecker.h"
#include "document/RecordSchema.h"

namespace Debrief {

class Document;

// A finding in one field of one record.
struct DocumentLanguageFinding
{
    Table table = Table::Incident;
    qint64 recordId = 0;
    int field = 0;
    LanguageFinding finding;
};

namespace DocumentLint {

// True for fields people write sentences in; false for keys, choices, names, links and
// evidence content (logs and transcripts are quoted as they were, never reworded).
bool isProseField(Table table, int field);
// Every (table, field) that isProseField() accepts, in catalogue order.
QList<std::pair<Table, int>> proseFields();
// The names of the document's participants, for BlamelessLanguageChecker.
QStringList participantNames(const Document &document);
// A checker for `languages` that knows the document's participants.
BlamelessLanguageChecker checkerFor(const Document &document, const QStringList &languages);
// The findings in every prose field of every record, in table, record and text order.
QList<DocumentLanguageFinding> lint(const Document &document,
                                    const BlamelessLanguageChecker &checker);

} // namespace DocumentLint

} // namespace Debrief
