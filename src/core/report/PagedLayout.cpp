#include "PagedLayout.h"

#include <QPainter>
#include <QTextLayout>

namespace Debrief::PagedLayout {

namespace {
constexpr qreal Epsilon = 0.5;
} // namespace

Flow::Flow() = default;
Flow::~Flow() = default;

QTextLayout *Flow::adoptLayout(std::unique_ptr<QTextLayout> layout)
{
    m_layouts.push_back(std::move(layout));
    return m_layouts.back().get();
}

int Flow::addCallback(CustomPainter painter)
{
    m_callbacks.push_back(std::move(painter));
    return int(m_callbacks.size()) - 1;
}

int Flow::addBox(Box box)
{
    m_boxes.push_back(std::move(box));
    return int(m_boxes.size()) - 1;
}

// The height that must fit below a box that keeps with the next one: the next box's first
// unbreakable part, and further on while boxes keep with their successors (heading, heading,
// first lines of a paragraph).
qreal Flow::leadHeight(int index, int depth) const
{
    if (index >= boxCount() || depth > 8)
        return 0;
    const Box &next = box(index);
    if (next.pageBreakBefore)
        return 0;
    qreal height = next.spaceBefore;
    if (next.keepTogether || next.breaks.isEmpty())
        height += next.height;
    else
        height += next.breaks.constFirst().end;
    if (next.keepWithNext && (next.keepTogether || next.breaks.isEmpty()))
        height += leadHeight(index + 1, depth + 1);
    return height;
}

QList<Page> Flow::paginate(qreal bodyHeight) const
{
    QList<Page> pages(1);
    qreal y = 0;
    int index = 0;
    qreal offset = 0; // how much of box `index` is already placed
    auto newPage = [&] {
        pages.append(Page{});
        y = 0;
    };
    auto place = [&](int boxIndex, qreal from, qreal to, qreal at) {
        pages.last().placements.append({boxIndex, from, to, at});
    };

    while (index < boxCount()) {
        const Box &current = box(index);
        if (offset == 0 && current.pageBreakBefore && y > 0) {
            newPage();
            continue;
        }
        const bool fresh = y == 0;
        qreal headerHeight = 0;
        if (current.repeatHeader >= 0 && current.repeatHeader != index)
            headerHeight = box(current.repeatHeader).height;
        if (fresh && headerHeight > 0) {
            place(current.repeatHeader, 0, headerHeight, 0);
            y += headerHeight;
        }
        const qreal space = (y == 0 || offset > 0) ? 0 : current.spaceBefore;
        const qreal remaining = current.height - offset;
        qreal need = remaining;
        if (current.keepWithNext)
            need += leadHeight(index + 1);

        if (y + space + need <= bodyHeight + Epsilon) {
            place(index, offset, current.height, y + space);
            y += space + remaining;
            ++index;
            offset = 0;
            continue;
        }
        // The box (with what it keeps with) does not fit in what is left of this page.
        const bool atomic = current.breaks.isEmpty() || current.keepTogether;
        const bool fitsFreshPage = headerHeight + remaining
                                       + (current.keepWithNext ? leadHeight(index + 1) : 0)
                                   <= bodyHeight + Epsilon;
        if (!fresh && offset == 0 && (atomic || current.keepWithNext) && fitsFreshPage) {
            newPage();
            continue;
        }
        // Cut it at the last break that fits.
        const Break *cut = nullptr;
        for (const Break &candidate : current.breaks) {
            if (candidate.end <= offset + Epsilon)
                continue;
            if (y + space + candidate.end - offset > bodyHeight + Epsilon)
                break;
            cut = &candidate;
        }
        if (cut) {
            place(index, offset, cut->end, y + space);
            offset = cut->resume;
            newPage();
            continue;
        }
        if (!fresh) {
            newPage();
            continue;
        }
        // Taller than a page with no break that fits: place what fits and go on below it.
        const qreal end = offset + (bodyHeight - y);
        place(index, offset, std::min(end, current.height), y);
        if (end >= current.height) {
            ++index;
            offset = 0;
        } else {
            offset = end;
        }
        newPage();
    }
    if (pages.size() > 1 && pages.last().placements.isEmpty())
        pages.removeLast();
    return pages;
}

void Flow::paintPage(QPainter &painter, const Page &page, const QPointF &origin) const
{
    for (const Placement &placement : page.placements)
        paintSlice(painter, box(placement.box), placement.from, placement.to, placement.y, origin);
}

void Flow::paintSlice(QPainter &painter, const Box &box, qreal from, qreal to, qreal y,
                      const QPointF &origin) const
{
    const qreal shift = origin.y() + y - from;
    for (const Drawable &drawable : box.drawables) {
        switch (drawable.kind) {
        case Drawable::Kind::TextLine:
            if (drawable.top >= from - Epsilon && drawable.top < to - Epsilon) {
                // Text without a format takes the pen: the paragraph's colour, set every time.
                painter.setPen(drawable.color);
                drawable.layout->lineAt(drawable.line).draw(
                    &painter, QPointF(origin.x() + drawable.x, shift + drawable.y));
            }
            break;
        case Drawable::Kind::Fill: {
            const qreal top = std::max(drawable.top, from);
            const qreal bottom = std::min(drawable.bottom, to);
            if (bottom > top)
                painter.fillRect(QRectF(origin.x() + drawable.x, shift + top, drawable.width,
                                        bottom - top),
                                 drawable.color);
            break;
        }
        case Drawable::Kind::HRule:
            if (drawable.top >= from - Epsilon && drawable.top <= to + Epsilon) {
                painter.fillRect(QRectF(origin.x() + drawable.x,
                                        shift + drawable.top - drawable.thickness / 2,
                                        drawable.width, drawable.thickness),
                                 drawable.color);
            }
            break;
        case Drawable::Kind::VRule: {
            const qreal top = std::max(drawable.top, from);
            const qreal bottom = std::min(drawable.bottom, to);
            if (bottom > top)
                painter.fillRect(QRectF(origin.x() + drawable.x, shift + top, drawable.thickness,
                                        bottom - top),
                                 drawable.color);
            break;
        }
        case Drawable::Kind::Custom:
            if (drawable.top >= from - Epsilon && drawable.top < to - Epsilon) {
                painter.save();
                m_callbacks[size_t(drawable.callback)](
                    painter, QRectF(origin.x() + drawable.x, shift + drawable.top, drawable.width,
                                    drawable.bottom - drawable.top));
                painter.restore();
            }
            break;
        }
    }
}

} // namespace Debrief::PagedLayout
