#include "LargeDocumentGenerator.h"

#include "document/Document.h"
#include "domain/DefaultContent.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Debrief::TestSupport {

using namespace Qt::StringLiterals;

namespace {

const QStringList &words()
{
    static const QStringList list = u"primary replica latency queue pager deploy rollback "
                                    u"certificate pool connection alert dashboard runbook "
                                    u"customer checkout timeout retry cache config region "
                                    u"failover traffic shard backlog throttle"_s.split(u' ');
    return list;
}

QString sentence(QRandomGenerator &random, int length)
{
    QStringList parts;
    for (int i = 0; i < length; ++i)
        parts.append(words().at(random.bounded(int(words().size()))));
    QString text = parts.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

void append(TableData &data, Record record)
{
    record.id = data.records.size() + 1;
    data.records.append(std::move(record));
}

} // namespace

bool generateLargeDocument(const QString &path, const LargeDocumentSize &size, QString *error)
{
    auto fill = [&size](DocumentTables &tables) {
        applyDefaultContent(tables);
        QRandomGenerator random(42);
        const QDateTime start(QDate(2026, 10, 14), QTime(11, 0), QTimeZone::UTC);
        Record &incident = tables[int(Table::Incident)].records.first();
        incident.values[IncidentField::Title] = u"Generated incident with many records"_s;
        incident.values[IncidentField::StartedAt] = start;
        incident.values[IncidentField::EndedAt] = start.addSecs(size.timelineEvents * 6);
        incident.values[IncidentField::Severity] = 1;
        incident.values[IncidentField::Summary] = sentence(random, 60);

        for (int i = 0; i < size.participants; ++i) {
            Record participant = emptyRecord(Table::Participant);
            participant.values[ParticipantField::Name] = u"Person %1"_s.arg(i + 1);
            participant.values[ParticipantField::Role] = i == 0 ? u"facilitator"_s : u"responder"_s;
            append(tables[int(Table::Participant)], participant);
        }
        static const QStringList kinds{u"alert"_s, u"observation"_s, u"action"_s, u"decision"_s,
                                       u"communication"_s};
        for (int i = 0; i < size.timelineEvents; ++i) {
            Record event = emptyRecord(Table::TimelineEvent);
            event.values[TimelineEventField::OccurredAt] = start.addSecs(i * 6);
            event.values[TimelineEventField::Precision] = u"exact"_s;
            event.values[TimelineEventField::Kind] = kinds.at(i % kinds.size());
            event.values[TimelineEventField::ActorParticipant] = 1 + random.bounded(size.participants);
            event.values[TimelineEventField::WhatHappened] = sentence(random, 12);
            event.values[TimelineEventField::KnownThen] = sentence(random, 10);
            event.values[TimelineEventField::WhyItMadeSense] = sentence(random, 10);
            event.values[TimelineEventField::Source] = u"typed"_s;
            append(tables[int(Table::TimelineEvent)], event);
        }
        for (int i = 0; i < size.remediationItems; ++i) {
            Record item = emptyRecord(Table::RemediationItem);
            item.values[RemediationField::Title] = sentence(random, 6);
            item.values[RemediationField::SpecificChange] = sentence(random, 20);
            item.values[RemediationField::SuccessMeasure] = sentence(random, 12);
            item.values[RemediationField::Owner] = u"Person %1"_s.arg(1 + i % size.participants);
            item.values[RemediationField::OwnerAgreed] = i % 3 != 0;
            item.values[RemediationField::DueDate] = QDate(2026, 12, 1).addDays(i % 60);
            item.values[RemediationField::Priority] = u"P%1"_s.arg(1 + i % 4);
            item.values[RemediationField::Kind] = u"prevent"_s;
            item.values[RemediationField::Status] = u"open"_s;
            append(tables[int(Table::RemediationItem)], item);
        }
        // Evidence: log excerpts of about 64 KiB each until the requested size is reached.
        qint64 written = 0;
        int excerpt = 0;
        while (written < size.evidenceBytes) {
            QString content;
            while (content.size() < 64 * 1024) {
                const QDateTime at = start.addMSecs(random.bounded(3600000));
                content += at.toString(Qt::ISODateWithMs) + u" INFO checkout-api "_s
                           + sentence(random, 10) + u'\n';
            }
            Record evidence = emptyRecord(Table::Evidence);
            evidence.values[EvidenceField::Title] = u"Log excerpt %1"_s.arg(++excerpt);
            evidence.values[EvidenceField::Kind] = u"log"_s;
            evidence.values[EvidenceField::SyntaxDefinition] = u"Log File (advanced)"_s;
            evidence.values[EvidenceField::Content] = content;
            written += content.toUtf8().size();
            append(tables[int(Table::Evidence)], evidence);
        }
    };
    return Document::createWithContent(path, fill, error) != nullptr;
}

} // namespace Debrief::TestSupport
