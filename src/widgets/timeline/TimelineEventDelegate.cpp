#include "TimelineEventDelegate.h"

#include "TimelineEventModel.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "views/BlamelessHighlighter.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const TimelineEventModel *timelineModel(const QModelIndex &index)
{
    return qobject_cast<const TimelineEventModel *>(index.model());
}

QComboBox *vocabularyCombo(QWidget *parent, Vocabulary vocabulary, const QString &noneText)
{
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const Choice &choice : choices(vocabulary))
        combo->addItem(choice.label, choice.key);
    return combo;
}

} // namespace

QWidget *TimelineEventDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    const TimelineEventModel *model = timelineModel(index);
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case TimelineEventModel::TimeColumn: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setObjectName(u"eventTimeDateTimeEdit"_s);
        edit->setFrame(false);
        edit->setTimeZone(model->zone());
        edit->setDisplayFormat(tr("yyyy-MM-dd HH:mm:ss", "time editor in the timeline table"));
        edit->setCurrentSection(QDateTimeEdit::MinuteSection);
        return edit;
    }
    case TimelineEventModel::KindColumn:
    case TimelineEventModel::MilestoneColumn: {
        const bool kind = index.column() == TimelineEventModel::KindColumn;
        QComboBox *combo = vocabularyCombo(parent, kind ? Vocabulary::EventKind : Vocabulary::Milestone,
                                           kind ? QString() : tr("None", "no milestone"));
        combo->setObjectName(kind ? u"eventKindComboBox"_s : u"eventMilestoneComboBox"_s);
        // A choice is written as soon as it is made.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            Q_EMIT const_cast<TimelineEventDelegate *>(this)->commitData(combo);
        });
        return combo;
    }
    case TimelineEventModel::ActorColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"eventActorComboBox"_s);
        combo->setFrame(false);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(tr("Participant or system"));
        if (const Document *document = model->document()) {
            for (const Record &participant : document->records(Table::Participant)) {
                const QString name = participant.text(ParticipantField::Name).trimmed();
                if (!name.isEmpty())
                    combo->addItem(name, participant.id);
            }
        }
        connect(combo, &QComboBox::activated, this, [this, combo] {
            Q_EMIT const_cast<TimelineEventDelegate *>(this)->commitData(combo);
        });
        return combo;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(u"eventWhatHappenedLineEdit"_s);
            BlamelessHighlighter::attach(line);
        }
        return editor;
    }
    }
}

void TimelineEventDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const TimelineEventModel *model = timelineModel(index);
    if (!model) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    switch (index.column()) {
    case TimelineEventModel::TimeColumn: {
        auto *edit = static_cast<QDateTimeEdit *>(editor);
        QDateTime at = index.data(Qt::EditRole).toDateTime();
        if (!at.isValid() && model->document())
            at = model->document()->incidentValue(IncidentField::StartedAt).toDateTime();
        if (!at.isValid())
            at = QDateTime::currentDateTimeUtc();
        edit->setDateTime(at.toTimeZone(model->zone()));
        return;
    }
    case TimelineEventModel::KindColumn:
    case TimelineEventModel::MilestoneColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString key = index.data(Qt::EditRole).toString();
        int row = combo->findData(key);
        if (row < 0) {
            // A value from another tool: keep it choosable, never drop it.
            combo->addItem(key, key);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
        return;
    }
    case TimelineEventModel::ActorColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        const qint64 participant = index.data(TimelineEventModel::ActorParticipantRole).toLongLong();
        const int row = participant ? combo->findData(participant) : -1;
        if (row >= 0)
            combo->setCurrentIndex(row);
        else
            combo->setEditText(index.data(Qt::DisplayRole).toString());
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
}

void TimelineEventDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    if (!timelineModel(index)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    switch (index.column()) {
    case TimelineEventModel::TimeColumn: {
        const QDateTime at = static_cast<QDateTimeEdit *>(editor)->dateTime().toUTC();
        if (at != index.data(Qt::EditRole).toDateTime())
            model->setData(index, at);
        return;
    }
    case TimelineEventModel::KindColumn:
    case TimelineEventModel::MilestoneColumn: {
        const QString key = static_cast<QComboBox *>(editor)->currentData().toString();
        if (key != index.data(Qt::EditRole).toString())
            model->setData(index, key);
        return;
    }
    case TimelineEventModel::ActorColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString text = combo->currentText().trimmed();
        const int row = combo->currentIndex();
        // The edit text may have been typed over a chosen participant.
        if (row >= 0 && combo->itemText(row) == text) {
            const qint64 participant = combo->itemData(row).toLongLong();
            if (participant != index.data(TimelineEventModel::ActorParticipantRole).toLongLong())
                model->setData(index, participant);
            return;
        }
        if (text != index.data(Qt::DisplayRole).toString()
            || index.data(TimelineEventModel::ActorParticipantRole).toLongLong() != 0)
            model->setData(index, text);
        return;
    }
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
}

void TimelineEventDelegate::updateEditorGeometry(QWidget *editor,
                                                 const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    // Combo boxes and the time editor need more width than a narrow column may have.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
    Q_UNUSED(index)
}

} // namespace Debrief
