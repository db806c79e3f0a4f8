#pragma once

#include <QStyledItemDelegate>

namespace Debrief {

// Paints list items the way a projected page needs them: the text wrapped over as many lines
// as it takes (never elided), an optional second, quieter line of detail, an icon the height
// of the text, and section headings between groups of items.
class DetailItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Roles {
        DetailRole = Qt::UserRole + 100, // QString: the quieter second line(s)
        HeadingRole,                     // bool: a section heading, not an item
    };

    explicit DetailItemDelegate(QObject *parent = nullptr);

    // Main text size relative to the view's font (1.0: the same).
    void setTextScale(qreal scale) { m_textScale = scale; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect icon;
        QRect text;
        QRect detail;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    QFont textFont(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QFont detailFont(const QStyleOptionViewItem &option) const;

    qreal m_textScale = 1.0;
};

} // namespace Debrief
