#include "RecordSchema.h"

#include <QDateTime>

namespace Debrief {

namespace {

using namespace Qt::StringLiterals;

FieldSpec text(QLatin1StringView name)
{
    return {name, FieldType::Text};
}
FieldSpec integer(QLatin1StringView name)
{
    return {name, FieldType::Integer};
}
FieldSpec boolean(QLatin1StringView name)
{
    return {name, FieldType::Bool};
}
FieldSpec dateTime(QLatin1StringView name)
{
    return {name, FieldType::DateTime};
}
FieldSpec date(QLatin1StringView name)
{
    return {name, FieldType::Date};
}
FieldSpec ref(QLatin1StringView name, Table target, OnDelete onDelete = OnDelete::SetNull)
{
    return {name, FieldType::Reference, target, onDelete};
}

QList<TableSpec> buildCatalogue()
{
    return {
        {Table::Incident,
         "incident"_L1,
         "incident"_L1,
         true,
         {text("title"_L1), text("reference"_L1), dateTime("started_at"_L1),
          dateTime("ended_at"_L1), text("time_zone"_L1),
          ref("severity_id"_L1, Table::SeverityLevel), text("summary"_L1),
          text("customer_impact"_L1), ref("facilitator_id"_L1, Table::Participant),
          text("status"_L1), text("regret"_L1), text("reason"_L1), text("remedy"_L1),
          dateTime("ground_rules_read_at"_L1), dateTime("bias_permission_at"_L1),
          dateTime("archived_at"_L1), dateTime("created_at"_L1)}},
        {Table::SeverityLevel,
         "severity_level"_L1,
         "severityLevels"_L1,
         false,
         {text("key"_L1), text("name"_L1), text("definition"_L1)}},
        {Table::Participant,
         "participant"_L1,
         "participants"_L1,
         false,
         {text("name"_L1), text("role"_L1), text("team"_L1), text("contact"_L1)}},
        {Table::StepNote,
         "step_note"_L1,
         "stepNotes"_L1,
         false,
         {text("step"_L1), text("notes"_L1), text("facilitator_notes"_L1),
          integer("timebox_minutes"_L1)}},
        {Table::BiasCallout,
         "bias_callout"_L1,
         "biasCallouts"_L1,
         false,
         {dateTime("called_at"_L1), text("bias"_L1), text("step"_L1), text("note"_L1)}},
        {Table::TimelineEvent,
         "timeline_event"_L1,
         "timelineEvents"_L1,
         false,
         {dateTime("occurred_at"_L1), dateTime("occurred_until"_L1), text("precision"_L1),
          text("kind"_L1), ref("actor_participant_id"_L1, Table::Participant),
          text("actor_name"_L1), text("what_happened"_L1), text("known_then"_L1),
          text("why_it_made_sense"_L1), text("hindsight_only"_L1), text("milestone"_L1),
          text("source"_L1), text("source_detail"_L1)}},
        {Table::EventView,
         "event_view"_L1,
         "eventViews"_L1,
         false,
         {ref("event_id"_L1, Table::TimelineEvent, OnDelete::Cascade),
          ref("participant_id"_L1, Table::Participant), text("attributed_to"_L1),
          text("view"_L1), boolean("is_dissent"_L1)}},
        {Table::Evidence,
         "evidence"_L1,
         "evidence"_L1,
         false,
         {text("title"_L1), text("kind"_L1), text("file_name"_L1), text("syntax_definition"_L1),
          text("content"_L1), dateTime("added_at"_L1)}},
        {Table::EventEvidence,
         "event_evidence"_L1,
         "eventEvidence"_L1,
         false,
         {ref("event_id"_L1, Table::TimelineEvent, OnDelete::Cascade),
          ref("evidence_id"_L1, Table::Evidence, OnDelete::Cascade)}},
        {Table::Question,
         "question"_L1,
         "questions"_L1,
         false,
         {text("checklist"_L1), text("builtin_key"_L1), text("text"_L1), text("status"_L1),
          text("notes"_L1), text("template"_L1)}},
        {Table::ParkingLotItem,
         "parking_lot_item"_L1,
         "parkingLot"_L1,
         false,
         {text("text"_L1), ref("question_id"_L1, Table::Question),
          dateTime("created_at"_L1), ref("promoted_to_id"_L1, Table::RemediationItem)}},
        {Table::ContributingFactor,
         "contributing_factor"_L1,
         "contributingFactors"_L1,
         false,
         {text("title"_L1), text("description"_L1), text("category"_L1)}},
        {Table::FactorEvent,
         "factor_event"_L1,
         "factorEvents"_L1,
         false,
         {ref("factor_id"_L1, Table::ContributingFactor, OnDelete::Cascade),
          ref("event_id"_L1, Table::TimelineEvent, OnDelete::Cascade)}},
        {Table::RemediationItem,
         "remediation_item"_L1,
         "remediationItems"_L1,
         false,
         {text("title"_L1), text("specific_change"_L1), text("success_measure"_L1),
          text("owner"_L1), boolean("owner_agreed"_L1), text("effort"_L1), date("due_date"_L1),
          text("priority"_L1), text("kind"_L1), text("status"_L1), text("tracker_url"_L1)}},
        {Table::DeclinedItem,
         "declined_item"_L1,
         "declinedItems"_L1,
         false,
         {text("title"_L1), text("reason"_L1)}},
    };
}

} // namespace

const TableSpec &tableSpec(Table table)
{
    static const QList<TableSpec> catalogue = buildCatalogue();
    return catalogue.at(static_cast<int>(table));
}

const QList<Table> &allTables()
{
    static const QList<Table> tables = [] {
        QList<Table> result;
        for (int i = 0; i < TableCount; ++i)
            result.append(static_cast<Table>(i));
        return result;
    }();
    return tables;
}

QList<std::pair<Table, int>> referencesTo(Table table)
{
    QList<std::pair<Table, int>> result;
    for (Table candidate : allTables()) {
        const auto &fields = tableSpec(candidate).fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).type == FieldType::Reference && fields.at(i).references == table)
                result.append({candidate, i});
        }
    }
    return result;
}

QVariant defaultValue(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Text:
        return QString();
    case FieldType::Bool:
        return false;
    case FieldType::Integer:
    case FieldType::DateTime:
    case FieldType::Date:
    case FieldType::Reference:
        return {};
    }
    return {};
}

QVariant normalizedValue(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return defaultValue(field);
    switch (field.type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Bool:
        if (value.typeId() == QMetaType::QString)
            return value.toString() == "1"_L1 || value.toString() == "true"_L1;
        return value.toBool();
    case FieldType::Integer:
    case FieldType::Reference: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant();
    }
    case FieldType::DateTime: {
        QDateTime moment = value.typeId() == QMetaType::QDateTime
                               ? value.toDateTime()
                               : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return moment.isValid() ? QVariant(moment.toUTC()) : QVariant();
    }
    case FieldType::Date: {
        const QDate day = value.typeId() == QMetaType::QDate
                              ? value.toDate()
                              : QDate::fromString(value.toString(), Qt::ISODate);
        return day.isValid() ? QVariant(day) : QVariant();
    }
    }
    return {};
}

} // namespace Debrief
