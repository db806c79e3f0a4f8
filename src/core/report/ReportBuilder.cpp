#include "ReportBuilder.h"

#include "analysis/SmartCheck.h"
#include "document/Document.h"
#include "domain/Steps.h"
#include "domain/Vocabulary.h"
#include "questions/BuiltinQuestions.h"
#include "report/EvidenceHighlighter.h"
#include "report/ReportText.h"
#include "timeline/IncidentMetrics.h"
#include "timeline/LocalTime.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

ReportParagraph paragraph(Spans spans, ReportParagraph::Role role = ReportParagraph::Role::Body)
{
    return {std::move(spans), role, false};
}

ReportParagraph plain(const QString &text, ReportParagraph::Role role = ReportParagraph::Role::Body)
{
    return {{{text, TextStyle::Plain}}, role, false};
}

// A label run in before the first paragraph of a field, the rest following as-is.
QList<ReportParagraph> labelled(const QString &label, const QString &text,
                                ReportParagraph::Role role = ReportParagraph::Role::Small)
{
    QList<ReportParagraph> result;
    const QStringList parts = ReportBuilder::paragraphsOf(text);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Spans spans;
        if (i == 0)
            spans.append({label + u' ', TextStyle::Label});
        spans.append({parts.at(i), TextStyle::Plain});
        result.append(paragraph(spans, role));
    }
    return result;
}

QList<ReportParagraph> paragraphs(const QString &text,
                                  ReportParagraph::Role role = ReportParagraph::Role::Body)
{
    QList<ReportParagraph> result;
    for (const QString &part : ReportBuilder::paragraphsOf(text))
        result.append(plain(part, role));
    return result;
}

QString elided(const QString &text, int length)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= length)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(u' ', length);
    if (cut < length / 2)
        cut = length;
    return simplified.left(cut) + u'…';
}

class Builder
{
public:
    Builder(const Document &document, const QLocale &locale)
        : m_document(document)
        , m_locale(locale)
        , m_incident(document.incident())
    {
        m_zone = LocalTime::zoneFromId(m_incident.text(IncidentField::TimeZone));
        if (!m_zone.isValid())
            m_zone = QTimeZone::UTC;
        const QDateTime start = m_incident.value(IncidentField::StartedAt).toDateTime();
        if (start.isValid())
            m_referenceDate = start.toTimeZone(m_zone).date();
        for (const Record &event : document.records(Table::TimelineEvent)) {
            const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
            if (!at.isValid())
                continue;
            if (!m_referenceDate.isValid())
                m_referenceDate = at.toTimeZone(m_zone).date();
            if (at.toTimeZone(m_zone).date() != m_referenceDate)
                m_eventsSpanDays = true;
        }
    }

    Report build()
    {
        Report report = metadata();
        auto add = [&report](ReportSection section) {
            if (!section.blocks.isEmpty())
                report.sections.append(std::move(section));
        };
        add(titleSection());
        add(summarySection());
        add(metricsSection());
        add(figureSection());
        add(timelineSection());
        add(evidenceSection());
        add(questionsSection());
        add(factorsSection());
        add(remediationSection());
        add(declinedSection());
        add(biasSection());
        add(notesSection());
        add(statementSection());
        // The contents list only helps when there is more than the title block.
        if (report.sections.size() < 3 && !report.sections.isEmpty()
            && report.sections.first().key == "title"_L1) {
            auto &blocks = report.sections.first().blocks;
            blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                                        [](const ReportBlock &block) {
                                            return std::holds_alternative<ReportContents>(block);
                                        }),
                         blocks.end());
        }
        return report;
    }

    Report buildStatement()
    {
        Report report = metadata();
        report.subject = ReportBuilder::tr("Statement about the incident");
        report.reference.clear();
        ReportSection title{u"title"_s, report.title, false, false, {}};
        ReportTitleBlock block;
        block.title = report.title;
        if (m_referenceDate.isValid())
            block.subtitle = m_locale.toString(m_referenceDate, QLocale::LongFormat);
        title.blocks.append(block);
        report.sections.append(title);
        const struct
        {
            const char *key;
            int field;
            QString heading;
        } parts[] = {
            {"regret", IncidentField::Regret, ReportBuilder::tr("We are sorry")},
            {"reason", IncidentField::Reason, ReportBuilder::tr("What happened")},
            {"remedy", IncidentField::Remedy, ReportBuilder::tr("What we are doing about it")},
        };
        for (const auto &part : parts) {
            ReportSection section{QString::fromLatin1(part.key), part.heading, true, false, {}};
            for (const ReportParagraph &p : paragraphs(m_incident.text(part.field)))
                section.blocks.append(p);
            if (!section.blocks.isEmpty())
                report.sections.append(section);
        }
        return report;
    }

    QString statementText()
    {
        Report report = buildStatement();
        ReportText::makeVisible(report);
        QString text = report.title + u'\n';
        if (m_referenceDate.isValid())
            text += m_locale.toString(m_referenceDate, QLocale::LongFormat) + u'\n';
        for (const ReportSection &section : report.sections) {
            if (section.key == "title"_L1)
                continue;
            text += u'\n' + section.title + u'\n' + QString(section.title.size(), u'-') + u"\n\n"_s;
            for (const ReportBlock &block : section.blocks) {
                if (const auto *p = std::get_if<ReportParagraph>(&block))
                    text += plainText(p->spans) + u"\n\n"_s;
            }
        }
        while (text.endsWith(u"\n\n"_s))
            text.chop(1);
        return text;
    }

private:
    // --- Formatting
    QString dateTimeText(const QDateTime &utc, bool withZone = true) const
    {
        if (!utc.isValid())
            return {};
        const QDateTime local = utc.toTimeZone(m_zone);
        QString text = ReportBuilder::tr("%1, %2", "date, time")
                           .arg(m_locale.toString(local.date(), QLocale::LongFormat),
                                local.toString(u"HH:mm"_s));
        if (withZone)
            text += u' ' + zoneAbbreviation(local);
        return text;
    }

    QString zoneAbbreviation(const QDateTime &local) const
    {
        const QString abbreviation = m_zone.abbreviation(local);
        return abbreviation.isEmpty() ? offsetText(local) : abbreviation;
    }

    QString offsetText(const QDateTime &local) const
    {
        const int offset = m_zone.offsetFromUtc(local);
        const QTime time = QTime(0, 0).addSecs(std::abs(offset));
        return u"UTC"_s + (offset < 0 ? u'−' : u'+') + time.toString(u"HH:mm"_s);
    }

    QString shortTime(const QDateTime &utc) const
    {
        const QDateTime local = utc.toTimeZone(m_zone);
        if (m_eventsSpanDays || (m_referenceDate.isValid() && local.date() != m_referenceDate))
            return m_locale.toString(local, u"d MMM HH:mm"_s);
        return local.toString(u"HH:mm"_s);
    }

    QString eventTime(const Record &event) const
    {
        const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
        if (!at.isValid())
            return ReportBuilder::tr("no time");
        const QString precision = event.text(TimelineEventField::Precision);
        QString text = shortTime(at);
        const QDateTime until = event.value(TimelineEventField::OccurredUntil).toDateTime();
        if (precision == "range"_L1 && until.isValid()) {
            const QDateTime localUntil = until.toTimeZone(m_zone);
            text += u'–'
                    + (localUntil.date() == at.toTimeZone(m_zone).date()
                           ? localUntil.toString(u"HH:mm"_s)
                           : shortTime(until));
        }
        if (precision == "approximate"_L1)
            text = ReportBuilder::tr("≈ %1", "approximate time").arg(text);
        return text;
    }

    QString participantName(const QVariant &id) const
    {
        if (id.isNull())
            return {};
        const Record *participant = m_document.record(Table::Participant, id.toLongLong());
        return participant ? participant->text(ParticipantField::Name) : QString();
    }

    QString actorOf(const Record &event) const
    {
        const QString name = participantName(event.value(TimelineEventField::ActorParticipant));
        return name.isEmpty() ? event.text(TimelineEventField::ActorName).trimmed() : name;
    }

    // --- Sections
    Report metadata() const
    {
        Report report;
        report.title = m_incident.text(IncidentField::Title).trimmed();
        if (report.title.isEmpty())
            report.title = ReportBuilder::tr("Untitled post-mortem");
        report.reference = m_incident.text(IncidentField::Reference).trimmed();
        report.author = participantName(m_incident.value(IncidentField::Facilitator));
        report.subject = report.reference.isEmpty()
                             ? ReportBuilder::tr("Blameless post-mortem")
                             : ReportBuilder::tr("Blameless post-mortem of incident %1")
                                   .arg(report.reference);
        report.keywords = {ReportBuilder::tr("post-mortem"), ReportBuilder::tr("incident review")};
        if (!report.reference.isEmpty())
            report.keywords.append(report.reference);
        if (const Record *severity = severityRecord())
            report.keywords.append(severity->text(SeverityField::Key));
        report.language = m_locale.bcp47Name();
        report.footerNote = ReportBuilder::tr("Blameless post-mortem · %1")
                                .arg(choiceLabel(Vocabulary::IncidentStatus,
                                                 m_incident.text(IncidentField::Status)));
        return report;
    }

    const Record *severityRecord() const
    {
        const QVariant id = m_incident.value(IncidentField::Severity);
        return id.isNull() ? nullptr : m_document.record(Table::SeverityLevel, id.toLongLong());
    }

    ReportSection titleSection() const
    {
        ReportSection section{u"title"_s, ReportBuilder::tr("Overview"), false, false, {}};
        ReportTitleBlock block;
        block.title = metadata().title;
        const QString reference = m_incident.text(IncidentField::Reference).trimmed();
        block.subtitle = reference.isEmpty()
                             ? ReportBuilder::tr("Post-mortem report")
                             : ReportBuilder::tr("Post-mortem report · %1").arg(reference);
        auto row = [&block](const QString &label, QList<ReportParagraph> value) {
            if (!value.isEmpty())
                block.fields.rows.append({label, std::move(value)});
        };
        if (const Record *severity = severityRecord()) {
            QList<ReportParagraph> value{paragraph(
                {{severity->text(SeverityField::Key) + u" – "_s + severity->text(SeverityField::Name),
                  TextStyle::Strong}})};
            for (const ReportParagraph &p :
                 paragraphs(severity->text(SeverityField::Definition), ReportParagraph::Role::Small))
                value.append(p);
            row(ReportBuilder::tr("Severity"), value);
        }
        const QDateTime started = m_incident.value(IncidentField::StartedAt).toDateTime();
        const QDateTime ended = m_incident.value(IncidentField::EndedAt).toDateTime();
        if (started.isValid())
            row(ReportBuilder::tr("Started"), {plain(dateTimeText(started))});
        if (ended.isValid())
            row(ReportBuilder::tr("Ended"), {plain(dateTimeText(ended))});
        if (started.isValid() && ended.isValid() && started <= ended)
            row(ReportBuilder::tr("Duration"),
                {plain(IncidentMetrics::formatDuration(started.secsTo(ended)))});
        {
            const QDateTime at = started.isValid() ? started : QDateTime::currentDateTimeUtc();
            const QString zoneId = QString::fromUtf8(m_zone.id());
            row(ReportBuilder::tr("Time zone"),
                {paragraph({{zoneId + u" (" + offsetText(at.toTimeZone(m_zone)) + u')',
                             TextStyle::Plain},
                            {u"  "_s + ReportBuilder::tr("All times in this report are local "
                                                         "to this zone."),
                             TextStyle::Muted}})});
        }
        row(ReportBuilder::tr("Status"),
            {plain(choiceLabel(Vocabulary::IncidentStatus, m_incident.text(IncidentField::Status)))});
        const QString facilitator = participantName(m_incident.value(IncidentField::Facilitator));
        if (!facilitator.isEmpty())
            row(ReportBuilder::tr("Facilitator"), {plain(facilitator)});

        const QList<Record> &people = m_document.records(Table::Participant);
        if (!people.isEmpty()) {
            block.participants.header = {ReportBuilder::tr("Participant"), ReportBuilder::tr("Role"),
                                         ReportBuilder::tr("Team")};
            block.participants.columnWeights = {36, 30, 34};
            for (const Record &person : people) {
                block.participants.rows.append(
                    {{plain(person.text(ParticipantField::Name))},
                     {plain(choiceLabel(Vocabulary::ParticipantRole,
                                        person.text(ParticipantField::Role)))},
                     {plain(person.text(ParticipantField::Team))}});
            }
        }
        section.blocks.append(block);
        section.blocks.append(ReportContents{});
        return section;
    }

    ReportSection summarySection() const
    {
        ReportSection section{u"summary"_s, ReportBuilder::tr("Summary"), true, false, {}};
        for (const ReportParagraph &p : paragraphs(m_incident.text(IncidentField::Summary)))
            section.blocks.append(p);
        const QList<ReportParagraph> impact = paragraphs(m_incident.text(IncidentField::CustomerImpact));
        if (!impact.isEmpty()) {
            section.blocks.append(ReportHeading{2, ReportBuilder::tr("Customer impact")});
            for (const ReportParagraph &p : impact)
                section.blocks.append(p);
        }
        return section;
    }

    ReportSection metricsSection() const
    {
        ReportSection section{u"metrics"_s, ReportBuilder::tr("Time calculations"), true, false, {}};
        const IncidentMetrics metrics = IncidentMetrics::fromDocument(m_document);
        ReportTable table;
        table.header = {ReportBuilder::tr("Measure"), ReportBuilder::tr("From → to"),
                        ReportBuilder::tr("Duration")};
        table.columnWeights = {28, 42, 30};
        bool anyApproximate = false;
        bool anyKnown = false;
        for (const IncidentMetrics::Result &result : metrics.results()) {
            ReportTable::Cell value;
            if (result.hasValue()) {
                anyKnown = true;
                anyApproximate = anyApproximate || result.approximate;
                value.append(paragraph({{result.text(), TextStyle::Strong}}));
            } else {
                if (result.state == IncidentMetrics::State::OutOfOrder)
                    anyKnown = true;
                value.append(paragraph({{result.problem, TextStyle::Warning}},
                                       ReportParagraph::Role::Small));
            }
            for (const QString &note : result.notes)
                value.append(paragraph({{note, TextStyle::Muted}}, ReportParagraph::Role::Small));
            table.rows.append(
                {{plain(IncidentMetrics::metricLabel(result.metric))},
                 {plain(choiceLabel(Vocabulary::Milestone, result.fromMilestone) + u" → "_s
                        + choiceLabel(Vocabulary::Milestone, result.toMilestone))},
                 value});
        }
        bool anyMilestoneSet = false;
        ReportTable milestones;
        milestones.header = {ReportBuilder::tr("Milestone"), ReportBuilder::tr("Time"),
                             ReportBuilder::tr("Event")};
        milestones.columnWeights = {24, 22, 54};
        for (const Choice &choice : choices(Vocabulary::Milestone)) {
            const std::optional<MilestoneTime> time = metrics.milestone(choice.key);
            if (!time)
                continue;
            anyMilestoneSet = true;
            const Record *event = m_document.record(Table::TimelineEvent, time->eventId);
            QString when = shortTime(time->at);
            if (time->approximate)
                when = ReportBuilder::tr("≈ %1", "approximate time").arg(when);
            milestones.rows.append(
                {{plain(choice.label)},
                 {plain(when)},
                 {plain(event ? elided(event->text(TimelineEventField::WhatHappened), 140)
                              : QString(),
                        ReportParagraph::Role::Small)}});
        }
        if (!anyMilestoneSet && !anyKnown)
            return section;
        section.blocks.append(table);
        if (anyApproximate) {
            section.blocks.append(plain(ReportBuilder::tr("≈ marks a result that depends on an "
                                                          "approximate time."),
                                        ReportParagraph::Role::Small));
        }
        for (const QString &warning : metrics.orderWarnings())
            section.blocks.append(paragraph({{warning, TextStyle::Warning}}, ReportParagraph::Role::Small));
        if (!milestones.rows.isEmpty()) {
            section.blocks.append(ReportHeading{2, ReportBuilder::tr("Milestones")});
            section.blocks.append(milestones);
        }
        return section;
    }

    ReportSection figureSection() const
    {
        ReportSection section{u"timeline-figure"_s, ReportBuilder::tr("Timeline at a glance"), true,
                              false, {}};
        TimelineFigure figure;
        figure.zone = m_zone;
        QHash<QString, int> counts;
        QList<const Record *> timed;
        for (const Record &event : m_document.records(Table::TimelineEvent)) {
            const QDateTime at = event.value(TimelineEventField::OccurredAt).toDateTime();
            if (!at.isValid())
                continue;
            timed.append(&event);
            ++counts[laneName(event)];
        }
        if (timed.size() < 2)
            return section;
        // The busiest actors get their own lane; the rest share one.
        QStringList lanes = counts.keys();
        std::sort(lanes.begin(), lanes.end(), [&counts](const QString &a, const QString &b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
        });
        constexpr int MaxLanes = 8;
        const bool othersLane = lanes.size() > MaxLanes;
        if (othersLane)
            lanes = lanes.mid(0, MaxLanes - 1);
        // Lanes in order of first appearance read like the story.
        QStringList ordered;
        for (const Record *event : std::as_const(timed)) {
            const QString lane = laneName(*event);
            if (lanes.contains(lane) && !ordered.contains(lane))
                ordered.append(lane);
        }
        if (othersLane)
            ordered.append(ReportBuilder::tr("Others"));
        figure.lanes = ordered;

        QList<QString> kindsShown;
        for (const Record *event : std::as_const(timed)) {
            TimelineFigure::Event item;
            item.at = event->value(TimelineEventField::OccurredAt).toDateTime();
            const QString precision = event->text(TimelineEventField::Precision);
            if (precision == "range"_L1)
                item.until = event->value(TimelineEventField::OccurredUntil).toDateTime();
            item.approximate = precision == "approximate"_L1;
            item.kind = event->text(TimelineEventField::Kind);
            const qsizetype lane = ordered.indexOf(laneName(*event));
            item.lane = int(lane >= 0 ? lane : ordered.size() - 1);
            if (!kindsShown.contains(item.kind))
                kindsShown.append(item.kind);
            figure.events.append(item);
            extend(figure, item.at);
            if (item.until.isValid())
                extend(figure, item.until);
        }
        for (const Choice &choice : choices(Vocabulary::EventKind)) {
            if (kindsShown.contains(choice.key))
                figure.legend.append({choice.key, choice.label});
        }
        for (const QString &kind : std::as_const(kindsShown)) {
            if (!isChoice(Vocabulary::EventKind, kind))
                figure.legend.append({kind, kind.isEmpty() ? ReportBuilder::tr("Other") : kind});
        }
        const IncidentMetrics metrics = IncidentMetrics::fromDocument(m_document);
        for (const Choice &choice : choices(Vocabulary::Milestone)) {
            if (const auto time = metrics.milestone(choice.key)) {
                figure.milestones.append({time->at, choice.key, choice.label, time->approximate});
                extend(figure, time->at);
            }
        }
        if (const auto start = metrics.milestone(u"impact-start"_s)) {
            auto end = metrics.milestone(u"mitigated"_s);
            if (!end)
                end = metrics.milestone(u"resolved"_s);
            if (end && end->at > start->at) {
                figure.impactFrom = start->at;
                figure.impactTo = end->at;
            }
        }
        section.blocks.append(figure);
        return section;
    }

    static void extend(TimelineFigure &figure, const QDateTime &at)
    {
        if (!figure.from.isValid() || at < figure.from)
            figure.from = at;
        if (!figure.to.isValid() || at > figure.to)
            figure.to = at;
    }

    QString laneName(const Record &event) const
    {
        const QString actor = actorOf(event);
        return actor.isEmpty() ? ReportBuilder::tr("Unattributed") : actor;
    }

    ReportSection timelineSection() const
    {
        ReportSection section{u"timeline"_s, ReportBuilder::tr("Timeline"), true, false, {}};
        QHash<qint64, QList<const Record *>> viewsByEvent;
        for (const Record &view : m_document.records(Table::EventView))
            viewsByEvent[view.value(EventViewField::Event).toLongLong()].append(&view);
        QHash<qint64, QStringList> evidenceByEvent;
        for (const Record &link : m_document.records(Table::EventEvidence)) {
            const Record *evidence = m_document.record(
                Table::Evidence, link.value(EventEvidenceField::Evidence).toLongLong());
            if (evidence)
                evidenceByEvent[link.value(EventEvidenceField::Event).toLongLong()].append(
                    evidence->text(EvidenceField::Title));
        }
        const QList<Record> &events = m_document.records(Table::TimelineEvent);
        if (events.isEmpty())
            return section;
        section.blocks.append(plain(ReportBuilder::tr("What happened, as the people involved saw it "
                                                      "at the time: what they knew, and why their "
                                                      "actions made sense then."),
                                    ReportParagraph::Role::Small));
        for (const Record &event : events) {
            ReportEntry entry;
            entry.marker = eventTime(event);
            const QString actor = actorOf(event);
            if (!actor.isEmpty())
                entry.headline.append({actor, TextStyle::Strong});
            const QString kind = event.text(TimelineEventField::Kind);
            if (!kind.isEmpty()) {
                if (!entry.headline.isEmpty())
                    entry.headline.append({u" · "_s, TextStyle::Muted});
                entry.headline.append({choiceLabel(Vocabulary::EventKind, kind), TextStyle::Muted});
            }
            const QString milestone = event.text(TimelineEventField::Milestone);
            if (!milestone.isEmpty()) {
                if (!entry.headline.isEmpty())
                    entry.headline.append({u"  "_s, TextStyle::Plain});
                entry.headline.append({choiceLabel(Vocabulary::Milestone, milestone), TextStyle::Tag});
            }
            entry.paragraphs = paragraphs(event.text(TimelineEventField::WhatHappened));
            entry.paragraphs += labelled(ReportBuilder::tr("What they knew then:"),
                                         event.text(TimelineEventField::KnownThen));
            entry.paragraphs += labelled(ReportBuilder::tr("Why it made sense:"),
                                         event.text(TimelineEventField::WhyItMadeSense));
            entry.paragraphs += labelled(ReportBuilder::tr("Known only in hindsight:"),
                                         event.text(TimelineEventField::HindsightOnly));
            for (const Record *view : viewsByEvent.value(event.id)) {
                QString who = participantName(view->value(EventViewField::Participant));
                if (who.isEmpty())
                    who = view->text(EventViewField::AttributedTo).trimmed();
                const bool dissent = view->value(EventViewField::IsDissent).toBool();
                QString label = dissent ? ReportBuilder::tr("Dissenting view") : ReportBuilder::tr("Perspective");
                label = who.isEmpty() ? ReportBuilder::tr("%1 (anonymous):").arg(label)
                                      : ReportBuilder::tr("%1 of %2:").arg(label, who);
                QList<ReportParagraph> parts = labelled(label, view->text(EventViewField::View),
                                                        ReportParagraph::Role::Quote);
                if (dissent && !parts.isEmpty())
                    parts.first().spans.first().style = TextStyle::Tag;
                entry.paragraphs += parts;
            }
            const QStringList evidence = evidenceByEvent.value(event.id);
            if (!evidence.isEmpty()) {
                entry.paragraphs.append(paragraph({{ReportBuilder::tr("Evidence:") + u' ', TextStyle::Label},
                                                   {evidence.join(u"; "_s), TextStyle::Emphasis}},
                                                  ReportParagraph::Role::Small));
            }
            const QString source = event.text(TimelineEventField::Source);
            if (!source.isEmpty() && source != "typed"_L1) {
                QString text = choiceLabel(Vocabulary::EventSource, source);
                const QString detail = event.text(TimelineEventField::SourceDetail).simplified();
                if (!detail.isEmpty())
                    text += u" – "_s + elided(detail, 160);
                entry.paragraphs.append(paragraph({{ReportBuilder::tr("Source:") + u' ', TextStyle::Label},
                                                   {text, TextStyle::Muted}},
                                                  ReportParagraph::Role::Small));
            }
            section.blocks.append(entry);
        }
        return section;
    }

    ReportSection evidenceSection() const
    {
        ReportSection section{u"evidence"_s, ReportBuilder::tr("Evidence"), true, false, {}};
        for (const Record &evidence : m_document.records(Table::Evidence)) {
            const QString content = evidence.text(EvidenceField::Content);
            if (content.trimmed().isEmpty())
                continue;
            ReportCode code;
            code.title = evidence.text(EvidenceField::Title).trimmed();
            if (code.title.isEmpty())
                code.title = ReportBuilder::tr("Untitled excerpt");
            const QString kind = evidence.text(EvidenceField::Kind);
            const QString fileName = evidence.text(EvidenceField::FileName).trimmed();
            QStringList caption;
            if (!kind.isEmpty())
                caption.append(choiceLabel(Vocabulary::EvidenceKind, kind));
            if (!fileName.isEmpty())
                caption.append(fileName);
            const auto definition = EvidenceHighlighter::definitionFor(
                evidence.text(EvidenceField::SyntaxDefinition), fileName, content, kind);
            if (definition.isValid()) {
                code.languageToken = fenceToken(definition.name());
                caption.append(ReportBuilder::tr("highlighted as %1").arg(definition.translatedName()));
            }
            code.caption = caption.join(u" · "_s);
            code.lines = EvidenceHighlighter::highlight(content, definition,
                                                        ReportBuilder::MaxEvidenceLines,
                                                        &code.omittedLines);
            section.blocks.append(code);
        }
        return section;
    }

    static QString fenceToken(const QString &definitionName)
    {
        QString token;
        for (const QChar c : definitionName.toLower()) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'#'
                || c == u'-')
                token.append(c);
            else if (c == u' ')
                token.append(u'-');
        }
        return token;
    }

    ReportSection questionsSection() const
    {
        ReportSection section{u"questions"_s, ReportBuilder::tr("Questions"), true, false, {}};
        const QList<Record> &questions = m_document.records(Table::Question);
        QStringList checklists;
        for (const Choice &choice : choices(Vocabulary::Checklist))
            checklists.append(choice.key);
        for (const Record &question : questions) {
            const QString key = question.text(QuestionField::Checklist);
            if (!checklists.contains(key))
                checklists.append(key);
        }
        for (const QString &checklist : std::as_const(checklists)) {
            QList<ReportBlock> blocks;
            QStringList notDiscussed;
            for (const Record &question : questions) {
                if (question.text(QuestionField::Checklist) != checklist)
                    continue;
                const QString text = BuiltinQuestions::displayText(question).trimmed();
                const QString status = question.text(QuestionField::Status);
                const QString notes = question.text(QuestionField::Notes);
                if ((status.isEmpty() || status == "open"_L1) && notes.trimmed().isEmpty()) {
                    if (!text.isEmpty())
                        notDiscussed.append(text);
                    continue;
                }
                Spans head{{text, TextStyle::Strong}};
                if (!status.isEmpty()) {
                    head.append({u"  "_s, TextStyle::Plain});
                    head.append({choiceLabel(Vocabulary::QuestionStatus, status), TextStyle::Tag});
                }
                ReportParagraph asked = paragraph(head);
                asked.keepWithNext = !notes.trimmed().isEmpty();
                blocks.append(asked);
                const QList<ReportParagraph> answer = paragraphs(notes, ReportParagraph::Role::Quote);
                for (const ReportParagraph &p : answer)
                    blocks.append(p);
            }
            if (blocks.isEmpty())
                continue;
            section.blocks.append(ReportHeading{
                2, checklist.isEmpty() ? ReportBuilder::tr("Other questions")
                                       : choiceLabel(Vocabulary::Checklist, checklist)});
            section.blocks += blocks;
            if (!notDiscussed.isEmpty()) {
                section.blocks.append(paragraph({{ReportBuilder::tr("Not discussed:") + u' ', TextStyle::Label},
                                                 {notDiscussed.join(u" · "_s), TextStyle::Muted}},
                                                ReportParagraph::Role::Small));
            }
        }
        QList<ReportBlock> parked;
        for (const Record &item : m_document.records(Table::ParkingLotItem)) {
            const QString text = item.text(ParkingLotField::Text).simplified();
            if (text.isEmpty())
                continue;
            Spans spans{{text, TextStyle::Plain}};
            const QVariant promoted = item.value(ParkingLotField::PromotedTo);
            if (!promoted.isNull()) {
                if (const Record *target = m_document.record(Table::RemediationItem, promoted.toLongLong())) {
                    spans.append({u"  "_s + ReportBuilder::tr("→ remediation: %1")
                                                .arg(target->text(RemediationField::Title)),
                                  TextStyle::Muted});
                }
            }
            parked.append(paragraph(spans, ReportParagraph::Role::Bullet));
        }
        if (!parked.isEmpty()) {
            section.blocks.append(ReportHeading{2, ReportBuilder::tr("Parking lot")});
            section.blocks += parked;
        }
        return section;
    }

    ReportSection factorsSection() const
    {
        ReportSection section{u"factors"_s, ReportBuilder::tr("Contributing factors"), true, false, {}};
        const QList<Record> &factors = m_document.records(Table::ContributingFactor);
        if (factors.isEmpty())
            return section;
        section.blocks.append(plain(ReportBuilder::tr("Several factors came together; none of them "
                                                      "alone is “the root cause”, and no person is "
                                                      "a factor."),
                                    ReportParagraph::Role::Small));
        QHash<qint64, QList<qint64>> eventsByFactor;
        for (const Record &link : m_document.records(Table::FactorEvent))
            eventsByFactor[link.value(FactorEventField::Factor).toLongLong()].append(
                link.value(FactorEventField::Event).toLongLong());
        int number = 0;
        for (const Record &factor : factors) {
            QString title = factor.text(ContributingFactorField::Title).simplified();
            if (title.isEmpty())
                title = ReportBuilder::tr("Untitled factor");
            section.blocks.append(ReportHeading{2, ReportBuilder::tr("%1. %2").arg(++number).arg(title)});
            const QString category = factor.text(ContributingFactorField::Category);
            if (!category.isEmpty()) {
                section.blocks.append(paragraph({{ReportBuilder::tr("Category:") + u' ', TextStyle::Label},
                                                 {choiceLabel(Vocabulary::FactorCategory, category),
                                                  TextStyle::Plain}},
                                                ReportParagraph::Role::Small));
            }
            for (const ReportParagraph &p : paragraphs(factor.text(ContributingFactorField::Description)))
                section.blocks.append(p);
            QList<const Record *> linked;
            for (qint64 id : eventsByFactor.value(factor.id)) {
                if (const Record *event = m_document.record(Table::TimelineEvent, id))
                    linked.append(event);
            }
            std::sort(linked.begin(), linked.end(), [this](const Record *a, const Record *b) {
                return m_document.indexOf(Table::TimelineEvent, a->id)
                       < m_document.indexOf(Table::TimelineEvent, b->id);
            });
            if (!linked.isEmpty()) {
                ReportParagraph label = paragraph({{ReportBuilder::tr("Timeline events:"), TextStyle::Label}},
                                                  ReportParagraph::Role::Small);
                label.keepWithNext = true;
                section.blocks.append(label);
                for (const Record *event : std::as_const(linked)) {
                    section.blocks.append(paragraph(
                        {{eventTime(*event) + u"  "_s, TextStyle::Strong},
                         {elided(event->text(TimelineEventField::WhatHappened), 160), TextStyle::Plain}},
                        ReportParagraph::Role::Bullet));
                }
            }
        }
        return section;
    }

    ReportSection remediationSection() const
    {
        ReportSection section{u"remediation"_s, ReportBuilder::tr("Remediation"), true, false, {}};
        const QList<Record> &items = m_document.records(Table::RemediationItem);
        if (items.isEmpty())
            return section;
        QHash<QString, int> byStatus;
        for (const Record &item : items)
            ++byStatus[item.text(RemediationField::Status)];
        QStringList counts;
        for (const Choice &choice : choices(Vocabulary::RemediationStatus)) {
            if (byStatus.value(choice.key))
                counts.append(ReportBuilder::tr("%1 %2", "count, status")
                                  .arg(byStatus.value(choice.key))
                                  .arg(choice.label.toLower()));
        }
        QString summary = ReportBuilder::tr("%n action(s)", nullptr, int(items.size()));
        if (!counts.isEmpty())
            summary += u": "_s + counts.join(u", "_s);
        section.blocks.append(plain(summary + u". "_s
                                        + ReportBuilder::tr("Each action is meant to be specific, "
                                                            "measurable, agreed by its owner, "
                                                            "realistic and time-bound (SMART)."),
                                    ReportParagraph::Role::Small));
        ReportTable table;
        table.header = {ReportBuilder::tr("#"),        ReportBuilder::tr("Action"),
                        ReportBuilder::tr("Measure of success"), ReportBuilder::tr("Owner"),
                        ReportBuilder::tr("Effort"),   ReportBuilder::tr("Due"),
                        ReportBuilder::tr("Status")};
        table.columnWeights = {4, 30.5, 23, 13.5, 9.5, 9, 10.5};
        int number = 0;
        for (const Record &item : items) {
            ReportTable::Cell action;
            QString title = item.text(RemediationField::Title).simplified();
            if (!title.isEmpty())
                action.append(paragraph({{title, TextStyle::Strong}}));
            for (const ReportParagraph &p : paragraphs(item.text(RemediationField::SpecificChange)))
                action.append(p);
            QStringList details;
            if (!item.text(RemediationField::Priority).isEmpty())
                details.append(choiceLabel(Vocabulary::Priority, item.text(RemediationField::Priority)));
            if (!item.text(RemediationField::Kind).isEmpty())
                details.append(choiceLabel(Vocabulary::RemediationKind, item.text(RemediationField::Kind)));
            if (!details.isEmpty())
                action.append(paragraph({{details.join(u" · "_s), TextStyle::Muted}},
                                        ReportParagraph::Role::Small));
            const QString tracker = item.text(RemediationField::TrackerUrl).trimmed();
            if (!tracker.isEmpty())
                action.append(paragraph({{ReportBuilder::tr("Tracker:") + u' ', TextStyle::Label},
                                         {tracker, TextStyle::Muted}},
                                        ReportParagraph::Role::Small));
            const SmartResult smart = SmartCheck::check(item, m_today);
            if (!smart.passes()) {
                // The check's own sentences: "lacks Timebound" misreads a due date that passed.
                action.append(paragraph({{ReportBuilder::tr("SMART check: %1")
                                              .arg(smart.messages.join(u' ')),
                                          TextStyle::Warning}},
                                        ReportParagraph::Role::Small));
            }

            ReportTable::Cell owner;
            const QString ownerName = item.text(RemediationField::Owner).trimmed();
            if (!ownerName.isEmpty()) {
                owner.append(plain(ownerName));
                owner.append(paragraph({{item.value(RemediationField::OwnerAgreed).toBool()
                                             ? ReportBuilder::tr("agreed")
                                             : ReportBuilder::tr("not yet agreed"),
                                         item.value(RemediationField::OwnerAgreed).toBool()
                                             ? TextStyle::Muted
                                             : TextStyle::Warning}},
                                       ReportParagraph::Role::Small));
            }
            const QDate due = item.value(RemediationField::DueDate).toDate();
            table.rows.append(
                {{plain(QString::number(++number))},
                 action,
                 paragraphs(item.text(RemediationField::SuccessMeasure)),
                 owner,
                 item.text(RemediationField::Effort).isEmpty()
                     ? ReportTable::Cell{}
                     : ReportTable::Cell{plain(choiceLabel(Vocabulary::Effort,
                                                           item.text(RemediationField::Effort)))},
                 due.isValid() ? ReportTable::Cell{plain(m_locale.toString(due, QLocale::ShortFormat))}
                               : ReportTable::Cell{},
                 {plain(choiceLabel(Vocabulary::RemediationStatus,
                                    item.text(RemediationField::Status)))}});
        }
        section.blocks.append(table);
        return section;
    }

    ReportSection declinedSection() const
    {
        ReportSection section{u"declined"_s, ReportBuilder::tr("Decided not to do"), true, false, {}};
        ReportTable table;
        table.header = {ReportBuilder::tr("Option"), ReportBuilder::tr("Why not")};
        table.columnWeights = {38, 62};
        for (const Record &item : m_document.records(Table::DeclinedItem)) {
            const QString title = item.text(DeclinedItemField::Title).simplified();
            const QString reason = item.text(DeclinedItemField::Reason);
            if (title.isEmpty() && reason.trimmed().isEmpty())
                continue;
            table.rows.append({{paragraph({{title, TextStyle::Strong}})}, paragraphs(reason)});
        }
        if (!table.rows.isEmpty())
            section.blocks.append(table);
        return section;
    }

    ReportSection biasSection() const
    {
        ReportSection section{u"biases"_s, ReportBuilder::tr("Bias call-outs"), true, false, {}};
        ReportTable table;
        table.header = {ReportBuilder::tr("When"), ReportBuilder::tr("Bias"),
                        ReportBuilder::tr("During"), ReportBuilder::tr("Note")};
        table.columnWeights = {17, 20, 15, 48};
        for (const Record &callout : m_document.records(Table::BiasCallout)) {
            const QDateTime at = callout.value(BiasCalloutField::CalledAt).toDateTime();
            bool knownStep = false;
            const Step step = stepFromKey(callout.text(BiasCalloutField::Step), &knownStep);
            table.rows.append(
                {{plain(at.isValid() ? m_locale.toString(at.toTimeZone(m_zone), u"d MMM HH:mm"_s)
                                     : QString())},
                 {plain(choiceLabel(Vocabulary::Bias, callout.text(BiasCalloutField::Bias)))},
                 {plain(knownStep ? stepInfo(step).title : callout.text(BiasCalloutField::Step))},
                 paragraphs(callout.text(BiasCalloutField::Note))});
        }
        if (!table.rows.isEmpty()) {
            section.blocks.append(plain(ReportBuilder::tr("Moments when the room noticed a bias "
                                                          "and reframed the discussion."),
                                        ReportParagraph::Role::Small));
            section.blocks.append(table);
        }
        return section;
    }

    ReportSection notesSection() const
    {
        ReportSection section{u"notes"_s, ReportBuilder::tr("Notes"), true, false, {}};
        // Facilitator-only notes stay out of the published report.
        for (Step step : allSteps()) {
            const QString key = stepInfo(step).key;
            for (const Record &note : m_document.records(Table::StepNote)) {
                if (note.text(StepNoteField::Step) != key)
                    continue;
                const QList<ReportParagraph> parts = paragraphs(note.text(StepNoteField::Notes));
                if (parts.isEmpty())
                    continue;
                section.blocks.append(ReportHeading{2, stepInfo(step).title});
                for (const ReportParagraph &p : parts)
                    section.blocks.append(p);
            }
        }
        return section;
    }

    ReportSection statementSection() const
    {
        ReportSection section{u"statement"_s, ReportBuilder::tr("Customer-facing statement"), true,
                              true, {}};
        const struct
        {
            int field;
            QString heading;
        } parts[] = {
            {IncidentField::Regret, ReportBuilder::tr("Regret")},
            {IncidentField::Reason, ReportBuilder::tr("Reason")},
            {IncidentField::Remedy, ReportBuilder::tr("Remedy")},
        };
        for (const auto &part : parts) {
            const QList<ReportParagraph> text = paragraphs(m_incident.text(part.field));
            if (text.isEmpty())
                continue;
            section.blocks.append(ReportHeading{2, part.heading});
            for (const ReportParagraph &p : text)
                section.blocks.append(p);
        }
        if (!section.blocks.isEmpty()) {
            section.blocks.prepend(plain(ReportBuilder::tr("The statement for customers, built on the "
                                                           "3 R's: regret, reason, remedy. It is "
                                                           "also exported on its own."),
                                         ReportParagraph::Role::Small));
        }
        return section;
    }

    const Document &m_document;
    QLocale m_locale;
    const Record &m_incident;
    QTimeZone m_zone;
    QDate m_referenceDate;
    QDate m_today = QDate::currentDate();
    bool m_eventsSpanDays = false;
};

} // namespace

Report ReportBuilder::build(const Document &document, const QLocale &locale)
{
    Report report = Builder(document, locale).build();
    ReportText::makeVisible(report);
    return report;
}

Report ReportBuilder::buildStatement(const Document &document, const QLocale &locale)
{
    Report report = Builder(document, locale).buildStatement();
    ReportText::makeVisible(report);
    return report;
}

QString ReportBuilder::statementText(const Document &document, const QLocale &locale)
{
    return Builder(document, locale).statementText();
}

QStringList ReportBuilder::paragraphsOf(const QString &text)
{
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n\\s*"_s);
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList result;
    for (const QString &part : normalized.split(blankLines)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

} // namespace Debrief
