#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>

namespace Debrief {

// Every message box of the program goes through here, so that GUI tests can answer them
// without a modal dialog (as KeePassXC's MessageBox does). Texts are always plain text:
// they often carry file names and reasons that must not be read as markup.
class MessageBoxes
{
public:
    using ButtonTexts = QHash<QMessageBox::StandardButton, QString>;

    static QMessageBox::StandardButton question(
        QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton,
        const ButtonTexts &buttonTexts = {});
    static QMessageBox::StandardButton warning(
        QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton,
        const ButtonTexts &buttonTexts = {});
    static QMessageBox::StandardButton critical(
        QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // Tests: the next message box returns `answer` at once, without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last message box (shown or answered), and clearing it.
    static QString lastMessage();
    static void clearLastMessage();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const ButtonTexts &buttonTexts);
};

} // namespace Debrief
