// The real Review page, alone and inside the document view: the basics checklist computed
// live, blameless-language findings that take the user to the field, open items, and the
// time calculations of the example.
#include "PageFixture.h"
#include "mainwindow/DocumentView.h"
#include "steps/DetailItemDelegate.h"
#include "steps/QuestionsPage.h"
#include "steps/RemediationPage.h"
#include "steps/ReviewPage.h"
#include "timeline/MetricsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void basicsFollowTheDocument();
    void languageFindingsNameFieldAndSuggestion();
    void findingTakesTheUserToTheField();
    void openItemsAreListedAndReachable();
    void exampleShowsTimeCalculations();
    void readOnlyDocumentIsReviewed();

private:
    void showPage(Document *document);
    static QListWidgetItem *findItem(QListWidget *list, const QString &text);
    static void click(QListWidget *list, QListWidgetItem *item);
    template <typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString path() const { return m_dir.filePath(u"review.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewPage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestReviewPage::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
    showPage(m_document.get());
}

void TestReviewPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestReviewPage::showPage(Document *document)
{
    m_page = std::make_unique<ReviewPage>();
    m_page->resize(1600, 1000);
    m_page->setDocument(document);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QListWidgetItem *TestReviewPage::findItem(QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text))
            return list->item(row);
    }
    return nullptr;
}

void TestReviewPage::click(QListWidget *list, QListWidgetItem *item)
{
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

void TestReviewPage::basicsFollowTheDocument()
{
    auto *basics = widget<QListWidget>("basicsListWidget");
    QCOMPARE(basics->count(), 7);
    QListWidgetItem *timeline = findItem(basics, u"Document your timeline or log data"_s);
    QVERIFY(timeline);
    QVERIFY(timeline->data(Qt::AccessibleDescriptionRole).toString().startsWith(u"missing"_s));
    QVERIFY(findItem(basics, u"Level of severity"_s));
    QVERIFY(findItem(basics, u"Remediation - make it actionable"_s));

    Record event = emptyRecord(Table::TimelineEvent);
    event.values[TimelineEventField::OccurredAt] = QDateTime::currentDateTimeUtc();
    event.values[TimelineEventField::WhatHappened] = u"Certificate rotated"_s;
    m_document->insertRecord(Table::TimelineEvent, event);
    // Recomputed shortly after the change, while the page is visible.
    QTRY_VERIFY(findItem(basics, u"Document your timeline"_s)
                    ->data(Qt::AccessibleDescriptionRole).toString().startsWith(u"done"_s));
    QVERIFY(widget<QLabel>("basicsSummaryLabel")->text().contains(u"1 of"_s));

    m_document->undoStack()->undo();
    QTRY_VERIFY(findItem(basics, u"Document your timeline"_s)
                    ->data(Qt::AccessibleDescriptionRole).toString().startsWith(u"missing"_s));
}

void TestReviewPage::languageFindingsNameFieldAndSuggestion()
{
    auto *findings = widget<QListWidget>("languageFindingsListWidget");
    QCOMPARE(findings->count(), 0);
    QVERIFY(widget<QLabel>("languageSummaryLabel")->text().startsWith(u"No blame"_s));

    m_document->setIncidentValue(IncidentField::Summary,
                                 u"The on-call engineer should have checked the proxy first."_s);
    m_page->refresh();
    QVERIFY(findings->count() >= 1);
    QListWidgetItem *finding = findItem(findings, u"should have"_s);
    QVERIFY(finding);
    QVERIFY2(finding->text().contains(u"Prepare › Summary"_s), qPrintable(finding->text()));
    const QString detail = finding->data(DetailItemDelegate::DetailRole).toString();
    QVERIFY2(detail.contains(u"should have checked the proxy"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"Suggestion:"_s), qPrintable(detail));
    QVERIFY(widget<QLabel>("languageSummaryLabel")->text().contains(u"reword"_s));
}

void TestReviewPage::findingTakesTheUserToTheField()
{
    const qint64 question = m_document->records(Table::Question).at(6).id;
    m_document->setValue(Table::Question, question, QuestionField::Notes,
                         u"Nobody would have failed to see it with a better runbook, a case of human error."_s);
    m_page.reset();

    DocumentView view;
    view.resize(1600, 1000);
    view.setDocument(m_document.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentStep(Step::Review);
    auto *review = view.findChild<ReviewPage *>();
    QVERIFY(review);
    QSignalSpy requested(review, &ReviewPage::recordRequested);
    auto *findings = review->findChild<QListWidget *>(u"languageFindingsListWidget"_s);
    QTRY_VERIFY(findings->count() > 0);
    QListWidgetItem *finding = findItem(findings, u"human error"_s);
    QVERIFY(finding);
    QVERIFY(finding->text().contains(u"Questions › Notes"_s));

    // Arrow keys only move; a click goes there.
    findings->setFocus();
    findings->setCurrentRow(0);
    QTest::keyClick(findings, Qt::Key_Down);
    QCOMPARE(view.currentStep(), Step::Review);
    click(findings, finding);
    QCOMPARE(view.currentStep(), Step::Questions);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(1).toInt(), int(Table::Question));
    auto *questions = view.findChild<QuestionsPage *>();
    QVERIFY(questions);
    QCOMPARE(questions->currentQuestionId(), question);
    QCOMPARE(QApplication::focusWidget(),
             questions->findChild<QPlainTextEdit *>(u"questionNotesPlainTextEdit"_s));

    // Enter works as well as a click.
    view.setCurrentStep(Step::Review);
    findings->setFocus();
    findings->setCurrentItem(finding);
    QTest::keyClick(findings, Qt::Key_Return);
    QCOMPARE(view.currentStep(), Step::Questions);
    view.setDocument(nullptr);
}

void TestReviewPage::openItemsAreListedAndReachable()
{
    Record item = emptyRecord(Table::RemediationItem);
    item.values[RemediationField::Title] = u"Improve monitoring"_s;
    const qint64 itemId = m_document->insertRecord(Table::RemediationItem, item);
    Record entry = emptyRecord(Table::ParkingLotItem);
    entry.values[ParkingLotField::Text] = u"Status page policy"_s;
    m_document->insertRecord(Table::ParkingLotItem, entry);
    m_page->refresh();

    auto *open = widget<QListWidget>("openItemsListWidget");
    QVERIFY(findItem(open, u"Open questions (17)"_s));
    QListWidgetItem *notSmart = findItem(open, u"Improve monitoring"_s);
    QVERIFY(notSmart);
    QVERIFY(!notSmart->data(DetailItemDelegate::DetailRole).toString().isEmpty());
    QVERIFY(findItem(open, u"Status page policy"_s));
    QVERIFY(widget<QLabel>("openItemsSummaryLabel")->text().contains(u"19"_s));

    m_page.reset();
    DocumentView view;
    view.resize(1600, 1000);
    view.setDocument(m_document.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentStep(Step::Review);
    auto *review = view.findChild<ReviewPage *>();
    open = review->findChild<QListWidget *>(u"openItemsListWidget"_s);
    QTRY_VERIFY(findItem(open, u"Improve monitoring"_s));
    click(open, findItem(open, u"Improve monitoring"_s));
    QCOMPARE(view.currentStep(), Step::Remediation);
    auto *remediation = view.findChild<RemediationPage *>();
    QCOMPARE(remediation->currentItemId(), itemId);
    // The first missing part (Specific) is where the room continues.
    QCOMPARE(QApplication::focusWidget()->objectName(), u"specificChangePlainTextEdit"_s);
    view.setDocument(nullptr);
}

void TestReviewPage::exampleShowsTimeCalculations()
{
    m_page.reset();
    m_document = PageFixture::exampleDocument(m_dir.filePath(u"example.debrief"_s));
    QVERIFY(m_document);
    showPage(m_document.get());
    auto *metrics = m_page->findChild<MetricsPanel *>();
    QVERIFY(metrics);
    auto *detect = m_page->findChild<QLabel *>(u"timeToDetectValueLabel"_s);
    QVERIFY(detect);
    QVERIFY2(detect->text().contains(u"min"_s), qPrintable(detect->text()));
    auto *basics = widget<QListWidget>("basicsListWidget");
    QVERIFY(findItem(basics, u"Mean Time to Resolution"_s)
                ->data(Qt::AccessibleDescriptionRole).toString().startsWith(u"done"_s));
    QVERIFY(findItem(basics, u"Level of severity"_s)
                ->data(Qt::AccessibleDescriptionRole).toString().startsWith(u"done"_s));
}

void TestReviewPage::readOnlyDocumentIsReviewed()
{
    m_document->setIncidentValue(IncidentField::Summary, u"If only the alert had paged."_s);
    m_page.reset();
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);
    showPage(m_document.get());
    QVERIFY(widget<QListWidget>("languageFindingsListWidget")->count() >= 1);
    QCOMPARE(widget<QListWidget>("basicsListWidget")->count(), 7);
}

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
