#include "BlamelessLanguageChecker.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr auto Options = QRegularExpression::CaseInsensitiveOption
                         | QRegularExpression::UseUnicodePropertiesOption;
constexpr int MaxFragmentDepth = 8;

// Not preceded by a word and a space: the start of the text, of a sentence, of a line, or
// after a colon or an opening quote. A comma or a word before means the middle of a clause.
const QString StartPattern = u"(?<![\\w,;)\\-–][ \\t\\x{00A0}])"
                              u"(?<![\\w,;)\\-–][ \\t\\x{00A0}]{2})(?<![,;])"_s;
const QString WordPattern = u"[^\\s.!?;,:]+"_s;

bool expandFragments(const QString &pattern, const QHash<QString, QString> &fragments, int depth,
                     QString *result, QString *error)
{
    static const QRegularExpression reference(u"\\{([A-Za-z][A-Za-z0-9]*)\\}"_s);
    QString expanded;
    qsizetype last = 0;
    auto it = reference.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        expanded += QStringView(pattern).sliced(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == "participant"_L1 || name == "start"_L1 || name == "word"_L1) {
            expanded += match.captured(0);
            continue;
        }
        const auto found = fragments.constFind(name);
        if (found == fragments.constEnd()) {
            *error = LanguageRuleSet::tr("unknown fragment {%1}").arg(name);
            return false;
        }
        if (depth >= MaxFragmentDepth) {
            *error = LanguageRuleSet::tr("fragments nest too deeply at {%1}").arg(name);
            return false;
        }
        QString inner;
        if (!expandFragments(*found, fragments, depth + 1, &inner, error))
            return false;
        expanded += u"(?:"_s + inner + u')';
    }
    expanded += QStringView(pattern).sliced(last);
    *result = expanded;
    return true;
}

// A space in a rule file stands for any run of white space (line breaks, several spaces),
// which keeps the files readable for translators.
QString spacesToWhitespace(const QString &pattern)
{
    QString result;
    result.reserve(pattern.size() + 16);
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            result += c;
            result += pattern.at(++i);
        } else if (inClass) {
            if (c == u']')
                inClass = false;
            result += c;
        } else if (c == u'[') {
            inClass = true;
            result += c;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^')
                result += pattern.at(++i);
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u']')
                result += pattern.at(++i);
        } else if (c == u' ') {
            result += "\\s+"_L1;
        } else {
            result += c;
        }
    }
    return result;
}

bool usesParticipants(const QString &pattern, const QHash<QString, QString> &fragments)
{
    QString expanded, error;
    return expandFragments(pattern, fragments, 0, &expanded, &error)
           && expanded.contains("{participant}"_L1);
}

QRegularExpression compiled(const QString &pattern, QString *error)
{
    QRegularExpression regex(pattern, Options);
    if (!regex.isValid()) {
        *error = LanguageRuleSet::tr("%1 at offset %2")
                     .arg(regex.errorString())
                     .arg(regex.patternErrorOffset());
        return {};
    }
    regex.optimize();
    return regex;
}

QString wordBounded(const QString &pattern)
{
    return u"(?<!\\w)(?:"_s + pattern + u")(?!\\w)"_s;
}

bool isApostrophe(QChar c)
{
    return c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC);
}

} // namespace

namespace LanguagePatterns {

QString expand(const QString &pattern, const QHash<QString, QString> &fragments,
               const QString &participantPattern, QString *error)
{
    QString expanded;
    if (!expandFragments(pattern, fragments, 0, &expanded, error))
        return {};
    expanded = spacesToWhitespace(expanded);
    expanded.replace("{participant}"_L1, participantPattern);
    expanded.replace("{start}"_L1, StartPattern);
    expanded.replace("{word}"_L1, WordPattern);
    return expanded;
}

QString participantPattern(const QStringList &names)
{
    QStringList alternatives;
    auto add = [&alternatives](const QStringList &parts) {
        QStringList escaped;
        for (const QString &part : parts)
            escaped.append(QRegularExpression::escape(part));
        const QString alternative = escaped.join("\\s+"_L1);
        if (!alternative.isEmpty() && !alternatives.contains(alternative))
            alternatives.append(alternative);
    };
    for (const QString &name : names) {
        const QStringList parts = name.simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        add(parts);
        // People are mostly called by one part of their name in a meeting.
        if (parts.size() > 1) {
            for (const QString &part : parts) {
                if (part.size() >= 2 && part.at(0).isUpper())
                    add({part});
            }
        }
    }
    if (alternatives.isEmpty())
        return u"(?!)"_s;
    std::stable_sort(alternatives.begin(), alternatives.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return u"(?-i:"_s + alternatives.join(u'|') + u')';
}

std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype position)
{
    auto isTerminator = [](QChar c) { return c == u'.' || c == u'!' || c == u'?'; };
    qsizetype begin = std::clamp<qsizetype>(position, 0, text.size());
    while (begin > 0) {
        const QChar previous = text.at(begin - 1);
        if (previous == u'\n')
            break;
        if (isTerminator(previous) && begin < text.size() && text.at(begin).isSpace())
            break;
        --begin;
    }
    qsizetype end = std::clamp<qsizetype>(position, 0, text.size());
    while (end < text.size()) {
        const QChar c = text.at(end);
        if (c == u'\n')
            break;
        ++end;
        if (isTerminator(c) && (end == text.size() || text.at(end).isSpace()))
            break;
    }
    return {begin, end};
}

} // namespace LanguagePatterns

BlamelessLanguageChecker::BlamelessLanguageChecker(const QStringList &languages,
                                                   const QStringList &participantNames)
    : m_participantNames(participantNames)
{
    for (const QString &requested : languages) {
        const QString code = requested.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
        if (m_languages.contains(code))
            continue;
        if (const LanguageRuleSet *set = LanguageRuleSet::builtin(code)) {
            m_languages.append(code);
            m_sets.append(set);
        }
    }
    if (m_sets.isEmpty()) {
        if (const LanguageRuleSet *english = LanguageRuleSet::builtin(u"en"_s)) {
            m_languages.append(u"en"_s);
            m_sets.append(english);
        }
    }
    compile(false);
}

QStringList BlamelessLanguageChecker::availableLanguages()
{
    return LanguageRuleSet::builtinLanguages();
}

QStringList BlamelessLanguageChecker::defaultLanguages()
{
    QStringList languages{u"en"_s};
    const QString ui = QLocale().name().section(u'_', 0, 0).toLower();
    if (ui != "en"_L1 && availableLanguages().contains(ui))
        languages.append(ui);
    return languages;
}

void BlamelessLanguageChecker::setParticipantNames(const QStringList &names)
{
    if (names == m_participantNames)
        return;
    m_participantNames = names;
    compile(true);
}

void BlamelessLanguageChecker::compile(bool participantRulesOnly)
{
    const QString participants = LanguagePatterns::participantPattern(m_participantNames);
    auto compileRule = [&](CompiledRule &rule) {
        const LanguageRuleSet &set = *m_sets.at(rule.languageIndex);
        const LanguageRuleSpec &spec = set.rules.at(rule.specIndex);
        QString error;
        const QString pattern = LanguagePatterns::expand(spec.pattern, set.fragments,
                                                         participants, &error);
        rule.regex = pattern.isEmpty() ? QRegularExpression()
                                       : compiled(wordBounded(pattern), &error);
        rule.exceptions.clear();
        for (const LanguageRuleException &exception : spec.exceptions) {
            if (!error.isEmpty())
                break;
            const QString expanded = LanguagePatterns::expand(exception.pattern, set.fragments,
                                                              participants, &error);
            if (expanded.isEmpty())
                break;
            QRegularExpression regex = compiled(
                exception.sentenceScope ? expanded : wordBounded(expanded), &error);
            rule.exceptions.append({regex, exception.sentenceScope});
        }
        if (!error.isEmpty()) {
            // A rule whose pattern or exceptions do not compile would mark too much or
            // nothing at all: it is left out and reported.
            rule.regex = QRegularExpression();
            m_problems.append(u"%1/%2: %3"_s.arg(set.language, spec.id, error));
        }
    };

    if (!participantRulesOnly) {
        m_rules.clear();
        m_problems.clear();
        for (int l = 0; l < m_sets.size(); ++l) {
            const LanguageRuleSet &set = *m_sets.at(l);
            for (int r = 0; r < set.rules.size(); ++r) {
                const LanguageRuleSpec &spec = set.rules.at(r);
                CompiledRule rule;
                rule.languageIndex = l;
                rule.specIndex = r;
                rule.usesParticipants = usesParticipants(spec.pattern, set.fragments);
                for (const LanguageRuleException &exception : spec.exceptions)
                    rule.usesParticipants |= usesParticipants(exception.pattern, set.fragments);
                compileRule(rule);
                m_rules.append(rule);
            }
        }
    } else {
        for (CompiledRule &rule : m_rules) {
            if (rule.usesParticipants)
                compileRule(rule);
        }
    }

    m_personSubjects.clear();
    for (const LanguageRuleSet *set : std::as_const(m_sets)) {
        if (set->personSubjects.isEmpty())
            continue;
        QString error;
        const QString pattern = LanguagePatterns::expand(set->personSubjects, set->fragments,
                                                         participants, &error);
        QRegularExpression regex = pattern.isEmpty()
                                       ? QRegularExpression()
                                       : compiled(u"^[^\\w]*("_s + pattern + u")(?!\\w)"_s, &error);
        if (regex.isValid() && error.isEmpty())
            m_personSubjects.append(regex);
        else if (!participantRulesOnly)
            m_problems.append(u"%1/personSubjects: %2"_s.arg(set->language, error));
    }
}

bool BlamelessLanguageChecker::isSuppressed(const CompiledRule &rule, QStringView text,
                                            qsizetype start, qsizetype length) const
{
    const qsizetype end = start + length;
    auto [sentenceStart, sentenceEnd] = LanguagePatterns::sentenceAround(text, start);
    if (sentenceEnd < end)
        sentenceEnd = LanguagePatterns::sentenceAround(text, end - 1).second;
    const QStringView sentence = text.sliced(sentenceStart, sentenceEnd - sentenceStart);
    for (const CompiledException &exception : rule.exceptions) {
        auto it = exception.regex.globalMatchView(sentence);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (exception.sentenceScope)
                return true;
            const qsizetype matchStart = sentenceStart + match.capturedStart();
            if (matchStart >= end)
                break;
            if (matchStart + match.capturedLength() > start)
                return true;
        }
    }
    return false;
}

QList<LanguageFinding> BlamelessLanguageChecker::check(QStringView input) const
{
    // Typographic apostrophes become ASCII ones in a copy of the same length, so that
    // rule files need only one spelling and spans stay valid for the original text.
    QString normalized;
    QStringView text = input;
    if (std::any_of(input.begin(), input.end(), isApostrophe)) {
        normalized = input.toString();
        for (QChar &c : normalized) {
            if (isApostrophe(c))
                c = u'\'';
        }
        text = normalized;
    }

    struct Candidate
    {
        qsizetype start;
        qsizetype length;
        int rule;
    };
    QList<Candidate> candidates;
    for (int r = 0; r < m_rules.size(); ++r) {
        const CompiledRule &rule = m_rules.at(r);
        if (!rule.regex.isValid() || rule.regex.pattern().isEmpty())
            continue;
        auto it = rule.regex.globalMatchView(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype length = match.capturedLength();
            if (length <= 0)
                continue;
            if (!rule.exceptions.isEmpty() && isSuppressed(rule, text, start, length))
                continue;
            candidates.append({start, length, r});
        }
    }
    if (candidates.isEmpty())
        return {};

    // Where matches overlap, the longest (then the earlier rule) says the most.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.length != b.length)
                             return a.length > b.length;
                         return a.rule < b.rule;
                     });
    std::map<qsizetype, Candidate> accepted;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const qsizetype end = candidate.start + candidate.length;
        auto after = accepted.lower_bound(candidate.start);
        if (after != accepted.end() && after->first < end)
            continue;
        if (after != accepted.begin()) {
            const Candidate &before = std::prev(after)->second;
            if (before.start + before.length > candidate.start)
                continue;
        }
        accepted.emplace(candidate.start, candidate);
    }

    QList<LanguageFinding> findings;
    findings.reserve(qsizetype(accepted.size()));
    for (const auto &[start, candidate] : accepted) {
        const CompiledRule &rule = m_rules.at(candidate.rule);
        const LanguageRuleSet &set = *m_sets.at(rule.languageIndex);
        const LanguageRuleSpec &spec = set.rules.at(rule.specIndex);
        findings.append({candidate.start, candidate.length, spec.id, spec.category, set.language,
                         input.sliced(candidate.start, candidate.length).toString(), spec.reason,
                         spec.suggestion});
    }
    return findings;
}

QString BlamelessLanguageChecker::personSubjectAtStart(QStringView text) const
{
    for (const QRegularExpression &regex : m_personSubjects) {
        const QRegularExpressionMatch match = regex.matchView(text);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

bool BlamelessLanguageChecker::isVagueChange(const QString &text)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> result;
        for (const QString &language : LanguageRuleSet::builtinLanguages()) {
            const LanguageRuleSet *set = LanguageRuleSet::builtin(language);
            if (!set)
                continue;
            for (const QString &pattern : set->vagueChanges) {
                QString error;
                const QString expanded = LanguagePatterns::expand(pattern, set->fragments,
                                                                  u"(?!)"_s, &error);
                QRegularExpression regex = expanded.isEmpty() ? QRegularExpression()
                                                              : compiled(expanded, &error);
                if (error.isEmpty())
                    result.append(regex);
            }
        }
        return result;
    }();
    const QString simplified = text.simplified();
    return std::any_of(patterns.cbegin(), patterns.cend(), [&](const QRegularExpression &regex) {
        return regex.match(simplified).hasMatch();
    });
}

} // namespace Debrief
