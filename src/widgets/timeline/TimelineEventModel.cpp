#include "TimelineEventModel.h"

#include "TimelineColors.h"
#include "TimelineEditing.h"
#include "TimelineFormat.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QFont>
#include <QGuiApplication>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

int columnOfField(int field)
{
    switch (field) {
    case TimelineEventField::OccurredAt:
    case TimelineEventField::OccurredUntil:
    case TimelineEventField::Precision:
        return TimelineEventModel::TimeColumn;
    case TimelineEventField::Kind:
        return TimelineEventModel::KindColumn;
    case TimelineEventField::ActorParticipant:
    case TimelineEventField::ActorName:
        return TimelineEventModel::ActorColumn;
    case TimelineEventField::WhatHappened:
        return TimelineEventModel::WhatHappenedColumn;
    case TimelineEventField::Milestone:
        return TimelineEventModel::MilestoneColumn;
    default:
        return -1;
    }
}

} // namespace

TimelineEventModel::TimelineEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineEventModel::setDocument(Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::recordAboutToBeInserted, this, [this](Table table, int index) {
            if (table == Table::TimelineEvent)
                beginInsertRows({}, index, index);
        });
        connect(document, &Document::recordInserted, this, [this](Table table, int) {
            if (table == Table::TimelineEvent) {
                endInsertRows();
                updateZone();
            }
        });
        connect(document, &Document::recordAboutToBeRemoved, this, [this](Table table, int index) {
            if (table == Table::TimelineEvent)
                beginRemoveRows({}, index, index);
        });
        connect(document, &Document::recordRemoved, this, [this](Table table, int) {
            if (table == Table::TimelineEvent) {
                endRemoveRows();
                updateZone();
            } else if (table == Table::Participant) {
                emitColumnChanged(ActorColumn);
            }
        });
        connect(document, &Document::recordAboutToBeMoved, this,
                [this](Table table, int from, int to) {
                    // Qt's move semantics: the destination is the row before which it lands.
                    if (table == Table::TimelineEvent)
                        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
                });
        connect(document, &Document::recordMoved, this, [this](Table table, int, int) {
            if (table == Table::TimelineEvent)
                endMoveRows();
        });
        connect(document, &Document::valueChanged, this, &TimelineEventModel::onValueChanged);
    }
    m_zone = QTimeZone(QTimeZone::UTC);
    m_referenceDay = {};
    if (document) {
        m_zone = TimelineFormat::incidentZone(*document);
        m_referenceDay = TimelineFormat::referenceDay(*document, m_zone);
    }
    endResetModel();
}

Document *TimelineEventModel::document() const
{
    return m_document;
}

int TimelineEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->count(Table::TimelineEvent);
}

int TimelineEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Record &TimelineEventModel::recordAt(int row) const
{
    return m_document->records(Table::TimelineEvent).at(row);
}

QVariant TimelineEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const Record &event = recordAt(index.row());
    if (role == RecordIdRole)
        return event.id;
    switch (index.column()) {
    case TimeColumn:
        switch (role) {
        case Qt::DisplayRole:
            return TimelineFormat::eventTimeText(event, m_zone, m_referenceDay);
        case Qt::EditRole:
            return event.value(TimelineEventField::OccurredAt);
        case Qt::ToolTipRole:
            if (TimelineFormat::isApproximate(event))
                return tr("Approximate time");
            if (TimelineFormat::isRange(event))
                return tr("Time range");
            return {};
        case Qt::FontRole:
            if (event.value(TimelineEventField::OccurredAt).isNull()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        default:
            return {};
        }
    case KindColumn: {
        const QString kind = event.text(TimelineEventField::Kind);
        switch (role) {
        case Qt::DisplayRole:
            return choiceLabel(Vocabulary::EventKind, kind);
        case Qt::EditRole:
        case KeyRole:
            return kind;
        case Qt::DecorationRole:
            return kindIcon(kind);
        default:
            return {};
        }
    }
    case ActorColumn:
        switch (role) {
        case Qt::DisplayRole:
            return TimelineFormat::actorText(*m_document, event);
        case Qt::EditRole:
            if (const qint64 participant = TimelineFormat::actorParticipant(event))
                return participant;
            return event.text(TimelineEventField::ActorName);
        case ActorParticipantRole:
            return TimelineFormat::actorParticipant(event);
        default:
            return {};
        }
    case WhatHappenedColumn: {
        const QString text = event.text(TimelineEventField::WhatHappened);
        switch (role) {
        case Qt::DisplayRole:
            // One line per row; the detail editor shows the whole text.
            return text.simplified();
        case Qt::EditRole:
            return text;
        case Qt::ToolTipRole:
            return text.size() > 60 ? text : QString();
        default:
            return {};
        }
    }
    case MilestoneColumn: {
        const QString milestone = event.text(TimelineEventField::Milestone);
        switch (role) {
        case Qt::DisplayRole:
            return milestone.isEmpty() ? QString() : choiceLabel(Vocabulary::Milestone, milestone);
        case Qt::EditRole:
        case KeyRole:
            return milestone;
        case Qt::FontRole:
            if (!milestone.isEmpty()) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant TimelineEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ActorColumn:
        return tr("Who or what");
    case WhatHappenedColumn:
        return tr("What happened");
    case MilestoneColumn:
        return tr("Milestone");
    default:
        return {};
    }
}

Qt::ItemFlags TimelineEventModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TimelineEventModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || role != Qt::EditRole)
        return false;
    Document &document = *m_document;
    const qint64 id = recordAt(index.row()).id;
    switch (index.column()) {
    case TimeColumn:
        return TimelineEditing::setStart(document, id, value.toDateTime());
    case KindColumn:
        return document.setValue(Table::TimelineEvent, id, TimelineEventField::Kind,
                                 value.toString());
    case ActorColumn:
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            return TimelineEditing::setActor(document, id, value.toLongLong(), {});
        return TimelineEditing::setActor(document, id, 0, value.toString());
    case WhatHappenedColumn:
        return document.setValue(Table::TimelineEvent, id, TimelineEventField::WhatHappened,
                                 value.toString());
    case MilestoneColumn:
        return document.setValue(Table::TimelineEvent, id, TimelineEventField::Milestone,
                                 value.toString());
    default:
        return false;
    }
}

QIcon TimelineEventModel::kindIcon(const QString &kind) const
{
    const QPalette palette = QGuiApplication::palette();
    if (palette.color(QPalette::Base) != m_iconBase) {
        m_kindIcons.clear();
        m_iconBase = palette.color(QPalette::Base);
    }
    auto found = m_kindIcons.find(kind);
    if (found == m_kindIcons.end())
        found = m_kindIcons.insert(kind, TimelineColors::kindIcon(kind, palette));
    return *found;
}

qint64 TimelineEventModel::recordId(int row) const
{
    if (!m_document || row < 0 || row >= m_document->count(Table::TimelineEvent))
        return 0;
    return recordAt(row).id;
}

int TimelineEventModel::rowOf(qint64 id) const
{
    return m_document ? m_document->indexOf(Table::TimelineEvent, id) : -1;
}

void TimelineEventModel::onValueChanged(Table table, qint64 id, int field)
{
    switch (table) {
    case Table::TimelineEvent: {
        const int column = columnOfField(field);
        if (column < 0)
            return;
        const QModelIndex changed = index(m_document->indexOf(table, id), column);
        Q_EMIT dataChanged(changed, changed);
        if (field == TimelineEventField::OccurredAt)
            updateZone();
        return;
    }
    case Table::Participant:
        if (field == ParticipantField::Name)
            emitColumnChanged(ActorColumn);
        return;
    case Table::Incident:
        if (field == IncidentField::TimeZone || field == IncidentField::StartedAt)
            updateZone();
        return;
    default:
        return;
    }
}

void TimelineEventModel::updateZone()
{
    if (!m_document)
        return;
    const QTimeZone zone = TimelineFormat::incidentZone(*m_document);
    const QDate day = TimelineFormat::referenceDay(*m_document, zone);
    if (zone == m_zone && day == m_referenceDay)
        return;
    m_zone = zone;
    m_referenceDay = day;
    emitColumnChanged(TimeColumn);
}

void TimelineEventModel::emitColumnChanged(int column)
{
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, column), index(rows - 1, column));
}

} // namespace Debrief
