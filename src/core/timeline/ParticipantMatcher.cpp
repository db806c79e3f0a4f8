#include "ParticipantMatcher.h"

#include "document/Document.h"

#include <QRegularExpression>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QString firstName(const QString &name)
{
    static const QRegularExpression separators(u"[\\s._-]+"_s);
    return name.section(separators, 0, 0, QString::SectionSkipEmpty);
}

QString withoutAt(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.startsWith(u'@') ? trimmed.mid(1) : trimmed;
}

} // namespace

ParticipantMatcher::ParticipantMatcher(QList<ParticipantName> participants)
    : m_participants(std::move(participants))
{
}

ParticipantMatcher ParticipantMatcher::fromDocument(const Document &document)
{
    QList<ParticipantName> names;
    for (const Record &participant : document.records(Table::Participant))
        names.append({participant.id, participant.text(ParticipantField::Name)});
    return ParticipantMatcher(names);
}

ParticipantMatcher::Match ParticipantMatcher::byPrefix(const QString &typed) const
{
    const QString wanted = withoutAt(typed);
    Match match;
    if (wanted.isEmpty())
        return match;
    QList<const ParticipantName *> found;
    for (const ParticipantName &participant : m_participants) {
        if (participant.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return {participant.id, {}};
        if (participant.name.trimmed().startsWith(wanted, Qt::CaseInsensitive))
            found.append(&participant);
    }
    if (found.size() == 1)
        match.id = found.constFirst()->id;
    else
        for (const ParticipantName *participant : std::as_const(found))
            match.candidates.append(participant->name);
    return match;
}

ParticipantMatcher::Match ParticipantMatcher::byChatName(const QString &author) const
{
    const QString wanted = withoutAt(author);
    Match match;
    if (wanted.isEmpty())
        return match;
    for (const ParticipantName &participant : m_participants) {
        if (participant.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return {participant.id, {}};
    }
    const QString wantedFirst = firstName(wanted);
    QList<const ParticipantName *> found;
    for (const ParticipantName &participant : m_participants) {
        if (!wantedFirst.isEmpty()
            && firstName(participant.name).compare(wantedFirst, Qt::CaseInsensitive) == 0)
            found.append(&participant);
    }
    if (found.size() == 1)
        match.id = found.constFirst()->id;
    else
        for (const ParticipantName *participant : std::as_const(found))
            match.candidates.append(participant->name);
    return match;
}

} // namespace Debrief
