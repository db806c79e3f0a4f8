#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Debrief {

class Document;

struct ParticipantName
{
    qint64 id = 0;
    QString name;
};

// Finds which participant a typed or imported name means. Names that match no one, or more
// than one person, stay free text: a system ("checkout-api") is an actor too.
class ParticipantMatcher
{
public:
    struct Match
    {
        qint64 id = 0; // 0: no single participant
        QStringList candidates; // the names it could be, when more than one
    };

    explicit ParticipantMatcher(QList<ParticipantName> participants = {});
    static ParticipantMatcher fromDocument(const Document &document);

    const QList<ParticipantName> &participants() const { return m_participants; }

    // Quick entry: the full name ignoring case, or the one name that starts with `typed`.
    Match byPrefix(const QString &typed) const;
    // Chat authors: the full name ignoring case, or the one participant whose first name is
    // the author's first name ("mira", "Mira L." and "mira.lindqvist" are Mira Lindqvist).
    Match byChatName(const QString &author) const;

private:
    QList<ParticipantName> m_participants;
};

} // namespace Debrief
