#include "DetailItemDelegate.h"

#include "PageStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace Debrief {

namespace {

constexpr int TextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

int availableWidth(const QStyleOptionViewItem &option)
{
    // List views ask for size hints without a rectangle: the viewport's width is the line.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

} // namespace

DetailItemDelegate::DetailItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QFont DetailItemDelegate::textFont(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (index.data(HeadingRole).toBool())
        return PageStyle::scaledFont(option.font, m_textScale * 1.1, true);
    QFont font = index.data(Qt::FontRole).canConvert<QFont>()
                     ? index.data(Qt::FontRole).value<QFont>().resolve(option.font)
                     : option.font;
    return PageStyle::scaledFont(font, m_textScale, font.bold());
}

QFont DetailItemDelegate::detailFont(const QStyleOptionViewItem &option) const
{
    return PageStyle::scaledFont(option.font, 0.92);
}

DetailItemDelegate::Layout DetailItemDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index,
                                                         int width) const
{
    Layout layout;
    const QFontMetrics text(textFont(option, index));
    const QFontMetrics detail(detailFont(option));
    const bool heading = index.data(HeadingRole).toBool();
    const int margin = std::max(4, option.fontMetrics.height() / 3);
    const int top = heading ? margin * 3 : margin;
    int left = margin;
    if (!index.data(Qt::DecorationRole).isNull()) {
        const int side = text.height();
        layout.icon = QRect(left, top, side, side);
        left += side + margin * 2;
    }
    const int textWidth = std::max(40, width - left - margin);
    const QString mainText = index.data(Qt::DisplayRole).toString();
    layout.text = text.boundingRect(QRect(left, top, textWidth, 100000), TextFlags, mainText);
    layout.text.setWidth(textWidth);
    int bottom = layout.text.bottom();
    const QString detailText = index.data(DetailRole).toString();
    if (!detailText.isEmpty()) {
        layout.detail = detail.boundingRect(QRect(left, bottom + margin / 2, textWidth, 100000),
                                            TextFlags, detailText);
        layout.detail.setWidth(textWidth);
        bottom = layout.detail.bottom();
    }
    layout.height = bottom + margin + 1;
    return layout;
}

void DetailItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool heading = index.data(HeadingRole).toBool();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    if (!heading)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const Layout layout = layoutFor(option, index, option.rect.width());
    const QPoint origin = option.rect.topLeft();
    const bool selected = !heading && (opt.state & QStyle::State_Selected);
    const bool enabled = heading || (opt.state & QStyle::State_Enabled);
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;

    painter->save();
    if (!layout.icon.isNull()) {
        opt.icon.paint(painter, layout.icon.translated(origin), Qt::AlignCenter,
                       enabled ? QIcon::Normal : QIcon::Disabled);
    }
    QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText
                                                         : QPalette::Text);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!selected && foreground.canConvert<QBrush>() && foreground.value<QBrush>().style() != Qt::NoBrush)
        textColor = foreground.value<QBrush>().color();
    painter->setPen(textColor);
    painter->setFont(textFont(option, index));
    painter->drawText(layout.text.translated(origin), TextFlags,
                      index.data(Qt::DisplayRole).toString());
    if (heading) {
        // A rule under the heading separates the groups without boxing them in.
        const int y = origin.y() + layout.text.bottom() + 3;
        painter->setPen(QPen(opt.palette.color(QPalette::Mid), 1));
        painter->drawLine(origin.x() + layout.text.left(), y, option.rect.right() - 4, y);
    }
    const QString detailText = index.data(DetailRole).toString();
    if (!detailText.isEmpty()) {
        painter->setFont(detailFont(option));
        painter->setPen(selected ? textColor : opt.palette.color(group, QPalette::PlaceholderText));
        painter->drawText(layout.detail.translated(origin), TextFlags, detailText);
    }
    painter->restore();
}

QSize DetailItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const int width = availableWidth(option);
    return {width, layoutFor(option, index, width).height};
}

void DetailItemDelegate::updateEditorGeometry(QWidget *editor,
                                              const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    // The editor covers the main text, where the user reads what they are changing.
    const Layout layout = layoutFor(option, index, option.rect.width());
    QRect rect = layout.text.translated(option.rect.topLeft());
    rect.setHeight(std::max(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}

} // namespace Debrief
