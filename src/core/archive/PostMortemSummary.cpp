#include "PostMortemSummary.h"

#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "timeline/IncidentMetrics.h"

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// A hostile or enormous file must not blow up the catalog; readers search prose, and this
// is far beyond any meeting's worth of it.
constexpr qsizetype MaxFullTextChars = 2 * 1024 * 1024;

IncidentDurations durationsOf(const Document &document)
{
    const IncidentMetrics metrics = IncidentMetrics::fromDocument(document);
    auto seconds = [&metrics](IncidentMetrics::Metric metric) -> std::optional<qint64> {
        const IncidentMetrics::Result result = metrics.result(metric);
        return result.hasValue() ? std::optional<qint64>(result.seconds) : std::nullopt;
    };
    return {seconds(IncidentMetrics::Metric::TimeToDetect),
            seconds(IncidentMetrics::Metric::TimeToAcknowledge),
            seconds(IncidentMetrics::Metric::TimeToMitigate),
            seconds(IncidentMetrics::Metric::TimeToResolve),
            seconds(IncidentMetrics::Metric::ImpactDuration)};
}

} // namespace

bool ArchivedRemediation::isDone() const
{
    return status == "done"_L1;
}

bool ArchivedRemediation::isOverdue(const QDate &today) const
{
    return dueDate.isValid() && dueDate < today && !isDone();
}

QString PostMortemSummary::identity() const
{
    return createdAt.isValid() ? createdAt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int PostMortemSummary::remediationOpen() const
{
    return int(std::count_if(remediation.cbegin(), remediation.cend(),
                             [](const ArchivedRemediation &item) { return !item.isDone(); }));
}

int PostMortemSummary::questionsTotal() const
{
    int total = 0;
    for (const ChecklistCoverage &checklist : coverage)
        total += checklist.questions;
    return total;
}

int PostMortemSummary::questionsDiscussed() const
{
    int total = 0;
    for (const ChecklistCoverage &checklist : coverage)
        total += checklist.discussed;
    return total;
}

PostMortemSummary summarizeDocument(const Document &document)
{
    PostMortemSummary summary;
    const Record &incident = document.incident();
    summary.path = document.filePath();
    summary.title = incident.text(IncidentField::Title).trimmed();
    summary.reference = incident.text(IncidentField::Reference).trimmed();
    summary.status = incident.text(IncidentField::Status);
    summary.timeZone = incident.text(IncidentField::TimeZone);
    summary.startedAt = incident.value(IncidentField::StartedAt).toDateTime();
    summary.endedAt = incident.value(IncidentField::EndedAt).toDateTime();
    summary.createdAt = incident.value(IncidentField::CreatedAt).toDateTime();
    summary.archivedAt = incident.value(IncidentField::ArchivedAt).toDateTime();
    summary.summary = incident.text(IncidentField::Summary);
    summary.customerImpact = incident.text(IncidentField::CustomerImpact);

    const QVariant severityId = incident.value(IncidentField::Severity);
    if (!severityId.isNull()) {
        const qint64 id = severityId.toLongLong();
        const int rank = document.indexOf(Table::SeverityLevel, id);
        if (const Record *severity = document.record(Table::SeverityLevel, id)) {
            summary.severityKey = severity->text(SeverityField::Key).trimmed();
            summary.severityName = severity->text(SeverityField::Name).trimmed();
            summary.severityRank = rank;
        }
    }

    summary.durations = durationsOf(document);
    summary.timelineEvents = document.count(Table::TimelineEvent);

    for (const Record &participant : document.records(Table::Participant)) {
        const QString name = participant.text(ParticipantField::Name).trimmed();
        if (name.isEmpty())
            continue;
        const QString role = participant.text(ParticipantField::Role);
        summary.participants.append(
            role.isEmpty() ? name
                           : QString(name + u" ("_s
                                     + choiceLabel(Vocabulary::ParticipantRole, role) + u')'));
    }
    for (const Record &factor : document.records(Table::ContributingFactor)) {
        summary.factors.append({factor.text(ContributingFactorField::Title).trimmed(),
                                factor.text(ContributingFactorField::Description).trimmed(),
                                factor.text(ContributingFactorField::Category)});
    }
    for (const Record &item : document.records(Table::RemediationItem)) {
        summary.remediation.append({item.text(RemediationField::Title).trimmed(),
                                    item.text(RemediationField::SpecificChange).trimmed(),
                                    item.text(RemediationField::Owner).trimmed(),
                                    item.value(RemediationField::DueDate).toDate(),
                                    item.text(RemediationField::Status),
                                    item.text(RemediationField::Priority),
                                    item.text(RemediationField::Kind),
                                    item.text(RemediationField::TrackerUrl).trimmed()});
    }

    // Built-in checklists first, in the method's order, then any a team added.
    QList<ChecklistCoverage> coverage;
    for (const Choice &checklist : choices(Vocabulary::Checklist))
        coverage.append({checklist.key, 0, 0});
    for (const Record &question : document.records(Table::Question)) {
        const QString key = question.text(QuestionField::Checklist);
        auto found = std::find_if(coverage.begin(), coverage.end(),
                                  [&](const ChecklistCoverage &c) { return c.checklist == key; });
        if (found == coverage.end())
            found = coverage.insert(coverage.end(), {key, 0, 0});
        ++found->questions;
        if (question.text(QuestionField::Status) == "discussed"_L1)
            ++found->discussed;
    }
    for (const ChecklistCoverage &checklist : std::as_const(coverage)) {
        if (checklist.questions > 0)
            summary.coverage.append(checklist);
    }
    return summary;
}

QString documentFullText(const Document &document)
{
    static const QList<std::pair<Table, QList<int>>> searchable{
        {Table::Incident,
         {IncidentField::Title, IncidentField::Reference, IncidentField::Summary,
          IncidentField::CustomerImpact, IncidentField::Regret, IncidentField::Reason,
          IncidentField::Remedy}},
        {Table::SeverityLevel, {SeverityField::Key, SeverityField::Name}},
        {Table::Participant, {ParticipantField::Name, ParticipantField::Team}},
        {Table::StepNote, {StepNoteField::Notes}},
        {Table::BiasCallout, {BiasCalloutField::Note}},
        {Table::TimelineEvent,
         {TimelineEventField::ActorName, TimelineEventField::WhatHappened,
          TimelineEventField::KnownThen, TimelineEventField::WhyItMadeSense,
          TimelineEventField::HindsightOnly, TimelineEventField::SourceDetail}},
        {Table::EventView, {EventViewField::AttributedTo, EventViewField::View}},
        {Table::Question, {QuestionField::Text, QuestionField::Notes}},
        {Table::ParkingLotItem, {ParkingLotField::Text}},
        {Table::ContributingFactor,
         {ContributingFactorField::Title, ContributingFactorField::Description}},
        {Table::RemediationItem,
         {RemediationField::Title, RemediationField::SpecificChange,
          RemediationField::SuccessMeasure, RemediationField::Owner}},
        {Table::DeclinedItem, {DeclinedItemField::Title, DeclinedItemField::Reason}},
        // Last: log excerpts are the bulk and are what the size limit cuts first.
        {Table::Evidence, {EvidenceField::Title, EvidenceField::FileName, EvidenceField::Content}},
    };
    QString text;
    for (const auto &[table, fields] : searchable) {
        for (const Record &record : document.records(table)) {
            for (int field : fields) {
                const QString value = record.text(field);
                if (value.isEmpty())
                    continue;
                if (text.size() + value.size() + 1 > MaxFullTextChars) {
                    text += QStringView(value).left(MaxFullTextChars - text.size());
                    return text;
                }
                text += value;
                text += u'\n';
            }
        }
    }
    return text;
}

} // namespace Debrief
