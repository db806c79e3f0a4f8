#pragma once

#include "StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class ContextPage;
}

namespace Debrief {

class FieldBinding;
class StepNotesPanel;

// Step 2, "Set the context": the ground rules as a card for the room to read aloud, with the
// moment they were read; the 3 R's (regret, reason, remedy) with what each is for; and the
// customer-facing statement that the three make together, shown as it will be exported.
class ContextPage : public StepPage
{
    Q_OBJECT

public:
    explicit ContextPage(QWidget *parent = nullptr);
    ~ContextPage() override;

    Step step() const override { return Step::Context; }
    void setDocument(Document *document) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onValueChanged(Table table, qint64 id, int field);
    void setReadAloud(bool read);
    void updateReadAloud();
    void updateStatement();
    void updateFonts();

    std::unique_ptr<Ui::ContextPage> m_ui;
    QPointer<Document> m_document;
    QList<FieldBinding *> m_bindings;
    StepNotesPanel *m_notesPanel = nullptr;
    // Typing changes the statement on every key; it is rebuilt after a short pause.
    QTimer m_statementTimer;
};

} // namespace Debrief
