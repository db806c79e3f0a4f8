#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Debrief::TestSupport;
using namespace Qt::StringLiterals;

// The real debrief binary, headless: no display is set for it.
class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString exampleDocument()
    {
        const QString path = m_dir.filePath(u"example.debrief"_s);
        if (!QFile::exists(path)) {
            const QString json = QDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"))
                                     .filePath(u"resources/examples/example-postmortem.json"_s);
            runDebrief({u"import-json"_s, json, path});
        }
        return path;
    }

private Q_SLOTS:
    void version()
    {
        const ProcessResult result = runDebrief({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("debrief 0."));
    }

    void usageErrors()
    {
        QCOMPARE(runDebrief({u"info"_s}).exitCode, 64);
        QCOMPARE(runDebrief({u"export"_s, exampleDocument()}).exitCode, 64);
        QCOMPARE(runDebrief({u"import-json"_s, u"only-one"_s}).exitCode, 64);
    }

    void infoPrintsSummary()
    {
        const ProcessResult result = runDebrief({u"info"_s, exampleDocument()});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Title:"_s) && out.contains(u"SEV"_s), qPrintable(out));
        QVERIFY(out.contains(u"timelineEvents"_s));
        QVERIFY(out.contains(u"Schema version:"_s));
    }

    void infoJson()
    {
        const ProcessResult result = runDebrief({u"info"_s, exampleDocument(), u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(result.out).object();
        QVERIFY(!info.value(u"title"_s).toString().isEmpty());
        QVERIFY(info.value(u"severity"_s).toString().startsWith(u"SEV"_s));
        QCOMPARE(info.value(u"schemaVersion"_s).toInt(), 1);
        QVERIFY(info.value(u"counts"_s).toObject().value(u"timelineEvents"_s).toInt() >= 20);
        QVERIFY(info.value(u"startedAt"_s).toString().endsWith(u'Z'));
    }

    void exportAndImportRoundTrip()
    {
        const QString json = m_dir.filePath(u"out.json"_s);
        ProcessResult result = runDebrief({u"export"_s, exampleDocument(), u"--json"_s, json});
        QCOMPARE(result.exitCode, 0);
        const QString copy = m_dir.filePath(u"copy.debrief"_s);
        result = runDebrief({u"import-json"_s, json, copy});
        QCOMPARE(result.exitCode, 0);
        const QString json2 = m_dir.filePath(u"out2.json"_s);
        QCOMPARE(runDebrief({u"export"_s, copy, u"--json"_s, json2}).exitCode, 0);
        QFile a(json), b(json2);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(b.readAll()), QJsonDocument::fromJson(a.readAll()));
    }

    void importRefusesBadJsonWithoutOutput()
    {
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"debrief","formatVersion":99})");
        file.close();
        const QString target = m_dir.filePath(u"never.debrief"_s);
        const ProcessResult result = runDebrief({u"import-json"_s, bad, target});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("newer version"));
        QVERIFY(!QFile::exists(target));
    }

    void badFilesExitTwoWithOneLine_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList corpus = QDir(dataPath(QString())).entryList({u"*.debrief"_s}, QDir::Files);
        QVERIFY(corpus.size() >= 8);
        for (const QString &name : corpus) {
            if (!name.startsWith(u"valid"_s))
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void badFilesExitTwoWithOneLine()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QVERIFY(QFile::copy(dataPath(name), path));
        const QByteArray before = fileChecksum(path);
        for (const QStringList &arguments :
             {QStringList{u"info"_s, path}, QStringList{u"info"_s, path, u"--json"_s},
              QStringList{u"export"_s, path, u"--json"_s, m_dir.filePath(u"x.json"_s)}}) {
            const ProcessResult result = runDebrief(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY(result.out.isEmpty());
            QCOMPARE(result.err.count('\n'), 1);
            QVERIFY2(result.err.contains(name.toUtf8()), result.err.constData());
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.json"_s)));
        QCOMPARE(fileChecksum(path), before);
    }

    void missingFile()
    {
        const ProcessResult result = runDebrief({u"info"_s, m_dir.filePath(u"nothing.debrief"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("does not exist"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"nothing.debrief"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
