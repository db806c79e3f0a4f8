#include "AppPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Debrief::AppPaths {

using namespace Qt::StringLiterals;

QString untitledFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"untitled"_s);
}

QString newUntitledPath()
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(0x10000), 16);
    return QDir(untitledFolder()).filePath(u"untitled-%1-%2.debrief"_s.arg(stamp, suffix));
}

bool isUntitled(const QString &documentPath)
{
    return QFileInfo(documentPath).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

} // namespace Debrief::AppPaths
