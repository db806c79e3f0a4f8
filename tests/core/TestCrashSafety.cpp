#include "document/Document.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

// Kills a real writer process with SIGKILL at random moments and reopens the file each time:
// it must open, be consistent, and hold everything but at most the last second of edits.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostOneSecond()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.debrief"_s);
        {
            QString error;
            QVERIFY2(Document::createNew(path, &error), qPrintable(error));
        }
        QRandomGenerator random(20261125);
        constexpr int Rounds = 25;
        qint64 previousCounter = 0;
        for (int round = 0; round < Rounds; ++round) {
            QProcess writer;
            writer.start(QString::fromUtf8(CRASH_WRITER_PATH), {path});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(20000), writer.readAllStandardError().constData());
            QTest::qWait(int(random.bounded(50, 2500)));
            const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
            writer.kill(); // SIGKILL: no destructor, no flush, no unlock
            QVERIFY(writer.waitForFinished());

            qint64 mustHave = previousCounter;
            qint64 lastReported = 0;
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 2)
                    continue;
                const qint64 counter = parts.at(0).toLongLong();
                lastReported = std::max(lastReported, counter);
                if (parts.at(1).toLongLong() <= killedAt - 1000)
                    mustHave = std::max(mustHave, counter);
            }

            OpenError error;
            auto document = Document::open(path, DocumentFile::Access::ReadWrite, &error);
            QVERIFY2(document, qPrintable(u"round %1: %2"_s.arg(round).arg(error.reason)));
            const qint64 stored = document->incidentValue(IncidentField::Summary).toString().mid(2).toLongLong();
            QVERIFY2(stored >= mustHave,
                     qPrintable(u"round %1: file has edit %2, edits up to %3 were older than a second"_s
                                    .arg(round).arg(stored).arg(mustHave)));
            QVERIFY2(stored <= std::max(lastReported, previousCounter), qPrintable(u"round %1"_s.arg(round)));
            // The file holds one consistent moment: the records match the counter.
            QCOMPARE(document->count(Table::Participant), int(stored / 10));
            previousCounter = stored;
        }
        QVERIFY(previousCounter > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
