#pragma once

#include "StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>

#include <memory>

class QAbstractProxyModel;
class QLabel;

namespace Ui {
class BiasesPage;
}

namespace Debrief {

class RecordTableModel;
class StepNotesPanel;

// Step 3, "Bias reminder": the room's permission to call out biases (recorded with its
// time), a card for each of the four common biases (what it is, what it sounds like in a
// post-mortem, what to do about it), and the call-outs logged so far on any step.
class BiasesPage : public StepPage
{
    Q_OBJECT

public:
    explicit BiasesPage(QWidget *parent = nullptr);
    ~BiasesPage() override;

    Step step() const override { return Step::Biases; }
    void setDocument(Document *document) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QLabel *title;
        QLabel *body;
    };

    void createCards();
    void onValueChanged(Table table, qint64 id, int field);
    void setPermission(bool given);
    void updatePermission();
    void updateCalloutState();
    void sizeColumns();
    void callOut();
    void removeSelectedCallouts();
    void updateFonts();

    std::unique_ptr<Ui::BiasesPage> m_ui;
    QPointer<Document> m_document;
    RecordTableModel *m_calloutsModel = nullptr;
    QAbstractProxyModel *m_calloutsProxy = nullptr;
    QList<Card> m_cards;
    StepNotesPanel *m_notesPanel = nullptr;
};

} // namespace Debrief
