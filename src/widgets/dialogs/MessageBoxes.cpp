#include "MessageBoxes.h"

#include <QPushButton>

#include <optional>

namespace Debrief {

namespace {

std::optional<QMessageBox::StandardButton> &nextAnswer()
{
    static std::optional<QMessageBox::StandardButton> next;
    return next;
}

QString &lastText()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
                                                   const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton,
                                                   const ButtonTexts &buttonTexts)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, buttonTexts);
}

QMessageBox::StandardButton MessageBoxes::warning(QWidget *parent, const QString &title,
                                                  const QString &text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton,
                                                  const ButtonTexts &buttonTexts)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton, buttonTexts);
}

QMessageBox::StandardButton MessageBoxes::critical(QWidget *parent, const QString &title,
                                                   const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton, {});
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QString MessageBoxes::lastMessage()
{
    return lastText();
}

void MessageBoxes::clearLastMessage()
{
    lastText().clear();
}

QMessageBox::StandardButton MessageBoxes::show(QMessageBox::Icon icon, QWidget *parent,
                                               const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton,
                                               const ButtonTexts &buttonTexts)
{
    lastText() = text;
    if (const auto answer = nextAnswer()) {
        nextAnswer().reset();
        return *answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

} // namespace Debrief
