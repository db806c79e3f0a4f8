#pragma once

#include "steps/StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>

#include <memory>

namespace Ui {
class TimelinePage;
}

namespace Debrief {

class StepNotesPanel;
class TimelineEventDelegate;
class TimelineEventModel;
class TimelineImportDialog;

// Step 4, "Timeline": describe, don't explain. A quick entry line for the facilitator typing
// while people talk, the time calculations live, the visual timeline and the table of events
// (one selection for both), the selected event's details with the views of the people
// involved, the evidence, log and chat imports, and the step's notes.
class TimelinePage : public StepPage
{
    Q_OBJECT

public:
    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;

    Step step() const override { return Step::Timeline; }
    void setDocument(Document *document) override;

    TimelineEventModel *eventModel() const { return m_model; }

public Q_SLOTS:
    void importLog();
    void importChat();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void commitQuickEntry();
    void showQuickEntryMessage(const QString &text, bool error);
    void showQuickEntryHelp();
    void onCurrentRowChanged();
    void onRecordsChanged(Table table);
    void onValueChanged(Table table, qint64 id, int field);
    void addEventAfterCurrent();
    void removeSelectedEvents();
    void selectEvent(qint64 id);
    void startImport(bool log);
    void updateLegend();
    void updateZoomButtons();
    void updateEventCount();
    void updateEditable();
    void updateFonts();
    void updateEvidenceTabTitle(int count);

    std::unique_ptr<Ui::TimelinePage> m_ui;
    QPointer<Document> m_document;
    TimelineEventModel *m_model;
    TimelineEventDelegate *m_delegate;
    StepNotesPanel *m_stepNotesPanel = nullptr;
    QPointer<TimelineImportDialog> m_importDialog;
    bool m_splittersPlaced = false;
};

} // namespace Debrief
