#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

// A small vertical typesetter: content is a list of boxes (a paragraph, a table row, a timeline
// entry...) whose drawables are positioned inside them; pagination cuts boxes into pages at the
// break points they allow, keeps headings with what follows, moves short boxes whole and
// repeats table header rows. All lengths are in layout units (1/1200 inch), independent of the
// device that is finally painted on.
namespace Debrief::PagedLayout {

inline constexpr qreal UnitsPerInch = 1200;
inline constexpr qreal pt(qreal points)
{
    return points * UnitsPerInch / 72;
}

struct Drawable
{
    enum class Kind : quint8 {
        TextLine, // one line of a QTextLayout
        Fill,     // a filled rectangle that may be cut at page breaks
        HRule,    // a horizontal line at `top`
        VRule,    // a vertical line from `top` to `bottom`, cut at page breaks
        Custom,   // a callback, never cut
    };
    Kind kind = Kind::TextLine;
    qreal top = 0;
    qreal bottom = 0;
    qreal x = 0;     // TextLine: layout origin; rules and fills: left
    qreal width = 0; // fills and horizontal rules; line width for VRule
    qreal y = 0;     // TextLine: layout origin
    qreal thickness = 0;
    QColor color; // fills, rules; for TextLine the colour of text without a format
    const QTextLayout *layout = nullptr;
    int line = 0;
    int callback = -1;
};

struct Break
{
    qreal end = 0;    // the slice before the break ends here
    qreal resume = 0; // the slice after it starts here
};

struct Box
{
    qreal height = 0;
    qreal spaceBefore = 0; // dropped at the top of a page
    bool keepWithNext = false;
    bool keepTogether = false; // moved whole to the next page when it fits there
    bool pageBreakBefore = false;
    int repeatHeader = -1; // box painted again above this one when it starts a page
    int anchor = -1;       // caller's tag (a section index) to look up the page a box lands on
    QList<Break> breaks;   // ascending
    QList<Drawable> drawables;
};

struct Placement
{
    int box = 0;
    qreal from = 0;
    qreal to = 0;
    qreal y = 0; // page position of `from`
};

struct Page
{
    QList<Placement> placements;
};

using CustomPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

class Flow
{
public:
    Flow();
    ~Flow();
    Flow(const Flow &) = delete;
    Flow &operator=(const Flow &) = delete;

    // Layouts live as long as the flow; drawables point at them.
    QTextLayout *adoptLayout(std::unique_ptr<QTextLayout> layout);
    int addCallback(CustomPainter painter);
    int addBox(Box box);
    Box &box(int index) { return m_boxes[size_t(index)]; }
    const Box &box(int index) const { return m_boxes[size_t(index)]; }
    int boxCount() const { return int(m_boxes.size()); }

    // Distributes the boxes over pages whose body is `bodyHeight` high.
    QList<Page> paginate(qreal bodyHeight) const;

    // Paints one page's placements with the body's top-left corner at `origin`.
    void paintPage(QPainter &painter, const Page &page, const QPointF &origin) const;

private:
    qreal leadHeight(int index, int depth = 0) const;
    void paintSlice(QPainter &painter, const Box &box, qreal from, qreal to, qreal y,
                    const QPointF &origin) const;

    std::vector<Box> m_boxes;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    std::vector<CustomPainter> m_callbacks;
};

} // namespace Debrief::PagedLayout
