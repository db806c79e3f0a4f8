#include "ReportTestSupport.h"

#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportExport.h"
#include "report/ReportText.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::ReportTests;
using namespace Qt::StringLiterals;

namespace {

const QStringList AllSections{u"title"_s,    u"summary"_s,  u"metrics"_s,     u"timeline-figure"_s,
                              u"timeline"_s, u"evidence"_s, u"questions"_s,   u"factors"_s,
                              u"remediation"_s, u"declined"_s, u"biases"_s,   u"notes"_s,
                              u"statement"_s};

template<typename T>
QList<const T *> blocksOf(const ReportSection &section)
{
    QList<const T *> result;
    for (const ReportBlock &block : section.blocks) {
        if (const auto *value = std::get_if<T>(&block))
            result.append(value);
    }
    return result;
}

QString allText(const Report &report)
{
    return MarkdownRenderer::markdown(report);
}

} // namespace

// The report model: which sections exist, in which order, and what goes into them.
class TestReportBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_example;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_example = openExample(m_dir.path());
        QVERIFY(m_example);
    }

    void exampleHasEverySectionInOrder()
    {
        const Report report = ReportBuilder::build(*m_example);
        QCOMPARE(report.sectionKeys(), AllSections);
        QCOMPARE(report.title, m_example->incidentValue(IncidentField::Title).toString());
        QCOMPARE(report.reference, u"INC-2026-0412"_s);
        QCOMPARE(report.author, u"Aiko Tanaka"_s);
        QVERIFY(report.subject.contains(u"INC-2026-0412"_s));
        QVERIFY(report.keywords.contains(u"SEV2"_s));
    }

    void emptyDocumentLeavesSectionsOut()
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(u"empty.debrief"_s), &error);
        QVERIFY2(document, qPrintable(error));
        const Report report = ReportBuilder::build(*document);
        QCOMPARE(report.sectionKeys(), QStringList{u"title"_s});
        // Without sections the contents list would be empty.
        QVERIFY(blocksOf<ReportContents>(report.sections.first()).isEmpty());
        const QString markdown = MarkdownRenderer::markdown(report);
        QVERIFY(!markdown.contains(u"## "_s));
    }

    void onlyFilledSectionsAppear()
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(u"partial.debrief"_s), &error);
        QVERIFY(document);
        Record item = emptyRecord(Table::RemediationItem);
        item.values[RemediationField::Title] = u"Alert routes tested weekly"_s;
        QVERIFY(document->insertRecord(Table::RemediationItem, item));
        document->setIncidentValue(IncidentField::Summary, u"Short summary."_s);
        const Report report = ReportBuilder::build(*document);
        QCOMPARE(report.sectionKeys(), (QStringList{u"title"_s, u"summary"_s, u"remediation"_s}));
    }

    void timelineHasPerspectivesAndDissent()
    {
        const Report report = ReportBuilder::build(*m_example);
        const ReportSection *timeline = report.section(u"timeline"_s);
        QVERIFY(timeline);
        const auto entries = blocksOf<ReportEntry>(*timeline);
        QCOMPARE(entries.size(), m_example->count(Table::TimelineEvent));
        const QString text = allText(report);
        QVERIFY(text.contains(u"Perspective of"_s));
        QVERIFY(text.contains(u"DISSENTING VIEW"_s) || text.contains(u"Dissenting view"_s));
        QVERIFY(text.contains(u"What they knew then:"_s));
        QVERIFY(text.contains(u"Why it made sense:"_s));
        // Times are in the incident's zone (Europe/Berlin): 11:40 UTC is 13:40 local.
        QCOMPARE(entries.first()->marker, u"13:40"_s);
    }

    void metricsComeFromTheTimeline()
    {
        const Report report = ReportBuilder::build(*m_example);
        const ReportSection *metrics = report.section(u"metrics"_s);
        QVERIFY(metrics);
        const auto tables = blocksOf<ReportTable>(*metrics);
        QVERIFY(!tables.isEmpty());
        QCOMPARE(tables.first()->rows.size(), 5);
        const QString text = allText(report);
        QVERIFY(text.contains(u"Time to detect"_s));
        QVERIFY2(text.contains(u"1 h 41 min"_s), "impact duration of the example");
    }

    void evidenceIsHighlighted()
    {
        const Report report = ReportBuilder::build(*m_example);
        const ReportSection *evidence = report.section(u"evidence"_s);
        QVERIFY(evidence);
        const auto code = blocksOf<ReportCode>(*evidence);
        QCOMPARE(code.size(), m_example->count(Table::Evidence));
        int runs = 0;
        for (const ReportCode *block : code) {
            for (const CodeLine &line : block->lines)
                runs += int(line.runs.size());
        }
        QVERIFY2(runs > 20, "the Printing theme colours the excerpts");
        QVERIFY(code.first()->caption.contains(u"Log File"_s));
    }

    void longEvidenceIsCut()
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(u"long-evidence.debrief"_s), &error);
        QVERIFY(document);
        Record evidence = emptyRecord(Table::Evidence);
        evidence.values[EvidenceField::Title] = u"Big log"_s;
        QString content;
        for (int i = 0; i < ReportBuilder::MaxEvidenceLines + 50; ++i)
            content += u"line %1\n"_s.arg(i);
        evidence.values[EvidenceField::Content] = content;
        QVERIFY(document->insertRecord(Table::Evidence, evidence));
        const Report report = ReportBuilder::build(*document);
        const auto code = blocksOf<ReportCode>(*report.section(u"evidence"_s));
        QCOMPARE(code.first()->lines.size(), ReportBuilder::MaxEvidenceLines);
        QCOMPARE(code.first()->omittedLines, 50);
    }

    void remediationTableHasAllSmartFields()
    {
        const Report report = ReportBuilder::build(*m_example);
        const auto tables = blocksOf<ReportTable>(*report.section(u"remediation"_s));
        QCOMPARE(tables.size(), 1);
        const ReportTable &table = *tables.first();
        QCOMPARE(table.header, (QStringList{u"#"_s, u"Action"_s, u"Measure of success"_s, u"Owner"_s,
                                            u"Effort"_s, u"Due"_s, u"Status"_s}));
        QCOMPARE(table.rows.size(), m_example->count(Table::RemediationItem));
        const QString first = plainText(table.rows.first().at(1).first().spans);
        QCOMPARE(first, m_example->records(Table::RemediationItem).first().text(RemediationField::Title));
        // The owner cell says whether the owner agreed.
        QCOMPARE(plainText(table.rows.first().at(3).at(1).spans), u"agreed"_s);
    }

    void smartGapsAreNamed()
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(u"smart.debrief"_s), &error);
        Record item = emptyRecord(Table::RemediationItem);
        item.values[RemediationField::Title] = u"Better alerts"_s;
        item.values[RemediationField::Owner] = u"Sam"_s;
        QVERIFY(document->insertRecord(Table::RemediationItem, item));
        const QString markdown = MarkdownRenderer::markdown(ReportBuilder::build(*document));
        QVERIFY2(markdown.contains(u"SMART check: Specific:"_s), qPrintable(markdown));
        QVERIFY(markdown.contains(u"Measurable: say how you will know it worked."_s));
        QVERIFY(markdown.contains(u"Timebound: set a due date."_s));

        // A due date that has passed is named as such, not as a missing date.
        Record late = item;
        late.values[RemediationField::DueDate] = QDate::currentDate().addDays(-3);
        QVERIFY(document->insertRecord(Table::RemediationItem, late));
        const QString withLate = MarkdownRenderer::markdown(ReportBuilder::build(*document));
        QVERIFY2(withLate.contains(u"has passed"_s), qPrintable(withLate));
        QVERIFY(markdown.contains(u"not yet agreed"_s));
    }

    void questionsShowAnswersAndStatus()
    {
        const Report report = ReportBuilder::build(*m_example);
        const ReportSection *questions = report.section(u"questions"_s);
        QVERIFY(questions);
        QStringList headings;
        for (const ReportHeading *heading : blocksOf<ReportHeading>(*questions))
            headings.append(heading->text);
        QVERIFY(headings.contains(u"The people involved"_s));
        QVERIFY(headings.contains(u"The next time"_s));
        QVERIFY(headings.contains(u"Parking lot"_s));
        const QString text = allText(report);
        QVERIFY(text.contains(u"What were the circumstances of their firefight?"_s));
        QVERIFY(text.contains(u"DISCUSSED"_s));
    }

    void facilitatorNotesStayPrivate()
    {
        const QString privateNote = m_example->records(Table::StepNote).first().text(StepNoteField::FacilitatorNotes);
        QVERIFY(!privateNote.isEmpty());
        const Report report = ReportBuilder::build(*m_example);
        QVERIFY(!squeezed(MarkdownRenderer::markdown(report)).contains(squeezed(MarkdownRenderer::escape(privateNote))));
        QVERIFY(!HtmlRenderer::html(report).contains(privateNote.left(40).toHtmlEscaped()));
        const QString publicNote = m_example->records(Table::StepNote).first().text(StepNoteField::Notes);
        QVERIFY(HtmlRenderer::html(report).contains(publicNote.left(40).toHtmlEscaped()));
    }

    void statementOnItsOwn()
    {
        const QString text = ReportBuilder::statementText(*m_example);
        const QString regret = m_example->incidentValue(IncidentField::Regret).toString();
        QVERIFY(text.startsWith(m_example->incidentValue(IncidentField::Title).toString()));
        QVERIFY(text.contains(regret));
        QVERIFY(text.indexOf(u"We are sorry"_s) < text.indexOf(u"What happened"_s));
        QVERIFY(text.indexOf(u"What happened"_s) < text.indexOf(u"What we are doing about it"_s));
        // Internal details stay out of the customer statement.
        QVERIFY(!text.contains(u"INC-2026-0412"_s));
        const Report statement = ReportBuilder::buildStatement(*m_example);
        QCOMPARE(statement.sectionKeys(),
                 (QStringList{u"title"_s, u"regret"_s, u"reason"_s, u"remedy"_s}));
    }

    void markdownAndHtmlFollowTheReportOrder()
    {
        const Report report = ReportBuilder::build(*m_example);
        QStringList titles;
        for (const ReportSection &section : report.sections) {
            if (section.showTitle)
                titles.append(section.title);
        }
        QCOMPARE(titles.size(), AllSections.size() - 1);

        const QString markdown = MarkdownRenderer::markdown(report);
        static const QRegularExpression markdownHeading(u"^## (.+)$"_s, QRegularExpression::MultilineOption);
        QStringList markdownTitles;
        for (auto it = markdownHeading.globalMatch(markdown); it.hasNext();)
            markdownTitles.append(it.next().captured(1));
        QCOMPARE(markdownTitles, titles);

        const QString html = HtmlRenderer::html(report);
        static const QRegularExpression htmlHeading(u"<h2>(.+?)</h2>"_s);
        QStringList htmlTitles;
        for (auto it = htmlHeading.globalMatch(html); it.hasNext();)
            htmlTitles.append(it.next().captured(1));
        QCOMPARE(htmlTitles, titles);
        QVERIFY(html.contains(u"<svg"_s));
        QVERIFY(html.contains(u"<pre><code>"_s));
        QVERIFY2(html.contains(u"<span class=\"h0\">"_s), "evidence highlighted in HTML");
    }

    void markdownEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("image") << u"![x](http://e.invalid/a.png)"_s << u"\\!\\[x\\](http://e.invalid/a.png)"_s;
        QTest::newRow("html") << u"<img src=\"file:///etc/passwd\">"_s
                              << u"\\<img src=\"file:///etc/passwd\"\\>"_s;
        QTest::newRow("entity") << u"&lt;b&gt;"_s << u"\\&lt;b\\&gt;"_s;
        QTest::newRow("emphasis") << u"*a* _b_ `c` ~d~ $e$"_s << u"\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$"_s;
        QTest::newRow("heading") << u"# not a heading"_s << u"\\# not a heading"_s;
        QTest::newRow("list") << u"  - item"_s << u"\\- item"_s;
        QTest::newRow("ordered") << u"12. item"_s << u"12\\. item"_s;
        QTest::newRow("table") << u"a | b"_s << u"a \\| b"_s;
        QTest::newRow("plain") << u"13:40 tracking-api 5xx"_s << u"13:40 tracking-api 5xx"_s;
    }

    void markdownEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(MarkdownRenderer::escape(text), escaped);
    }

    void markdownTablesAndLabels()
    {
        Report report;
        ReportSection section;
        section.key = u"remediation"_s;
        section.title = u"Remediation"_s;
        ReportTable singleLine;
        singleLine.header = {u"Measure"_s, u"Duration"_s};
        singleLine.rows = {{{ReportParagraph{{{u"Time to detect"_s, TextStyle::Plain}}}},
                            {ReportParagraph{{{u"13 min"_s, TextStyle::Strong}}}}}};
        ReportTable multiLine;
        multiLine.header = {u"Action"_s, u"Owner"_s};
        multiLine.rows = {{{ReportParagraph{{{u"Title"_s, TextStyle::Strong}}},
                            ReportParagraph{{{u"Tracker: "_s, TextStyle::Label},
                                             {u"https://t.invalid/1"_s, TextStyle::Plain}}}},
                           {ReportParagraph{{{u"Priya"_s, TextStyle::Plain}}}}}};
        section.blocks = {singleLine, multiLine};
        report.sections = {section};
        const QString markdown = MarkdownRenderer::markdown(report);
        // One line per cell: a GitHub table.
        QVERIFY2(markdown.contains(u"| Time to detect | **13 min** |"_s), qPrintable(markdown));
        // Line breaks in cells would need the HTML tag <br>: a list item per row instead.
        QVERIFY(!markdown.contains(u'<'));
        QVERIFY2(markdown.contains(u"- **Action:** **Title**\\\n  *Tracker:* https://t.invalid/1\\\n  **Owner:** Priya"_s),
                 qPrintable(markdown));
    }

    void fenceIsLongerThanAnyBacktickRun()
    {
        QCOMPARE(MarkdownRenderer::fenceFor({u"plain"_s}), u"```"_s);
        QCOMPARE(MarkdownRenderer::fenceFor({u"a ``` b"_s, u"````"_s}), u"`````"_s);
    }

    void controlsAreMadeVisible()
    {
        QCOMPARE(ReportText::visible(u"abc\u202Edef"_s), u"abc[U+202E]def"_s);
        QCOMPARE(ReportText::visible(u"a\u0007b\nc\td"_s), u"a[U+0007]b\nc\td"_s);
        QCOMPARE(ReportText::visible(u"שלום مرحبا"_s), u"שלום مرحبا"_s);
    }

    void pageSizeFollowsTheLocale()
    {
        QCOMPARE(ReportExport::pageSizeFor(QLocale(u"en_US"_s)).id(), QPageSize::Letter);
        QCOMPARE(ReportExport::pageSizeFor(QLocale(u"fr_CA"_s)).id(), QPageSize::Letter);
        QCOMPARE(ReportExport::pageSizeFor(QLocale(u"es_MX"_s)).id(), QPageSize::Letter);
        QCOMPARE(ReportExport::pageSizeFor(QLocale(u"en_GB"_s)).id(), QPageSize::A4);
        QCOMPARE(ReportExport::pageSizeFor(QLocale(u"de_DE"_s)).id(), QPageSize::A4);
        QCOMPARE(ReportExport::pageSizeFor(QLocale::c()).id(), QPageSize::A4);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "TestReportBuilder.moc"
