#pragma once

#include <QColor>
#include <QFrame>

namespace Debrief {

// A rounded, tinted box for notices (recovery, save failures, read-only). Colours go through
// the palette, not a style sheet: style sheets stop Qt from passing the zoomed font on to the
// labels inside.
class TintedFrame : public QFrame
{
public:
    TintedFrame(const QColor &background, const QColor &border, const QColor &text,
                QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_background;
    QColor m_border;
};

} // namespace Debrief
