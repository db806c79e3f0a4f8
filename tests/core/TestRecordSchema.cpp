#include "document/RecordSchema.h"
#include "storage/SqliteDatabase.h"
#include "storage/SchemaMigrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

// The field catalogue drives storage, JSON and models; it must match the SQL schema exactly.
class TestRecordSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldEnumsMatchCatalogue()
    {
        QCOMPARE(tableSpec(Table::Incident).fields.size(), IncidentField::Count);
        QCOMPARE(tableSpec(Table::SeverityLevel).fields.size(), SeverityField::Count);
        QCOMPARE(tableSpec(Table::Participant).fields.size(), ParticipantField::Count);
        QCOMPARE(tableSpec(Table::StepNote).fields.size(), StepNoteField::Count);
        QCOMPARE(tableSpec(Table::BiasCallout).fields.size(), BiasCalloutField::Count);
        QCOMPARE(tableSpec(Table::TimelineEvent).fields.size(), TimelineEventField::Count);
        QCOMPARE(tableSpec(Table::EventView).fields.size(), EventViewField::Count);
        QCOMPARE(tableSpec(Table::Evidence).fields.size(), EvidenceField::Count);
        QCOMPARE(tableSpec(Table::EventEvidence).fields.size(), EventEvidenceField::Count);
        QCOMPARE(tableSpec(Table::Question).fields.size(), QuestionField::Count);
        QCOMPARE(tableSpec(Table::ParkingLotItem).fields.size(), ParkingLotField::Count);
        QCOMPARE(tableSpec(Table::ContributingFactor).fields.size(), ContributingFactorField::Count);
        QCOMPARE(tableSpec(Table::FactorEvent).fields.size(), FactorEventField::Count);
        QCOMPARE(tableSpec(Table::RemediationItem).fields.size(), RemediationField::Count);
        QCOMPARE(tableSpec(Table::DeclinedItem).fields.size(), DeclinedItemField::Count);
        for (Table table : allTables())
            QCOMPARE(tableSpec(table).table, table);
        QCOMPARE(tableSpec(Table::Incident).fields.at(IncidentField::CustomerImpact).name,
                 "customer_impact"_L1);
        QCOMPARE(tableSpec(Table::RemediationItem).fields.at(RemediationField::TrackerUrl).name,
                 "tracker_url"_L1);
    }

    void catalogueMatchesSqlSchema()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(u"schema.db"_s), SqliteDatabase::Access::ReadWriteCreate));
        QString error;
        QVERIFY2(SchemaMigrations::migrate(db, SchemaMigrations::builtIn(), &error),
                 qPrintable(error));
        for (Table table : allTables()) {
            const TableSpec &spec = tableSpec(table);
            SqliteStatement info = db.prepare(u"PRAGMA table_info(%1)"_s.arg(spec.sqlName));
            QStringList columns;
            while (info.next())
                columns.append(info.column(1).toString());
            QStringList expected{u"id"_s, u"position"_s};
            for (const FieldSpec &field : spec.fields)
                expected.append(field.name);
            QCOMPARE(columns, expected);
        }
    }

    void referencesAreFound()
    {
        const auto references = referencesTo(Table::TimelineEvent);
        QVERIFY(references.contains(std::pair(Table::EventView, int(EventViewField::Event))));
        QVERIFY(references.contains(std::pair(Table::FactorEvent, int(FactorEventField::Event))));
        QVERIFY(references.contains(std::pair(Table::EventEvidence, int(EventEvidenceField::Event))));
        QCOMPARE(references.size(), 3);
    }

    void valuesAreNormalized()
    {
        const FieldSpec &started = tableSpec(Table::Incident).fields.at(IncidentField::StartedAt);
        const QVariant moment = normalizedValue(started, u"2026-10-14T15:52:00+02:00"_s);
        QCOMPARE(moment.toDateTime(), QDateTime(QDate(2026, 10, 14), QTime(13, 52), QTimeZone::UTC));
        QVERIFY(normalizedValue(started, u"yesterday"_s).isNull());
        const FieldSpec &agreed = tableSpec(Table::RemediationItem).fields.at(RemediationField::OwnerAgreed);
        QCOMPARE(normalizedValue(agreed, u"1"_s), QVariant(true));
        QCOMPARE(normalizedValue(agreed, QVariant()), QVariant(false));
        const FieldSpec &due = tableSpec(Table::RemediationItem).fields.at(RemediationField::DueDate);
        QCOMPARE(normalizedValue(due, u"2026-12-01"_s).toDate(), QDate(2026, 12, 1));
        QVERIFY(normalizedValue(due, u"2026-13-01"_s).isNull());
        const FieldSpec &timebox = tableSpec(Table::StepNote).fields.at(StepNoteField::TimeboxMinutes);
        QCOMPARE(normalizedValue(timebox, u"15"_s), QVariant(qint64(15)));
        QVERIFY(normalizedValue(timebox, u"soon"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRecordSchema)
#include "TestRecordSchema.moc"
