#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QVariant>

// The catalogue of every kind of record a post-mortem holds. Storage, undo commands, JSON
// and the generic table model are all driven by it, so a field is declared exactly once.
namespace Debrief {

enum class Table : int {
    Incident,
    SeverityLevel,
    Participant,
    StepNote,
    BiasCallout,
    TimelineEvent,
    EventView,
    Evidence,
    EventEvidence,
    Question,
    ParkingLotItem,
    ContributingFactor,
    FactorEvent,
    RemediationItem,
    DeclinedItem,
};
inline constexpr int TableCount = 15;

enum class FieldType { Text, Integer, Bool, DateTime, Date, Reference };

// What happens to a referencing record when the record it points at is removed.
enum class OnDelete { SetNull, Cascade };

struct FieldSpec
{
    QLatin1StringView name;
    FieldType type = FieldType::Text;
    Table references = Table::Incident;
    OnDelete onDelete = OnDelete::SetNull;
};

struct TableSpec
{
    Table table;
    QLatin1StringView sqlName;
    QLatin1StringView jsonName;
    bool singleton = false; // exactly one record, id 1
    QList<FieldSpec> fields;
};

namespace IncidentField {
enum : int {
    Title,
    Reference,
    StartedAt,
    EndedAt,
    TimeZone,
    Severity,
    Summary,
    CustomerImpact,
    Facilitator,
    Status,
    Regret,
    Reason,
    Remedy,
    GroundRulesReadAt,
    BiasPermissionAt,
    ArchivedAt,
    CreatedAt,
    Count
};
}
namespace SeverityField {
enum : int { Key, Name, Definition, Count };
}
namespace ParticipantField {
enum : int { Name, Role, Team, Contact, Count };
}
namespace StepNoteField {
enum : int { Step, Notes, FacilitatorNotes, TimeboxMinutes, Count };
}
namespace BiasCalloutField {
enum : int { CalledAt, Bias, Step, Note, Count };
}
namespace TimelineEventField {
enum : int {
    OccurredAt,
    OccurredUntil,
    Precision,
    Kind,
    ActorParticipant,
    ActorName,
    WhatHappened,
    KnownThen,
    WhyItMadeSense,
    HindsightOnly,
    Milestone,
    Source,
    SourceDetail,
    Count
};
}
namespace EventViewField {
enum : int { Event, Participant, AttributedTo, View, IsDissent, Count };
}
namespace EvidenceField {
enum : int { Title, Kind, FileName, SyntaxDefinition, Content, AddedAt, Count };
}
namespace EventEvidenceField {
enum : int { Event, Evidence, Count };
}
namespace QuestionField {
enum : int { Checklist, BuiltinKey, Text, Status, Notes, Template, Count };
}
namespace ParkingLotField {
enum : int { Text, Question, CreatedAt, PromotedTo, Count };
}
namespace ContributingFactorField {
enum : int { Title, Description, Category, Count };
}
namespace FactorEventField {
enum : int { Factor, Event, Count };
}
namespace RemediationField {
enum : int {
    Title,
    SpecificChange,
    SuccessMeasure,
    Owner,
    OwnerAgreed,
    Effort,
    DueDate,
    Priority,
    Kind,
    Status,
    TrackerUrl,
    Count
};
}
namespace DeclinedItemField {
enum : int { Title, Reason, Count };
}

const TableSpec &tableSpec(Table table);
const QList<Table> &allTables();
// Tables whose records reference `table` through a field, as (table, field) pairs.
QList<std::pair<Table, int>> referencesTo(Table table);

// The value a field holds when nothing was entered.
QVariant defaultValue(const FieldSpec &field);
// `value` converted to the field's in-memory type (QString, qint64, bool, QDateTime in UTC,
// QDate); an unconvertible value becomes the field's empty value.
QVariant normalizedValue(const FieldSpec &field, const QVariant &value);

} // namespace Debrief
