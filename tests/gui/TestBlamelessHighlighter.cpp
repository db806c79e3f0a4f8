// The blameless-language assistant in the free-text fields: typing marks findings with a
// wavy underline, the tooltip explains them, neutral text stays clean, large texts stay
// usable, and German rules apply with a German UI.
#include "PageFixture.h"
#include "document/Document.h"
#include "language/BlamelessLanguageChecker.h"
#include "steps/RemediationPage.h"
#include "steps/StepNotesPanel.h"
#include "timeline/TimelineEventModel.h"
#include "timeline/TimelinePage.h"
#include "views/BlamelessHighlighter.h"
#include "views/FieldBinding.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

// The wavy-underlined ranges of a block, as the highlighter left them in its layout.
QList<QTextLayout::FormatRange> marks(const QTextBlock &block)
{
    QList<QTextLayout::FormatRange> result;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            result.append(range);
    }
    return result;
}

// QTest::keyClicks() knows ASCII only.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80)
            QTest::keyClick(widget, char(character.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }
}

QString plainToolTip()
{
    return QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText();
}

} // namespace

class TestBlamelessHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typingMarksAFinding();
    void tooltipNamesReasonAndSuggestion();
    void neutralSentenceIsNotMarked();
    void lineEditShowsAMarker();
    void cellEditorsAndQuickEntryAreChecked();
    void largeTextStaysFluid();
    void germanRulesWithGermanUi();

private:
    QPlainTextEdit *showNotes(Step step = Step::Questions);
    void sendToolTip(QPlainTextEdit *edit, int position);
    void saveScreenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QWidget> m_window;
};

void TestBlamelessHighlighter::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PageFixture::newDocument(m_dir.filePath(u"language.debrief"_s));
    QVERIFY(m_document);
}

void TestBlamelessHighlighter::cleanup()
{
    QToolTip::hideText();
    m_window.reset();
    m_document.reset();
    QLocale::setDefault(QLocale::system());
}

QPlainTextEdit *TestBlamelessHighlighter::showNotes(Step step)
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    auto *panel = new StepNotesPanel(step, m_window.get());
    layout->addWidget(panel);
    panel->setDocument(m_document.get());
    m_window->resize(900, 500);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return panel->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s);
}

void TestBlamelessHighlighter::sendToolTip(QPlainTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    // The middle of the character after `position`.
    const QRect before = edit->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = edit->cursorRect(cursor);
    const QPoint point((before.left() + after.left()) / 2, before.center().y());
    QHelpEvent event(QEvent::ToolTip, point, edit->viewport()->mapToGlobal(point));
    QApplication::sendEvent(edit->viewport(), &event);
}

void TestBlamelessHighlighter::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestBlamelessHighlighter::typingMarksAFinding()
{
    QPlainTextEdit *notes = showNotes();
    QVERIFY(notes);
    const QString sentence = u"Alice should have restarted it"_s;
    QTest::keyClicks(notes, sentence);
    QCOMPARE(notes->toPlainText(), sentence);

    const QList<LanguageFinding> expected = BlamelessLanguageChecker({u"en"_s}).check(sentence);
    QVERIFY(!expected.isEmpty());
    const QList<QTextLayout::FormatRange> found = marks(notes->document()->firstBlock());
    QCOMPARE(found.size(), expected.size());
    QCOMPARE(found.constFirst().start, int(expected.constFirst().start));
    QCOMPARE(found.constFirst().length, int(expected.constFirst().length));
    QVERIFY(sentence.mid(found.constFirst().start, found.constFirst().length)
                .contains(u"should have"_s));
    QVERIFY(found.constFirst().format.underlineColor().isValid());

    // Taking the phrase out takes the mark away.
    notes->selectAll();
    QTest::keyClicks(notes, u"Alice restarted it"_s);
    QVERIFY(marks(notes->document()->firstBlock()).isEmpty());

    // For looking at it: DEBRIEF_SCREENSHOT_DIR=/tmp/shots-notes
    notes->selectAll();
    QTest::keyClicks(notes, sentence + u". Then the pods came back."_s);
    saveScreenshot(m_window.get(), u"blameless-notes.png"_s);

    // A dark theme (presentation mode has one): the mark takes a colour that reads on it.
    const QColor lightMark =
        marks(notes->document()->firstBlock()).constFirst().format.underlineColor();
    QPalette dark = m_window->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x12, 0x12, 0x12));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    m_window->setPalette(dark);
    const QColor darkMark =
        marks(notes->document()->firstBlock()).constFirst().format.underlineColor();
    QCOMPARE(darkMark, BlamelessHighlighter::markColor(dark));
    QVERIFY(darkMark != lightMark);
    saveScreenshot(m_window.get(), u"blameless-notes-dark.png"_s);
}

void TestBlamelessHighlighter::tooltipNamesReasonAndSuggestion()
{
    QPlainTextEdit *notes = showNotes();
    QVERIFY(notes);
    const QString sentence = u"Alice should have restarted it"_s;
    QTest::keyClicks(notes, sentence);
    const LanguageFinding finding =
        BlamelessLanguageChecker({u"en"_s}).check(sentence).constFirst();

    sendToolTip(notes, int(finding.start + finding.length / 2));
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = plainToolTip();
    QVERIFY2(text.contains(finding.reason), qPrintable(text));
    QVERIFY2(text.contains(finding.suggestion), qPrintable(text));
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == "qtooltip_label"_L1 && widget->isVisible())
            saveScreenshot(widget, u"blameless-tooltip.png"_s);
    }

    // Over the last character of the finding, still; past it, no more.
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    sendToolTip(notes, int(finding.start + finding.length - 1));
    QTRY_VERIFY(QToolTip::isVisible());
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    if (finding.start + finding.length < sentence.size()) {
        sendToolTip(notes, int(finding.start + finding.length + 1));
        QTest::qWait(50);
        QVERIFY(!QToolTip::isVisible() || !plainToolTip().contains(finding.reason));
    }
}

void TestBlamelessHighlighter::neutralSentenceIsNotMarked()
{
    QPlainTextEdit *notes = showNotes();
    QVERIFY(notes);
    const QString neutral = u"The deploy restarted the pods at 14:02 and the alert should fire "
                            u"after five minutes."_s;
    QVERIFY(BlamelessLanguageChecker({u"en"_s}).check(neutral).isEmpty());
    QTest::keyClicks(notes, neutral);
    QVERIFY(marks(notes->document()->firstBlock()).isEmpty());
    sendToolTip(notes, 5);
    QTest::qWait(50);
    QVERIFY(!QToolTip::isVisible());

    // Only the paragraph with the finding is marked.
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, u"That was human error."_s);
    QVERIFY(marks(notes->document()->firstBlock()).isEmpty());
    QVERIFY(!marks(notes->document()->lastBlock()).isEmpty());
}

void TestBlamelessHighlighter::lineEditShowsAMarker()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    auto *title = new QLineEdit(m_window.get());
    title->setObjectName(u"titleLineEdit"_s);
    layout->addWidget(title);
    auto *binding = new FieldBinding(title, Table::Incident, IncidentField::Title);
    binding->setTarget(m_document.get(), 1);
    m_window->show();

    QAction *marker = title->findChild<QAction *>(u"blamelessMarkerAction"_s);
    QVERIFY(marker);
    QVERIFY(!marker->isVisible());
    QVERIFY(!title->actions().contains(marker)); // no greyed button on a clean text either
    QTest::keyClicks(title, u"Outage because Alice should have renewed the certificate"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(), title->text());
    const QList<LanguageFinding> expected =
        BlamelessLanguageChecker({u"en"_s}).check(title->text());
    QVERIFY(!expected.isEmpty());
    QVERIFY(marker->isVisible());
    QVERIFY(title->actions().contains(marker));
    const QString tip = QTextDocumentFragment::fromHtml(title->toolTip()).toPlainText();
    QVERIFY2(tip.contains(expected.constFirst().reason), qPrintable(tip));
    QVERIFY2(tip.contains(expected.constFirst().suggestion), qPrintable(tip));

    title->selectAll();
    QTest::keyClicks(title, u"Certificate expired on the payment gateway"_s);
    QVERIFY(!marker->isVisible());
    QVERIFY(!title->actions().contains(marker));
    QVERIFY(title->toolTip().isEmpty());

    // Not every line edit is prose: a reference number gets no marker.
    auto *reference = new QLineEdit(m_window.get());
    new FieldBinding(reference, Table::Incident, IncidentField::Reference);
    QVERIFY(!reference->findChild<QAction *>(u"blamelessMarkerAction"_s));
}

void TestBlamelessHighlighter::cellEditorsAndQuickEntryAreChecked()
{
    const QString blaming = u"Bob should have checked the certificate"_s;
    auto expectMarker = [&](QLineEdit *line, const char *where) {
        QVERIFY2(line, where);
        QAction *marker = line->findChild<QAction *>(u"blamelessMarkerAction"_s);
        QVERIFY2(marker, where);
        QVERIFY2(!marker->isVisible(), where);
        QTest::keyClicks(line, blaming);
        QVERIFY2(marker->isVisible(), where);
    };

    // The quick-entry line and the table's "what happened" cell on the timeline.
    auto *timeline = new TimelinePage;
    m_window.reset(timeline);
    timeline->setDocument(m_document.get());
    timeline->resize(1400, 900);
    timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(timeline));
    expectMarker(timeline->findChild<QLineEdit *>(u"quickEntryLineEdit"_s), "quick entry");
    auto *entry = timeline->findChild<QLineEdit *>(u"quickEntryLineEdit"_s);
    entry->clear();
    QTest::keyClicks(entry, u"12:00 pager fired"_s);
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(m_document->count(Table::TimelineEvent), 1);
    auto *table = timeline->findChild<QTableView *>(u"eventsTableView"_s);
    table->edit(table->model()->index(0, TimelineEventModel::WhatHappenedColumn));
    auto *cell = table->findChild<QLineEdit *>(u"eventWhatHappenedLineEdit"_s);
    QVERIFY(cell);
    cell->selectAll();
    expectMarker(cell, "timeline cell");
    timeline->setDocument(nullptr);

    // A reason on the "decided not to do" list.
    auto *remediation = new RemediationPage;
    m_window.reset(remediation);
    remediation->setDocument(m_document.get());
    remediation->resize(1400, 900);
    remediation->show();
    QVERIFY(QTest::qWaitForWindowExposed(remediation));
    QTest::mouseClick(remediation->findChild<QPushButton *>(u"addDeclinedPushButton"_s),
                      Qt::LeftButton);
    expectMarker(qobject_cast<QLineEdit *>(QApplication::focusWidget()), "declined item");
    remediation->setDocument(nullptr);
}

void TestBlamelessHighlighter::largeTextStaysFluid()
{
    QPlainTextEdit edit;
    BlamelessHighlighter *highlighter = BlamelessHighlighter::attach(&edit);
    QVERIFY(highlighter);
    QCOMPARE(BlamelessHighlighter::attach(&edit), highlighter); // once per editor
    edit.resize(800, 600);
    edit.show();

    QStringList lines;
    for (int i = 0; i < 20000; ++i) {
        lines.append(i % 100 == 99 ? u"Line %1: the responder should have paged the DBA."_s.arg(i)
                                   : u"Line %1: the queue grew and the pods restarted."_s.arg(i));
    }
    QElapsedTimer timer;
    timer.start();
    edit.setPlainText(lines.join(u'\n'));
    const qint64 wholeText = std::max<qint64>(timer.elapsed(), 1);
    QCOMPARE(edit.document()->blockCount(), 20000);

    int marked = 0;
    for (QTextBlock block = edit.document()->firstBlock(); block.isValid(); block = block.next()) {
        if (!marks(block).isEmpty())
            ++marked;
    }
    QCOMPARE(marked, 200);

    // A keystroke at the end re-checks its own paragraph, not the whole text.
    QTextCursor cursor(edit.document());
    cursor.movePosition(QTextCursor::End);
    edit.setTextCursor(cursor);
    edit.setFocus();
    timer.restart();
    QTest::keyClicks(&edit, u" Bob should have known."_s);
    const qint64 typing = timer.elapsed();
    QVERIFY(!marks(edit.document()->lastBlock()).isEmpty());
    qInfo("highlighting 20000 lines: %lld ms; typing 23 keys at the end: %lld ms", wholeText,
          typing);
    QVERIFY2(typing < std::max<qint64>(wholeText, 200),
             qPrintable(u"%1 ms for 23 keys, %2 ms for the whole text"_s.arg(typing).arg(
                 wholeText)));
}

void TestBlamelessHighlighter::germanRulesWithGermanUi()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(BlamelessRules::uiRuleLanguages(), QStringList{u"de"_s});
    QPlainTextEdit *notes = showNotes(Step::Factors);
    QVERIFY(notes);
    const QString sentence = u"Bob hätte die Logs prüfen sollen."_s;
    typeText(notes, sentence);
    QCOMPARE(notes->toPlainText(), sentence);

    const QList<LanguageFinding> expected = BlamelessLanguageChecker({u"de"_s}).check(sentence);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(expected.constFirst().language, u"de"_s);
    const QList<QTextLayout::FormatRange> found = marks(notes->document()->firstBlock());
    QCOMPARE(found.size(), expected.size());
    QCOMPARE(found.constFirst().start, int(expected.constFirst().start));

    sendToolTip(notes, int(expected.constFirst().start + 1));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(plainToolTip().contains(expected.constFirst().reason), qPrintable(plainToolTip()));

    // The English rules are not the ones in use: an English phrase stays unmarked.
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, u"Bob should have checked the logs."_s);
    QVERIFY(marks(notes->document()->lastBlock()).isEmpty());
}

QTEST_MAIN(TestBlamelessHighlighter)
#include "TestBlamelessHighlighter.moc"
