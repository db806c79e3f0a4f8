#pragma once

#include "archive/PostMortemSummary.h"
#include "archive/Similarity.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace Debrief {

// Two to four post-mortems side by side. Contributing factors that resemble one another
// across the selection (Similarity) form recurrence groups, so that a view can highlight
// them in the same way; remediation items are marked overdue against `today`.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    static constexpr int MinDocuments = 2;
    static constexpr int MaxDocuments = 4;

    struct FactorRef
    {
        int document = -1;
        int factor = -1;
        Similarity::Score score;
    };

    explicit Comparison(QList<PostMortemSummary> documents, const QDate &today = QDate::currentDate());
    // Opens each file read-only (untrusted input); on failure `error` says which and why.
    static std::optional<Comparison> fromFiles(const QStringList &paths, QString *error,
                                               const QDate &today = QDate::currentDate());

    const QList<PostMortemSummary> &documents() const { return m_documents; }
    QDate today() const { return m_today; }

    // The recurrence group of a factor (0, 1, ...), or -1 when it resembles no factor of
    // another post-mortem in the selection. Resemblance is made transitive within a group.
    int recurrenceGroup(int document, int factor) const;
    int recurrenceGroupCount() const { return m_groupCount; }
    // The factors of other post-mortems in the selection that this one resembles directly.
    QList<FactorRef> similarFactors(int document, int factor) const;
    // Translated: what it resembles, with the score and how the score came about.
    QString recurrenceExplanation(int document, int factor) const;

    QJsonObject toJson() const;
    // A plain-text side-by-side report for the terminal.
    QString toText() const;

private:
    void findRecurrences();

    QList<PostMortemSummary> m_documents;
    QDate m_today;
    // Per document, per factor.
    QList<QList<int>> m_groups;
    QList<QList<QList<FactorRef>>> m_similar;
    int m_groupCount = 0;
};

} // namespace Debrief
