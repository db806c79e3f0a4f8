#include "ParkingLotView.h"

#include "DetailItemDelegate.h"
#include "document/Document.h"
#include "questions/BuiltinQuestions.h"

#include <QLocale>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSignalBlocker>

namespace Debrief {

using namespace Qt::StringLiterals;

ParkingLotView::ParkingLotView(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new DetailItemDelegate(this));
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    m_placeholder = tr("Nothing parked yet.");

    connect(this, &QListWidget::itemChanged, this, &ParkingLotView::writeText);
    connect(this, &QListWidget::currentItemChanged, this, [this] {
        if (!m_rebuilding)
            Q_EMIT currentEntryChanged(currentEntryId());
    });
    setDocument(nullptr);
}

void ParkingLotView::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // The question an entry came from and the item it became are shown with it.
        const auto concerns = [](Table table) {
            return table == Table::ParkingLotItem || table == Table::Question
                   || table == Table::RemediationItem;
        };
        connect(document, &Document::recordInserted, this, [this, concerns](Table table, int) {
            if (concerns(table))
                rebuild();
        });
        connect(document, &Document::recordRemoved, this, [this, concerns](Table table, int) {
            if (concerns(table))
                rebuild();
        });
        connect(document, &Document::recordMoved, this, [this](Table table, int, int) {
            if (table == Table::ParkingLotItem)
                rebuild();
        });
        connect(document, &Document::valueChanged, this, [this](Table table, qint64, int field) {
            if (table == Table::ParkingLotItem
                || (table == Table::Question
                    && (field == QuestionField::Text || field == QuestionField::BuiltinKey))
                || (table == Table::RemediationItem && field == RemediationField::Title))
                rebuild();
        });
    }
    const bool editable = document && !document->isReadOnly();
    setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             : QAbstractItemView::NoEditTriggers);
    rebuild();
}

void ParkingLotView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

qint64 ParkingLotView::currentEntryId() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(EntryIdRole).toLongLong() : 0;
}

void ParkingLotView::setCurrentEntry(qint64 id)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(EntryIdRole).toLongLong() == id) {
            setCurrentRow(row);
            scrollToItem(item(row));
            return;
        }
    }
}

bool ParkingLotView::isPromoted(qint64 id) const
{
    Document *document = m_document;
    return document && !document->value(Table::ParkingLotItem, id, ParkingLotField::PromotedTo).isNull();
}

void ParkingLotView::rebuild()
{
    if (m_writing)
        return; // writeText() rebuilds afterwards
    const qint64 current = currentEntryId();
    const int currentRowBefore = currentRow();
    {
        const QScopedValueRollback<bool> rebuilding(m_rebuilding, true);
        const QSignalBlocker blocker(this);
        clear();
        Document *document = m_document;
        if (document) {
            const bool editable = !document->isReadOnly();
            for (const Record &entry : document->records(Table::ParkingLotItem)) {
                auto *item = new QListWidgetItem(entry.text(ParkingLotField::Text), this);
                item->setData(EntryIdRole, entry.id);
                QStringList details;
                if (const Record *question = document->record(
                        Table::Question, entry.value(ParkingLotField::Question).toLongLong())) {
                    details.append(tr("From the question: %1")
                                       .arg(BuiltinQuestions::displayText(*question)));
                }
                if (const Record *promoted = document->record(
                        Table::RemediationItem, entry.value(ParkingLotField::PromotedTo).toLongLong())) {
                    QString title = promoted->text(RemediationField::Title).simplified();
                    if (title.isEmpty())
                        title = tr("(untitled item)");
                    details.append(tr("Promoted to remediation: “%1”").arg(title));
                }
                item->setData(DetailItemDelegate::DetailRole, details.join(u'\n'));
                Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
                if (editable)
                    flags |= Qt::ItemIsEditable;
                item->setFlags(flags);
            }
        }
    }
    int row = -1;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(EntryIdRole).toLongLong() == current)
            row = i;
    }
    // A removed entry hands the selection to its neighbour, so Delete can go on.
    if (row < 0 && current != 0 && count() > 0)
        row = std::min(currentRowBefore, count() - 1);
    {
        const QScopedValueRollback<bool> rebuilding(m_rebuilding, true);
        setCurrentRow(row);
    }
    if (currentEntryId() != current)
        Q_EMIT currentEntryChanged(currentEntryId());
}

void ParkingLotView::writeText(QListWidgetItem *item)
{
    Document *document = m_document;
    if (m_rebuilding || !document || !item)
        return;
    const qint64 id = item->data(EntryIdRole).toLongLong();
    const QString text = item->text();
    if (text.trimmed().isEmpty()) {
        // An entry is never emptied by accident (Delete removes it): show the text again.
        QMetaObject::invokeMethod(this, &ParkingLotView::rebuild, Qt::QueuedConnection);
        return;
    }
    // The item view is still inside its own commit: rebuild once it has returned.
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        document->setValue(Table::ParkingLotItem, id, ParkingLotField::Text, text);
    }
    QMetaObject::invokeMethod(this, &ParkingLotView::rebuild, Qt::QueuedConnection);
}

void ParkingLotView::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() / 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void ParkingLotView::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    // Wrapped items change height with the width.
    doItemsLayout();
}

} // namespace Debrief
