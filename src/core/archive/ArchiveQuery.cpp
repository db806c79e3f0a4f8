#include "ArchiveQuery.h"

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// Bounds what a pasted novel can cost the search.
constexpr int MaxTerms = 32;
constexpr int MaxWordLength = 100;

struct Term
{
    QStringList words;
    bool phrase = false;
    bool open = false; // a phrase still being typed
};

QString quoted(const QStringList &words)
{
    QString text = words.join(u' ');
    text.replace(u'"', "\"\""_L1); // words never hold quotes; doubled anyway, as FTS5 wants
    return u'"' + text + u'"';
}

} // namespace

QString toFtsQuery(const QString &userInput)
{
    QList<Term> terms;
    Term phrase;
    bool inPhrase = false;
    QString word;
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString bounded = word.left(MaxWordLength);
        if (inPhrase)
            phrase.words.append(bounded);
        else
            terms.append({{bounded}, false, false});
        word.clear();
    };
    for (const QChar c : userInput) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
            continue;
        }
        endWord();
        if (c == u'"') {
            if (inPhrase && !phrase.words.isEmpty()) {
                phrase.phrase = true;
                terms.append(phrase);
            }
            phrase = Term();
            inPhrase = !inPhrase;
        }
    }
    endWord();
    if (inPhrase && !phrase.words.isEmpty()) {
        phrase.phrase = true;
        phrase.open = true;
        terms.append(phrase);
    }

    QStringList parts;
    for (const Term &term : std::as_const(terms)) {
        if (parts.size() == MaxTerms)
            break;
        // A closed phrase is exact; single words and a phrase being typed match as prefixes.
        parts.append(quoted(term.words) + (term.phrase && !term.open ? QString() : u"*"_s));
    }
    return parts.join(u' ');
}

} // namespace Debrief
