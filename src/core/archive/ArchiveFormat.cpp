#include "ArchiveFormat.h"

#include "timeline/IncidentMetrics.h"

namespace Debrief {

using namespace Qt::StringLiterals;

QString ArchiveFormat::duration(const std::optional<qint64> &seconds)
{
    return seconds ? IncidentMetrics::formatDuration(*seconds) : notSet();
}

QString ArchiveFormat::severity(const QString &key, const QString &name)
{
    if (key.isEmpty() && name.isEmpty())
        return notSet();
    if (key.isEmpty() || name.isEmpty())
        return key.isEmpty() ? name : key;
    return key + u" – "_s + name;
}

QString ArchiveFormat::date(const QDateTime &moment)
{
    return moment.isValid() ? date(moment.toUTC().date()) : notSet();
}

QString ArchiveFormat::date(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : notSet();
}

} // namespace Debrief
