#include "CallOutBiasDialog.h"

#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

CallOutBiasDialog::CallOutBiasDialog(Document *document, Step step, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_step(step)
{
    setObjectName(u"callOutBiasDialog"_s);
    setWindowTitle(tr("Call Out a Bias"));

    auto *question = new QLabel(
        tr("Which bias did you notice? Choose with the arrow keys or its number.\nIt is logged "
           "with the time and the step “%1”; the meeting stays where it is.")
            .arg(stepInfo(step).title),
        this);
    question->setObjectName(u"questionLabel"_s);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);

    m_biasList = new QListWidget(this);
    m_biasList->setObjectName(u"biasListWidget"_s);
    m_biasList->setAccessibleName(tr("Bias"));
    const QList<Choice> biases = choices(Vocabulary::Bias);
    for (qsizetype i = 0; i < biases.size(); ++i) {
        auto *item = new QListWidgetItem(
            tr("%1   %2", "number key, bias").arg(i + 1).arg(biases.at(i).label), m_biasList);
        item->setData(KeyRole, biases.at(i).key);
    }
    m_biasList->setCurrentRow(0);
    m_biasList->installEventFilter(this);
    // Every choice visible at once, without scrolling.
    m_biasList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_biasList->setMinimumHeight(
        m_biasList->sizeHintForRow(0) * int(biases.size()) + 2 * m_biasList->frameWidth() + 4);

    auto *noteLabel = new QLabel(tr("&Note (optional):"), this);
    noteLabel->setObjectName(u"noteLabel"_s);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(u"noteLineEdit"_s);
    m_noteEdit->setPlaceholderText(tr("What was said, or why it sounds like this bias"));
    noteLabel->setBuddy(m_noteEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton *record = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    record->setObjectName(u"recordPushButton"_s);
    record->setDefault(true);
    record->setEnabled(m_document && !m_document->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &CallOutBiasDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CallOutBiasDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(question);
    layout->addWidget(m_biasList);
    layout->addWidget(noteLabel);
    layout->addWidget(m_noteEdit);
    layout->addWidget(buttons);

    setTabOrder(m_biasList, m_noteEdit);
    m_biasList->setFocus(Qt::OtherFocusReason);
}

QString CallOutBiasDialog::chosenBias() const
{
    const QListWidgetItem *item = m_biasList->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void CallOutBiasDialog::setChosenBias(const QString &key)
{
    for (int row = 0; row < m_biasList->count(); ++row) {
        if (m_biasList->item(row)->data(KeyRole).toString() == key)
            m_biasList->setCurrentRow(row);
    }
}

void CallOutBiasDialog::accept()
{
    Document *document = m_document;
    const QString bias = chosenBias();
    if (document && !document->isReadOnly() && !bias.isEmpty()) {
        QDateTime now = QDateTime::currentDateTimeUtc();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        Record callout = emptyRecord(Table::BiasCallout);
        callout.values[BiasCalloutField::CalledAt] = now;
        callout.values[BiasCalloutField::Bias] = bias;
        callout.values[BiasCalloutField::Step] = stepInfo(m_step).key;
        callout.values[BiasCalloutField::Note] = m_noteEdit->text().trimmed();
        // A macro only to give the undo step a name the room recognises.
        QUndoStack *stack = document->undoStack();
        stack->beginMacro(tr("Call out %1").arg(choiceLabel(Vocabulary::Bias, bias)));
        m_recordedId = document->insertRecord(Table::BiasCallout, callout);
        stack->endMacro();
    }
    QDialog::accept();
}

bool CallOutBiasDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Number keys choose in the list; in the note they are just digits.
    if (watched == m_biasList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = key->key() - Qt::Key_1;
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && row >= 0
            && row < m_biasList->count() && key->key() <= Qt::Key_9) {
            m_biasList->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Debrief
