#pragma once

#include "document/RecordSchema.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QTimeZone>

namespace Debrief {

class Document;
struct Record;

// The timeline's events as rows, in the document's (time) order: time in the incident's zone,
// kind, actor, what happened, milestone. Like every model of the program it never changes data
// itself: setData goes through the document's undo stack and the model follows the
// document's signals.
class TimelineEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, ActorColumn, WhatHappenedColumn, MilestoneColumn, ColumnCount };
    enum Roles {
        RecordIdRole = Qt::UserRole + 1,
        // Time column: the start as a UTC QDateTime (EditRole gives the same).
        // Actor column: the participant's id, or 0 for a free-text actor.
        ActorParticipantRole,
        // Kind and milestone columns: the stored key (EditRole gives the same).
        KeyRole,
    };

    explicit TimelineEventModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const;
    QTimeZone zone() const { return m_zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Time: a QDateTime. Kind, milestone: a key. Actor: a participant id (qint64) or the
    // free text (QString). What happened: text.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 recordId(int row) const;
    int rowOf(qint64 id) const;

private:
    void onValueChanged(Table table, qint64 id, int field);
    void updateZone();
    void emitColumnChanged(int column);
    const Record &recordAt(int row) const;
    QIcon kindIcon(const QString &kind) const;

    QPointer<Document> m_document;
    QTimeZone m_zone{QTimeZone::UTC};
    QDate m_referenceDay;
    mutable QHash<QString, QIcon> m_kindIcons; // for the palette whose base colour is m_iconBase
    mutable QColor m_iconBase;
};

} // namespace Debrief
