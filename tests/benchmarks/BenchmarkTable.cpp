#include "BenchmarkTable.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace Debrief::Benchmarks {

using namespace Qt::StringLiterals;

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

BenchmarkTable::BenchmarkTable(QString title)
    : m_title(std::move(title))
{
}

void BenchmarkTable::add(const QString &name, double measuredMs, double targetMs, const QString &note)
{
    m_rows.append({name, measuredMs, targetMs, note});
}

void BenchmarkTable::print() const
{
    QTextStream out(stdout);
    out << "## " << m_title << "\n\n";
    out << "| benchmark | median (ms) | target (ms) | met | note |\n";
    out << "|---|---:|---:|:-:|---|\n";
    for (const Row &row : m_rows) {
        // A row without a target (0) is there for comparison only.
        const bool hasTarget = row.target > 0;
        out << "| " << row.name << " | " << QString::number(row.measured, 'f', 2) << " | "
            << (hasTarget ? QString::number(row.target, 'f', 0) : u"–"_s) << " | "
            << (!hasTarget ? u"–"_s : row.measured <= row.target ? u"yes"_s : u"NO"_s) << " | "
            << row.note << " |\n";
    }
    out.flush();
}

} // namespace Debrief::Benchmarks
