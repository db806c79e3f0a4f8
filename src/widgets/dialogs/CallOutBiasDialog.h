#pragma once

#include "domain/Steps.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QListWidget;

namespace Debrief {

class Document;

// "Call out a bias", from any step: which bias (arrow keys or 1–5), an optional note, Enter
// records it with the current time and the step, as one undoable edit. Made for the keyboard
// and for a sentence in progress: it opens without blocking and closes on Enter or Escape.
class CallOutBiasDialog : public QDialog
{
    Q_OBJECT

public:
    CallOutBiasDialog(Document *document, Step step, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    // The key (Vocabulary::Bias) of the bias chosen now.
    QString chosenBias() const;
    void setChosenBias(const QString &key);
    // The call-out written by the last accept(), 0 if none.
    qint64 recordedId() const { return m_recordedId; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<Document> m_document;
    Step m_step;
    QListWidget *m_biasList;
    QLineEdit *m_noteEdit;
    qint64 m_recordedId = 0;
};

} // namespace Debrief
