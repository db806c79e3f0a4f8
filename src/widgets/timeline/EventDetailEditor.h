#pragma once

#include "document/RecordSchema.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class EventDetailEditor;
}

namespace Debrief {

class Document;
class EventViewCard;
class FieldBinding;

// Everything about one timeline event: when (exact, approximate or a range), kind, milestone,
// who or what acted, what happened, what they knew then, why it made sense at the time, what
// is known only in hindsight, the divergent and dissenting views, the evidence it links to and
// where it came from. Every field writes to the document as it is typed.
class EventDetailEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailEditor(QWidget *parent = nullptr);
    ~EventDetailEditor() override;

    void setDocument(Document *document);
    // The event shown (0: none).
    void setEventId(qint64 id);
    qint64 eventId() const { return m_eventId; }

    void focusWhatHappened();
    // The free-text fields of the event (the language assistant watches them).
    QList<QPlainTextEdit *> textEditors() const;
    QList<EventViewCard *> viewCards() const { return m_viewCards; }

Q_SIGNALS:
    // A view card was created (the language assistant attaches to its text).
    void viewCardCreated(Debrief::EventViewCard *card);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onValueChanged(Table table, qint64 id, int field);
    void onRecordsChanged(Table table);
    void updateZone();
    void updatePrecision();
    void rebuildActorItems();
    void refreshActor();
    void commitActor();
    void rebuildViews(bool force);
    void rebuildEvidenceLinks();
    void onEvidenceLinkChanged(int row);
    void updateSource();
    void addView();
    void updateTextHeights();
    void updateEditable();

    std::unique_ptr<Ui::EventDetailEditor> m_ui;
    QPointer<Document> m_document;
    qint64 m_eventId = 0;
    QList<FieldBinding *> m_bindings;
    FieldBinding *m_startBinding = nullptr;
    FieldBinding *m_endBinding = nullptr;
    QList<EventViewCard *> m_viewCards;
    QTimeZone m_zone{QTimeZone::UTC};
    bool m_updating = false;
};

} // namespace Debrief
