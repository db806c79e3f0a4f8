#pragma once

#include "StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>

#include <memory>

class QListWidgetItem;

namespace Ui {
class FactorsPage;
}

namespace Debrief {

class StepNotesPanel;
class BlamelessLanguageChecker;
class FieldBinding;

// Step 6, "Contributing factors": why there is no single root cause, then several factors,
// each with a title, a description, a category and the timeline events where it showed.
// A factor whose subject is a person gets a visible warning (the core's person-as-factor
// check) while the facilitator keeps typing: it is never accepted silently, never blocked.
class FactorsPage : public StepPage
{
    Q_OBJECT

public:
    explicit FactorsPage(QWidget *parent = nullptr);
    ~FactorsPage() override;

    Step step() const override { return Step::Factors; }
    void setDocument(Document *document) override;

    qint64 currentFactorId() const;
    void setCurrentFactor(qint64 id);
    // Shows a factor and focuses `field`'s editor; false for records of other steps.
    bool showRecord(Table table, qint64 id, int field) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onValueChanged(Table table, qint64 id, int field);
    void onRecordsChanged(Table table);

    void rebuildFactors();
    void updateFactorItem(QListWidgetItem *item);
    void updateEditor();
    void updatePersonWarning();
    void rebuildEvents();
    void updateButtons();
    void updateFonts();
    void updateColors();
    void rebuildChecker();

    void addFactor();
    void removeCurrentFactor();
    void setEventLinked(qint64 eventId, bool linked);

    std::unique_ptr<Ui::FactorsPage> m_ui;
    StepNotesPanel *m_stepNotesPanel = nullptr;
    QPointer<Document> m_document;
    std::unique_ptr<BlamelessLanguageChecker> m_checker;
    QList<FieldBinding *> m_bindings;
    bool m_rebuildingEvents = false;
};

} // namespace Debrief
