#include "ReportTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::ReportTests;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

// `debrief export` with report outputs, through the real binary and without a display.
class TestReportCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_document;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_document = path(u"example.debrief"_s);
        QCOMPARE(runDebrief({u"import-json"_s, examplePath(), m_document}).exitCode, 0);
    }

    void pdfWithoutDisplay()
    {
        const QString pdf = path(u"report.pdf"_s);
        const ProcessResult result = runDebrief({u"export"_s, m_document, u"--pdf"_s, pdf});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("report.pdf"));
        QCOMPARE(qpdfProblems(pdf), QString());
        const QMap<QString, QString> info = pdfInfo(pdf);
        // LANG=C.UTF-8 in tests: no territory, so A4.
        QVERIFY2(info.value(u"Page size"_s).contains(u"(A4)"_s), qPrintable(info.value(u"Page size"_s)));
        QCOMPARE(info.value(u"Author"_s), u"Aiko Tanaka"_s);
        QVERIFY(pdfText(pdf).contains(u"Customer-facing statement"_s));
    }

    void letterAndPdfA()
    {
        const QString pdf = path(u"letter.pdf"_s);
        const ProcessResult result = runDebrief(
            {u"export"_s, m_document, u"--pdf"_s, pdf, u"--pdfa"_s, u"--page-size"_s, u"letter"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(qpdfProblems(pdf), QString());
        QVERIFY(pdfInfo(pdf).value(u"Page size"_s).contains(u"(letter)"_s));
        QVERIFY(runTool(u"pdfinfo"_s, {u"-meta"_s, pdf}).out.contains(u"<pdfaid:part>1</pdfaid:part>"_s));
    }

    void everyFormatAtOnce()
    {
        const ProcessResult result = runDebrief(
            {u"export"_s, m_document, u"--json"_s, path(u"all.json"_s), u"--markdown"_s,
             path(u"all.md"_s), u"--html"_s, path(u"all.html"_s), u"--statement"_s,
             path(u"statement.txt"_s), u"--pdf"_s, path(u"all.pdf"_s)});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile json(path(u"all.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"format"_s).toString(), u"debrief"_s);
        QFile markdown(path(u"all.md"_s));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QByteArray md = markdown.readAll();
        QVERIFY(md.startsWith("# Parcel tracking unavailable"));
        QVERIFY(md.contains("\n## Remediation\n"));
        QFile html(path(u"all.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
        QFile statement(path(u"statement.txt"_s));
        QVERIFY(statement.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(statement.readAll());
        QVERIFY(text.contains(u"We are sorry"_s));
        QVERIFY(!text.contains(u"INC-2026-0412"_s));
        QCOMPARE(qpdfProblems(path(u"all.pdf"_s)), QString());
    }

    void markdownAndHtmlNeedNoGui()
    {
        // Only PDF painting starts a (display-less) QGuiApplication; text formats do not.
        const ProcessResult result = runDebrief(
            {u"export"_s, m_document, u"--markdown"_s, path(u"only.md"_s), u"--html"_s, path(u"only.html"_s)});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFile::exists(path(u"only.md"_s)));
    }

    void statementPdf()
    {
        const QString pdf = path(u"statement.pdf"_s);
        const ProcessResult result = runDebrief({u"export"_s, m_document, u"--statement"_s, pdf});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(qpdfProblems(pdf), QString());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"What we are doing about it"_s));
        QVERIFY(!text.contains(u"Timeline"_s));
    }

    void emptyStatementIsRefused()
    {
        const QString empty = path(u"empty.debrief"_s);
        {
            QString error;
            auto document = Document::createNew(empty, &error);
            QVERIFY2(document, qPrintable(error));
            document->setIncidentValue(IncidentField::Title, u"Nothing yet"_s);
            QVERIFY(document->saveNow());
        }
        const QString target = path(u"empty-statement.txt"_s);
        const ProcessResult result = runDebrief({u"export"_s, empty, u"--statement"_s, target});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("statement"));
        QVERIFY(!QFile::exists(target));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("no output") << QStringList{};
        QTest::newRow("bad page size") << QStringList{u"--pdf"_s, u"x.pdf"_s, u"--page-size"_s, u"a3"_s};
        QTest::newRow("statement format") << QStringList{u"--statement"_s, u"x.docx"_s};
        QTest::newRow("pdfa without pdf") << QStringList{u"--markdown"_s, u"x.md"_s, u"--pdfa"_s};
        QTest::newRow("missing value") << QStringList{u"--html"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, options);
        const ProcessResult result = runDebrief(QStringList{u"export"_s, m_document} + options);
        QCOMPARE(result.exitCode, 64);
        QVERIFY(!result.err.isEmpty());
    }

    void badFileGivesReasonAndNoOutput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("random") << u"random.debrief"_s;
        QTest::newRow("truncated") << u"truncated.debrief"_s;
        QTest::newRow("newer") << u"newer-version.debrief"_s;
        QTest::newRow("missing") << u"does-not-exist.debrief"_s;
    }

    void badFileGivesReasonAndNoOutput()
    {
        QFETCH(QString, file);
        const QString pdf = path(u"bad-"_s + file + u".pdf"_s);
        const QString html = path(u"bad-"_s + file + u".html"_s);
        const ProcessResult result = runDebrief(
            {u"export"_s, dataPath(file), u"--pdf"_s, pdf, u"--html"_s, html});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(html));
    }

    void unwritableTargetLeavesNothing()
    {
        QDir(m_dir.path()).mkdir(u"locked"_s);
        const QString folder = path(u"locked"_s);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString pdf = folder + u"/report.pdf"_s;
        const ProcessResult result = runDebrief({u"export"_s, m_document, u"--pdf"_s, pdf});
        const bool root = QFileInfo(folder).isWritable(); // root ignores permissions
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (root)
            QSKIP("running as root: permissions do not stop writing");
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("Cannot write"));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void missingFolderLeavesNothing()
    {
        const QString pdf = path(u"no/such/folder/report.pdf"_s);
        const ProcessResult result = runDebrief({u"export"_s, m_document, u"--pdf"_s, pdf});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("Cannot write"));
        QVERIFY(!QFile::exists(pdf));
    }

    void replacesAnExistingFileWhole()
    {
        // Written beside the target and renamed: the folder holds only complete files.
        const QString pdf = path(u"replace/report.pdf"_s);
        QDir(m_dir.path()).mkdir(u"replace"_s);
        QVERIFY(writeFile(pdf, "old"));
        QCOMPARE(runDebrief({u"export"_s, m_document, u"--pdf"_s, pdf}).exitCode, 0);
        QCOMPARE(QDir(path(u"replace"_s)).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.pdf"_s});
        QCOMPARE(qpdfProblems(pdf), QString());
    }
};

QTEST_GUILESS_MAIN(TestReportCommandLine)
#include "TestReportCommandLine.moc"
