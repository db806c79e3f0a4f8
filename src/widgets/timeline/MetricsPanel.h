#pragma once

#include "document/RecordSchema.h"
#include "timeline/IncidentMetrics.h"

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace Debrief {

class Document;

// The time calculations live: time to detect, acknowledge, mitigate, resolve and the impact
// duration, from the milestones on the timeline (the core's IncidentMetrics). Approximate
// results carry "≈"; milestones in the wrong order give a warning instead of a duration.
class MetricsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit MetricsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // Recomputes now instead of at the next turn of the event loop.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tile
    {
        IncidentMetrics::Metric metric;
        QFrame *frame;
        QLabel *caption;
        QLabel *value;
        QLabel *detail;
    };

    void scheduleRefresh();
    void updateFonts();
    void updateColors();

    QPointer<Document> m_document;
    QList<Tile> m_tiles;
    QLabel *m_warningLabel;
    QTimer m_refreshTimer;
};

} // namespace Debrief
