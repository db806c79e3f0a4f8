#include "Vocabulary.h"

#include <QCoreApplication>

namespace Debrief {

namespace {

struct Entry
{
    const char *key;
    const char *label;
};

QList<Entry> entries(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::ParticipantRole:
        return {{"facilitator", QT_TRANSLATE_NOOP("Vocabulary", "Facilitator")},
            {"incident-commander", QT_TRANSLATE_NOOP("Vocabulary", "Incident commander")},
            {"responder", QT_TRANSLATE_NOOP("Vocabulary", "Responder")},
            {"subject-matter-expert", QT_TRANSLATE_NOOP("Vocabulary", "Subject-matter expert")},
            {"communications", QT_TRANSLATE_NOOP("Vocabulary", "Communications")},
            {"scribe", QT_TRANSLATE_NOOP("Vocabulary", "Scribe")},
            {"observer", QT_TRANSLATE_NOOP("Vocabulary", "Observer")},
            {"stakeholder", QT_TRANSLATE_NOOP("Vocabulary", "Stakeholder")}};
    case Vocabulary::IncidentStatus:
        return {{"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
            {"in-review", QT_TRANSLATE_NOOP("Vocabulary", "In review")},
            {"published", QT_TRANSLATE_NOOP("Vocabulary", "Published")}};
    case Vocabulary::EventPrecision:
        return {{"exact", QT_TRANSLATE_NOOP("Vocabulary", "Exact")},
            {"approximate", QT_TRANSLATE_NOOP("Vocabulary", "Approximate")},
            {"range", QT_TRANSLATE_NOOP("Vocabulary", "Range")}};
    case Vocabulary::EventKind:
        return {{"alert", QT_TRANSLATE_NOOP("Vocabulary", "Alert")},
            {"observation", QT_TRANSLATE_NOOP("Vocabulary", "Observation")},
            {"action", QT_TRANSLATE_NOOP("Vocabulary", "Action")},
            {"decision", QT_TRANSLATE_NOOP("Vocabulary", "Decision")},
            {"communication", QT_TRANSLATE_NOOP("Vocabulary", "Communication")},
            {"milestone", QT_TRANSLATE_NOOP("Vocabulary", "Milestone")}};
    case Vocabulary::Milestone:
        return {{"impact-start", QT_TRANSLATE_NOOP("Vocabulary", "Impact started")},
            {"detected", QT_TRANSLATE_NOOP("Vocabulary", "Detected")},
            {"acknowledged", QT_TRANSLATE_NOOP("Vocabulary", "Acknowledged")},
            {"mitigated", QT_TRANSLATE_NOOP("Vocabulary", "Mitigated")},
            {"resolved", QT_TRANSLATE_NOOP("Vocabulary", "Resolved")}};
    case Vocabulary::EventSource:
        return {{"typed", QT_TRANSLATE_NOOP("Vocabulary", "Typed")},
            {"log", QT_TRANSLATE_NOOP("Vocabulary", "Imported log")},
            {"chat", QT_TRANSLATE_NOOP("Vocabulary", "Imported chat")}};
    case Vocabulary::Bias:
        return {{"hindsight", QT_TRANSLATE_NOOP("Vocabulary", "Hindsight bias")},
            {"outcome", QT_TRANSLATE_NOOP("Vocabulary", "Outcome bias")},
            {"recency", QT_TRANSLATE_NOOP("Vocabulary", "Recency bias")},
            {"fundamental-attribution",
                QT_TRANSLATE_NOOP("Vocabulary", "Fundamental attribution error")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other bias")}};
    case Vocabulary::Checklist:
        return {{"people", QT_TRANSLATE_NOOP("Vocabulary", "The people involved")},
            {"process", QT_TRANSLATE_NOOP("Vocabulary", "The process")},
            {"aftermath", QT_TRANSLATE_NOOP("Vocabulary", "The aftermath")},
            {"culture", QT_TRANSLATE_NOOP("Vocabulary", "The culture")},
            {"next-time", QT_TRANSLATE_NOOP("Vocabulary", "The next time")}};
    case Vocabulary::QuestionStatus:
        return {{"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
            {"discussed", QT_TRANSLATE_NOOP("Vocabulary", "Discussed")},
            {"skipped", QT_TRANSLATE_NOOP("Vocabulary", "Skipped")}};
    case Vocabulary::FactorCategory:
        return {{"technology", QT_TRANSLATE_NOOP("Vocabulary", "Technology")},
            {"process", QT_TRANSLATE_NOOP("Vocabulary", "Process")},
            {"people-and-workload", QT_TRANSLATE_NOOP("Vocabulary", "Workload and circumstances")},
            {"communication", QT_TRANSLATE_NOOP("Vocabulary", "Communication")},
            {"environment", QT_TRANSLATE_NOOP("Vocabulary", "Environment")},
            {"organisation", QT_TRANSLATE_NOOP("Vocabulary", "Organisation")}};
    case Vocabulary::EvidenceKind:
        return {{"log", QT_TRANSLATE_NOOP("Vocabulary", "Log excerpt")},
            {"config", QT_TRANSLATE_NOOP("Vocabulary", "Configuration")},
            {"command", QT_TRANSLATE_NOOP("Vocabulary", "Commands")},
            {"code", QT_TRANSLATE_NOOP("Vocabulary", "Code")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::RemediationKind:
        return {{"prevent", QT_TRANSLATE_NOOP("Vocabulary", "Prevent")},
            {"detect", QT_TRANSLATE_NOOP("Vocabulary", "Detect")},
            {"mitigate", QT_TRANSLATE_NOOP("Vocabulary", "Mitigate")},
            {"learn", QT_TRANSLATE_NOOP("Vocabulary", "Learn")}};
    case Vocabulary::RemediationStatus:
        return {{"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
            {"in-progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
            {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")}};
    case Vocabulary::Priority:
        return {{"P1", QT_TRANSLATE_NOOP("Vocabulary", "P1 – urgent")},
            {"P2", QT_TRANSLATE_NOOP("Vocabulary", "P2 – high")},
            {"P3", QT_TRANSLATE_NOOP("Vocabulary", "P3 – normal")},
            {"P4", QT_TRANSLATE_NOOP("Vocabulary", "P4 – low")}};
    case Vocabulary::Effort:
        return {{"S", QT_TRANSLATE_NOOP("Vocabulary", "Small (hours)")},
            {"M", QT_TRANSLATE_NOOP("Vocabulary", "Medium (days)")},
            {"L", QT_TRANSLATE_NOOP("Vocabulary", "Large (weeks)")},
            {"XL", QT_TRANSLATE_NOOP("Vocabulary", "Very large (months)")}};
    }
    return {};
}

} // namespace

QList<Choice> choices(Vocabulary vocabulary)
{
    QList<Choice> result;
    for (const Entry &entry : entries(vocabulary))
        result.append({QString::fromLatin1(entry.key),
            QCoreApplication::translate("Vocabulary", entry.label)});
    return result;
}

QString choiceLabel(Vocabulary vocabulary, const QString &key)
{
    for (const Entry &entry : entries(vocabulary)) {
        if (key == QLatin1StringView(entry.key))
            return QCoreApplication::translate("Vocabulary", entry.label);
    }
    return key;
}

bool isChoice(Vocabulary vocabulary, const QString &key)
{
    const QList<Entry> all = entries(vocabulary);
    return std::any_of(all.cbegin(), all.cend(),
        [&](const Entry &entry) { return key == QLatin1StringView(entry.key); });
}

} // namespace Debrief
