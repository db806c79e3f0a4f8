#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Debrief {

class Document;

// The steps of the facilitated meeting, in the order the room walks them.
enum class Step { Prepare, Context, Biases, Timeline, Questions, Factors, Remediation, Review };

struct StepInfo
{
    Step step;
    QString key;   // stored in step notes and bias call-outs
    QString title; // translated
    QString summary;
};

const QList<Step> &allSteps();
StepInfo stepInfo(Step step);
Step stepFromKey(const QString &key, bool *ok = nullptr);

// How far a step is: `done` of `total` checks pass; `missing` names the others.
struct StepProgress
{
    int done = 0;
    int total = 0;
    QStringList missing;
    bool isComplete() const { return total > 0 && done == total; }
};

StepProgress stepProgress(const Document &document, Step step);

} // namespace Debrief
