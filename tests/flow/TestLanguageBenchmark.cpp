#include "LargeDocumentGenerator.h"
#include "document/Document.h"
#include "language/DocumentLint.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

// How long the language assistant takes on a large field (as the GUI checks it after each
// pause in typing) and on a whole, unrealistically large document (as `debrief lint` does).
// Results are printed; nothing is asserted about time.
class TestLanguageBenchmark : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;

    static QString fiveThousandCharacters()
    {
        const QString paragraph =
            u"At 12:24 Mira restarted the tracking-api pods because the runbook recommends a "
            u"restart when the pool times out. The dashboard showed a healthy database and no "
            u"error in the proxy. Bob should have checked the proxy certificate, someone said "
            u"later; at the time nothing pointed there. We did not know that the image carried "
            u"its own CA file. The alert went to an archived channel, so the first page came "
            u"from the synthetic check at 12:01. "_s;
        QString text;
        while (text.size() < 5000)
            text += paragraph;
        text.truncate(5000);
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString path = m_dir.filePath(u"large.debrief"_s);
        QVERIFY2(TestSupport::generateLargeDocument(path, {}, &error), qPrintable(error));
        OpenError openError;
        m_document = Document::open(path, DocumentFile::Access::ReadOnly, &openError);
        QVERIFY2(m_document, qPrintable(openError.reason));
    }

    void cleanupTestCase() { m_document.reset(); }

    void compileRules()
    {
        QBENCHMARK {
            const BlamelessLanguageChecker checker({u"en"_s, u"de"_s},
                                                   DocumentLint::participantNames(*m_document));
            Q_UNUSED(checker);
        }
    }

    void checkFiveThousandCharacterField()
    {
        const QString text = fiveThousandCharacters();
        QCOMPARE(text.size(), 5000);
        const BlamelessLanguageChecker checker({u"en"_s, u"de"_s},
                                               {u"Mira Lindqvist"_s, u"Bob Smith"_s});
        QList<LanguageFinding> findings;
        QBENCHMARK {
            findings = checker.check(text);
        }
        QVERIFY(!findings.isEmpty());
        for (const LanguageFinding &finding : std::as_const(findings))
            QCOMPARE(finding.ruleId, u"should-have"_s);
    }

    void changeParticipants()
    {
        BlamelessLanguageChecker checker({u"en"_s, u"de"_s});
        int round = 0;
        QBENCHMARK {
            checker.setParticipantNames({u"Person %1"_s.arg(++round), u"Mira Lindqvist"_s});
        }
    }

    void lintLargeDocument()
    {
        const BlamelessLanguageChecker checker =
            DocumentLint::checkerFor(*m_document, {u"en"_s, u"de"_s});
        qsizetype count = 0;
        QBENCHMARK {
            count = DocumentLint::lint(*m_document, checker).size();
        }
        qInfo("%lld findings in %d timeline events and %d remediation items", qlonglong(count),
              m_document->count(Table::TimelineEvent), m_document->count(Table::RemediationItem));
    }
};

QTEST_GUILESS_MAIN(TestLanguageBenchmark)
#include "TestLanguageBenchmark.moc"
