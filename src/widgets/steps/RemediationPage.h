#pragma once

#include "StepPage.h"
#include "analysis/SmartCheck.h"
#include "document/RecordSchema.h"

#include <QPointer>
#include <QUrl>

#include <memory>

class QLabel;

namespace Ui {
class RemediationPage;
}

namespace Debrief {

class StepNotesPanel;
class FieldBinding;
class RecordTableModel;
class RemediationItemsModel;

// Step 7, "Remediation": the items with every field (title, specific change, measure of
// success, owner and whether they agreed, effort, due date, priority, kind, status, tracker
// link) and the core's SMART check naming what each lacks; parking-lot entries promoted into
// items; and what the room decided not to do, with the reason.
class RemediationPage : public StepPage
{
    Q_OBJECT

public:
    explicit RemediationPage(QWidget *parent = nullptr);
    ~RemediationPage() override;

    Step step() const override { return Step::Remediation; }
    void setDocument(Document *document) override;

    qint64 currentItemId() const;
    void setCurrentItem(qint64 id);
    // Shows a remediation item, parking-lot entry or declined item and focuses `field`'s
    // editor; false for records of other steps.
    bool showRecord(Table table, qint64 id, int field) override;

    // The link the tracker field holds when it is a web address (http or https); invalid
    // otherwise. Nothing else is ever opened.
    static QUrl trackerUrl(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SmartRow
    {
        SmartCriterion criterion;
        QLabel *icon;
        QLabel *text;
    };

    void onValueChanged(Table table, qint64 id, int field);
    void onRecordsChanged(Table table);

    void updateEditor();
    void updateOwnerAgreed();
    void updateDueDate();
    void updateTracker();
    void updateSmart();
    void updateButtons();
    void updateFonts();
    void updateColors();

    void addItem();
    void removeCurrentItem();
    void setDueDateSet(bool set);
    void writeDueDate();
    void openTracker();
    void promoteParkedEntry();
    void addDeclined();
    void removeSelectedDeclined();

    std::unique_ptr<Ui::RemediationPage> m_ui;
    StepNotesPanel *m_stepNotesPanel = nullptr;
    QPointer<Document> m_document;
    RemediationItemsModel *m_itemsModel = nullptr;
    RecordTableModel *m_declinedModel = nullptr;
    QList<FieldBinding *> m_bindings;
    QList<SmartRow> m_smartRows;
    bool m_updatingDate = false;
};

} // namespace Debrief
