#include "ArchiveFixtures.h"

#include "document/Document.h"
#include "domain/DefaultContent.h"

#include <QTimeZone>

namespace Debrief::ArchiveFixtures {

using namespace Qt::StringLiterals;

namespace {

void append(TableData &data, Record record)
{
    record.id = ++data.maxId;
    data.records.append(std::move(record));
}

} // namespace

QList<std::pair<QString, int>> standardMilestones()
{
    return {{u"impact-start"_s, 0},
            {u"detected"_s, 12},
            {u"acknowledged"_s, 20},
            {u"mitigated"_s, 95},
            {u"resolved"_s, 180}};
}

bool write(const QString &path, const Spec &spec, QString *error)
{
    auto fill = [&spec](DocumentTables &tables) {
        applyDefaultContent(tables);
        Record &incident = tables[int(Table::Incident)].records.first();
        incident.values[IncidentField::Title] = spec.title;
        incident.values[IncidentField::Reference] = spec.reference;
        incident.values[IncidentField::StartedAt] = spec.startedAt;
        incident.values[IncidentField::Status] = spec.status;
        incident.values[IncidentField::Summary] = spec.summary;
        incident.values[IncidentField::CustomerImpact] = spec.customerImpact;
        QDateTime created = spec.createdAt;
        if (!created.isValid()) {
            // Distinct per fixture, the same for copies of one fixture.
            created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC)
                          .addSecs(qint64(qHash(spec.title, 0) % 10'000'000));
        }
        incident.values[IncidentField::CreatedAt] = created;
        incident.values[IncidentField::Severity] = QVariant();
        for (const Record &severity : tables[int(Table::SeverityLevel)].records) {
            if (severity.text(SeverityField::Key) == spec.severityKey)
                incident.values[IncidentField::Severity] = severity.id;
        }
        for (const QString &name : spec.participants) {
            Record participant = emptyRecord(Table::Participant);
            participant.values[ParticipantField::Name] = name;
            participant.values[ParticipantField::Role] = u"responder"_s;
            append(tables[int(Table::Participant)], participant);
        }
        for (const auto &[milestone, minutes] : spec.milestones) {
            Record event = emptyRecord(Table::TimelineEvent);
            event.values[TimelineEventField::OccurredAt] = spec.startedAt.addSecs(minutes * 60);
            event.values[TimelineEventField::Precision] = u"exact"_s;
            event.values[TimelineEventField::Kind] = u"milestone"_s;
            event.values[TimelineEventField::Milestone] = milestone;
            event.values[TimelineEventField::WhatHappened] = u"Milestone %1"_s.arg(milestone);
            append(tables[int(Table::TimelineEvent)], event);
        }
        for (int i = 0; i < spec.timelineTexts.size(); ++i) {
            Record event = emptyRecord(Table::TimelineEvent);
            event.values[TimelineEventField::OccurredAt] = spec.startedAt.addSecs(i * 60);
            event.values[TimelineEventField::Kind] = u"observation"_s;
            event.values[TimelineEventField::WhatHappened] = spec.timelineTexts.at(i);
            append(tables[int(Table::TimelineEvent)], event);
        }
        for (const Factor &factor : spec.factors) {
            Record record = emptyRecord(Table::ContributingFactor);
            record.values[ContributingFactorField::Title] = factor.title;
            record.values[ContributingFactorField::Description] = factor.description;
            record.values[ContributingFactorField::Category] = factor.category;
            append(tables[int(Table::ContributingFactor)], record);
        }
        for (const Remediation &item : spec.remediation) {
            Record record = emptyRecord(Table::RemediationItem);
            record.values[RemediationField::Title] = item.title;
            record.values[RemediationField::SpecificChange] = item.specificChange;
            record.values[RemediationField::Owner] = item.owner;
            record.values[RemediationField::Status] = item.status;
            record.values[RemediationField::DueDate] = item.due;
            record.values[RemediationField::Kind] = item.kind;
            record.values[RemediationField::Priority] = u"P2"_s;
            append(tables[int(Table::RemediationItem)], record);
        }
        if (!spec.questions.isEmpty())
            tables[int(Table::Question)] = TableData(); // exactly the questions asked for
        for (const auto &[checklist, status] : spec.questions) {
            Record record = emptyRecord(Table::Question);
            record.values[QuestionField::Checklist] = checklist;
            record.values[QuestionField::Text] = u"Question about %1"_s.arg(checklist);
            record.values[QuestionField::Status] = status;
            append(tables[int(Table::Question)], record);
        }
    };
    return Document::createWithContent(path, fill, error) != nullptr;
}

} // namespace Debrief::ArchiveFixtures
