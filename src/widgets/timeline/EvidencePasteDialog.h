#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;

namespace Ui {
class EvidencePasteDialog;
}

namespace Debrief {

// Fills `combo` with "Automatic" (an empty value: the definition follows the file name and
// content) and every syntax definition of the shared repository, by name.
void fillSyntaxItems(QComboBox *combo);

// Attach evidence by pasting: a title, the text, and its kind and highlighting, which are
// guessed from the text until the user chooses them.
class EvidencePasteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidencePasteDialog(QWidget *parent = nullptr);
    ~EvidencePasteDialog() override;

    QString title() const; // the typed title, else the first line of the text
    QString kind() const;
    QString definitionName() const; // empty: automatic
    QString content() const;

private:
    void guess();
    void validate();

    std::unique_ptr<Ui::EvidencePasteDialog> m_ui;
    QTimer m_guessTimer;
    bool m_kindChosen = false;
    bool m_syntaxChosen = false;
    bool m_settingGuess = false;
};

} // namespace Debrief
