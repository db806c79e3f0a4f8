#pragma once

#include "domain/Steps.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Debrief {

class Document;
class StepPage;

// The open post-mortem: the step sidebar with each step's completeness, the current step's
// page under its title, and Back/Next to walk the flow.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    enum Roles {
        ProgressRole = Qt::UserRole + 1, // "done/total", empty when the step has no checks
        StepRole,                        // int(Step)
        CompleteRole,                    // bool
    };

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Shows `document` on every page (nullptr: none); the flow starts at its first step.
    void setDocument(Document *document);

    QList<Step> steps() const;
    Step currentStep() const;
    void setCurrentStep(Step step);
    // Puts the keyboard focus on the first field of the current page.
    void focusPage();

    // A persistent red banner: the file cannot be written (changes are kept and retried).
    void showSaveFailure(const QString &reason);
    void clearSaveFailure();
    bool isShowingSaveFailure() const;

    QAction *previousStepAction() const { return m_previousAction; }
    QAction *nextStepAction() const { return m_nextAction; }
    // One per step, in flow order: Alt+1 to Alt+8 open the step directly.
    QList<QAction *> stepActions() const { return m_stepActions; }

    // The step list's type relative to the pages' (smaller in presentation mode).
    void setStepListScale(qreal scale);

public Q_SLOTS:
    void goToPreviousStep();
    void goToNextStep();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The page at `index`, created and given the current document if it is not yet.
    StepPage *page(int index);
    void setCurrentIndex(int index);
    void scheduleProgressUpdate();
    void updateProgress();
    void updateNavigation();
    void updateReadOnlyBanner();
    void updateFonts();

    QPointer<Document> m_document;
    qreal m_stepListScale = 1.0;
    QList<Step> m_steps;
    QList<StepPage *> m_pages;           // nullptr until first shown
    QList<Document *> m_pageDocuments;   // what each page was last given
    QFrame *m_saveFailureFrame;
    QLabel *m_saveFailureLabel;
    QFrame *m_readOnlyFrame;
    QLabel *m_readOnlyLabel;
    QListWidget *m_stepList;
    QLabel *m_stepTitleLabel;
    QLabel *m_stepSummaryLabel;
    QStackedWidget *m_pageStack;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QAction *m_previousAction;
    QAction *m_nextAction;
    QList<QAction *> m_stepActions;
    QTimer m_progressTimer;
};

} // namespace Debrief
