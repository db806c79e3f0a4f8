#pragma once

#include "StepPage.h"
#include "document/RecordSchema.h"

#include <QPointer>

#include <memory>

class QListWidgetItem;
class QMenu;

namespace Ui {
class QuestionsPage;
}

namespace Debrief {

class StepNotesPanel;
class FieldBinding;
struct QuestionTemplate;

// Step 5, "Questions": the seed's five checklists (the people involved, the process, the
// aftermath, the culture, the next time) and the questions a team added, grouped by
// checklist. The current question is shown large with its status (open, discussed,
// skipped: Ctrl+1/2/3), its notes, and a field to park a follow-up. Questions come from the
// program (translated), from the room, or from template files in the user's folder.
class QuestionsPage : public StepPage
{
    Q_OBJECT

public:
    explicit QuestionsPage(QWidget *parent = nullptr);
    ~QuestionsPage() override;

    Step step() const override { return Step::Questions; }
    void setDocument(Document *document) override;

    qint64 currentQuestionId() const;
    void setCurrentQuestion(qint64 id);
    // Shows a record of this step (a question or a parking-lot entry) and focuses `field`'s
    // editor; false when the record is not one of this page's.
    bool showRecord(Table table, qint64 id, int field) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onValueChanged(Table table, qint64 id, int field);
    void onRecordsChanged(Table table);

    void rebuildList();
    void updateQuestionItem(qint64 id);
    void updateDetail();
    void updateButtons();
    void updateFonts();

    void setStatus(const QString &status);
    void addQuestion();
    void removeCurrentQuestion();
    void parkFollowUp();
    void removeParkedEntry();
    void rebuildTemplateMenu();
    void applyTemplate(const QuestionTemplate &questionTemplate);
    void showInfo(const QString &text);

    std::unique_ptr<Ui::QuestionsPage> m_ui;
    StepNotesPanel *m_stepNotesPanel = nullptr;
    QPointer<Document> m_document;
    FieldBinding *m_notesBinding = nullptr;
    QMenu *m_templateMenu = nullptr;
};

} // namespace Debrief
