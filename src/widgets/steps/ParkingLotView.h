#pragma once

#include <QListWidget>
#include <QPointer>

namespace Debrief {

class Document;

// The parking lot: follow-ups parked during the meeting, each with the question it came
// from and the remediation item it became. The text of an entry can be corrected in place
// (F2 or double-click); everything else is the pages' business.
class ParkingLotView : public QListWidget
{
    Q_OBJECT

public:
    enum Roles { EntryIdRole = Qt::UserRole + 1 };

    explicit ParkingLotView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // Shown while the list is empty.
    void setPlaceholderText(const QString &text);

    qint64 currentEntryId() const;
    void setCurrentEntry(qint64 id);
    bool isPromoted(qint64 id) const;

Q_SIGNALS:
    void currentEntryChanged(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void writeText(QListWidgetItem *item);

    QPointer<Document> m_document;
    QString m_placeholder;
    bool m_rebuilding = false;
    bool m_writing = false;
};

} // namespace Debrief
