#pragma once

#include <QList>
#include <QString>

// The fixed choices that fields offer. Keys are stored in documents and JSON and never
// change; labels are translated for display.
namespace Debrief {

enum class Vocabulary {
    ParticipantRole,
    IncidentStatus,
    EventPrecision,
    EventKind,
    Milestone,
    EventSource,
    Bias,
    Checklist,
    QuestionStatus,
    FactorCategory,
    EvidenceKind,
    RemediationKind,
    RemediationStatus,
    Priority,
    Effort,
};

struct Choice
{
    QString key;
    QString label;
};

QList<Choice> choices(Vocabulary vocabulary);
// The translated label of `key`, or `key` itself when it is not one of the choices (files
// from other tools may hold values we do not know; they are shown, never dropped).
QString choiceLabel(Vocabulary vocabulary, const QString &key);
bool isChoice(Vocabulary vocabulary, const QString &key);

} // namespace Debrief
