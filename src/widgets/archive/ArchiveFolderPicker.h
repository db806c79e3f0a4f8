#pragma once

#include <QString>

class QWidget;

namespace Debrief {

// Choosing an archive folder goes through here, so that GUI tests can answer the folder
// dialog without showing it (as FileDialogs does for files).
class ArchiveFolderPicker
{
public:
    // An empty result means the user cancelled.
    static QString getExistingDirectory(QWidget *parent, const QString &caption);

    // Tests: the next dialog returns `folder` at once, without showing (empty: cancel).
    static void setNextFolder(const QString &folder);
};

} // namespace Debrief
