#pragma once

#include "document/RecordSchema.h"
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
    // Brings one record (and `field` of it) into view, for the review's "go there" links.
    // Returns false when this page does not show that record.
    virtual bool showRecord(Table table, qint64 id, int field)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
        Q_UNUSED(field);
        return false;
    }

Q_SIGNALS:
    // The page's completeness may have changed (the sidebar re-reads stepProgress()).
    void progressChanged();
};

} // namespace Debrief
