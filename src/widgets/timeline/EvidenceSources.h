#pragma once

#include <QCoreApplication>
#include <QString>

namespace Debrief {

// Where evidence text comes from and what it looks like: reading an attached file within the
// size cap, and guessing the kind and the syntax definition of pasted or attached text.
class EvidenceSources
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSources)

public:
    // Evidence is an excerpt: larger texts belong in the tracker, not in the post-mortem file.
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;

    struct Guess
    {
        QString kind; // Vocabulary::EvidenceKind key
        QString definition; // KSyntaxHighlighting definition name; empty: plain text
    };

    // Log excerpts (most lines carry a time stamp the log importer reads) get the log
    // definition; otherwise the file name, then the content decide.
    static Guess guess(const QString &content, const QString &fileName = {});

    // The text of `path`, or false with a translated reason: too large, not text (binary),
    // unreadable.
    static bool readFile(const QString &path, QString *content, QString *error);
    // The reason pasted text is refused, or empty when it is fine.
    static QString checkPasted(const QString &content);

    // "2.4 MB" for messages.
    static QString sizeText(qint64 bytes);
};

} // namespace Debrief
