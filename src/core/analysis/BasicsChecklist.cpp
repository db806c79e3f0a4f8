#include "BasicsChecklist.h"

#include "SmartCheck.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// The earliest time of an event carrying `milestone`; invalid when there is none.
QDateTime milestoneTime(const Document &document, const QString &milestone)
{
    QDateTime earliest;
    for (const Record &event : document.records(Table::TimelineEvent)) {
        if (event.text(TimelineEventField::Milestone) != milestone)
            continue;
        const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
        if (at.isValid() && (!earliest.isValid() || at < earliest))
            earliest = at;
    }
    return earliest;
}

QString duration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return BasicsChecklist::tr("%1 min").arg(minutes);
    return BasicsChecklist::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

bool hasText(const Record &record, int field)
{
    return !record.text(field).trimmed().isEmpty();
}

} // namespace

QStringList BasicsChecklist::requiredMilestones()
{
    return {u"impact-start"_s, u"detected"_s, u"resolved"_s};
}

bool BasicsChecklist::allPassed(const QList<BasicsCheck> &checks)
{
    return std::all_of(checks.cbegin(), checks.cend(),
                       [](const BasicsCheck &check) { return check.passed; });
}

QList<BasicsCheck> BasicsChecklist::evaluate(const Document &document, const QDate &today)
{
    QList<BasicsCheck> checks;

    // Timeline or log data: any timeline event, typed or imported from a log.
    {
        const int events = document.count(Table::TimelineEvent);
        checks.append({BasicsItem::Timeline, u"timeline"_s,
                       tr("Document your timeline or log data"), events > 0,
                       events > 0 ? tr("%n timeline event(s) documented.", nullptr, events)
                                  : tr("Add events on the Timeline step or import a log.")});
    }

    // Conversations: what people said is on record as imported chat, as the views of
    // participants on events, or as notes on the questions discussed.
    {
        int chatEvents = 0;
        for (const Record &event : document.records(Table::TimelineEvent)) {
            if (event.text(TimelineEventField::Source) == "chat"_L1)
                ++chatEvents;
        }
        const int views = document.count(Table::EventView);
        int questionNotes = 0;
        for (const Record &question : document.records(Table::Question)) {
            if (hasText(question, QuestionField::Notes))
                ++questionNotes;
        }
        QStringList found;
        if (chatEvents > 0)
            found.append(tr("%n event(s) from chat", nullptr, chatEvents));
        if (views > 0)
            found.append(tr("%n perspective(s) on events", nullptr, views));
        if (questionNotes > 0)
            found.append(tr("notes on %n question(s)", nullptr, questionNotes));
        const bool passed = !found.isEmpty();
        checks.append({BasicsItem::Conversations, u"conversations"_s, tr("Document conversations"),
                       passed,
                       passed ? tr("Recorded: %1.").arg(QLocale().createSeparatedList(found))
                              : tr("Import a chat transcript, record people's views on events "
                                   "or take notes on the questions.")});
    }

    // Room for notes: notes on a step or on a question.
    {
        int stepNotes = 0;
        for (const Record &note : document.records(Table::StepNote)) {
            if (hasText(note, StepNoteField::Notes)
                || hasText(note, StepNoteField::FacilitatorNotes))
                ++stepNotes;
        }
        int questionNotes = 0;
        for (const Record &question : document.records(Table::Question)) {
            if (hasText(question, QuestionField::Notes))
                ++questionNotes;
        }
        const bool passed = stepNotes + questionNotes > 0;
        checks.append({BasicsItem::Notes, u"notes"_s, tr("Leave room for notes"), passed,
                       passed ? tr("Notes on %n step(s) and %1 question(s).", nullptr, stepNotes)
                                    .arg(questionNotes)
                              : tr("Take notes in a step's notes area or on a question.")});
    }

    // Time calculations: time to detect and time to resolve need these milestones.
    {
        QStringList missing;
        QHash<QString, QDateTime> times;
        for (const QString &milestone : requiredMilestones()) {
            const QDateTime at = milestoneTime(document, milestone);
            if (at.isValid())
                times.insert(milestone, at);
            else
                missing.append(choiceLabel(Vocabulary::Milestone, milestone));
        }
        const bool passed = missing.isEmpty();
        QString explanation;
        if (passed) {
            const QDateTime start = times.value(u"impact-start"_s);
            explanation = tr("Time to detect: %1; time to resolve: %2.")
                              .arg(duration(start.secsTo(times.value(u"detected"_s))),
                                   duration(start.secsTo(times.value(u"resolved"_s))));
        } else {
            explanation = tr("Mark these milestones on timeline events: %1.")
                              .arg(QLocale().createSeparatedList(missing));
        }
        checks.append({BasicsItem::TimeCalculations, u"time-calculations"_s,
                       tr("Mean Time to Resolution / other time calculations"), passed,
                       explanation});
    }

    // Level of severity.
    {
        const Record *severity = document.record(
            Table::SeverityLevel, document.incidentValue(IncidentField::Severity).toLongLong());
        const bool passed = severity != nullptr;
        checks.append({BasicsItem::Severity, u"severity"_s, tr("Level of severity"), passed,
                       passed ? tr("Severity %1 (%2).")
                                    .arg(severity->text(SeverityField::Key),
                                         severity->text(SeverityField::Name))
                              : tr("Choose a severity on the Prepare step.")});
    }

    // Archived for historical retrieval.
    {
        const QDateTime archived = document.incidentValue(IncidentField::ArchivedAt).toDateTime();
        const bool passed = archived.isValid();
        checks.append({BasicsItem::Archived, u"archived"_s,
                       tr("Archive it for historical retrieval"), passed,
                       passed ? tr("Archived on %1.")
                                    .arg(QLocale().toString(archived.date(), QLocale::ShortFormat))
                              : tr("Archive the post-mortem once it is published.")});
    }

    // Remediation actionable: at least one item, and every open item SMART.
    {
        const QList<Record> &items = document.records(Table::RemediationItem);
        QStringList notSmart;
        for (const Record &item : items) {
            if (SmartCheck::isOpen(item) && !SmartCheck::check(item, today).passes()) {
                const QString title = item.text(RemediationField::Title).simplified();
                const QString shown = title.isEmpty() ? SmartCheck::tr("Untitled item") : title;
                notSmart.append(u"“"_s + shown + u"”"_s);
            }
        }
        const bool passed = !items.isEmpty() && notSmart.isEmpty();
        QString explanation;
        if (items.isEmpty())
            explanation = tr("Add at least one remediation item.");
        else if (!notSmart.isEmpty())
            explanation = tr("%n open item(s) not yet SMART: %1.", nullptr, int(notSmart.size()))
                              .arg(QLocale().createSeparatedList(notSmart));
        else
            explanation = tr("%n remediation item(s), every open one SMART.", nullptr,
                             int(items.size()));
        checks.append({BasicsItem::Remediation, u"remediation"_s,
                       tr("Remediation - make it actionable"), passed, explanation});
    }
    return checks;
}

} // namespace Debrief
