#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimeZone>

#include <array>

class QItemSelectionModel;

namespace Debrief {

class TimelineEventModel;

// The visual timeline: one lane per actor (person or system), events as marks on a time axis
// in the incident's zone, milestones as labelled vertical lines, the impact period shaded.
// Ctrl+wheel, +/- and the page's buttons zoom; dragging and the scroll bars move. It shares
// the table's selection model, so selecting in one selects in the other.
//
// Built for 10,000 events: the layout (lanes, times, order) is computed once per change of
// the timeline, and a paint only visits the events inside the visible time window, drawing at
// most one mark per pixel column and lane.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(TimelineEventModel *model);
    void setSelectionModel(QItemSelectionModel *selectionModel);

    double msPerPixel() const { return m_msPerPixel; }
    bool canZoomIn() const;
    bool canZoomOut() const;
    bool isFitted() const { return m_fitted; }

    // Where row `row`'s mark is drawn, in viewport coordinates; empty when it has no time or
    // lies outside the visible part.
    QRect markRect(int row) const;
    // The row whose mark is at `point` (viewport coordinates), or -1.
    int rowAt(const QPoint &point) const;
    int laneCount() const;
    QString laneName(int lane) const;
    int laneOfRow(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Scrolls so that row `row` is visible (when it has a time).
    void ensureRowVisible(int row);

Q_SIGNALS:
    void zoomChanged();
    // Enter or a double click on an event: the page opens it for editing.
    void activated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Item
    {
        qint64 startMs = 0;
        qint64 endMs = 0; // == startMs unless a range
        int row = 0;
        int lane = 0;
        int nextInLane = -1; // index in m_items of the lane's next event
        quint8 kind = 0; // index into m_kindColors
        bool approximate = false;
        bool range = false;
        bool milestone = false;
    };
    struct Lane
    {
        QString name;
        bool participant = false;
    };
    struct MilestoneLine
    {
        qint64 ms = 0;
        QString key;
        QString label;
        bool approximate = false;
    };
    static constexpr int KindCount = 7; // six kinds and "not set"

    void invalidateLayout();
    void ensureLayout() const;
    void rebuildLayout();
    void rebuildSelection();
    void updateMetrics();
    void updateColors();
    void updateScrollBars();
    void setMsPerPixel(double msPerPixel, int anchorX);
    void zoomBy(double factor, int anchorX);
    double fitMsPerPixel() const;
    double minMsPerPixel() const;
    double maxMsPerPixel() const;

    int timeAreaLeft() const;
    int timeAreaWidth() const;
    double xOfMs(qint64 ms) const;
    qint64 msOfX(double x) const;
    int laneTop(int lane) const;
    int firstItemFrom(qint64 ms) const; // first index in m_items with startMs >= ms

    void select(int row, bool toggle);
    void moveCurrent(int row);
    int neighbourInLane(int itemIndex, int laneDelta) const;
    int currentRow() const;
    QString toolTipFor(int row) const;

    // In the header: times and milestone labels; below it: grid and milestone lines.
    void paintAxis(QPainter &painter, qint64 fromMs, qint64 toMs, bool inHeader) const;
    void paintMilestones(QPainter &painter, bool inHeader) const;
    void paintEvents(QPainter &painter, qint64 fromMs, qint64 toMs);
    void paintLaneHeaders(QPainter &painter) const;

    QPointer<TimelineEventModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;

    // Layout, rebuilt when the timeline changes.
    bool m_layoutDirty = true;
    QList<Item> m_items; // timed events by start time
    QList<int> m_itemOfRow; // row -> index into m_items, -1 without a time
    QList<bool> m_rowSelected;
    QList<Lane> m_lanes;
    QList<MilestoneLine> m_milestones;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_longestRangeMs = 0;
    qint64 m_impactFromMs = 0;
    qint64 m_impactToMs = 0;
    bool m_hasImpact = false;
    QTimeZone m_zone{QTimeZone::UTC};
    int m_untimedCount = 0;

    // Reused by every paint, so that painting allocates nothing per event.
    QList<int> m_laneLastX;

    // Geometry from the font.
    int m_laneHeight = 28;
    int m_laneHeaderWidth = 180;
    int m_headerHeight = 60;
    int m_markRadius = 6;
    int m_padding = 24;

    std::array<QColor, KindCount> m_kindColors;
    double m_msPerPixel = 6000;
    bool m_fitted = true; // follows resizes and new events until the user zooms or scrolls
    int m_hoverRow = -1;
    QPoint m_dragStart;
    QPoint m_dragScroll;
    bool m_dragging = false;
    bool m_pressedOnEmpty = false;
};

} // namespace Debrief
