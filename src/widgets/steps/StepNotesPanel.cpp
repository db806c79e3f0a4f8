#include "StepNotesPanel.h"

#include "document/Document.h"
#include "views/FieldBinding.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

struct PanelTexts
{
    QString notesLabel;
    QString notesPlaceholder;
    QString facilitatorLabel;
    QString facilitatorPlaceholder;
};

PanelTexts textsFor(Step step)
{
    // Mnemonics differ per step so that they never collide with the page's own.
    PanelTexts texts{StepNotesPanel::tr("Step notes (shown to everyone):"), QString(),
                     StepNotesPanel::tr("Facilitator notes (not pro&jected):"),
                     StepNotesPanel::tr("Reminders for yourself; hidden when presenting")};
    switch (step) {
    case Step::Prepare:
        texts.notesLabel = StepNotesPanel::tr("&Notes (shown to everyone):");
        texts.notesPlaceholder = StepNotesPanel::tr(
            "Sources of the timeline, who reviewed it, what to bring to the meeting");
        texts.facilitatorLabel = StepNotesPanel::tr("Facilitator notes (&just for you):");
        break;
    case Step::Context:
        texts.notesPlaceholder =
            StepNotesPanel::tr("What the room added to the ground rules, questions raised");
        break;
    case Step::Biases:
        texts.notesPlaceholder =
            StepNotesPanel::tr("How the room wants to call out biases, agreements made");
        break;
    case Step::Timeline:
        texts.notesLabel = StepNotesPanel::tr("Notes on the &timeline:");
        texts.notesPlaceholder = StepNotesPanel::tr(
            "Open questions about the sequence, facts still to check, who to ask.");
        texts.facilitatorLabel = StepNotesPanel::tr("Facilitator notes (not &projected):");
        texts.facilitatorPlaceholder =
            StepNotesPanel::tr("Who has not spoken yet, what to come back to.");
        break;
    case Step::Questions:
        texts.notesPlaceholder =
            StepNotesPanel::tr("Themes across the questions, what the room wants to revisit");
        break;
    case Step::Factors:
        texts.notesPlaceholder =
            StepNotesPanel::tr("How the factors interact, what is still unclear");
        break;
    case Step::Remediation:
        texts.notesPlaceholder =
            StepNotesPanel::tr("Who else must agree, dependencies between the items");
        break;
    case Step::Review:
        texts.notesPlaceholder =
            StepNotesPanel::tr("Who gets the report, what to communicate and when");
        break;
    }
    return texts;
}

} // namespace

StepNotesPanel::StepNotesPanel(Step step, QWidget *parent)
    : QWidget(parent)
    , m_step(step)
{
    setObjectName(u"stepNotesPanel"_s);
    const PanelTexts texts = textsFor(step);

    m_notesLabel = new QLabel(texts.notesLabel, this);
    m_notesLabel->setObjectName(u"notesLabel"_s);
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(u"notesPlainTextEdit"_s);
    m_notesEdit->setPlaceholderText(texts.notesPlaceholder);
    m_notesEdit->setTabChangesFocus(true);
    m_notesLabel->setBuddy(m_notesEdit);

    m_facilitatorNotesLabel = new QLabel(texts.facilitatorLabel, this);
    m_facilitatorNotesLabel->setObjectName(u"facilitatorNotesLabel"_s);
    m_facilitatorNotesEdit = new QPlainTextEdit(this);
    m_facilitatorNotesEdit->setObjectName(u"facilitatorNotesPlainTextEdit"_s);
    m_facilitatorNotesEdit->setPlaceholderText(texts.facilitatorPlaceholder);
    m_facilitatorNotesEdit->setTabChangesFocus(true);
    m_facilitatorNotesLabel->setBuddy(m_facilitatorNotesEdit);

    m_timeboxLabel = new QLabel(tr("Timebo&x:"), this);
    m_timeboxLabel->setObjectName(u"timeboxLabel"_s);
    m_timeboxSpinBox = new QSpinBox(this);
    m_timeboxSpinBox->setObjectName(u"timeboxSpinBox"_s);
    m_timeboxSpinBox->setRange(0, 600);
    m_timeboxSpinBox->setSingleStep(5);
    // 0 stands for "not set": stored as null.
    m_timeboxSpinBox->setSpecialValueText(tr("No timebox"));
    m_timeboxSpinBox->setSuffix(tr(" min", "timebox in minutes"));
    m_timeboxSpinBox->setToolTip(tr("How long the room means to spend on this step"));
    m_timeboxSpinBox->installEventFilter(this);
    m_timeboxLabel->setBuddy(m_timeboxSpinBox);

    for (QWidget *widget : {static_cast<QWidget *>(m_facilitatorNotesLabel),
                            static_cast<QWidget *>(m_facilitatorNotesEdit),
                            static_cast<QWidget *>(m_timeboxLabel),
                            static_cast<QWidget *>(m_timeboxSpinBox)})
        widget->setProperty("facilitatorOnly", true);

    auto *notesColumn = new QVBoxLayout;
    notesColumn->setSpacing(6);
    notesColumn->addWidget(m_notesLabel);
    notesColumn->addWidget(m_notesEdit, 1);
    auto *facilitatorColumn = new QVBoxLayout;
    facilitatorColumn->setSpacing(6);
    facilitatorColumn->addWidget(m_facilitatorNotesLabel);
    facilitatorColumn->addWidget(m_facilitatorNotesEdit, 1);
    auto *timeboxRow = new QHBoxLayout;
    timeboxRow->addWidget(m_timeboxLabel);
    timeboxRow->addWidget(m_timeboxSpinBox);
    timeboxRow->addStretch(1);
    facilitatorColumn->addLayout(timeboxRow);

    m_columnsLayout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(12);
    m_columnsLayout->addLayout(notesColumn, 3);
    m_columnsLayout->addLayout(facilitatorColumn, 2);

    m_notesBinding = new FieldBinding(m_notesEdit, Table::StepNote, StepNoteField::Notes);
    m_notesBinding->setWriter(
        [this](const QVariant &value) { writeNote(StepNoteField::Notes, value); });
    m_facilitatorNotesBinding = new FieldBinding(m_facilitatorNotesEdit, Table::StepNote,
                                                 StepNoteField::FacilitatorNotes);
    m_facilitatorNotesBinding->setWriter(
        [this](const QVariant &value) { writeNote(StepNoteField::FacilitatorNotes, value); });

    connect(m_timeboxSpinBox, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_updatingTimebox)
            return;
        writeNote(StepNoteField::TimeboxMinutes,
                  minutes > 0 ? QVariant(qint64(minutes)) : QVariant());
        updateTimebox(); // a refused edit must not linger
    });

    setDocument(nullptr);
}

StepNotesPanel::~StepNotesPanel()
{
    // Editors being torn down must never write into the document.
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void StepNotesPanel::setOrientation(Qt::Orientation orientation)
{
    m_columnsLayout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight
                                                                : QBoxLayout::TopToBottom);
}

void StepNotesPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;

    // Before the bindings connect: a new note must get its id before they refresh.
    if (document) {
        connect(document, &Document::recordInserted, this, [this](Table table, int) {
            if (table == Table::StepNote)
                updateNoteId();
        });
        connect(document, &Document::recordRemoved, this, [this](Table table, int) {
            if (table == Table::StepNote)
                updateNoteId();
        });
        connect(document, &Document::valueChanged, this,
                [this](Table table, qint64 id, int field) {
                    if (table != Table::StepNote)
                        return;
                    if (field == StepNoteField::Step)
                        updateNoteId();
                    else if (field == StepNoteField::TimeboxMinutes && id == noteId())
                        updateTimebox();
                });
    }

    const qint64 id = noteId();
    m_notesBinding->setTarget(document, id);
    m_facilitatorNotesBinding->setTarget(document, id);
    m_timeboxSpinBox->setReadOnly(!document || document->isReadOnly());
    updateTimebox();
}

qint64 StepNotesPanel::noteId() const
{
    Document *document = m_document;
    if (!document)
        return 0;
    const QString key = stepInfo(m_step).key;
    for (const Record &note : document->records(Table::StepNote)) {
        if (note.text(StepNoteField::Step) == key)
            return note.id;
    }
    return 0;
}

void StepNotesPanel::updateNoteId()
{
    const qint64 id = noteId();
    m_notesBinding->setRecordId(id);
    m_facilitatorNotesBinding->setRecordId(id);
    updateTimebox();
}

void StepNotesPanel::updateTimebox()
{
    Document *document = m_document;
    const qint64 id = noteId();
    const QVariant minutes =
        document && id ? document->value(Table::StepNote, id, StepNoteField::TimeboxMinutes)
                       : QVariant();
    const int shown = minutes.isNull() ? 0 : int(minutes.toLongLong());
    if (m_timeboxSpinBox->value() == shown)
        return;
    const QScopedValueRollback<bool> updating(m_updatingTimebox, true);
    m_timeboxSpinBox->setValue(shown);
}

void StepNotesPanel::writeNote(int field, const QVariant &value)
{
    Document *document = m_document;
    if (!document)
        return;
    if (const qint64 id = noteId()) {
        document->setValue(Table::StepNote, id, field, value);
        return;
    }
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return;
    // The first keystroke creates the step's note with it: one undo step.
    Record note = emptyRecord(Table::StepNote);
    note.values[StepNoteField::Step] = stepInfo(m_step).key;
    note.values[field] = value;
    document->insertRecord(Table::StepNote, note);
}

bool StepNotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // As in FieldBinding: the spin box's own undo would fight the document's.
    if (watched == m_timeboxSpinBox && m_document
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_document->undoStack()->undo();
                else
                    m_document->undoStack()->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Debrief
