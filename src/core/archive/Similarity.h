#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Debrief {

// How alike two contributing factors (or two remediation items) are, so that the archive can
// say "seen before". Deliberately simple and explainable to the room:
//   score = Jaccard(tokens A, tokens B) + CategoryBonus when both have the same category,
// capped at 1. Tokens are the distinct words of title + description, case- and
// accent-folded, without common words, with light English suffix stripping. Two items
// resemble each other when score >= Threshold. See docs/archive.md.
class Similarity
{
    Q_DECLARE_TR_FUNCTIONS(Similarity)

public:
    static constexpr double Threshold = 0.3;
    static constexpr double CategoryBonus = 0.1;

    using Tokens = QSet<QString>;

    static Tokens tokens(const QString &text);
    static Tokens tokens(const QString &title, const QString &description);
    // Stored form of a token set (sorted, space separated) and back.
    static QString join(const Tokens &tokens);
    static Tokens split(const QString &joined);

    struct Score
    {
        double jaccard = 0;
        bool sameCategory = false;
        int sharedWords = 0;
        int allWords = 0;
        double value() const;
        bool resembles() const { return value() >= Threshold; }
    };
    static Score score(const Tokens &a, const QString &categoryA, const Tokens &b,
                       const QString &categoryB);

    // One translated sentence: how this score came about.
    static QString explain(const Score &score);
    // The measure itself, for tooltips and help.
    static QString measureDescription();
};

} // namespace Debrief
