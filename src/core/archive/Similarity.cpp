#include "Similarity.h"

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// Words that say nothing about what happened; English and German, the languages Debrief
// ships in.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QString list =
            u"a an and are as at be been being but by can could did do does for from had has "
            u"have he her his how i if in into is it its no not of on or our she so than that "
            u"the their them then there these they this those to too was we were what when "
            u"where which while who why will with without would you your all any after before "
            u"during over under up down out off about again more most some such only own same "
            u"very just also us"
            u" der die das ein eine einer eines einem einen und oder aber nicht ist sind war "
            u"waren wird werden wurde wurden hat haben hatte mit von zu zum zur im in am an auf "
            u"aus bei für fur nach über uber unter vor durch als wie wenn dass dem den des es "
            u"sie er wir ihr sich auch noch nur schon so kein keine"_s;
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

bool endsWith(const QString &word, QLatin1StringView suffix)
{
    return word.endsWith(suffix);
}

// Folds plural and verb endings so that "alerts", "alerted" and "alerting" meet.
QString stem(QString word)
{
    if (word.size() > 4 && endsWith(word, "ies"_L1))
        word = word.chopped(3) + u'y';
    else if (endsWith(word, "sses"_L1))
        word.chop(2);
    else if (word.size() > 3 && word.endsWith(u's') && !endsWith(word, "ss"_L1)
             && !endsWith(word, "us"_L1) && !endsWith(word, "is"_L1))
        word.chop(1);
    if (word.size() >= 6 && endsWith(word, "ing"_L1))
        word.chop(3);
    else if (word.size() >= 5 && endsWith(word, "ed"_L1))
        word.chop(2);
    if (word.size() > 3 && word.endsWith(u'e'))
        word.chop(1);
    return word;
}

} // namespace

Similarity::Tokens Similarity::tokens(const QString &text)
{
    // Decompose, then drop the accents, so that "Überlast" and "uberlast" are one word.
    const QString folded = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    Tokens result;
    QString word;
    auto flush = [&] {
        if (word.size() >= 2 && !stopWords().contains(word))
            result.insert(stem(word));
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return result;
}

Similarity::Tokens Similarity::tokens(const QString &title, const QString &description)
{
    return tokens(QString(title + u'\n' + description));
}

QString Similarity::join(const Tokens &tokens)
{
    QStringList list(tokens.cbegin(), tokens.cend());
    list.sort();
    return list.join(u' ');
}

Similarity::Tokens Similarity::split(const QString &joined)
{
    const QStringList list = joined.split(u' ', Qt::SkipEmptyParts);
    return Tokens(list.cbegin(), list.cend());
}

double Similarity::Score::value() const
{
    return std::min(1.0, jaccard + (sameCategory ? CategoryBonus : 0.0));
}

Similarity::Score Similarity::score(const Tokens &a, const QString &categoryA, const Tokens &b,
                                    const QString &categoryB)
{
    Score result;
    result.sameCategory = !categoryA.isEmpty() && categoryA == categoryB;
    const Tokens &smaller = a.size() <= b.size() ? a : b;
    const Tokens &larger = a.size() <= b.size() ? b : a;
    for (const QString &token : smaller) {
        if (larger.contains(token))
            ++result.sharedWords;
    }
    result.allWords = int(a.size() + b.size()) - result.sharedWords;
    // Two empty texts share nothing worth pointing out.
    result.jaccard = result.allWords == 0 ? 0.0 : double(result.sharedWords) / result.allWords;
    return result;
}

QString Similarity::explain(const Score &score)
{
    const QString words = tr("%1 of %2 distinct words in common (Jaccard %3)")
                              .arg(score.sharedWords)
                              .arg(score.allWords)
                              .arg(score.jaccard, 0, 'f', 2);
    if (score.sameCategory)
        return tr("Similarity %1: %2, plus %3 for the same category.")
            .arg(score.value(), 0, 'f', 2)
            .arg(words)
            .arg(CategoryBonus, 0, 'f', 2);
    return tr("Similarity %1: %2.").arg(score.value(), 0, 'f', 2).arg(words);
}

QString Similarity::measureDescription()
{
    return tr("Similarity compares the distinct words of the title and description (ignoring "
              "case, accents, word endings and common words such as \"the\"): words in common "
              "divided by all distinct words of both (the Jaccard index, 0 to 1), plus %1 when "
              "both have the same category. Items with a similarity of %2 or more are shown as "
              "resembling each other.")
        .arg(CategoryBonus, 0, 'f', 2)
        .arg(Threshold, 0, 'f', 2);
}

} // namespace Debrief
