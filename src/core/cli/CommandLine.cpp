#include "CommandLine.h"

#include "archive/ArchiveCommands.h"
#include "document/Document.h"
#include "document/DocumentJson.h"
#include "domain/Steps.h"
#include "domain/Vocabulary.h"
#include "importers/ImportCommands.h"
#include "language/LintCommand.h"
#include "report/ReportCommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

using Handler = int (*)(const QStringList &, QTextStream &, QTextStream &);

struct Command
{
    QLatin1StringView name;
    Handler handler;
    const char *synopsis; // translated in the usage text
};

// Every headless command; feature areas add one line here and keep their code in their folder.
const QList<Command> &commands()
{
    static const QList<Command> list{
        {"info"_L1, &CommandLine::info, QT_TRANSLATE_NOOP("CommandLine", "info FILE [--json]")},
        {"export"_L1, &CommandLine::exportDocument,
         QT_TRANSLATE_NOOP("CommandLine", "export FILE [--json OUT] [--pdf OUT [--pdfa] [--page-size a4|letter]] [--markdown OUT] [--html OUT] [--statement OUT.pdf|OUT.txt]")},
        {"import-json"_L1, &CommandLine::importJson,
         QT_TRANSLATE_NOOP("CommandLine", "import-json IN.json OUT.debrief")},
        {"import-log"_L1, &ImportCommands::importLog, QT_TRANSLATE_NOOP("CommandLine", "import-log FILE.debrief LOG [--dry-run] [--json] [--zone ZONE]")},
        {"import-chat"_L1, &ImportCommands::importChat, QT_TRANSLATE_NOOP("CommandLine", "import-chat FILE.debrief CHAT [--dry-run] [--json] [--zone ZONE]")},
        {"lint"_L1, &LintCommand::run, QT_TRANSLATE_NOOP("CommandLine", "lint FILE|--text TEXT [--json] [--language en|de] [--participant NAME]")},
        {"archive"_L1, &ArchiveCommands::archive, QT_TRANSLATE_NOOP("CommandLine", "archive index DIR... | archive search QUERY [--json] [--catalog FILE]")},
        {"compare"_L1, &ArchiveCommands::compare, QT_TRANSLATE_NOOP("CommandLine", "compare A B [C D] [--json]")},
    };
    return list;
}

// Parses `arguments` (command first); on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"debrief"_s} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

std::unique_ptr<Document> openForReading(const QString &path, QTextStream &err)
{
    OpenError error;
    auto document = Document::open(path, DocumentFile::Access::ReadOnly, &error);
    if (!document)
        err << error.reason << Qt::endl;
    return document;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString formatTime(const QVariant &value, const QString &zoneId)
{
    if (value.isNull())
        return QCoreApplication::translate("CommandLine", "not set");
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime utc = value.toDateTime();
    if (!zone.isValid())
        return utc.toString(Qt::ISODate);
    return utc.toTimeZone(zone).toString(Qt::ISODate) + u" ("_s + zoneId + u')';
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.constFirst();
    const bool isCommand = std::any_of(commands().cbegin(), commands().cend(),
                                       [&](const Command &command) { return command.name == first; });
    return isCommand || first == "--version"_L1 || first == "-v"_L1
           || first == "--help"_L1 || first == "-h"_L1;
}

QString CommandLine::usage()
{
    QString text = tr("Usage: debrief [FILE]") + u'\n';
    for (const Command &command : commands())
        text += u"       debrief "_s + tr(command.synopsis) + u'\n';
    return text + u"       debrief --version | --help | --self-test\n"_s;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    if (command == "--version"_L1 || command == "-v"_L1) {
        out << "debrief " << QString::fromLatin1(DEBRIEF_VERSION) << Qt::endl;
        return Success;
    }
    if (command == "--help"_L1 || command == "-h"_L1) {
        out << usage();
        return Success;
    }
    for (const Command &candidate : commands()) {
        if (candidate.name == command)
            return candidate.handler(arguments, out, err);
    }
    err << usage();
    return UsageError;
}

int CommandLine::info(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOption(jsonOption);
    if (!parse(parser, arguments, err) || parser.positionalArguments().size() != 2) {
        err << usage();
        return UsageError;
    }
    auto document = openForReading(parser.positionalArguments().at(1), err);
    if (!document)
        return BadInput;

    const Record &incident = document->incident();
    const Record *severity = document->record(
        Table::SeverityLevel, incident.value(IncidentField::Severity).toLongLong());
    QJsonObject counts;
    for (Table table : allTables()) {
        if (!tableSpec(table).singleton)
            counts.insert(tableSpec(table).jsonName, document->count(table));
    }
    const QString zone = incident.text(IncidentField::TimeZone);
    auto isoOrNull = [](const QVariant &value) {
        return value.isNull() ? QJsonValue() : QJsonValue(value.toDateTime().toString(Qt::ISODateWithMs));
    };
    if (parser.isSet(jsonOption)) {
        QJsonObject root{
            {u"file"_s, document->filePath()},
            {u"title"_s, incident.text(IncidentField::Title)},
            {u"reference"_s, incident.text(IncidentField::Reference)},
            {u"severity"_s, severity ? severity->text(SeverityField::Key) : QString()},
            {u"severityName"_s, severity ? severity->text(SeverityField::Name) : QString()},
            {u"status"_s, incident.text(IncidentField::Status)},
            {u"startedAt"_s, isoOrNull(incident.value(IncidentField::StartedAt))},
            {u"endedAt"_s, isoOrNull(incident.value(IncidentField::EndedAt))},
            {u"timeZone"_s, zone},
            {u"schemaVersion"_s, document->file()->schemaVersion()},
            {u"counts"_s, counts},
        };
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QString none = tr("(none)");
    auto line = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(18) << value << Qt::endl;
    };
    line(tr("Title:"), incident.text(IncidentField::Title).isEmpty() ? none : incident.text(IncidentField::Title));
    line(tr("Incident id:"), incident.text(IncidentField::Reference).isEmpty() ? none : incident.text(IncidentField::Reference));
    line(tr("Severity:"), severity ? severity->text(SeverityField::Key) + u" – "_s
                                         + severity->text(SeverityField::Name)
                                   : none);
    line(tr("Status:"), choiceLabel(Vocabulary::IncidentStatus, incident.text(IncidentField::Status)));
    line(tr("Started:"), formatTime(incident.value(IncidentField::StartedAt), zone));
    line(tr("Ended:"), formatTime(incident.value(IncidentField::EndedAt), zone));
    line(tr("Schema version:"), QString::number(document->file()->schemaVersion()));
    out << tr("Records:") << Qt::endl;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out << u"  "_s << it.key().leftJustified(22) << it.value().toInt() << Qt::endl;
    return Success;
}

int CommandLine::exportDocument(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, tr("Write the JSON form to OUT."), u"OUT"_s);
    parser.addOption(jsonOption);
    const ReportCommand report(parser);
    if (!parse(parser, arguments, err) || parser.positionalArguments().size() != 2
        || !(parser.isSet(jsonOption) || report.isRequested()) || !report.validate(err)) {
        err << usage();
        return UsageError;
    }
    auto document = openForReading(parser.positionalArguments().at(1), err);
    if (!document)
        return BadInput;
    if (parser.isSet(jsonOption)) {
        QString error;
        const QString target = parser.value(jsonOption);
        if (!writeAtomically(target, DocumentJson::toBytes(*document), &error)) {
            err << tr("Cannot write %1: %2").arg(target, error) << Qt::endl;
            return BadInput;
        }
        out << tr("Wrote %1").arg(target) << Qt::endl;
    }
    return report.run(*document, out, err);
}

int CommandLine::importJson(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err) || parser.positionalArguments().size() != 3) {
        err << usage();
        return UsageError;
    }
    const QString source = parser.positionalArguments().at(1);
    const QString target = parser.positionalArguments().at(2);
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(source, input.errorString()) << Qt::endl;
        return BadInput;
    }
    if (input.size() > DocumentJson::MaxInputBytes) {
        err << tr("%1 is too large to import.").arg(source) << Qt::endl;
        return BadInput;
    }
    QString error;
    if (!DocumentJson::importToFile(input.readAll(), target, &error)) {
        err << tr("%1: %2").arg(source, error) << Qt::endl;
        return BadInput;
    }
    out << tr("Wrote %1").arg(target) << Qt::endl;
    return Success;
}

int CommandLine::selfTest(QTextStream &out, QTextStream &err)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        err << "self-test: no temporary folder" << Qt::endl;
        return BadInput;
    }
    const QString path = folder.filePath(u"self-test.debrief"_s);
    const QString copy = folder.filePath(u"self-test-copy.debrief"_s);
    QString error;
    {
        auto document = Document::createNew(path, &error);
        if (!document) {
            err << "self-test: create failed: " << error << Qt::endl;
            return BadInput;
        }
        document->setIncidentValue(IncidentField::Title, u"Self-test"_s);
        if (!document->saveNow()) {
            err << "self-test: save failed" << Qt::endl;
            return BadInput;
        }
        if (!DocumentJson::importToFile(DocumentJson::toBytes(*document), copy, &error)) {
            err << "self-test: JSON round trip failed: " << error << Qt::endl;
            return BadInput;
        }
    }
    OpenError openError;
    auto reopened = Document::open(copy, DocumentFile::Access::ReadOnly, &openError);
    if (!reopened || reopened->incidentValue(IncidentField::Title).toString() != "Self-test"_L1
        || reopened->count(Table::SeverityLevel) != 4) {
        err << "self-test: reopened document differs " << openError.reason << Qt::endl;
        return BadInput;
    }
    out << "self-test: core ok" << Qt::endl;
    return Success;
}

} // namespace Debrief
