#include "Comparison.h"

#include "archive/ArchiveFormat.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <numeric>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QJsonValue secondsJson(const std::optional<qint64> &seconds)
{
    return seconds ? QJsonValue(double(*seconds)) : QJsonValue();
}

QJsonValue isoJson(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODateWithMs))
                            : QJsonValue();
}

QString percent(int part, int whole)
{
    return whole == 0 ? ArchiveFormat::notSet()
                      : QString::number(qRound(100.0 * part / whole)) + u'%';
}

// Union-find over all factors of the selection.
struct Groups
{
    QList<int> parent;
    int find(int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

} // namespace

Comparison::Comparison(QList<PostMortemSummary> documents, const QDate &today)
    : m_documents(std::move(documents))
    , m_today(today)
{
    findRecurrences();
}

std::optional<Comparison> Comparison::fromFiles(const QStringList &paths, QString *error,
                                                const QDate &today)
{
    if (paths.size() < MinDocuments || paths.size() > MaxDocuments) {
        *error = tr("Compare %1 to %2 post-mortems.").arg(MinDocuments).arg(MaxDocuments);
        return std::nullopt;
    }
    QList<PostMortemSummary> summaries;
    for (const QString &path : paths) {
        OpenError openError;
        auto document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
        if (!document) {
            *error = openError.reason;
            return std::nullopt;
        }
        summaries.append(summarizeDocument(*document));
    }
    return Comparison(std::move(summaries), today);
}

void Comparison::findRecurrences()
{
    QList<std::pair<int, int>> all; // (document, factor)
    QList<Similarity::Tokens> tokens;
    m_groups.clear();
    m_similar.clear();
    for (int d = 0; d < m_documents.size(); ++d) {
        const auto &factors = m_documents.at(d).factors;
        m_groups.append(QList<int>(factors.size(), -1));
        m_similar.append(QList<QList<FactorRef>>(factors.size()));
        for (int f = 0; f < factors.size(); ++f) {
            all.append({d, f});
            tokens.append(Similarity::tokens(factors.at(f).title, factors.at(f).description));
        }
    }
    Groups groups;
    groups.parent.resize(all.size());
    std::iota(groups.parent.begin(), groups.parent.end(), 0);
    QList<bool> linked(all.size(), false);
    for (int i = 0; i < all.size(); ++i) {
        for (int j = i + 1; j < all.size(); ++j) {
            const auto [di, fi] = all.at(i);
            const auto [dj, fj] = all.at(j);
            if (di == dj)
                continue; // recurrence is across post-mortems
            const Similarity::Score score = Similarity::score(
                tokens.at(i), m_documents.at(di).factors.at(fi).category, tokens.at(j),
                m_documents.at(dj).factors.at(fj).category);
            if (!score.resembles())
                continue;
            groups.unite(i, j);
            linked[i] = linked[j] = true;
            m_similar[di][fi].append({dj, fj, score});
            m_similar[dj][fj].append({di, fi, score});
        }
    }
    QHash<int, int> numbering;
    for (int i = 0; i < all.size(); ++i) {
        if (!linked.at(i))
            continue;
        const int root = groups.find(i);
        if (!numbering.contains(root))
            numbering.insert(root, int(numbering.size()));
        const auto [d, f] = all.at(i);
        m_groups[d][f] = numbering.value(root);
        std::sort(m_similar[d][f].begin(), m_similar[d][f].end(),
                  [](const FactorRef &a, const FactorRef &b) {
                      return a.score.value() > b.score.value();
                  });
    }
    m_groupCount = int(numbering.size());
}

int Comparison::recurrenceGroup(int document, int factor) const
{
    if (document < 0 || document >= m_groups.size() || factor < 0
        || factor >= m_groups.at(document).size())
        return -1;
    return m_groups.at(document).at(factor);
}

QList<Comparison::FactorRef> Comparison::similarFactors(int document, int factor) const
{
    if (recurrenceGroup(document, factor) < 0)
        return {};
    return m_similar.at(document).at(factor);
}

QString Comparison::recurrenceExplanation(int document, int factor) const
{
    QStringList lines;
    for (const FactorRef &other : similarFactors(document, factor)) {
        const PostMortemSummary &summary = m_documents.at(other.document);
        lines.append(tr("Resembles \"%1\" in %2 (%3). %4")
                         .arg(summary.factors.at(other.factor).title,
                              summary.title.isEmpty() ? tr("(untitled)") : summary.title,
                              ArchiveFormat::date(summary.incidentDate()),
                              Similarity::explain(other.score)));
    }
    return lines.join(u'\n');
}

QJsonObject Comparison::toJson() const
{
    QJsonArray documents;
    for (int d = 0; d < m_documents.size(); ++d) {
        const PostMortemSummary &summary = m_documents.at(d);
        QJsonArray checklists;
        for (const ChecklistCoverage &checklist : summary.coverage)
            checklists.append(QJsonObject{{u"checklist"_s, checklist.checklist},
                                          {u"questions"_s, checklist.questions},
                                          {u"discussed"_s, checklist.discussed}});
        QJsonArray factors;
        for (int f = 0; f < summary.factors.size(); ++f) {
            const ArchivedFactor &factor = summary.factors.at(f);
            QJsonArray similar;
            for (const FactorRef &other : similarFactors(d, f))
                similar.append(QJsonObject{{u"document"_s, other.document},
                                           {u"factor"_s, other.factor},
                                           {u"score"_s, other.score.value()},
                                           {u"jaccard"_s, other.score.jaccard},
                                           {u"sameCategory"_s, other.score.sameCategory}});
            const int group = recurrenceGroup(d, f);
            factors.append(QJsonObject{
                {u"title"_s, factor.title},
                {u"description"_s, factor.description},
                {u"category"_s, factor.category},
                {u"recurrenceGroup"_s, group < 0 ? QJsonValue() : QJsonValue(group)},
                {u"similarTo"_s, similar}});
        }
        QJsonArray remediation;
        for (const ArchivedRemediation &item : summary.remediation)
            remediation.append(QJsonObject{
                {u"title"_s, item.title},
                {u"owner"_s, item.owner},
                {u"dueDate"_s, item.dueDate.isValid() ? QJsonValue(item.dueDate.toString(Qt::ISODate))
                                                      : QJsonValue()},
                {u"status"_s, item.status},
                {u"priority"_s, item.priority},
                {u"kind"_s, item.kind},
                {u"overdue"_s, item.isOverdue(m_today)}});
        documents.append(QJsonObject{
            {u"path"_s, summary.path},
            {u"title"_s, summary.title},
            {u"reference"_s, summary.reference},
            {u"severity"_s, summary.severityKey},
            {u"severityName"_s, summary.severityName},
            {u"status"_s, summary.status},
            {u"startedAt"_s, isoJson(summary.startedAt)},
            {u"endedAt"_s, isoJson(summary.endedAt)},
            {u"timeToDetect"_s, secondsJson(summary.durations.toDetect)},
            {u"timeToAcknowledge"_s, secondsJson(summary.durations.toAcknowledge)},
            {u"timeToMitigate"_s, secondsJson(summary.durations.toMitigate)},
            {u"timeToResolve"_s, secondsJson(summary.durations.toResolve)},
            {u"impactDuration"_s, secondsJson(summary.durations.impact)},
            {u"customerImpact"_s, summary.customerImpact},
            {u"timelineEvents"_s, summary.timelineEvents},
            {u"questionCoverage"_s,
             QJsonObject{{u"questions"_s, summary.questionsTotal()},
                         {u"discussed"_s, summary.questionsDiscussed()},
                         {u"checklists"_s, checklists}}},
            {u"factors"_s, factors},
            {u"remediation"_s, remediation},
        });
    }
    return QJsonObject{
        {u"today"_s, m_today.toString(Qt::ISODate)},
        {u"documents"_s, documents},
        {u"recurrenceGroups"_s, m_groupCount},
        {u"similarity"_s,
         QJsonObject{{u"threshold"_s, Similarity::Threshold},
                     {u"categoryBonus"_s, Similarity::CategoryBonus},
                     {u"measure"_s, Similarity::measureDescription()}}},
    };
}

QString Comparison::toText() const
{
    QString text;
    QTextStream out(&text);
    const int count = int(m_documents.size());
    auto letter = [](int d) { return QString(QChar(u'A' + d)); };

    out << tr("Compared post-mortems") << u'\n';
    for (int d = 0; d < count; ++d) {
        const PostMortemSummary &summary = m_documents.at(d);
        out << u"  ["_s << letter(d) << u"] "_s
            << (summary.title.isEmpty() ? tr("(untitled)") : summary.title) << u"  ("_s
            << QDir::toNativeSeparators(summary.path) << u")\n"_s;
    }
    out << u'\n';

    struct Row
    {
        QString label;
        QStringList values;
    };
    QList<Row> rows;
    auto addRow = [&](const QString &label, const std::function<QString(const PostMortemSummary &)> &value) {
        Row row{label, {}};
        for (const PostMortemSummary &summary : m_documents)
            row.values.append(value(summary));
        rows.append(row);
    };
    addRow(tr("Incident id"), [](const PostMortemSummary &s) {
        return s.reference.isEmpty() ? ArchiveFormat::notSet() : s.reference;
    });
    addRow(tr("Severity"), [](const PostMortemSummary &s) {
        return ArchiveFormat::severity(s.severityKey, s.severityName);
    });
    addRow(tr("Status"), [](const PostMortemSummary &s) {
        return s.status.isEmpty() ? ArchiveFormat::notSet()
                                  : choiceLabel(Vocabulary::IncidentStatus, s.status);
    });
    addRow(tr("Started"), [](const PostMortemSummary &s) {
        return s.startedAt.isValid() ? s.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                     : ArchiveFormat::notSet();
    });
    addRow(tr("Ended"), [](const PostMortemSummary &s) {
        return s.endedAt.isValid() ? s.endedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                   : ArchiveFormat::notSet();
    });
    addRow(tr("Time to detect"), [](const PostMortemSummary &s) {
        return ArchiveFormat::duration(s.durations.toDetect);
    });
    addRow(tr("Time to acknowledge"), [](const PostMortemSummary &s) {
        return ArchiveFormat::duration(s.durations.toAcknowledge);
    });
    addRow(tr("Time to mitigate"), [](const PostMortemSummary &s) {
        return ArchiveFormat::duration(s.durations.toMitigate);
    });
    addRow(tr("Time to resolve"), [](const PostMortemSummary &s) {
        return ArchiveFormat::duration(s.durations.toResolve);
    });
    addRow(tr("Impact duration"), [](const PostMortemSummary &s) {
        return ArchiveFormat::duration(s.durations.impact);
    });
    addRow(tr("Timeline events"),
           [](const PostMortemSummary &s) { return QString::number(s.timelineEvents); });
    addRow(tr("Questions discussed"), [](const PostMortemSummary &s) {
        return tr("%1 of %2 (%3)")
            .arg(s.questionsDiscussed())
            .arg(s.questionsTotal())
            .arg(percent(s.questionsDiscussed(), s.questionsTotal()));
    });
    for (const Choice &checklist : choices(Vocabulary::Checklist)) {
        addRow(u"  "_s + checklist.label, [&checklist](const PostMortemSummary &s) {
            for (const ChecklistCoverage &c : s.coverage) {
                if (c.checklist == checklist.key)
                    return tr("%1 of %2").arg(c.discussed).arg(c.questions);
            }
            return ArchiveFormat::notSet();
        });
    }

    int labelWidth = 0;
    for (const Row &row : std::as_const(rows))
        labelWidth = std::max(labelWidth, int(row.label.size()));
    QList<int> widths(count, 0);
    for (int d = 0; d < count; ++d) {
        widths[d] = int(letter(d).size());
        for (const Row &row : std::as_const(rows))
            widths[d] = std::max(widths[d], int(row.values.at(d).size()));
    }
    out << QString(labelWidth + 2, u' ');
    for (int d = 0; d < count; ++d)
        out << letter(d).leftJustified(widths.at(d) + 2);
    out << u'\n';
    for (const Row &row : std::as_const(rows)) {
        out << row.label.leftJustified(labelWidth + 2);
        for (int d = 0; d < count; ++d)
            out << row.values.at(d).leftJustified(widths.at(d) + 2);
        out << u'\n';
    }

    out << u'\n' << tr("Customer impact") << u'\n';
    for (int d = 0; d < count; ++d) {
        const QString impact = m_documents.at(d).customerImpact.simplified();
        out << u"  "_s << letter(d) << u": "_s
            << (impact.isEmpty() ? ArchiveFormat::notSet() : impact) << u'\n';
    }

    out << u'\n' << tr("Contributing factors") << u'\n';
    for (int d = 0; d < count; ++d) {
        const auto &factors = m_documents.at(d).factors;
        for (int f = 0; f < factors.size(); ++f) {
            out << u"  "_s << letter(d) << u": "_s << factors.at(f).title;
            if (!factors.at(f).category.isEmpty())
                out << u" ["_s << choiceLabel(Vocabulary::FactorCategory, factors.at(f).category)
                    << u']';
            const int group = recurrenceGroup(d, f);
            if (group >= 0)
                out << u"  "_s << tr("<< recurring #%1").arg(group + 1);
            out << u'\n';
        }
        if (factors.isEmpty())
            out << u"  "_s << letter(d) << u": "_s << tr("(none)") << u'\n';
    }
    if (m_groupCount > 0)
        out << u"  "_s << Similarity::measureDescription() << u'\n';

    out << u'\n' << tr("Remediation") << u'\n';
    for (int d = 0; d < count; ++d) {
        const auto &items = m_documents.at(d).remediation;
        for (const ArchivedRemediation &item : items) {
            out << u"  "_s << letter(d) << u": ["_s
                << (item.status.isEmpty() ? ArchiveFormat::notSet()
                                          : choiceLabel(Vocabulary::RemediationStatus, item.status))
                << u"] "_s << item.title;
            QStringList details;
            if (!item.owner.isEmpty())
                details.append(item.owner);
            if (item.dueDate.isValid())
                details.append(tr("due %1").arg(ArchiveFormat::date(item.dueDate)));
            if (!details.isEmpty())
                out << u" – "_s << details.join(u", "_s);
            if (item.isOverdue(m_today))
                out << u"  "_s << tr("OVERDUE");
            out << u'\n';
        }
        if (items.isEmpty())
            out << u"  "_s << letter(d) << u": "_s << tr("(none)") << u'\n';
    }
    return text;
}

} // namespace Debrief
