#include "DefaultContent.h"

#include "questions/BuiltinQuestions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Debrief {

namespace {

void append(TableData &data, Record record)
{
    record.id = ++data.maxId;
    data.changedIds.insert(record.id);
    data.records.append(std::move(record));
    data.reindex();
}

} // namespace

void applyDefaultContent(DocumentTables &tables)
{
    TableData &incidentData = tables[int(Table::Incident)];
    Record &incident = incidentData.records.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    incident.values[IncidentField::CreatedAt] = now;
    incident.values[IncidentField::TimeZone] = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    incident.values[IncidentField::Status] = QStringLiteral("draft");
    incidentData.changedIds.insert(incident.id);

    struct Level
    {
        const char *key;
        const char *name;
        const char *definition;
    };
    static const Level levels[] = {
        {"SEV1", QT_TRANSLATE_NOOP("DefaultContent", "Critical"),
         QT_TRANSLATE_NOOP("DefaultContent",
                           "A core service is down or data is lost or exposed for many customers; "
                           "all hands until mitigated.")},
        {"SEV2", QT_TRANSLATE_NOOP("DefaultContent", "Major"),
         QT_TRANSLATE_NOOP("DefaultContent",
                           "A core function is badly degraded or unavailable for a significant "
                           "share of customers.")},
        {"SEV3", QT_TRANSLATE_NOOP("DefaultContent", "Minor"),
         QT_TRANSLATE_NOOP("DefaultContent",
                           "A non-core function is degraded or a few customers are affected; a "
                           "workaround exists.")},
        {"SEV4", QT_TRANSLATE_NOOP("DefaultContent", "Low"),
         QT_TRANSLATE_NOOP("DefaultContent",
                           "No customer impact, or a near miss worth learning from.")},
    };
    TableData &severities = tables[int(Table::SeverityLevel)];
    for (const Level &level : levels) {
        Record record = emptyRecord(Table::SeverityLevel);
        record.values[SeverityField::Key] = QString::fromLatin1(level.key);
        record.values[SeverityField::Name] = QCoreApplication::translate("DefaultContent", level.name);
        record.values[SeverityField::Definition] =
            QCoreApplication::translate("DefaultContent", level.definition);
        append(severities, std::move(record));
    }

    // Every question of the seed's five checklists, still to be discussed.
    BuiltinQuestions::appendTo(tables);
}

} // namespace Debrief
