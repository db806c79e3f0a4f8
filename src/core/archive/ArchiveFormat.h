#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Debrief {

// How the archive shows its values to people; shared by models, comparison and CLI.
class ArchiveFormat
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveFormat)

public:
    // IncidentMetrics::formatDuration ("1 h 41 min"), or "–" when unknown.
    static QString duration(const std::optional<qint64> &seconds);
    // "SEV2 – Major", the key alone, or "–".
    static QString severity(const QString &key, const QString &name);
    // ISO 8601 (unambiguous in every language, sorts as text), "–" when unknown.
    static QString date(const QDateTime &moment);
    static QString date(const QDate &day);
    static QString notSet() { return QStringLiteral("–"); }
};

} // namespace Debrief
