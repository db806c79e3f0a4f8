#include "FlowTestDocument.h"
#include "analysis/BasicsChecklist.h"
#include "document/DocumentJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

using namespace Debrief;
using namespace Debrief::FlowTest;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 1);
const QDateTime Start(QDate(2026, 10, 14), QTime(11, 48), QTimeZone::UTC);

const BasicsCheck &item(const QList<BasicsCheck> &checks, BasicsItem which)
{
    for (const BasicsCheck &check : checks) {
        if (check.item == which)
            return check;
    }
    static const BasicsCheck none{};
    return none;
}

qint64 addEvent(Document &document, int minutes, const QString &milestone = {},
                const QString &source = u"typed"_s)
{
    return add(document, Table::TimelineEvent,
               {{TimelineEventField::OccurredAt, Start.addSecs(minutes * 60)},
                {TimelineEventField::WhatHappened, u"Something was observed."_s},
                {TimelineEventField::Milestone, milestone},
                {TimelineEventField::Source, source}});
}

} // namespace

class TestBasicsChecklist : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void newDocumentFailsEverything()
    {
        auto document = newDocument(m_dir, u"new.debrief"_s);
        QVERIFY(document);
        const QList<BasicsCheck> checks = BasicsChecklist::evaluate(*document, Today);
        QCOMPARE(checks.size(), 7);
        const QStringList titles{u"Document your timeline or log data"_s,
                                 u"Document conversations"_s,
                                 u"Leave room for notes"_s,
                                 u"Mean Time to Resolution / other time calculations"_s,
                                 u"Level of severity"_s,
                                 u"Archive it for historical retrieval"_s,
                                 u"Remediation - make it actionable"_s};
        for (int i = 0; i < checks.size(); ++i) {
            QCOMPARE(checks.at(i).title, titles.at(i));
            QVERIFY2(!checks.at(i).passed, qPrintable(checks.at(i).key));
            QVERIFY(!checks.at(i).explanation.isEmpty());
        }
        QVERIFY(!BasicsChecklist::allPassed(checks));
        QVERIFY(item(checks, BasicsItem::TimeCalculations)
                    .explanation.contains(u"Impact started"_s));
    }

    void eachItemPassesOnItsOwn()
    {
        auto document = newDocument(m_dir, u"items.debrief"_s);
        QVERIFY(document);
        auto checks = [&] { return BasicsChecklist::evaluate(*document, Today); };

        addEvent(*document, 0, u"impact-start"_s);
        QVERIFY(item(checks(), BasicsItem::Timeline).passed);
        QCOMPARE(item(checks(), BasicsItem::Timeline).explanation,
                 u"1 timeline event(s) documented."_s);
        QVERIFY(!item(checks(), BasicsItem::Conversations).passed);

        // Time calculations need impact start, detection and resolution.
        addEvent(*document, 13, u"detected"_s);
        QVERIFY(!item(checks(), BasicsItem::TimeCalculations).passed);
        QVERIFY(item(checks(), BasicsItem::TimeCalculations).explanation.contains(u"Resolved"_s));
        addEvent(*document, 168, u"resolved"_s);
        QVERIFY(item(checks(), BasicsItem::TimeCalculations).passed);
        QCOMPARE(item(checks(), BasicsItem::TimeCalculations).explanation,
                 u"Time to detect: 13 min; time to resolve: 2 h 48 min."_s);

        // Conversations: any of chat events, perspectives on events or question notes.
        const qint64 chat = addEvent(*document, 20, {}, u"chat"_s);
        QVERIFY(item(checks(), BasicsItem::Conversations).passed);
        document->removeRecord(Table::TimelineEvent, chat);
        QVERIFY(!item(checks(), BasicsItem::Conversations).passed);
        const qint64 event = document->records(Table::TimelineEvent).first().id;
        const qint64 view = add(*document, Table::EventView,
                                {{EventViewField::Event, event},
                                 {EventViewField::View, u"I expected the restart to help."_s}});
        QVERIFY(item(checks(), BasicsItem::Conversations).passed);
        document->removeRecord(Table::EventView, view);
        QVERIFY(!item(checks(), BasicsItem::Notes).passed);
        const qint64 question = document->records(Table::Question).first().id;
        document->setValue(Table::Question, question, QuestionField::Notes, u"Alone on call."_s);
        QVERIFY(item(checks(), BasicsItem::Conversations).passed);
        QVERIFY(item(checks(), BasicsItem::Notes).passed);
        document->setValue(Table::Question, question, QuestionField::Notes, QString());

        // Notes: a step's notes.
        QVERIFY(!item(checks(), BasicsItem::Notes).passed);
        add(*document, Table::StepNote,
            {{StepNoteField::Step, u"timeline"_s}, {StepNoteField::Notes, u"Check the times."_s}});
        QVERIFY(item(checks(), BasicsItem::Notes).passed);

        // Severity and archive.
        const qint64 severity = document->records(Table::SeverityLevel).at(1).id;
        document->setIncidentValue(IncidentField::Severity, severity);
        QVERIFY(item(checks(), BasicsItem::Severity).passed);
        QVERIFY(item(checks(), BasicsItem::Severity).explanation.contains(u"SEV2"_s));
        document->setIncidentValue(IncidentField::ArchivedAt, Start.addDays(3));
        QVERIFY(item(checks(), BasicsItem::Archived).passed);

        // Remediation: at least one item and every open item SMART.
        QCOMPARE(item(checks(), BasicsItem::Remediation).explanation,
                 u"Add at least one remediation item."_s);
        const qint64 remediation = add(
            *document, Table::RemediationItem,
            {{RemediationField::Title, u"Route alerts to PagerDuty"_s},
             {RemediationField::SpecificChange, u"Move the tracking alert receiver to PagerDuty"_s},
             {RemediationField::Owner, u"Daniel"_s},
             {RemediationField::OwnerAgreed, true},
             {RemediationField::Effort, u"S"_s},
             {RemediationField::DueDate, Today.addDays(10)},
             {RemediationField::Status, u"open"_s}});
        QVERIFY(!item(checks(), BasicsItem::Remediation).passed);
        QVERIFY(item(checks(), BasicsItem::Remediation)
                    .explanation.contains(u"“Route alerts to PagerDuty”"_s));
        document->setValue(Table::RemediationItem, remediation, RemediationField::SuccessMeasure,
                           u"A test alert pages within 2 minutes"_s);
        QVERIFY(item(checks(), BasicsItem::Remediation).passed);
        // A done item no longer needs to be SMART.
        const qint64 done = add(*document, Table::RemediationItem,
                                {{RemediationField::Title, u"Restart"_s},
                                 {RemediationField::Status, u"done"_s}});
        QVERIFY(item(checks(), BasicsItem::Remediation).passed);
        document->setValue(Table::RemediationItem, done, RemediationField::Status, u"open"_s);
        QVERIFY(!item(checks(), BasicsItem::Remediation).passed);
        document->setValue(Table::RemediationItem, done, RemediationField::Status, u"done"_s);

        QVERIFY(!BasicsChecklist::allPassed(checks())); // conversations were taken out above
        add(*document, Table::EventView,
            {{EventViewField::Event, event}, {EventViewField::View, u"It looked healthy."_s}});
        QVERIFY(BasicsChecklist::allPassed(checks()));
    }

    void milestonesWithoutTimeDoNotCount()
    {
        auto document = newDocument(m_dir, u"untimed.debrief"_s);
        QVERIFY(document);
        for (const QString &milestone : BasicsChecklist::requiredMilestones())
            add(*document, Table::TimelineEvent, {{TimelineEventField::Milestone, milestone}});
        const QList<BasicsCheck> checks = BasicsChecklist::evaluate(*document, Today);
        QVERIFY(!item(checks, BasicsItem::TimeCalculations).passed);
    }

    void theExample()
    {
        QFile json(QDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"))
                       .filePath(u"resources/examples/example-postmortem.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QString path = m_dir.filePath(u"example.debrief"_s);
        QString error;
        QVERIFY2(DocumentJson::importToFile(json.readAll(), path, &error), qPrintable(error));
        OpenError openError;
        auto document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
        QVERIFY(document);
        const QList<BasicsCheck> checks = BasicsChecklist::evaluate(*document, Today);
        QVERIFY(item(checks, BasicsItem::Timeline).passed);
        QVERIFY(item(checks, BasicsItem::Conversations).passed);
        QVERIFY(item(checks, BasicsItem::Notes).passed);
        QVERIFY(item(checks, BasicsItem::TimeCalculations).passed);
        QVERIFY(item(checks, BasicsItem::Severity).passed);
        // The example is in review: not archived, and one item still lacks its measure.
        QVERIFY(!item(checks, BasicsItem::Archived).passed);
        QVERIFY(!item(checks, BasicsItem::Remediation).passed);
        const QString remediation = item(checks, BasicsItem::Remediation).explanation;
        QVERIFY2(remediation.contains(u"connection lifetime"_s), qPrintable(remediation));
    }
};

QTEST_GUILESS_MAIN(TestBasicsChecklist)
#include "TestBasicsChecklist.moc"
