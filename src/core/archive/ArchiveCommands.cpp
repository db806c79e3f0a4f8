#include "ArchiveCommands.h"

#include "archive/ArchiveCatalog.h"
#include "archive/ArchiveFormat.h"
#include "archive/Comparison.h"
#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"debrief"_s} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

const QCommandLineOption &catalogOption()
{
    static const QCommandLineOption option(
        u"catalog"_s,
        QCoreApplication::translate("ArchiveCommands", "Use this catalog file instead of the default."),
        u"FILE"_s);
    return option;
}

bool openCatalog(ArchiveCatalog &catalog, const QCommandLineParser &parser, QTextStream &err)
{
    const QString path = parser.isSet(catalogOption()) ? parser.value(catalogOption())
                                                       : ArchiveCatalog::defaultPath();
    QString error;
    if (!catalog.open(path, &error)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

QString ArchiveCommands::archiveUsage()
{
    return tr("Usage: debrief archive index DIR... [--catalog FILE]\n"
              "       debrief archive search QUERY [--json] [--catalog FILE] [--severity KEY]...\n"
              "                [--status KEY]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
              "                [--open-remediation] [--sort relevance|date|severity|title]\n"
              "                [--limit N]\n");
}

int ArchiveCommands::archive(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString subcommand = arguments.value(1);
    if (subcommand == "index"_L1)
        return index(arguments.mid(1), out, err);
    if (subcommand == "search"_L1)
        return search(arguments.mid(1), out, err);
    err << archiveUsage();
    return CommandLine::UsageError;
}

int ArchiveCommands::index(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(catalogOption());
    if (!parse(parser, arguments, err) || parser.positionalArguments().size() < 2) {
        err << archiveUsage();
        return CommandLine::UsageError;
    }
    const QStringList folders = parser.positionalArguments().mid(1);
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.isDir() || !info.isReadable()) {
            err << tr("%1 is not a readable folder.").arg(QDir::toNativeSeparators(folder))
                << Qt::endl;
            return CommandLine::BadInput;
        }
    }
    ArchiveCatalog catalog;
    if (!openCatalog(catalog, parser, err))
        return CommandLine::BadInput;
    const IndexReport report = catalog.index(folders);
    if (!report.succeeded()) {
        err << report.error << Qt::endl;
        return CommandLine::BadInput;
    }
    auto line = [&out](const QString &label, int value) {
        out << u"  "_s << label.leftJustified(12) << value << Qt::endl;
    };
    out << tr("Catalog: %1").arg(QDir::toNativeSeparators(catalog.path())) << Qt::endl;
    line(tr("added:"), report.added);
    line(tr("updated:"), report.updated);
    line(tr("moved:"), report.moved);
    line(tr("removed:"), report.removed);
    line(tr("unchanged:"), report.unchanged);
    line(tr("unreadable:"), int(report.unreadable.size()));
    for (const UnreadableFile &file : report.unreadable)
        out << u"    "_s << QDir::toNativeSeparators(file.path) << u": "_s << file.reason
            << Qt::endl;
    for (const ArchiveFolder &folder : report.unavailableFolders)
        out << tr("Unavailable: %1").arg(folder.detail) << Qt::endl;
    out << tr("Post-mortems in the catalog: %1").arg(catalog.documentCount()) << Qt::endl;
    return CommandLine::Success;
}

int ArchiveCommands::search(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption severityOption(u"severity"_s, tr("Only this severity key."), u"KEY"_s);
    const QCommandLineOption statusOption(u"status"_s, tr("Only this status."), u"KEY"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("Incidents on or after."), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Incidents on or before."), u"DATE"_s);
    const QCommandLineOption openOption(u"open-remediation"_s);
    const QCommandLineOption sortOption(u"sort"_s, tr("Order of the results."), u"ORDER"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("At most this many results."), u"N"_s);
    parser.addOptions({catalogOption(), jsonOption, severityOption, statusOption, fromOption,
                       toOption, openOption, sortOption, limitOption});
    if (!parse(parser, arguments, err) || parser.positionalArguments().size() != 2) {
        err << archiveUsage();
        return CommandLine::UsageError;
    }
    ArchiveQuery query;
    query.text = parser.positionalArguments().at(1);
    query.severityKeys = parser.values(severityOption);
    query.statuses = parser.values(statusOption);
    query.openRemediationOnly = parser.isSet(openOption);
    for (const auto &[option, date] : {std::pair{&fromOption, &query.from}, std::pair{&toOption, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            err << tr("%1 is not a date (YYYY-MM-DD).").arg(parser.value(*option)) << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    if (parser.isSet(sortOption)) {
        static const QHash<QString, ArchiveQuery::Sort> sorts{
            {u"relevance"_s, ArchiveQuery::Sort::Relevance},
            {u"date"_s, ArchiveQuery::Sort::Date},
            {u"severity"_s, ArchiveQuery::Sort::Severity},
            {u"title"_s, ArchiveQuery::Sort::Title}};
        const auto sort = sorts.constFind(parser.value(sortOption));
        if (sort == sorts.cend()) {
            err << archiveUsage();
            return CommandLine::UsageError;
        }
        query.sort = *sort;
    }
    query.order = ArchiveQuery::naturalOrder(query.sort);
    if (parser.isSet(limitOption)) {
        bool ok = false;
        query.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || query.limit < 1) {
            err << archiveUsage();
            return CommandLine::UsageError;
        }
    }

    ArchiveCatalog catalog;
    if (!openCatalog(catalog, parser, err))
        return CommandLine::BadInput;
    QString error;
    const QDate today = QDate::currentDate();
    const QList<CatalogEntry> results = catalog.search(query, today, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return CommandLine::BadInput;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const CatalogEntry &entry : results) {
            array.append(QJsonObject{
                {u"id"_s, entry.id},
                {u"path"_s, entry.path},
                {u"title"_s, entry.title},
                {u"reference"_s, entry.reference},
                {u"date"_s, entry.incidentDate.isValid()
                                ? QJsonValue(entry.incidentDate.toString(Qt::ISODateWithMs))
                                : QJsonValue()},
                {u"severity"_s, entry.severityKey},
                {u"severityName"_s, entry.severityName},
                {u"status"_s, entry.status},
                {u"remediationTotal"_s, entry.remediationTotal},
                {u"remediationOpen"_s, entry.remediationOpen},
                {u"remediationOverdue"_s, entry.remediationOverdue},
                {u"snippet"_s, entry.plainSnippet()},
            });
        }
        out << QJsonDocument(QJsonObject{{u"query"_s, query.text},
                                         {u"count"_s, int(results.size())},
                                         {u"results"_s, array}})
                   .toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    if (results.isEmpty()) {
        out << tr("No post-mortem matches.") << Qt::endl;
        return CommandLine::Success;
    }
    for (const CatalogEntry &entry : results) {
        out << ArchiveFormat::date(entry.incidentDate) << u"  "_s
            << (entry.severityKey.isEmpty() ? ArchiveFormat::notSet() : entry.severityKey)
                   .leftJustified(6)
            << u"  "_s << (entry.title.isEmpty() ? tr("(untitled)") : entry.title);
        if (!entry.reference.isEmpty())
            out << u" ["_s << entry.reference << u']';
        out << Qt::endl << u"    "_s << QDir::toNativeSeparators(entry.path) << Qt::endl;
        const QString snippet = entry.plainSnippet().simplified();
        if (!snippet.isEmpty())
            out << u"    "_s << snippet << Qt::endl;
    }
    out << tr("Post-mortems found: %1").arg(results.size()) << Qt::endl;
    return CommandLine::Success;
}

int ArchiveCommands::compare(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOption(jsonOption);
    const qsizetype files = parser.parse(QStringList{u"debrief"_s} + arguments)
                                ? parser.positionalArguments().size() - 1
                                : -1;
    if (files < Comparison::MinDocuments || files > Comparison::MaxDocuments) {
        if (files < 0)
            err << parser.errorText() << Qt::endl;
        err << tr("Usage: debrief compare A B [C D] [--json]") << Qt::endl;
        return CommandLine::UsageError;
    }
    QString error;
    const std::optional<Comparison> comparison =
        Comparison::fromFiles(parser.positionalArguments().mid(1), &error);
    if (!comparison) {
        err << error << Qt::endl;
        return CommandLine::BadInput;
    }
    if (parser.isSet(jsonOption))
        out << QJsonDocument(comparison->toJson()).toJson(QJsonDocument::Indented);
    else
        out << comparison->toText();
    return CommandLine::Success;
}

} // namespace Debrief
