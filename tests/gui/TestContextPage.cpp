// Drives the real "Set the context" page: the ground rules card and its read-aloud
// confirmation, the 3 R's typed with the keyboard, the customer-facing statement that follows
// them, undo, the example document and read-only documents.
#include "PageFixture.h"
#include "domain/Steps.h"
#include "steps/ContextPage.h"
#include "steps/StepNotesPanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestContextPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void groundRulesAreForTheRoom();
    void guidanceIsForTheFacilitator();
    void readAloudIsRecordedAndCanBeUndone();
    void threeRsTypedMakeTheStatement();
    void undoShowsInTheEditors();
    void exampleDocumentIsShown();
    void readOnlyDocumentCannotBeEdited();
    void hasANotesPanel();

private:
    void showPage(Document *document);
    template<typename T>
    T *widget(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString path() const { return m_dir.filePath(u"context.debrief"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<ContextPage> m_page;
    std::unique_ptr<Document> m_document;
};

void TestContextPage::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(path());
    QVERIFY(m_document);
    m_document->setIncidentValue(IncidentField::TimeZone, u"Europe/Berlin"_s);
    showPage(m_document.get());
}

void TestContextPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestContextPage::showPage(Document *document)
{
    m_page = std::make_unique<ContextPage>();
    m_page->resize(1500, 1000);
    m_page->setDocument(document);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestContextPage::groundRulesAreForTheRoom()
{
    auto *rules = widget<QLabel>("groundRulesLabel");
    QVERIFY(rules->isVisible());
    const QString text = rules->text();
    QVERIFY(text.contains(u"normal part"_s));
    QVERIFY(text.contains(u"learn"_s));
    QVERIFY(text.contains(u"blamed, shamed or punished"_s));
    QVERIFY(text.contains(u"Blame-free does not mean accountability-free"_s));
    QVERIFY(text.contains(u"never the root cause"_s));
    for (QWidget *w : {static_cast<QWidget *>(rules), widget<QWidget>("groundRulesFrame"),
             widget<QWidget>("readAloudCheckBox")})
        QVERIFY(!w->property("facilitatorOnly").toBool());
}

void TestContextPage::guidanceIsForTheFacilitator()
{
    for (const char *name : {"regretGuidanceLabel", "reasonGuidanceLabel", "remedyGuidanceLabel"}) {
        auto *guidance = widget<QLabel>(name);
        QVERIFY(guidance->property("facilitatorOnly").toBool());
        QVERIFY(!guidance->text().isEmpty());
    }
    // What each R means is for everyone.
    for (const char *name : {"regretSummaryLabel", "reasonSummaryLabel", "remedySummaryLabel"}) {
        auto *summary = widget<QLabel>(name);
        QVERIFY(!summary->property("facilitatorOnly").toBool());
        QVERIFY(summary->isVisible());
    }
    QVERIFY(widget<QLabel>("regretSummaryLabel")->text().contains(u"apologise"_s));
    QVERIFY(widget<QLabel>("regretSummaryLabel")->text().contains(u"firefight"_s));
    QVERIFY(widget<QLabel>("reasonSummaryLabel")->text().contains(u"detection"_s));
    QVERIFY(widget<QLabel>("remedySummaryLabel")->text().contains(u"SMART"_s));
    QVERIFY(widget<QLabel>("remedySummaryLabel")->text().contains(u"customers"_s));
}

void TestContextPage::readAloudIsRecordedAndCanBeUndone()
{
    QSignalSpy progress(m_page.get(), &StepPage::progressChanged);
    auto *box = widget<QCheckBox>("readAloudCheckBox");
    auto *status = widget<QLabel>("readAloudStatusLabel");
    QVERIFY(!box->isChecked());
    QVERIFY(status->text().contains(u"Not read"_s));
    QCOMPARE(stepProgress(*m_document, Step::Context).done, 0);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QDateTime readAt
        = m_document->incidentValue(IncidentField::GroundRulesReadAt).toDateTime();
    QVERIFY(readAt.isValid());
    QCOMPARE(readAt.timeSpec(), Qt::UTC);
    QVERIFY(readAt >= before && readAt <= after);
    QVERIFY(box->isChecked());
    QVERIFY(progress.count() >= 1);
    QCOMPARE(stepProgress(*m_document, Step::Context).done, 1);
    // Shown in the incident's time zone.
    const QString local = QLocale().toString(
        readAt.toTimeZone(QTimeZone("Europe/Berlin")).time(), QLocale::ShortFormat);
    QVERIFY2(status->text().contains(local), qPrintable(status->text()));

    // Ticked by mistake: untick clears it.
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(m_document->incidentValue(IncidentField::GroundRulesReadAt).isNull());
    QVERIFY(!box->isChecked());

    // Undo brings the confirmation back, and the box follows.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->incidentValue(IncidentField::GroundRulesReadAt).toDateTime(), readAt);
    QVERIFY(box->isChecked());
    m_document->undoStack()->undo();
    QVERIFY(m_document->incidentValue(IncidentField::GroundRulesReadAt).isNull());
    QVERIFY(!box->isChecked());
}

void TestContextPage::threeRsTypedMakeTheStatement()
{
    auto *regret = widget<QPlainTextEdit>("regretPlainTextEdit");
    auto *statement = widget<QPlainTextEdit>("statementPlainTextEdit");
    QVERIFY(statement->isReadOnly());
    QVERIFY(statement->toPlainText().isEmpty());

    // Alt+R, the Regret mnemonic, puts the cursor there; Tab walks to the next R.
    widget<QCheckBox>("readAloudCheckBox")->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::AltModifier);
    QVERIFY(regret->hasFocus());
    QTest::keyClicks(regret, u"We are sorry that tracking was down."_s);
    QTest::keyClick(regret, Qt::Key_Tab);
    auto *reason = widget<QPlainTextEdit>("reasonPlainTextEdit");
    QVERIFY(reason->hasFocus());
    QTest::keyClicks(reason, u"A certificate authority changed."_s);
    QTest::keyClick(reason, Qt::Key_Tab);
    auto *remedy = widget<QPlainTextEdit>("remedyPlainTextEdit");
    QVERIFY(remedy->hasFocus());
    QTest::keyClicks(remedy, u"Renewals test every client by 11 December."_s);

    QCOMPARE(m_document->incidentValue(IncidentField::Regret).toString(),
        u"We are sorry that tracking was down."_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Reason).toString(),
        u"A certificate authority changed."_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Remedy).toString(),
        u"Renewals test every client by 11 December."_s);
    const StepProgress progress = stepProgress(*m_document, Step::Context);
    QCOMPARE(progress.total, 4);
    QCOMPARE(progress.done, 3);

    // The preview follows after a pause in typing, in the order regret, reason, remedy.
    QTRY_VERIFY(statement->toPlainText().contains(u"Renewals test every client"_s));
    const QString text = statement->toPlainText();
    const qsizetype r1 = text.indexOf(u"We are sorry"_s);
    const qsizetype r2 = text.indexOf(u"A certificate authority"_s);
    const qsizetype r3 = text.indexOf(u"Renewals test"_s);
    QVERIFY(r1 >= 0 && r1 < r2 && r2 < r3);

    // Typing into the preview changes nothing.
    statement->setFocus();
    QTest::keyClicks(statement, u"xyz"_s);
    QVERIFY(!statement->toPlainText().contains(u"xyz"_s));
}

void TestContextPage::undoShowsInTheEditors()
{
    auto *reason = widget<QPlainTextEdit>("reasonPlainTextEdit");
    reason->setFocus();
    QTest::keyClicks(reason, u"Detected at 14:01"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Reason).toString(), u"Detected at 14:01"_s);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QVERIFY(m_document->incidentValue(IncidentField::Reason).toString().isEmpty());
    QVERIFY(reason->toPlainText().isEmpty());
    QTRY_VERIFY(widget<QPlainTextEdit>("statementPlainTextEdit")->toPlainText().isEmpty());
}

void TestContextPage::exampleDocumentIsShown()
{
    m_page.reset();
    m_document = PageFixture::exampleDocument(m_dir.filePath(u"example.debrief"_s));
    QVERIFY(m_document);
    showPage(m_document.get());
    // Showing a document never writes to it.
    QCOMPARE(m_document->undoStack()->count(), 0);
    const QString regret = m_document->incidentValue(IncidentField::Regret).toString();
    QVERIFY(!regret.isEmpty());
    QCOMPARE(widget<QPlainTextEdit>("regretPlainTextEdit")->toPlainText(), regret);
    const QString statement = widget<QPlainTextEdit>("statementPlainTextEdit")->toPlainText();
    QVERIFY(statement.contains(regret.left(40)));
    QVERIFY(
        statement.contains(m_document->incidentValue(IncidentField::Remedy).toString().left(40)));
}

void TestContextPage::readOnlyDocumentCannotBeEdited()
{
    m_document->setIncidentValue(IncidentField::Regret, u"Sorry."_s);
    QVERIFY(m_document->saveNow());
    m_page.reset();
    m_document.reset();
    m_document = PageFixture::openReadOnly(path());
    QVERIFY(m_document);
    showPage(m_document.get());
    for (const char *name : {"regretPlainTextEdit", "reasonPlainTextEdit", "remedyPlainTextEdit"})
        QVERIFY(widget<QPlainTextEdit>(name)->isReadOnly());
    auto *box = widget<QCheckBox>("readAloudCheckBox");
    QVERIFY(!box->isEnabled());
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(m_document->incidentValue(IncidentField::GroundRulesReadAt).isNull());
    QCOMPARE(widget<QPlainTextEdit>("regretPlainTextEdit")->toPlainText(), u"Sorry."_s);
}

void TestContextPage::hasANotesPanel()
{
    auto *panel = m_page->findChild<StepNotesPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->step(), Step::Context);
    QVERIFY(panel->isVisible());
}

QTEST_MAIN(TestContextPage)
#include "TestContextPage.moc"
