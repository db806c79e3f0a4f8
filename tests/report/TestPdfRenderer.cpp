#include "LargeDocumentGenerator.h"
#include "ReportTestSupport.h"

#include "report/PdfRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportExport.h"

#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::ReportTests;
using namespace Qt::StringLiterals;

// The PDF as readers get it, checked with the tools they would use: qpdf, pdftotext, pdfinfo,
// pdffonts (poppler-utils and qpdf are in the build environment).
class TestPdfRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_example;
    QString m_examplePdf;
    int m_examplePages = 0;

    // Every word box lies inside the paper margins: nothing is clipped or runs off the edge.
    // Returns the number of words, -1 when one is outside.
    static int wordsInsidePages(const QString &pdf)
    {
        const QString html = runTool(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}).out;
        static const QRegularExpression page(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
        const auto pageMatch = page.match(html);
        if (!pageMatch.hasMatch())
            return -1;
        const double width = pageMatch.captured(1).toDouble();
        const double height = pageMatch.captured(2).toDouble();
        static const QRegularExpression word(
            u"<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">"_s);
        int words = 0;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            const bool inside = match.captured(1).toDouble() >= 40 && match.captured(2).toDouble() >= 20
                                && match.captured(3).toDouble() <= width - 40
                                && match.captured(4).toDouble() <= height - 20;
            if (!inside) {
                qWarning("word outside the page margins: %s", qPrintable(match.captured(0)));
                return -1;
            }
            ++words;
        }
        return words;
    }

    QString write(const Report &report, const PdfOptions &options, const QString &name)
    {
        QString error;
        const QByteArray pdf = PdfRenderer::pdf(report, options, &error);
        if (pdf.isEmpty())
            qWarning("%s", qPrintable(error));
        const QString path = m_dir.filePath(name);
        return pdf.isEmpty() || !writeFile(path, pdf) ? QString() : path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_example = openExample(m_dir.path());
        QVERIFY(m_example);
        m_examplePdf = write(ReportBuilder::build(*m_example), {}, u"example.pdf"_s);
        QVERIFY(!m_examplePdf.isEmpty());
        m_examplePages = pdfInfo(m_examplePdf).value(u"Pages"_s).toInt();
        QVERIFY(m_examplePages >= 8);
    }

    void passesQpdfCheck()
    {
        QCOMPARE(qpdfProblems(m_examplePdf), QString());
    }

    void documentProperties()
    {
        const QMap<QString, QString> info = pdfInfo(m_examplePdf);
        QCOMPARE(info.value(u"Title"_s), m_example->incidentValue(IncidentField::Title).toString());
        QCOMPARE(info.value(u"Author"_s), u"Aiko Tanaka"_s);
        QCOMPARE(info.value(u"Subject"_s), u"Blameless post-mortem of incident INC-2026-0412"_s);
        QVERIFY2(info.value(u"Keywords"_s).contains(u"INC-2026-0412"_s), qPrintable(info.value(u"Keywords"_s)));
        QVERIFY(info.value(u"Keywords"_s).contains(u"SEV2"_s));
        QVERIFY(info.value(u"Creator"_s).startsWith(u"Debrief"_s));
        QVERIFY(info.value(u"Page size"_s).contains(u"(A4)"_s));
        // The same properties are in the XMP packet.
        const QString xmp = runTool(u"pdfinfo"_s, {u"-meta"_s, m_examplePdf}).out;
        QVERIFY(xmp.contains(u"<dc:creator><rdf:Seq><rdf:li>Aiko Tanaka</rdf:li>"_s));
        QVERIFY(!xmp.contains(u"pdfaid"_s));
    }

    void fontsAreEmbedded()
    {
        const QStringList lines = runTool(u"pdffonts"_s, {m_examplePdf}).out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 3);
        for (const QString &line : lines.mid(2)) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            // name type... emb sub uni object ID: "emb" is the fourth field from the end.
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes"_s, qPrintable(line));
        }
    }

    void textComesBackInReadingOrder()
    {
        const QString text = pdfText(m_examplePdf);
        const QStringList headings{u"Summary"_s,        u"Customer impact"_s, u"Time calculations"_s,
                                   u"Timeline at a glance"_s, u"Timeline"_s,  u"Evidence"_s,
                                   u"Questions"_s,       u"Contributing factors"_s, u"Remediation"_s,
                                   u"Decided not to do"_s, u"Bias call-outs"_s, u"Notes"_s,
                                   u"Customer-facing statement"_s};
        // After the contents list on the first page, every heading appears in order.
        qsizetype position = text.indexOf(u"Page 2 of"_s) >= 0 ? pdfText(m_examplePdf, 1).size() : 0;
        for (const QString &heading : headings) {
            const qsizetype found = text.indexOf(u'\n' + heading + u'\n', position);
            QVERIFY2(found > position, qPrintable(u"heading out of order: "_s + heading));
            position = found;
        }
        const QString sentence = m_example->records(Table::TimelineEvent).first().text(
            TimelineEventField::WhatHappened);
        QVERIFY2(squeezed(text).contains(squeezed(sentence)), qPrintable(sentence));
        const QString impact = m_example->incidentValue(IncidentField::CustomerImpact).toString();
        QVERIFY(squeezed(text).contains(squeezed(impact)));
    }

    void everyPageHasHeaderAndFooter()
    {
        for (int page = 1; page <= m_examplePages; ++page) {
            const QString text = pdfText(m_examplePdf, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(m_examplePages)), qPrintable(text));
            QVERIFY2(text.contains(u"INC-2026-0412"_s), qPrintable(text));
            QVERIFY(text.contains(u"Parcel tracking unavailable"_s));
        }
    }

    void headingsNeverEndAPage()
    {
        const Report report = ReportBuilder::build(*m_example);
        QStringList headings;
        for (const ReportSection &section : report.sections) {
            if (section.showTitle)
                headings.append(section.title);
            for (const ReportBlock &block : section.blocks) {
                if (const auto *heading = std::get_if<ReportHeading>(&block))
                    headings.append(heading->text);
            }
        }
        for (int page = 2; page <= m_examplePages; ++page) {
            QStringList lines = pdfText(m_examplePdf, page).split(u'\n', Qt::SkipEmptyParts);
            // Drop the footer (status note and page number) and blank form feeds.
            lines.removeIf([](const QString &line) {
                return line.trimmed().isEmpty() || line.startsWith(u"Page "_s)
                       || line.startsWith(u"Blameless post-mortem"_s) || line == u"\f"_s;
            });
            QVERIFY(!lines.isEmpty());
            const QString last = lines.constLast().trimmed();
            QVERIFY2(!headings.contains(last), qPrintable(u"page %1 ends with heading “%2”"_s.arg(page).arg(last)));
        }
    }

    void wordsStayOnThePage()
    {
        QVERIFY(wordsInsidePages(m_examplePdf) > 3000);
    }

    void letterAndPdfA()
    {
        PdfOptions options;
        options.pageSize = QPageSize(QPageSize::Letter);
        options.pdfA = true;
        const QString path = write(ReportBuilder::build(*m_example), options, u"letter-a.pdf"_s);
        QVERIFY(!path.isEmpty());
        QCOMPARE(qpdfProblems(path), QString());
        const QMap<QString, QString> info = pdfInfo(path);
        QVERIFY2(info.value(u"Page size"_s).contains(u"612 x 792 pts (letter)"_s), qPrintable(info.value(u"Page size"_s)));
        QCOMPARE(info.value(u"Author"_s), u"Aiko Tanaka"_s);
        const QString xmp = runTool(u"pdfinfo"_s, {u"-meta"_s, path}).out;
        QVERIFY(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s));
        QVERIFY(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s));
        QVERIFY(xmp.contains(u"<dc:title>"_s));
        // PDF/A needs an output intent; Qt writes it for PDF/A-1b.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/OutputIntents"));
    }

    void tablesRepeatTheirHeader()
    {
        const QString path = m_dir.filePath(u"many-items.debrief"_s);
        TestSupport::LargeDocumentSize size;
        size.timelineEvents = 5;
        size.remediationItems = 90;
        size.participants = 4;
        size.evidenceBytes = 0;
        QString error;
        QVERIFY2(TestSupport::generateLargeDocument(path, size, &error), qPrintable(error));
        OpenError openError;
        auto document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
        QVERIFY(document);
        const QString pdf = write(ReportBuilder::build(*document), {}, u"many-items.pdf"_s);
        QCOMPARE(qpdfProblems(pdf), QString());
        const int pages = pdfInfo(pdf).value(u"Pages"_s).toInt();
        int pagesWithRows = 0;
        for (int page = 2; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            if (!text.contains(u"Person "_s) || !text.contains(u"P1 – urgent"_s))
                continue;
            ++pagesWithRows;
            QVERIFY2(text.contains(u"Measure of success"_s), qPrintable(u"page %1 lacks the header row"_s.arg(page)));
        }
        QVERIFY(pagesWithRows >= 4);
    }

    void longCellsWrap()
    {
        QString error;
        auto document = Document::createNew(m_dir.filePath(u"long-cell.debrief"_s), &error);
        QVERIFY(document);
        Record item = emptyRecord(Table::RemediationItem);
        item.values[RemediationField::Title] = u"Long"_s;
        QString change;
        for (int i = 0; i < 700; ++i)
            change += u"word%1 "_s.arg(i);
        item.values[RemediationField::SpecificChange] = change;
        item.values[RemediationField::SuccessMeasure] = QString(3000, u'x');
        QVERIFY(document->insertRecord(Table::RemediationItem, item));
        const QString pdf = write(ReportBuilder::build(*document), {}, u"long-cell.pdf"_s);
        QCOMPARE(qpdfProblems(pdf), QString());
        QVERIFY(pdfInfo(pdf).value(u"Pages"_s).toInt() >= 2);
        // The row runs over pages, each page holding a slice of both cells: every word comes
        // back in order and every character of the unbreakable one, and nothing leaves the page.
        const QString text = runTool(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s}).out;
        qsizetype position = 0;
        for (int i = 0; i < 700; ++i) {
            // A word ends at a space or, last on its line, at a line break.
            const QRegularExpression word(u"word%1\\b"_s.arg(i));
            position = text.indexOf(word, position);
            QVERIFY2(position >= 0, qPrintable(u"word%1"_s.arg(i)));
        }
        QCOMPARE(text.count(u'x'), 3000);
        QVERIFY(wordsInsidePages(pdf) > 700);
    }

    void samePagesOnEveryResolution()
    {
        // Print paints the same layout at the printer's resolution: a 300 dpi device gives the
        // same pages and text as the 1200 dpi export.
        const Report report = ReportBuilder::build(*m_example);
        const PdfRenderer renderer(report, QPageSize(QPageSize::A4));
        const QString path = m_dir.filePath(u"300dpi.pdf"_s);
        {
            QPdfWriter writer(path);
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
            QVERIFY(renderer.paint(writer));
        }
        QCOMPARE(renderer.pageCount(), m_examplePages);
        QCOMPARE(pdfInfo(path).value(u"Pages"_s).toInt(), m_examplePages);
        QCOMPARE(pdfText(path), pdfText(m_examplePdf));
    }

    void statementPdf()
    {
        const QString path = write(ReportBuilder::buildStatement(*m_example), {}, u"statement.pdf"_s);
        QCOMPARE(qpdfProblems(path), QString());
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"We are sorry"_s));
        QVERIFY(squeezed(text).contains(squeezed(m_example->incidentValue(IncidentField::Remedy).toString())));
        QVERIFY(!text.contains(u"Timeline"_s));
        QVERIFY(pdfInfo(path).value(u"Pages"_s).toInt() <= 2);
    }
};

QTEST_MAIN(TestPdfRenderer)
#include "TestPdfRenderer.moc"
