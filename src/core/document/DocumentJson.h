#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Debrief {

class Document;

// The portable JSON form of a whole post-mortem (docs/json-format.md).
class DocumentJson
{
    Q_DECLARE_TR_FUNCTIONS(DocumentJson)

public:
    static constexpr int FormatVersion = 1;
    // JSON larger than this is refused before parsing.
    static constexpr qint64 MaxInputBytes = 256LL * 1024 * 1024;

    static QJsonObject toJson(const Document &document);
    static QByteArray toBytes(const Document &document);

    // Creates a new document file at `targetPath` from JSON; the target appears only when
    // the whole import succeeded. Returns false with a one-line reason otherwise.
    static bool importToFile(const QByteArray &json, const QString &targetPath, QString *error);
};

} // namespace Debrief
