#include "MetricsPanel.h"

#include "TimelineColors.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QString metricKey(IncidentMetrics::Metric metric)
{
    switch (metric) {
    case IncidentMetrics::Metric::TimeToDetect:
        return u"timeToDetect"_s;
    case IncidentMetrics::Metric::TimeToAcknowledge:
        return u"timeToAcknowledge"_s;
    case IncidentMetrics::Metric::TimeToMitigate:
        return u"timeToMitigate"_s;
    case IncidentMetrics::Metric::TimeToResolve:
        return u"timeToResolve"_s;
    case IncidentMetrics::Metric::ImpactDuration:
        return u"impactDuration"_s;
    }
    return {};
}

} // namespace

MetricsPanel::MetricsPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"metricsPanel"_s);
    // As tall as its numbers: the timeline below takes the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(0);
    outer->addLayout(grid);

    int column = 0;
    for (IncidentMetrics::Metric metric : IncidentMetrics::allMetrics()) {
        const QString key = metricKey(metric);
        auto *frame = new QFrame(this);
        frame->setObjectName(key + u"Frame"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        frame->setBackgroundRole(QPalette::AlternateBase);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(14, 8, 14, 8);
        layout->setSpacing(2);
        auto *caption = new QLabel(IncidentMetrics::metricLabel(metric), frame);
        caption->setObjectName(key + u"CaptionLabel"_s);
        auto *value = new QLabel(frame);
        value->setObjectName(key + u"ValueLabel"_s);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *detail = new QLabel(frame);
        detail->setObjectName(key + u"DetailLabel"_s);
        detail->setWordWrap(true);
        detail->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(caption);
        layout->addWidget(value);
        layout->addWidget(detail);
        grid->addWidget(frame, 0, column);
        grid->setColumnStretch(column, 1);
        ++column;
        m_tiles.append({metric, frame, caption, value, detail});
    }

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(u"metricsWarningLabel"_s);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextFormat(Qt::PlainText);
    outer->addWidget(m_warningLabel);

    // Typing a milestone's time changes it several times a second: compute once per burst.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MetricsPanel::refresh);

    updateFonts();
    updateColors();
    refresh();
}

void MetricsPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        const auto onRecords = [this](Table table, int) {
            if (table == Table::TimelineEvent)
                scheduleRefresh();
        };
        connect(document, &Document::recordInserted, this, onRecords);
        connect(document, &Document::recordRemoved, this, onRecords);
        connect(document, &Document::valueChanged, this, [this](Table table, qint64, int field) {
            if ((table == Table::TimelineEvent
                 && (field == TimelineEventField::Milestone || field == TimelineEventField::OccurredAt
                     || field == TimelineEventField::OccurredUntil
                     || field == TimelineEventField::Precision))
                || (table == Table::Incident && field == IncidentField::TimeZone))
                scheduleRefresh();
        });
    }
    refresh();
}

void MetricsPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void MetricsPanel::refresh()
{
    m_refreshTimer.stop();
    Document *document = m_document;
    const IncidentMetrics metrics =
        document ? IncidentMetrics::fromDocument(*document) : IncidentMetrics({});
    const QPalette colors = palette();
    const QColor warning = TimelineColors::warningColor(colors);
    for (const Tile &tile : std::as_const(m_tiles)) {
        const IncidentMetrics::Result result = metrics.result(tile.metric);
        QPalette valuePalette = tile.value->palette();
        valuePalette.setColor(QPalette::WindowText, colors.color(QPalette::WindowText));
        QString route = tr("%1 → %2", "from milestone → to milestone")
                            .arg(choiceLabel(Vocabulary::Milestone, result.fromMilestone),
                                 choiceLabel(Vocabulary::Milestone, result.toMilestone));
        switch (result.state) {
        case IncidentMetrics::State::Value:
            tile.value->setText(result.text());
            tile.detail->setText(result.approximate
                                     ? tr("%1 · approximate", "milestone route · approximate").arg(route)
                                     : route);
            break;
        case IncidentMetrics::State::MissingMilestone:
            tile.value->setText(tr("—", "no value: a milestone is missing"));
            tile.detail->setText(result.problem);
            break;
        case IncidentMetrics::State::OutOfOrder:
            tile.value->setText(tr("⚠ Check order"));
            valuePalette.setColor(QPalette::WindowText, warning);
            tile.detail->setText(result.problem);
            break;
        }
        tile.value->setPalette(valuePalette);
        QStringList tip{result.hasValue() ? route : result.problem};
        tip.append(result.notes);
        tile.frame->setToolTip(tip.join(u'\n'));
    }
    const QStringList warnings = metrics.orderWarnings();
    m_warningLabel->setVisible(!warnings.isEmpty());
    QStringList lines;
    for (const QString &line : warnings)
        lines.append(tr("⚠ %1", "a milestone order warning").arg(line));
    m_warningLabel->setText(lines.join(u'\n'));
}

void MetricsPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void MetricsPanel::updateFonts()
{
    // Relative to the window's zoom: the numbers are what the back of the room reads.
    QFont value = font();
    value.setPointSizeF(font().pointSizeF() * 1.55);
    value.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (const Tile &tile : std::as_const(m_tiles)) {
        tile.value->setFont(value);
        tile.detail->setFont(small);
    }
    QFont bold = font();
    bold.setBold(true);
    m_warningLabel->setFont(bold);
}

void MetricsPanel::updateColors()
{
    QPalette warningPalette = m_warningLabel->palette();
    warningPalette.setColor(QPalette::WindowText, TimelineColors::warningColor(palette()));
    m_warningLabel->setPalette(warningPalette);
    refresh();
}

} // namespace Debrief
