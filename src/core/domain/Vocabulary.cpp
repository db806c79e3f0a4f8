#include "Vocabulary.h"

#include <QCoreApplication>

namespace Debrief {

namespace {

struct Entry
{
    const char *key;
    const char *label;
};

#define CHOICE(key, label) {key, QT_TRANSLATE_NOOP("Vocabulary", label)}

QList<Entry> entries(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::ParticipantRole:
        return {CHOICE("facilitator", "Facilitator"),
                CHOICE("incident-commander", "Incident commander"),
                CHOICE("responder", "Responder"),
                CHOICE("subject-matter-expert", "Subject-matter expert"),
                CHOICE("communications", "Communications"),
                CHOICE("scribe", "Scribe"),
                CHOICE("observer", "Observer"),
                CHOICE("stakeholder", "Stakeholder")};
    case Vocabulary::IncidentStatus:
        return {CHOICE("draft", "Draft"), CHOICE("in-review", "In review"),
                CHOICE("published", "Published")};
    case Vocabulary::EventPrecision:
        return {CHOICE("exact", "Exact"), CHOICE("approximate", "Approximate"),
                CHOICE("range", "Range")};
    case Vocabulary::EventKind:
        return {CHOICE("alert", "Alert"),           CHOICE("observation", "Observation"),
                CHOICE("action", "Action"),         CHOICE("decision", "Decision"),
                CHOICE("communication", "Communication"), CHOICE("milestone", "Milestone")};
    case Vocabulary::Milestone:
        return {CHOICE("impact-start", "Impact started"), CHOICE("detected", "Detected"),
                CHOICE("acknowledged", "Acknowledged"),   CHOICE("mitigated", "Mitigated"),
                CHOICE("resolved", "Resolved")};
    case Vocabulary::EventSource:
        return {CHOICE("typed", "Typed"), CHOICE("log", "Imported log"),
                CHOICE("chat", "Imported chat")};
    case Vocabulary::Bias:
        return {CHOICE("hindsight", "Hindsight bias"), CHOICE("outcome", "Outcome bias"),
                CHOICE("recency", "Recency bias"),
                CHOICE("fundamental-attribution", "Fundamental attribution error"),
                CHOICE("other", "Other bias")};
    case Vocabulary::Checklist:
        return {CHOICE("people", "The people involved"), CHOICE("process", "The process"),
                CHOICE("aftermath", "The aftermath"),    CHOICE("culture", "The culture"),
                CHOICE("next-time", "The next time")};
    case Vocabulary::QuestionStatus:
        return {CHOICE("open", "Open"), CHOICE("discussed", "Discussed"),
                CHOICE("skipped", "Skipped")};
    case Vocabulary::FactorCategory:
        return {CHOICE("technology", "Technology"),
                CHOICE("process", "Process"),
                CHOICE("people-and-workload", "Workload and circumstances"),
                CHOICE("communication", "Communication"),
                CHOICE("environment", "Environment"),
                CHOICE("organisation", "Organisation")};
    case Vocabulary::EvidenceKind:
        return {CHOICE("log", "Log excerpt"), CHOICE("config", "Configuration"),
                CHOICE("command", "Commands"), CHOICE("code", "Code"), CHOICE("other", "Other")};
    case Vocabulary::RemediationKind:
        return {CHOICE("prevent", "Prevent"), CHOICE("detect", "Detect"),
                CHOICE("mitigate", "Mitigate"), CHOICE("learn", "Learn")};
    case Vocabulary::RemediationStatus:
        return {CHOICE("open", "Open"), CHOICE("in-progress", "In progress"),
                CHOICE("done", "Done")};
    case Vocabulary::Priority:
        return {CHOICE("P1", "P1 – urgent"), CHOICE("P2", "P2 – high"),
                CHOICE("P3", "P3 – normal"), CHOICE("P4", "P4 – low")};
    case Vocabulary::Effort:
        return {CHOICE("S", "Small (hours)"), CHOICE("M", "Medium (days)"),
                CHOICE("L", "Large (weeks)"), CHOICE("XL", "Very large (months)")};
    }
    return {};
}

#undef CHOICE

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
