#pragma once

#include "StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QListWidgetItem;

namespace Ui {
class ReviewPage;
}

namespace Debrief {

class StepNotesPanel;
class BlamelessLanguageChecker;
class MetricsPanel;

// Step 8, "Review": the seed's "Checklist – The Basics" computed live, the time calculations,
// the blameless-language findings of the whole document, and what is still open (questions,
// remediation items that are not SMART, parked follow-ups). Activating a finding or an open
// item goes to the step and record it belongs to.
class ReviewPage : public StepPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    Step step() const override { return Step::Review; }
    void setDocument(Document *document) override;

    // Recomputes everything now (normally done shortly after changes, while visible).
    void refresh();

    // The step where a field of a table is edited.
    static Step stepOf(Table table, int field);
    // The translated name of a field people write in, for "where" in a finding.
    static QString fieldLabel(Table table, int field);

Q_SIGNALS:
    // The user asked to see a record (field) of another step. The page also switches the
    // surrounding DocumentView itself; this is for anyone else who wants to follow.
    void recordRequested(Debrief::Step step, int table, qint64 id, int field);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refreshBasics();
    void refreshOpenItems();
    void refreshLanguage();
    void rebuildChecker();
    void activate(QListWidgetItem *item);
    void navigate(Step step, Table table, qint64 id, int field);
    QString recordLabel(Table table, qint64 id) const;

    std::unique_ptr<Ui::ReviewPage> m_ui;
    StepNotesPanel *m_stepNotesPanel = nullptr;
    QPointer<Document> m_document;
    MetricsPanel *m_metricsPanel = nullptr;
    std::unique_ptr<BlamelessLanguageChecker> m_checker;
    QTimer m_refreshTimer;
    bool m_dirty = true;
};

} // namespace Debrief
