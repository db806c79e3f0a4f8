#include "DocumentLint.h"

#include "document/Document.h"

#include <QSet>

namespace Debrief::DocumentLint {

using namespace Qt::StringLiterals;

bool isProseField(Table table, int field)
{
    const TableSpec &spec = tableSpec(table);
    if (field < 0 || field >= spec.fields.size() || spec.fields.at(field).type != FieldType::Text)
        return false;
    // Keys, choices and identifiers (shared with every table), then names and quoted
    // material that a reframing suggestion must not touch.
    static const QSet<QLatin1StringView> notProse{
        "status"_L1,       "kind"_L1,      "role"_L1,         "step"_L1,
        "checklist"_L1,    "builtin_key"_L1, "precision"_L1,  "milestone"_L1,
        "source"_L1,       "syntax_definition"_L1, "file_name"_L1, "tracker_url"_L1,
        "time_zone"_L1,    "effort"_L1,    "priority"_L1,     "bias"_L1,
        "category"_L1,     "template"_L1,  "key"_L1,          "reference"_L1,
        "contact"_L1,      "team"_L1,      "owner"_L1,        "actor_name"_L1,
        "attributed_to"_L1, "source_detail"_L1,
    };
    const QLatin1StringView name = spec.fields.at(field).name;
    if (notProse.contains(name))
        return false;
    if (table == Table::Participant && field == ParticipantField::Name)
        return false;
    if (table == Table::Evidence && field == EvidenceField::Content)
        return false;
    return true;
}

QList<std::pair<Table, int>> proseFields()
{
    QList<std::pair<Table, int>> result;
    for (Table table : allTables()) {
        for (int field = 0; field < tableSpec(table).fields.size(); ++field) {
            if (isProseField(table, field))
                result.append({table, field});
        }
    }
    return result;
}

QStringList participantNames(const Document &document)
{
    QStringList names;
    for (const Record &participant : document.records(Table::Participant)) {
        const QString name = participant.text(ParticipantField::Name).simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

BlamelessLanguageChecker checkerFor(const Document &document, const QStringList &languages)
{
    return BlamelessLanguageChecker(languages, participantNames(document));
}

QList<DocumentLanguageFinding> lint(const Document &document,
                                    const BlamelessLanguageChecker &checker)
{
    QList<DocumentLanguageFinding> result;
    const QList<std::pair<Table, int>> fields = proseFields();
    for (Table table : allTables()) {
        QList<int> tableFields;
        for (const auto &[fieldTable, field] : fields) {
            if (fieldTable == table)
                tableFields.append(field);
        }
        if (tableFields.isEmpty())
            continue;
        for (const Record &record : document.records(table)) {
            for (int field : std::as_const(tableFields)) {
                const QString text = record.text(field);
                if (text.isEmpty())
                    continue;
                const QList<LanguageFinding> findings = checker.check(text);
                for (const LanguageFinding &finding : findings)
                    result.append({table, record.id, field, finding});
            }
        }
    }
    return result;
}

} // namespace Debrief::DocumentLint
