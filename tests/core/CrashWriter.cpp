// Edits a document continuously, like a facilitator typing, and reports each edit on stdout
// as "<counter> <ms since epoch>" once it is made. tst_crashsafety kills it with SIGKILL.
#include "document/Document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

using namespace Debrief;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2)
        return 64;
    OpenError error;
    auto document = Document::open(QString::fromLocal8Bit(argv[1]), DocumentFile::Access::ReadWrite, &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error.reason));
        return 2;
    }
    qint64 counter = document->incidentValue(IncidentField::Summary).toString().mid(2).toLongLong();
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, &application, [&] {
        ++counter;
        // Every tenth edit also adds a record, so that a torn write would show as a mismatch.
        if (counter % 10 == 0) {
            Record participant = emptyRecord(Table::Participant);
            participant.values[ParticipantField::Name] = u"P%1"_s.arg(counter);
            document->insertRecord(Table::Participant, participant);
        }
        document->setIncidentValue(IncidentField::Summary, u"n=%1"_s.arg(counter));
        std::printf("%lld %lld\n", counter, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    typing.start(15);
    return QCoreApplication::exec();
}
