#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Debrief::Benchmarks {

// Runs `work` `runs` times and returns the median in milliseconds.
double medianMs(int runs, const std::function<void()> &work);

// Collects rows and prints them as a table with the target and whether it was met.
class BenchmarkTable
{
public:
    explicit BenchmarkTable(QString title);
    // targetMs 0: a row for comparison, without a target.
    void add(const QString &name, double measuredMs, double targetMs, const QString &note = {});
    void print() const;

private:
    struct Row
    {
        QString name;
        double measured;
        double target;
        QString note;
    };
    QString m_title;
    QList<Row> m_rows;
};

} // namespace Debrief::Benchmarks
