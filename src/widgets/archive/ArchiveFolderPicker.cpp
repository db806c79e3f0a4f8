#include "ArchiveFolderPicker.h"

#include "dialogs/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace Debrief {

namespace {

std::optional<QString> &nextFolder()
{
    static std::optional<QString> folder;
    return folder;
}

} // namespace

QString ArchiveFolderPicker::getExistingDirectory(QWidget *parent, const QString &caption)
{
    QString folder;
    if (nextFolder()) {
        folder = *nextFolder();
        nextFolder().reset();
    } else {
        folder = QFileDialog::getExistingDirectory(parent, caption, FileDialogs::lastDirectory());
    }
    if (!folder.isEmpty())
        FileDialogs::setLastDirectory(folder);
    return folder;
}

void ArchiveFolderPicker::setNextFolder(const QString &folder)
{
    nextFolder() = folder;
}

} // namespace Debrief
