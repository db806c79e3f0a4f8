#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}

std::optional<QString> takeNextFileName()
{
    std::optional<QString> next = nextFileName();
    nextFileName().reset();
    return next;
}

void remember(const QString &fileName)
{
    if (!fileName.isEmpty())
        FileDialogs::setLastDirectory(QFileInfo(fileName).absolutePath());
}

} // namespace

QString FileDialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString fileName;
    if (const auto next = takeNextFileName())
        fileName = *next;
    else
        fileName = QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter);
    remember(fileName);
    return fileName;
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption,
                                     const QString &suggestedName, const QString &filter)
{
    QString fileName;
    if (const auto next = takeNextFileName())
        fileName = *next;
    else
        fileName = QFileDialog::getSaveFileName(
            parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
    remember(fileName);
    return fileName;
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

QString FileDialogs::lastDirectory()
{
    const QString folder = QSettings().value(u"files/lastDirectory"_s).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileDialogs::setLastDirectory(const QString &folder)
{
    QSettings().setValue(u"files/lastDirectory"_s, folder);
}

} // namespace Debrief
