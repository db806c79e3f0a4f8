#include "TimelineView.h"

#include "TimelineColors.h"
#include "TimelineEventModel.h"
#include "TimelineFormat.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "timeline/IncidentMetrics.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr double ZoomStep = 1.5;
// 1 s = 20 px: closer than anyone reads a timeline.
constexpr double MinMsPerPixel = 50;
// A lone event still gets a sensible scale around it.
constexpr qint64 MinFitSpanMs = 10 * Minute;

const std::array<QLatin1StringView, 6> KindKeys = {"alert"_L1,   "observation"_L1,
                                                   "action"_L1,  "decision"_L1,
                                                   "communication"_L1, "milestone"_L1};

quint8 kindIndex(const QString &kind)
{
    for (size_t i = 0; i < KindKeys.size(); ++i) {
        if (kind == KindKeys.at(i))
            return quint8(i);
    }
    return quint8(KindKeys.size());
}

qint64 msOf(const QVariant &value)
{
    const QDateTime at = value.toDateTime();
    return at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"timelineView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Visual timeline"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(40);
    // Moving the scroll bar by hand is a choice of view like zooming: stop following fit.
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_fitted = false; });
    updateMetrics();
    updateColors();
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(TimelineEventModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        const auto relayout = [this] { invalidateLayout(); };
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_fitted = true;
            invalidateLayout();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, relayout);
        connect(model, &QAbstractItemModel::rowsRemoved, this, relayout);
        connect(model, &QAbstractItemModel::rowsMoved, this, relayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, relayout);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    // Text is read at paint time; everything else moves marks or lanes.
                    if (topLeft.column() == TimelineEventModel::WhatHappenedColumn
                        && bottomRight.column() == TimelineEventModel::WhatHappenedColumn)
                        viewport()->update();
                    else
                        invalidateLayout();
                });
    }
    m_fitted = true;
    invalidateLayout();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (m_selectionModel)
        disconnect(m_selectionModel, nullptr, this, nullptr);
    m_selectionModel = selectionModel;
    if (selectionModel) {
        connect(selectionModel, &QItemSelectionModel::selectionChanged, this, [this] {
            rebuildSelection();
            viewport()->update();
        });
        connect(selectionModel, &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        ensureRowVisible(current.row());
                    viewport()->update();
                });
    }
    rebuildSelection();
    viewport()->update();
}

// --- Layout

void TimelineView::invalidateLayout()
{
    m_layoutDirty = true;
    m_hoverRow = -1;
    viewport()->update();
}

void TimelineView::ensureLayout() const
{
    if (m_layoutDirty)
        const_cast<TimelineView *>(this)->rebuildLayout();
}

void TimelineView::rebuildLayout()
{
    m_layoutDirty = false;
    m_items.clear();
    m_lanes.clear();
    m_milestones.clear();
    m_itemOfRow.clear();
    m_hasImpact = false;
    m_untimedCount = 0;
    m_longestRangeMs = 0;
    const Document *document = m_model ? m_model->document() : nullptr;
    if (!document) {
        rebuildSelection();
        updateScrollBars();
        return;
    }
    m_zone = m_model->zone();
    const QList<Record> &events = document->records(Table::TimelineEvent);
    m_items.reserve(events.size());
    m_itemOfRow.fill(-1, events.size());

    // Lanes in order of first appearance on the timeline; people and systems alike.
    QHash<QString, int> laneOfName;
    QHash<qint64, int> laneOfParticipant;
    int unattributedLane = -1;
    QList<int> rawLaneOfItem;
    rawLaneOfItem.reserve(events.size());
    QList<Lane> rawLanes;
    for (int row = 0; row < events.size(); ++row) {
        const Record &event = events.at(row);
        const qint64 start = msOf(event.value(TimelineEventField::OccurredAt));
        if (start == std::numeric_limits<qint64>::min()) {
            ++m_untimedCount;
            continue;
        }
        Item item;
        item.startMs = start;
        item.endMs = start;
        item.row = row;
        const QString precision = event.text(TimelineEventField::Precision);
        item.approximate = precision == "approximate"_L1;
        if (precision == "range"_L1) {
            const qint64 end = msOf(event.value(TimelineEventField::OccurredUntil));
            if (end > start) {
                item.endMs = end;
                item.range = true;
                m_longestRangeMs = std::max(m_longestRangeMs, end - start);
            }
        }
        item.kind = kindIndex(event.text(TimelineEventField::Kind));
        item.milestone = !event.text(TimelineEventField::Milestone).isEmpty();

        int lane = -1;
        const qint64 participant = TimelineFormat::actorParticipant(event);
        const QString name = TimelineFormat::actorText(*document, event).trimmed();
        if (participant && !name.isEmpty()) {
            lane = laneOfParticipant.value(participant, -1);
            if (lane < 0) {
                lane = int(rawLanes.size());
                laneOfParticipant.insert(participant, lane);
                rawLanes.append({name, true});
            }
        } else if (!name.isEmpty()) {
            const QString key = name.toCaseFolded();
            lane = laneOfName.value(key, -1);
            if (lane < 0) {
                lane = int(rawLanes.size());
                laneOfName.insert(key, lane);
                rawLanes.append({name, false});
            }
        } else {
            if (unattributedLane < 0) {
                unattributedLane = int(rawLanes.size());
                rawLanes.append({tr("Not attributed"), false});
            }
            lane = unattributedLane;
        }
        item.lane = lane;
        m_items.append(item);
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item &a, const Item &b) { return a.startMs < b.startMs; });

    // Renumber lanes by their first event in time; the unattributed lane goes last.
    QList<int> order(rawLanes.size(), -1);
    int next = 0;
    for (const Item &item : std::as_const(m_items)) {
        if (order.at(item.lane) < 0 && item.lane != unattributedLane)
            order[item.lane] = next++;
    }
    if (unattributedLane >= 0)
        order[unattributedLane] = next++;
    m_lanes.resize(rawLanes.size());
    for (int i = 0; i < rawLanes.size(); ++i)
        m_lanes[order.at(i)] = rawLanes.at(i);
    QList<int> lastOfLane(m_lanes.size(), -1);
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        item.lane = order.at(item.lane);
        if (const int previous = lastOfLane.at(item.lane); previous >= 0)
            m_items[previous].nextInLane = i;
        lastOfLane[item.lane] = i;
        m_itemOfRow[item.row] = i;
    }
    if (!m_items.isEmpty()) {
        m_firstMs = m_items.constFirst().startMs;
        m_lastMs = m_firstMs;
        for (const Item &item : std::as_const(m_items))
            m_lastMs = std::max(m_lastMs, item.endMs);
    }

    // Milestones where the time calculations take them from: the earliest of each.
    const IncidentMetrics metrics(events, m_zone);
    for (const Choice &choice : choices(Vocabulary::Milestone)) {
        if (const auto time = metrics.milestone(choice.key))
            m_milestones.append({time->at.toMSecsSinceEpoch(), choice.key, choice.label,
                                 time->approximate});
    }
    const auto impactStart = metrics.milestone(u"impact-start"_s);
    auto impactEnd = metrics.milestone(u"mitigated"_s);
    if (!impactEnd)
        impactEnd = metrics.milestone(u"resolved"_s);
    if (impactStart && impactEnd && impactEnd->at > impactStart->at) {
        m_hasImpact = true;
        m_impactFromMs = impactStart->at.toMSecsSinceEpoch();
        m_impactToMs = impactEnd->at.toMSecsSinceEpoch();
    }

    // The lane names decide how wide their column is, within reason.
    const QFontMetrics metricsOfFont(font());
    int widest = 0;
    for (const Lane &lane : std::as_const(m_lanes))
        widest = std::max(widest, metricsOfFont.horizontalAdvance(lane.name));
    const int average = metricsOfFont.averageCharWidth();
    m_laneHeaderWidth = std::clamp(widest + 2 * m_padding / 2 + average, average * 12, average * 26);

    m_laneLastX.resize(m_lanes.size());
    rebuildSelection();
    if (m_fitted)
        m_msPerPixel = fitMsPerPixel();
    m_msPerPixel = std::clamp(m_msPerPixel, minMsPerPixel(), maxMsPerPixel());
    updateScrollBars();
    Q_EMIT zoomChanged(); // the zoom limits follow the events
}

void TimelineView::rebuildSelection()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_rowSelected.fill(false, rows);
    if (!m_selectionModel || m_selectionModel->model() != m_model)
        return;
    const QItemSelection selection = m_selectionModel->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = std::max(0, range.top()); row <= range.bottom() && row < rows; ++row)
            m_rowSelected[row] = true;
    }
}

void TimelineView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_laneHeight = std::max(24, qRound(metrics.height() * 2.1));
    m_markRadius = std::max(4, qRound(metrics.height() * 0.32));
    m_padding = std::max(16, metrics.averageCharWidth() * 3);
    // Two rows of milestone labels above the row of times.
    m_headerHeight = metrics.height() * 3 + 16;
    invalidateLayout();
}

void TimelineView::updateColors()
{
    const QPalette &colors = palette();
    for (size_t i = 0; i < KindKeys.size(); ++i)
        m_kindColors[i] = TimelineColors::kindColor(KindKeys.at(i), colors);
    m_kindColors[KindKeys.size()] = TimelineColors::kindColor(QString(), colors);
    viewport()->update();
}

double TimelineView::fitMsPerPixel() const
{
    const qint64 span = std::max(m_lastMs - m_firstMs, MinFitSpanMs);
    const int width = std::max(1, timeAreaWidth() - 2 * m_padding);
    return double(span) / width;
}

double TimelineView::minMsPerPixel() const
{
    return MinMsPerPixel;
}

double TimelineView::maxMsPerPixel() const
{
    return std::max(fitMsPerPixel(), MinMsPerPixel);
}

bool TimelineView::canZoomIn() const
{
    ensureLayout();
    return m_msPerPixel > minMsPerPixel() * 1.001;
}

bool TimelineView::canZoomOut() const
{
    ensureLayout();
    return m_msPerPixel < maxMsPerPixel() * 0.999;
}

void TimelineView::updateScrollBars()
{
    const double contentWidth =
        m_items.isEmpty() ? 0.0 : double(m_lastMs - m_firstMs) / m_msPerPixel + 2.0 * m_padding;
    const int visibleWidth = timeAreaWidth();
    const double overflow = std::max(0.0, contentWidth - visibleWidth);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, int(std::min(overflow, double(std::numeric_limits<int>::max() / 2))));
    horizontal->setPageStep(std::max(1, visibleWidth));

    const int lanesHeight = int(m_lanes.size()) * m_laneHeight + m_padding / 2;
    const int visibleHeight = viewport()->height() - m_headerHeight;
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, lanesHeight - visibleHeight));
    vertical->setPageStep(std::max(1, visibleHeight));
    vertical->setSingleStep(m_laneHeight);
}

int TimelineView::timeAreaLeft() const
{
    return m_laneHeaderWidth;
}

int TimelineView::timeAreaWidth() const
{
    return std::max(1, viewport()->width() - m_laneHeaderWidth);
}

double TimelineView::xOfMs(qint64 ms) const
{
    return timeAreaLeft() + m_padding + double(ms - m_firstMs) / m_msPerPixel
           - horizontalScrollBar()->value();
}

qint64 TimelineView::msOfX(double x) const
{
    return m_firstMs
           + qint64(std::llround((x - timeAreaLeft() - m_padding + horizontalScrollBar()->value())
                                 * m_msPerPixel));
}

int TimelineView::laneTop(int lane) const
{
    return m_headerHeight + lane * m_laneHeight - verticalScrollBar()->value();
}

int TimelineView::firstItemFrom(qint64 ms) const
{
    const auto found = std::lower_bound(m_items.cbegin(), m_items.cend(), ms,
                                        [](const Item &item, qint64 value) {
                                            return item.startMs < value;
                                        });
    return int(found - m_items.cbegin());
}

// --- Zoom and scroll

void TimelineView::setMsPerPixel(double msPerPixel, int anchorX)
{
    ensureLayout();
    const qint64 anchorMs = msOfX(anchorX);
    const double clamped = std::clamp(msPerPixel, minMsPerPixel(), maxMsPerPixel());
    if (clamped == m_msPerPixel)
        return;
    m_msPerPixel = clamped;
    updateScrollBars();
    const double value =
        double(anchorMs - m_firstMs) / m_msPerPixel + m_padding + timeAreaLeft() - anchorX;
    horizontalScrollBar()->setValue(int(std::lround(value)));
    viewport()->update();
    Q_EMIT zoomChanged();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    m_fitted = false;
    setMsPerPixel(m_msPerPixel / factor, anchorX);
}

void TimelineView::zoomIn()
{
    // Around the selected event when it is in view, else around the middle.
    const QRect mark = markRect(currentRow());
    zoomBy(ZoomStep, mark.isEmpty() ? timeAreaLeft() + timeAreaWidth() / 2 : mark.center().x());
}

void TimelineView::zoomOut()
{
    const QRect mark = markRect(currentRow());
    zoomBy(1.0 / ZoomStep, mark.isEmpty() ? timeAreaLeft() + timeAreaWidth() / 2 : mark.center().x());
}

void TimelineView::zoomToFit()
{
    ensureLayout();
    m_fitted = true;
    m_msPerPixel = fitMsPerPixel();
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT zoomChanged();
}

void TimelineView::ensureRowVisible(int row)
{
    ensureLayout();
    if (row < 0 || row >= m_itemOfRow.size() || m_itemOfRow.at(row) < 0)
        return;
    const Item &item = m_items.at(m_itemOfRow.at(row));
    const double x = xOfMs(item.startMs);
    const int margin = m_padding * 2;
    if (x < timeAreaLeft() + margin || x > viewport()->width() - margin) {
        const double centre = timeAreaLeft() + timeAreaWidth() / 2.0;
        horizontalScrollBar()->setValue(
            horizontalScrollBar()->value() + int(std::lround(x - centre)));
    }
    const int top = laneTop(item.lane);
    QScrollBar *vertical = verticalScrollBar();
    if (top < m_headerHeight)
        vertical->setValue(vertical->value() - (m_headerHeight - top));
    else if (top + m_laneHeight > viewport()->height())
        vertical->setValue(vertical->value() + top + m_laneHeight - viewport()->height());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    ensureLayout();
    if (m_fitted)
        m_msPerPixel = fitMsPerPixel();
    m_msPerPixel = std::clamp(m_msPerPixel, minMsPerPixel(), maxMsPerPixel());
    updateScrollBars();
    Q_EMIT zoomChanged();
}

void TimelineView::scrollContentsBy(int, int)
{
    m_hoverRow = -1;
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0) {
            zoomBy(std::pow(ZoomStep, delta.y() / 120.0), int(event->position().x()));
        }
        event->accept();
        return;
    }
    // Time is the main axis: the wheel moves along it unless there are lanes to scroll.
    const bool lanesOverflow = verticalScrollBar()->maximum() > 0;
    if (delta.x() == 0 && delta.y() != 0
        && (!lanesOverflow || (event->modifiers() & Qt::ShiftModifier))) {
        m_fitted = false;
        QScrollBar *horizontal = horizontalScrollBar();
        horizontal->setValue(horizontal->value() - delta.y() * horizontal->singleStep() / 120 * 2);
        event->accept();
        return;
    }
    if (delta.x() != 0)
        m_fitted = false;
    QAbstractScrollArea::wheelEvent(event);
}

// --- Selection and keys

int TimelineView::currentRow() const
{
    if (!m_selectionModel || !m_selectionModel->currentIndex().isValid())
        return -1;
    return m_selectionModel->currentIndex().row();
}

void TimelineView::select(int row, bool toggle)
{
    if (!m_selectionModel || !m_model || row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    const QItemSelectionModel::SelectionFlags flags =
        (toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect)
        | QItemSelectionModel::Rows;
    m_selectionModel->setCurrentIndex(index, flags);
}

void TimelineView::moveCurrent(int row)
{
    if (row < 0)
        return;
    select(row, false);
    ensureRowVisible(row);
}

int TimelineView::neighbourInLane(int itemIndex, int laneDelta) const
{
    const Item &from = m_items.at(itemIndex);
    const int lane = from.lane + laneDelta;
    if (lane < 0 || lane >= m_lanes.size())
        return -1;
    // The nearest event in time on the other lane.
    const int start = firstItemFrom(from.startMs);
    int best = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int i = start; i < m_items.size(); ++i) {
        const qint64 distance = m_items.at(i).startMs - from.startMs;
        if (distance >= bestDistance)
            break;
        if (m_items.at(i).lane == lane) {
            best = i;
            bestDistance = distance;
            break;
        }
    }
    for (int i = start - 1; i >= 0; --i) {
        const qint64 distance = from.startMs - m_items.at(i).startMs;
        if (distance >= bestDistance)
            break;
        if (m_items.at(i).lane == lane) {
            best = i;
            break;
        }
    }
    return best < 0 ? -1 : m_items.at(best).row;
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ensureLayout();
    const int row = currentRow();
    const int item = row >= 0 && row < m_itemOfRow.size() ? m_itemOfRow.at(row) : -1;
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (m_items.isEmpty())
            break;
        const bool forward = event->key() == Qt::Key_Right;
        int target = 0;
        if (item < 0)
            target = forward ? 0 : int(m_items.size()) - 1;
        else
            target = std::clamp(item + (forward ? 1 : -1), 0, int(m_items.size()) - 1);
        moveCurrent(m_items.at(target).row);
        event->accept();
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (item >= 0) {
            moveCurrent(neighbourInLane(item, event->key() == Qt::Key_Down ? 1 : -1));
        } else if (!m_items.isEmpty()) {
            moveCurrent(m_items.constFirst().row);
        }
        event->accept();
        return;
    case Qt::Key_Home:
        if (!m_items.isEmpty())
            moveCurrent(m_items.constFirst().row);
        event->accept();
        return;
    case Qt::Key_End:
        if (!m_items.isEmpty())
            moveCurrent(m_items.constLast().row);
        event->accept();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (plain) {
            zoomIn();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (plain) {
            zoomOut();
            event->accept();
            return;
        }
        break;
    case Qt::Key_0:
        if (plain) {
            zoomToFit();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row >= 0) {
            Q_EMIT activated(row);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

// --- Mouse

int TimelineView::rowAt(const QPoint &point) const
{
    ensureLayout();
    if (m_items.isEmpty() || point.x() < timeAreaLeft() || point.y() < m_headerHeight)
        return -1;
    const int lane = (point.y() - m_headerHeight + verticalScrollBar()->value()) / m_laneHeight;
    if (lane < 0 || lane >= m_lanes.size())
        return -1;
    const double reach = m_markRadius + 4;
    const qint64 fromMs = msOfX(point.x() - reach) - m_longestRangeMs;
    const qint64 toMs = msOfX(point.x() + reach);
    int best = -1;
    double bestDistance = reach + 1;
    for (int i = firstItemFrom(fromMs); i < m_items.size() && m_items.at(i).startMs <= toMs; ++i) {
        const Item &item = m_items.at(i);
        if (item.lane != lane)
            continue;
        const double x = xOfMs(item.startMs);
        const double right = item.range ? xOfMs(item.endMs) : x;
        double distance = 0;
        if (point.x() < x)
            distance = x - point.x();
        else if (point.x() > right)
            distance = point.x() - right;
        // Later events are drawn on top: on a tie the later one is what the eye sees.
        if (distance <= bestDistance) {
            best = item.row;
            bestDistance = distance;
        }
    }
    return best;
}

QRect TimelineView::markRect(int row) const
{
    ensureLayout();
    if (row < 0 || row >= m_itemOfRow.size() || m_itemOfRow.at(row) < 0)
        return {};
    const Item &item = m_items.at(m_itemOfRow.at(row));
    const int centreY = laneTop(item.lane) + m_laneHeight / 2;
    const int left = int(std::lround(xOfMs(item.startMs))) - m_markRadius;
    const int right = item.range ? int(std::lround(xOfMs(item.endMs))) + m_markRadius
                                 : left + 2 * m_markRadius;
    const QRect rect(QPoint(left, centreY - m_markRadius), QPoint(right, centreY + m_markRadius));
    const QRect visible(timeAreaLeft(), m_headerHeight, timeAreaWidth(),
                        viewport()->height() - m_headerHeight);
    return rect.intersects(visible) ? rect : QRect();
}

int TimelineView::laneCount() const
{
    ensureLayout();
    return int(m_lanes.size());
}

QString TimelineView::laneName(int lane) const
{
    ensureLayout();
    return lane >= 0 && lane < m_lanes.size() ? m_lanes.at(lane).name : QString();
}

int TimelineView::laneOfRow(int row) const
{
    ensureLayout();
    if (row < 0 || row >= m_itemOfRow.size() || m_itemOfRow.at(row) < 0)
        return -1;
    return m_items.at(m_itemOfRow.at(row)).lane;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        select(row, event->modifiers().testFlag(Qt::ControlModifier));
        m_pressedOnEmpty = false;
    } else {
        // Empty space: drag to move through time and lanes.
        m_pressedOnEmpty = true;
        m_dragStart = event->position().toPoint();
        m_dragScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressedOnEmpty && (event->buttons() & Qt::LeftButton)) {
        const QPoint delta = position - m_dragStart;
        if (!m_dragging && delta.manhattanLength() > 4) {
            m_dragging = true;
            m_fitted = false;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            horizontalScrollBar()->setValue(m_dragScroll.x() - delta.x());
            verticalScrollBar()->setValue(m_dragScroll.y() - delta.y());
        }
        event->accept();
        return;
    }
    const int row = rowAt(position);
    if (row != m_hoverRow) {
        m_hoverRow = row;
        viewport()->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging)
        viewport()->setCursor(Qt::ArrowCursor);
    m_dragging = false;
    m_pressedOnEmpty = false;
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        select(row, false);
        Q_EMIT activated(row);
    }
    event->accept();
}

QString TimelineView::toolTipFor(int row) const
{
    const Document *document = m_model ? m_model->document() : nullptr;
    if (!document || row < 0 || row >= document->count(Table::TimelineEvent))
        return {};
    const Record &event = document->records(Table::TimelineEvent).at(row);
    const QString time = m_model->data(m_model->index(row, TimelineEventModel::TimeColumn)).toString();
    QStringList heading{time};
    const QString actor = TimelineFormat::actorText(*document, event);
    if (!actor.isEmpty())
        heading.append(actor);
    heading.append(choiceLabel(Vocabulary::EventKind, event.text(TimelineEventField::Kind)));
    const QString milestone = event.text(TimelineEventField::Milestone);
    if (!milestone.isEmpty())
        heading.append(choiceLabel(Vocabulary::Milestone, milestone));
    QString text = event.text(TimelineEventField::WhatHappened).trimmed();
    if (text.size() > 600)
        text = text.left(600) + u'…';
    // Rich text so that long events wrap; everything the user typed is escaped.
    return u"<p><b>%1</b></p><p>%2</p>"_s.arg(heading.join(u" · "_s).toHtmlEscaped(),
                                              text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(row), viewport(), markRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave && m_hoverRow >= 0) {
        m_hoverRow = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

QSize TimelineView::sizeHint() const
{
    ensureLayout();
    const int lanes = std::clamp(int(m_lanes.size()), 3, 7);
    return {900, m_headerHeight + lanes * m_laneHeight + horizontalScrollBar()->sizeHint().height()
                     + 2 * frameWidth()};
}

QSize TimelineView::minimumSizeHint() const
{
    return {300, m_headerHeight + 2 * m_laneHeight};
}

// --- Painting

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    const QPalette &colors = palette();
    const QRect area = viewport()->rect();
    painter.fillRect(area, colors.color(QPalette::Base));

    const Document *document = m_model ? m_model->document() : nullptr;
    if (!document || m_items.isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        const QString message =
            m_untimedCount > 0
                ? tr("%n event(s) without a time. Give them a time to see them here.", "",
                     m_untimedCount)
                : tr("Events appear here as they are added: lanes per person or system, "
                     "milestones as lines.");
        painter.drawText(area.adjusted(m_padding, 0, -m_padding, 0),
                         Qt::AlignCenter | Qt::TextWordWrap, message);
        return;
    }

    const qint64 fromMs = msOfX(timeAreaLeft());
    const qint64 toMs = msOfX(area.width());
    const QRect lanesArea(timeAreaLeft(), m_headerHeight, timeAreaWidth(),
                          area.height() - m_headerHeight);

    painter.save();
    painter.setClipRect(lanesArea);
    // Alternate lane backgrounds: the eye follows a lane across the screen.
    const int firstLane = std::max(0, (verticalScrollBar()->value()) / m_laneHeight);
    for (int lane = firstLane; lane < m_lanes.size(); ++lane) {
        const int top = laneTop(lane);
        if (top > area.height())
            break;
        if (lane % 2 == 1)
            painter.fillRect(QRect(timeAreaLeft(), top, timeAreaWidth(), m_laneHeight),
                             colors.color(QPalette::AlternateBase));
    }
    if (m_hasImpact && m_impactToMs >= fromMs && m_impactFromMs <= toMs) {
        const double left = std::max(double(timeAreaLeft()), xOfMs(m_impactFromMs));
        const double right = std::min(double(area.width()), xOfMs(m_impactToMs));
        painter.fillRect(QRectF(left, m_headerHeight, right - left, area.height() - m_headerHeight),
                         TimelineColors::impactColor(colors));
    }
    paintAxis(painter, fromMs, toMs, false); // grid lines
    paintMilestones(painter, false);
    paintEvents(painter, fromMs, toMs);
    painter.restore();

    // The header: milestone labels and times, above the lanes.
    painter.save();
    painter.setClipRect(QRect(timeAreaLeft(), 0, timeAreaWidth(), m_headerHeight));
    painter.fillRect(QRect(timeAreaLeft(), 0, timeAreaWidth(), m_headerHeight),
                     colors.color(QPalette::Window));
    if (m_hasImpact) {
        const double left = std::max(double(timeAreaLeft()), xOfMs(m_impactFromMs));
        const double right = std::min(double(area.width()), xOfMs(m_impactToMs));
        if (right > left)
            painter.fillRect(QRectF(left, 0, right - left, m_headerHeight),
                             TimelineColors::impactColor(colors));
    }
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawLine(timeAreaLeft(), m_headerHeight - 1, area.width(), m_headerHeight - 1);
    paintAxis(painter, fromMs, toMs, true);
    paintMilestones(painter, true);
    painter.restore();

    paintLaneHeaders(painter);

    if (hasFocus()) {
        QPen focusPen(colors.color(QPalette::Highlight), 2);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(area).adjusted(1, 1, -1, -1));
    }
}

void TimelineView::paintAxis(QPainter &painter, qint64 fromMs, qint64 toMs, bool inHeader) const
{
    static constexpr std::array<qint64, 21> Steps = {
        Second,      2 * Second,  5 * Second,  10 * Second, 15 * Second, 30 * Second, Minute,
        2 * Minute,  5 * Minute,  10 * Minute, 15 * Minute, 30 * Minute, Hour,        2 * Hour,
        3 * Hour,    6 * Hour,    12 * Hour,   Day,         2 * Day,     7 * Day,     30 * Day};
    const QFontMetrics metrics(painter.font());
    const double spacing = metrics.horizontalAdvance(u"00:00:00"_s) + 2.0 * metrics.averageCharWidth();
    qint64 step = Steps.back();
    for (qint64 candidate : Steps) {
        if (double(candidate) / m_msPerPixel >= spacing) {
            step = candidate;
            break;
        }
    }
    const QPalette &colors = palette();
    // Ticks sit on the incident's wall clock: 14:00, not 12:00 UTC.
    const qint64 offset =
        qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::UTC))) * 1000;
    qint64 tick = ((fromMs + offset) / step) * step - offset;
    if (tick < fromMs)
        tick += step;
    const QString format = step < Minute ? u"HH:mm:ss"_s : u"HH:mm"_s;
    QColor grid = colors.color(QPalette::Text);
    grid.setAlphaF(0.08f);
    for (; tick <= toMs + step; tick += step) {
        const double x = xOfMs(tick);
        if (!inHeader) {
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(x, m_headerHeight), QPointF(x, viewport()->height()));
            continue;
        }
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(tick, m_zone);
        QString label = local.toString(format);
        if (step >= Day || (local.time() == QTime(0, 0)))
            label = QLocale().toString(local.date(), tr("ddd d MMM", "day on the timeline axis"));
        painter.setPen(colors.color(QPalette::Mid));
        painter.drawLine(QPointF(x, m_headerHeight - 6), QPointF(x, m_headerHeight - 1));
        painter.setPen(colors.color(QPalette::WindowText));
        const double width = metrics.horizontalAdvance(label);
        painter.drawText(QPointF(x - width / 2, m_headerHeight - 8 - metrics.descent()), label);
    }
}

void TimelineView::paintMilestones(QPainter &painter, bool inHeader) const
{
    const QPalette &colors = palette();
    const QFontMetrics plainMetrics(painter.font());
    QFont bold = painter.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    std::array<double, 2> rowEnd = {-1e9, -1e9};
    const int rowHeight = plainMetrics.height();
    for (const MilestoneLine &milestone : m_milestones) {
        const double x = xOfMs(milestone.ms);
        if (x < timeAreaLeft() - 200 || x > viewport()->width() + 200)
            continue;
        const QColor color = TimelineColors::milestoneColor(milestone.key, colors);
        if (!inHeader) {
            QPen pen(color, 2);
            if (milestone.approximate)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, m_headerHeight), QPointF(x, viewport()->height()));
            continue;
        }
        const QString label =
            milestone.approximate ? tr("≈ %1", "approximate milestone").arg(milestone.label)
                                  : milestone.label;
        const double width = metrics.horizontalAdvance(label);
        double left = x - width / 2;
        left = std::min(left, viewport()->width() - width - 4);
        left = std::max(left, double(timeAreaLeft()) + 2);
        int row = 0;
        if (left < rowEnd[0] + 8)
            row = left < rowEnd[1] + 8 ? -1 : 1;
        if (row < 0)
            continue; // crowded: the line and the tooltip still say it
        rowEnd[size_t(row)] = left + width;
        const double baseline = 4 + rowHeight * (row + 1) - plainMetrics.descent();
        painter.setFont(bold);
        painter.setPen(color);
        painter.drawText(QPointF(left, baseline), label);
        painter.setFont(font());
        QPen pen(color, 2);
        if (milestone.approximate)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, baseline + plainMetrics.descent() + 1),
                         QPointF(x, m_headerHeight));
    }
    painter.setFont(font());
}

void TimelineView::paintEvents(QPainter &painter, qint64 fromMs, qint64 toMs)
{
    const Document *document = m_model->document();
    const QList<Record> &records = document->records(Table::TimelineEvent);
    const QPalette &colors = palette();
    const QColor highlight = colors.color(QPalette::Highlight);
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    QColor hover = highlight;
    hover.setAlphaF(0.45f);
    const QFontMetrics metrics(painter.font());
    const int reach = m_markRadius + 4;
    const qint64 slackMs = qint64(reach * m_msPerPixel);
    const int firstLane = verticalScrollBar()->value() / m_laneHeight;
    const int lastLane = (verticalScrollBar()->value() + viewport()->height() - m_headerHeight)
                         / m_laneHeight;
    std::fill(m_laneLastX.begin(), m_laneLastX.end(), std::numeric_limits<int>::min() / 2);
    painter.setRenderHint(QPainter::Antialiasing, true);

    const int first = firstItemFrom(fromMs - slackMs - m_longestRangeMs);
    for (int i = first; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.startMs > toMs + slackMs)
            break;
        if (item.lane < firstLane || item.lane > lastLane)
            continue;
        if (item.range && item.endMs < fromMs - slackMs)
            continue;
        const double x = xOfMs(item.startMs);
        const int pixel = int(x);
        const bool selected = m_rowSelected.value(item.row);
        const bool hovered = item.row == m_hoverRow;
        // Thousands of events on a few pixels: one mark per pixel column is all the eye sees.
        if (!item.range && !selected && !hovered && pixel - m_laneLastX.at(item.lane) < 2)
            continue;
        m_laneLastX[item.lane] = pixel;
        const double centreY = laneTop(item.lane) + m_laneHeight / 2.0;
        const double r = m_markRadius;
        const QColor &color = m_kindColors.at(item.kind);
        const double right = item.range ? std::max(xOfMs(item.endMs), x + r) : x;

        if (selected || hovered) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(selected ? highlight : hover);
            const double halo = r + 4;
            painter.drawRoundedRect(QRectF(x - halo, centreY - halo, right - x + 2 * halo, 2 * halo),
                                    halo, halo);
        }
        if (item.range) {
            painter.setPen(Qt::NoPen);
            QColor fill = color;
            if (item.approximate)
                fill.setAlphaF(0.6f);
            painter.setBrush(fill);
            painter.drawRoundedRect(QRectF(x - r * 0.6, centreY - r * 0.6, right - x + r * 1.2, r * 1.2),
                                    r * 0.6, r * 0.6);
        } else if (item.milestone) {
            painter.setPen(QPen(base, 1.5));
            painter.setBrush(color);
            const double d = r * 1.25;
            const QPointF diamond[4] = {{x, centreY - d}, {x + d, centreY}, {x, centreY + d}, {x - d, centreY}};
            painter.drawPolygon(diamond, 4);
        } else if (item.approximate) {
            painter.setPen(QPen(color, std::max(2.0, r * 0.45)));
            painter.setBrush(base);
            painter.drawEllipse(QPointF(x, centreY), r * 0.85, r * 0.85);
        } else {
            painter.setPen(QPen(base, 1.5));
            painter.setBrush(color);
            painter.drawEllipse(QPointF(x, centreY), r, r);
        }

        // Room until the lane's next event: say what happened there.
        double roomEnd = viewport()->width() - 4;
        if (item.nextInLane >= 0)
            roomEnd = std::min(roomEnd, xOfMs(m_items.at(item.nextInLane).startMs) - r - 6);
        const double textLeft = right + r + 6;
        const double room = roomEnd - textLeft;
        if (room >= metrics.averageCharWidth() * 6 && textLeft < viewport()->width()) {
            const QString what = records.at(item.row).text(TimelineEventField::WhatHappened);
            if (!what.isEmpty()) {
                const QString elided =
                    metrics.elidedText(what.simplified(), Qt::ElideRight, int(room));
                painter.setPen(selected ? colors.color(QPalette::Text) : text);
                painter.drawText(QPointF(textLeft, centreY + (metrics.ascent() - metrics.descent()) / 2.0),
                                 elided);
            }
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineView::paintLaneHeaders(QPainter &painter) const
{
    const QPalette &colors = palette();
    const QRect column(0, 0, m_laneHeaderWidth, viewport()->height());
    painter.fillRect(column, colors.color(QPalette::Window));
    painter.save();
    painter.setClipRect(QRect(0, m_headerHeight, m_laneHeaderWidth, viewport()->height() - m_headerHeight));
    const QFontMetrics metrics(painter.font());
    QFont italic = painter.font();
    italic.setItalic(true);
    const int textWidth = m_laneHeaderWidth - m_padding;
    for (int lane = std::max(0, verticalScrollBar()->value() / m_laneHeight); lane < m_lanes.size();
         ++lane) {
        const int top = laneTop(lane);
        if (top > viewport()->height())
            break;
        const Lane &info = m_lanes.at(lane);
        if (lane % 2 == 1)
            painter.fillRect(QRect(0, top, m_laneHeaderWidth, m_laneHeight),
                             colors.color(QPalette::AlternateBase));
        // People upright, systems and the unattributed lane in italics.
        painter.setFont(info.participant ? font() : italic);
        painter.setPen(colors.color(QPalette::WindowText));
        const QString name = QFontMetrics(painter.font()).elidedText(info.name, Qt::ElideRight, textWidth);
        painter.drawText(QRect(m_padding / 2, top, textWidth, m_laneHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    painter.restore();

    // The corner says which day and zone the times are in.
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(msOfX(timeAreaLeft()), m_zone);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    painter.setPen(colors.color(QPalette::PlaceholderText));
    const QString day = QLocale().toString(first.date(), tr("ddd d MMM yyyy", "day in the timeline's corner"));
    const QString zone = QString::fromUtf8(m_zone.id());
    painter.drawText(QRect(m_padding / 2, 4, m_laneHeaderWidth - m_padding, m_headerHeight - 8),
                     Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                     tr("%1\n%2", "day and time zone in the timeline's corner").arg(day, zone));
    painter.setFont(font());
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawLine(m_laneHeaderWidth - 1, 0, m_laneHeaderWidth - 1, viewport()->height());
    painter.drawLine(0, m_headerHeight - 1, m_laneHeaderWidth, m_headerHeight - 1);
}

} // namespace Debrief
