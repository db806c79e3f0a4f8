#include "EventViewCard.h"

#include "TimelineColors.h"
#include "document/Document.h"
#include "views/FieldBinding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

EventViewCard::EventViewCard(Document *document, qint64 viewId, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_viewId(viewId)
{
    setObjectName(u"eventViewCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_attributionComboBox = new QComboBox(this);
    m_attributionComboBox->setObjectName(u"attributionComboBox"_s);
    m_attributionComboBox->setEditable(true);
    m_attributionComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_attributionComboBox->setAccessibleName(tr("Whose view"));
    m_attributionComboBox->setToolTip(
        tr("Whose view this is: a participant, a name, or anonymous when they prefer."));
    m_attributionComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_attributionComboBox->setMinimumContentsLength(16);

    m_dissentCheckBox = new QCheckBox(tr("Dissent"), this);
    m_dissentCheckBox->setObjectName(u"dissentCheckBox"_s);
    m_dissentCheckBox->setToolTip(tr("They disagree with how the event is described, not only "
                                     "remember it differently."));

    m_removeToolButton = new QToolButton(this);
    m_removeToolButton->setObjectName(u"removeViewToolButton"_s);
    m_removeToolButton->setText(tr("Remove"));
    m_removeToolButton->setAccessibleName(tr("Remove this view"));

    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(u"viewPlainTextEdit"_s);
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setPlaceholderText(tr("The view in their words."));
    m_textEdit->setAccessibleName(tr("View"));
    const int lines = 3;
    m_textEdit->setFixedHeight(m_textEdit->fontMetrics().lineSpacing() * lines + 16);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_attributionComboBox, 1);
    header->addWidget(m_dissentCheckBox);
    header->addWidget(m_removeToolButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_textEdit);

    m_textBinding = new FieldBinding(m_textEdit, Table::EventView, EventViewField::View);
    m_textBinding->setTarget(document, viewId);

    rebuildAttributionItems();
    connect(m_attributionComboBox, &QComboBox::activated, this, &EventViewCard::commitAttribution);
    connect(m_attributionComboBox->lineEdit(), &QLineEdit::editingFinished, this,
            &EventViewCard::commitAttribution);
    connect(m_dissentCheckBox, &QCheckBox::clicked, this, [this](bool dissent) {
        if (m_document && !m_updating)
            m_document->setValue(Table::EventView, m_viewId, EventViewField::IsDissent, dissent);
        refresh();
    });
    connect(m_removeToolButton, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->removeRecord(Table::EventView, m_viewId);
    });
    connect(document, &Document::valueChanged, this, [this](Table table, qint64 id, int) {
        if (table == Table::EventView && id == m_viewId)
            refresh();
    });

    const bool editable = !document->isReadOnly();
    m_attributionComboBox->setEnabled(editable);
    m_dissentCheckBox->setEnabled(editable);
    m_removeToolButton->setEnabled(editable);
    refresh();
}

void EventViewCard::rebuildAttributionItems()
{
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_attributionComboBox->clear();
        m_attributionComboBox->addItem(tr("Anonymous"), QVariant());
        if (m_document) {
            for (const Record &participant : m_document->records(Table::Participant)) {
                const QString name = participant.text(ParticipantField::Name).trimmed();
                if (!name.isEmpty())
                    m_attributionComboBox->addItem(name, participant.id);
            }
        }
    }
    refresh();
}

void EventViewCard::refresh()
{
    const Record *view = m_document ? m_document->record(Table::EventView, m_viewId) : nullptr;
    if (!view)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const QVariant participant = view->value(EventViewField::Participant);
    const QString attributedTo = view->text(EventViewField::AttributedTo);
    int index = -1;
    if (!participant.isNull())
        index = m_attributionComboBox->findData(participant.toLongLong());
    else if (attributedTo.isEmpty())
        index = 0;
    if (index >= 0) {
        m_attributionComboBox->setCurrentIndex(index);
        m_attributionComboBox->setEditText(m_attributionComboBox->itemText(index));
    } else {
        m_attributionComboBox->setCurrentIndex(-1);
        m_attributionComboBox->setEditText(attributedTo);
    }
    m_dissentCheckBox->setChecked(view->value(EventViewField::IsDissent).toBool());
    updateLook();
}

void EventViewCard::commitAttribution()
{
    Document *document = m_document;
    const Record *view = document ? document->record(Table::EventView, m_viewId) : nullptr;
    if (!view || m_updating || document->isReadOnly())
        return;
    const QString text = m_attributionComboBox->currentText().trimmed();
    QVariant participant;
    QString attributedTo;
    const int index = m_attributionComboBox->currentIndex();
    if (index >= 0 && m_attributionComboBox->itemText(index) == text) {
        participant = m_attributionComboBox->itemData(index);
    } else if (!text.isEmpty() && text.compare(tr("Anonymous"), Qt::CaseInsensitive) != 0) {
        const int match = m_attributionComboBox->findText(text, Qt::MatchFixedString);
        if (match > 0)
            participant = m_attributionComboBox->itemData(match);
        else
            attributedTo = text;
    }
    const QVariant oldParticipant = view->value(EventViewField::Participant);
    const bool participantChanges = oldParticipant.isNull() != participant.isNull()
                                    || oldParticipant.toLongLong() != participant.toLongLong();
    const bool nameChanges = view->text(EventViewField::AttributedTo) != attributedTo;
    if (participantChanges && nameChanges)
        document->undoStack()->beginMacro(tr("Change whose view it is"));
    if (participantChanges)
        document->setValue(Table::EventView, m_viewId, EventViewField::Participant, participant);
    if (nameChanges)
        document->setValue(Table::EventView, m_viewId, EventViewField::AttributedTo, attributedTo);
    if (participantChanges && nameChanges)
        document->undoStack()->endMacro();
    refresh();
}

void EventViewCard::updateLook()
{
    // A dissent stands out: the room should see that not everyone agrees.
    QFont font; // only the weight: the size follows the window's zoom
    font.setBold(m_dissentCheckBox->isChecked());
    m_dissentCheckBox->setFont(font);
    QPalette colors = m_dissentCheckBox->palette();
    colors.setColor(QPalette::WindowText, m_dissentCheckBox->isChecked()
                                              ? TimelineColors::kindColor(u"decision"_s, palette())
                                              : palette().color(QPalette::WindowText));
    m_dissentCheckBox->setPalette(colors);
}

} // namespace Debrief
