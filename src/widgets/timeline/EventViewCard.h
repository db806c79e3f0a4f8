#pragma once

#include <QFrame>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QToolButton;

namespace Debrief {

class Document;
class FieldBinding;

// One divergent or dissenting view on an event (an EventView record): who holds it (a
// participant, a name, or anonymous), whether it is a dissent, and the view in their words.
class EventViewCard : public QFrame
{
    Q_OBJECT

public:
    EventViewCard(Document *document, qint64 viewId, QWidget *parent = nullptr);

    qint64 viewId() const { return m_viewId; }
    QPlainTextEdit *textEdit() const { return m_textEdit; }
    QComboBox *attributionComboBox() const { return m_attributionComboBox; }
    QCheckBox *dissentCheckBox() const { return m_dissentCheckBox; }
    // The participants changed: offer the new names.
    void rebuildAttributionItems();

private:
    void refresh();
    void commitAttribution();
    void updateLook();

    QPointer<Document> m_document;
    qint64 m_viewId;
    QComboBox *m_attributionComboBox;
    QCheckBox *m_dissentCheckBox;
    QToolButton *m_removeToolButton;
    QPlainTextEdit *m_textEdit;
    FieldBinding *m_textBinding;
    bool m_updating = false;
};

} // namespace Debrief
