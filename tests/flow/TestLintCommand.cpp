#include "FlowTestDocument.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Debrief;
using namespace Debrief::FlowTest;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

// `debrief lint` through the real binary, headless.
class TestLintCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_blamingFile;
    QString m_cleanFile;

private Q_SLOTS:
    void initTestCase()
    {
        m_blamingFile = m_dir.filePath(u"blaming.debrief"_s);
        m_cleanFile = m_dir.filePath(u"clean.debrief"_s);
        QString error;
        {
            auto document = Document::createNew(m_blamingFile, &error);
            QVERIFY2(document, qPrintable(error));
            add(*document, Table::Participant, {{ParticipantField::Name, u"Bob Smith"_s}});
            document->setIncidentValue(IncidentField::Summary,
                                       u"Bob took down the database. The root cause was a typo."_s);
            add(*document, Table::TimelineEvent,
                {{TimelineEventField::WhatHappened,
                  u"Der Alarm hätte früher kommen müssen."_s}});
            QVERIFY(document->saveNow());
        }
        {
            auto document = Document::createNew(m_cleanFile, &error);
            QVERIFY2(document, qPrintable(error));
            document->setIncidentValue(IncidentField::Summary,
                                       u"The proxy certificate rotated at 11:40."_s);
            QVERIFY(document->saveNow());
        }
    }

    void textWithFindings()
    {
        const ProcessResult result = runDebrief(
            {u"lint"_s, u"--text"_s, u"Why didn't anyone check the dashboard?"_s});
        QCOMPARE(result.exitCode, 1);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"characters 1–17"_s), qPrintable(out));
        QVERIFY(out.contains(u"why-question"_s));
        QVERIFY(out.contains(u"Suggestion:"_s));
        QVERIFY(out.contains(u"1 finding"_s));
    }

    void textWithoutFindings()
    {
        const ProcessResult result =
            runDebrief({u"lint"_s, u"--text"_s, u"She restarted the primary at 12:24."_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QString::fromUtf8(result.out).contains(u"No blameless-language findings"_s));
    }

    void textJsonWithParticipantsAndLanguage()
    {
        ProcessResult result = runDebrief({u"lint"_s, u"--text"_s, u"Priya caused the outage."_s,
                                           u"--json"_s, u"--participant"_s, u"Priya Raman"_s});
        QCOMPARE(result.exitCode, 1);
        QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(u"count"_s).toInt(), 1);
        const QJsonObject finding = root.value(u"findings"_s).toArray().first().toObject();
        QCOMPARE(finding.value(u"ruleId"_s).toString(), u"caused"_s);
        QCOMPARE(finding.value(u"category"_s).toString(), u"person-as-cause"_s);
        QCOMPARE(finding.value(u"start"_s).toInt(), 0);
        QCOMPARE(finding.value(u"length"_s).toInt(), 23);
        QCOMPARE(finding.value(u"text"_s).toString(), u"Priya caused the outage"_s);
        QVERIFY(!finding.value(u"suggestion"_s).toString().isEmpty());
        QVERIFY(!finding.contains(u"table"_s));

        result = runDebrief({u"lint"_s, u"--text"_s, u"Das war menschliches Versagen."_s,
                             u"--json"_s, u"--language"_s, u"de"_s});
        QCOMPARE(result.exitCode, 1);
        root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(u"languages"_s).toArray(), QJsonArray{u"de"_s});
        const QJsonObject german = root.value(u"findings"_s).toArray().first().toObject();
        QCOMPARE(german.value(u"ruleId"_s).toString(), u"human-error"_s);
        QCOMPARE(german.value(u"language"_s).toString(), u"de"_s);
        QVERIFY(german.value(u"reason"_s).toString().contains(u"Versagen"_s));

        result = runDebrief({u"lint"_s, u"--text"_s, u"Das war menschliches Versagen."_s,
                             u"--language"_s, u"en"_s});
        QCOMPARE(result.exitCode, 0);
    }

    void fileHumanReadable()
    {
        const QByteArray before = fileChecksum(m_blamingFile);
        const ProcessResult result =
            runDebrief({u"lint"_s, m_blamingFile, u"--language"_s, u"en,de"_s});
        QCOMPARE(result.exitCode, 1);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"incident #1, summary, characters 1–"_s), qPrintable(out));
        QVERIFY(out.contains(u"took-down"_s));
        QVERIFY(out.contains(u"root-cause"_s));
        QVERIFY(out.contains(u"timelineEvents #1, what_happened"_s));
        QVERIFY2(out.contains(u"3 findings"_s), qPrintable(out));
        QCOMPARE(fileChecksum(m_blamingFile), before); // linting never writes
    }

    void fileJson()
    {
        const ProcessResult result =
            runDebrief({u"lint"_s, m_blamingFile, u"--json"_s, u"--language"_s, u"en"_s});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(u"file"_s).toString(), m_blamingFile);
        QCOMPARE(root.value(u"count"_s).toInt(), 2);
        const QJsonArray findings = root.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first.value(u"table"_s).toString(), u"incident"_s);
        QCOMPARE(first.value(u"recordId"_s).toInt(), 1);
        QCOMPARE(first.value(u"field"_s).toString(), u"summary"_s);
        QCOMPARE(first.value(u"ruleId"_s).toString(), u"took-down"_s);
        QCOMPARE(first.value(u"text"_s).toString(), u"Bob took down"_s);
        QCOMPARE(findings.at(1).toObject().value(u"ruleId"_s).toString(), u"root-cause"_s);
    }

    void cleanFile()
    {
        ProcessResult result = runDebrief({u"lint"_s, m_cleanFile});
        QCOMPARE(result.exitCode, 0);
        result = runDebrief({u"lint"_s, m_cleanFile, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"count"_s).toInt(), 0);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"damaged.debrief", "foreign.debrief", "newer-version.debrief",
                                 "random.debrief", "text.debrief", "truncated.debrief",
                                 "empty.debrief", "no-schema.debrief"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void badFiles()
    {
        QFETCH(QString, name);
        const QString path = dataPath(name);
        QVERIFY(QFile::exists(path));
        const QByteArray before = fileChecksum(path);
        const ProcessResult result = runDebrief({u"lint"_s, path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.trimmed().isEmpty());
        QCOMPARE(result.err.trimmed().count('\n'), 0); // one line
        QCOMPARE(fileChecksum(path), before);
        QCOMPARE(runDebrief({u"lint"_s, m_dir.filePath(u"missing.debrief"_s)}).exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.debrief"_s)));
    }

    void olderDocumentWithoutQuestions()
    {
        const QString path = dataPath(u"valid-v1.debrief"_s);
        const QByteArray before = fileChecksum(path);
        QCOMPARE(runDebrief({u"lint"_s, path}).exitCode, 0);
        QCOMPARE(fileChecksum(path), before);
    }

    void usageErrors()
    {
        QCOMPARE(runDebrief({u"lint"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"lint"_s, m_cleanFile, u"--text"_s, u"x"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"lint"_s, m_cleanFile, m_cleanFile}).exitCode, 64);
        QCOMPARE(runDebrief({u"lint"_s, u"--text"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"lint"_s, u"--bogus"_s, m_cleanFile}).exitCode, 64);
        const ProcessResult result =
            runDebrief({u"lint"_s, u"--text"_s, u"x"_s, u"--language"_s, u"fr"_s});
        QCOMPARE(result.exitCode, 64);
        QVERIFY(QString::fromUtf8(result.err).contains(u"de, en"_s));
        QVERIFY(QString::fromUtf8(runDebrief({u"--help"_s}).out).contains(u"lint FILE"_s));
    }
};

QTEST_GUILESS_MAIN(TestLintCommand)
#include "TestLintCommand.moc"
