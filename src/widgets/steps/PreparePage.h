#pragma once

#include "StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>
#include <QTimeZone>

#include <memory>

namespace Ui {
class PreparePage;
}

namespace Debrief {

class FieldBinding;
class RecordTableModel;
class SeverityLevelsDialog;
class StepNotesPanel;

// Step 1, "Prepare": the incident's basics (title, id, status, start and end in the
// incident's time zone), its severity with the level's definition, summary and customer
// impact, the participants and their roles, the facilitator, and the step's notes.
// Every edit goes straight to the document; the page follows the document's signals, so
// undo and redo show up here.
class PreparePage : public StepPage
{
    Q_OBJECT

public:
    explicit PreparePage(QWidget *parent = nullptr);
    ~PreparePage() override;

    Step step() const override { return Step::Prepare; }
    void setDocument(Document *document) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFontDependentSizes();
    void sizeParticipantColumns();
    void onValueChanged(Table table, qint64 id, int field);
    void onRecordsChanged(Table table);

    void rebuildSeverityItems();
    void rebuildFacilitatorItems();
    void updateSeverityDefinition();
    void updateTimeZone();
    void updateTimes();
    void updateFacilitatorNote();
    void updateParticipantButtons();

    void writeFacilitator(const QVariant &value);
    void setTimeKnown(int field, bool known);
    void commitTimeZoneText();
    void addParticipant();
    void removeSelectedParticipants();
    void editSeverityLevels();

    std::unique_ptr<Ui::PreparePage> m_ui;
    QPointer<Document> m_document;
    RecordTableModel *m_participantsModel = nullptr;
    QPointer<SeverityLevelsDialog> m_severityLevelsDialog;
    QList<FieldBinding *> m_incidentBindings;
    FieldBinding *m_timeZoneBinding = nullptr;
    FieldBinding *m_startBinding = nullptr;
    FieldBinding *m_endBinding = nullptr;
    FieldBinding *m_severityBinding = nullptr;
    FieldBinding *m_facilitatorBinding = nullptr;
    StepNotesPanel *m_stepNotesPanel = nullptr;
    QTimeZone m_timeZone{QTimeZone::UTC};
    // The participant whose empty role this page set to "facilitator" when they were chosen;
    // choosing someone else instead takes that role back.
    qint64 m_autoRoleParticipant = 0;
};

} // namespace Debrief
