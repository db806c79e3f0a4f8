#pragma once

#include "domain/Steps.h"

#include <QWidget>

namespace Debrief {

class Document;

// One page of the guided flow. The main window shows one at a time beside the step sidebar.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual Step step() const = 0;
    // Shows `document` (nullptr: none). Pages never keep a document beyond this.
    virtual void setDocument(Document *document) = 0;

Q_SIGNALS:
    // The page's completeness may have changed (the sidebar re-reads stepProgress()).
    void progressChanged();
};

} // namespace Debrief
