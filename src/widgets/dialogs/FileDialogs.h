#pragma once

#include <QString>

class QWidget;

namespace Debrief {

// Every file dialog of the program goes through here, so that GUI tests can answer them
// without a modal dialog (as KeePassXC's FileDialog does).
class FileDialogs
{
public:
    // An empty result means the user cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedName, const QString &filter);

    // Tests: the next dialog returns `fileName` at once, without showing (empty: cancel).
    static void setNextFileName(const QString &fileName);

    // The folder the last dialog ended in (kept in the settings).
    static QString lastDirectory();
    static void setLastDirectory(const QString &folder);
};

} // namespace Debrief
