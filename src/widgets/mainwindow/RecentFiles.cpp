#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Debrief::RecentFiles {

using namespace Qt::StringLiterals;

namespace {

const QString Key = u"recentFiles"_s;

void store(const QStringList &paths)
{
    QSettings().setValue(Key, paths);
}

} // namespace

QStringList list()
{
    QStringList paths = QSettings().value(Key).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, MaxCount);
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, MaxCount));
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void clear()
{
    store({});
}

} // namespace Debrief::RecentFiles
