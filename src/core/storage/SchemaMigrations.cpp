#include "SchemaMigrations.h"

#include "SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Debrief {

using namespace Qt::StringLiterals;

const QList<SchemaMigration> &SchemaMigrations::builtIn()
{
    static const QList<SchemaMigration> migrations = [] {
        QList<SchemaMigration> result;
        const QDir dir(u":/debrief/schema"_s);
        static const QRegularExpression name(u"^(\\d+)-.*\\.sql$"_s);
        const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString &fileName : files) {
            const auto match = name.match(fileName);
            QFile file(dir.filePath(fileName));
            if (!match.hasMatch() || !file.open(QIODevice::ReadOnly))
                continue;
            result.append({match.captured(1).toInt(), QString::fromUtf8(file.readAll())});
        }
        return result;
    }();
    return migrations;
}

int SchemaMigrations::latestVersion()
{
    return builtIn().isEmpty() ? 0 : builtIn().constLast().version;
}

bool SchemaMigrations::migrate(SqliteDatabase &db, const QList<SchemaMigration> &migrations,
                               QString *error)
{
    const int current = db.scalar(u"PRAGMA user_version"_s).toInt();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current == latest)
        return true;
    if (current > latest) {
        *error = tr("The file uses schema version %1; this version of Debrief reads up to %2.")
                     .arg(current)
                     .arg(latest);
        return false;
    }
    if (!db.begin()) {
        *error = db.lastError();
        return false;
    }
    for (const SchemaMigration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!db.exec(migration.sql)
            || !db.exec(u"PRAGMA user_version = %1"_s.arg(migration.version))) {
            *error = tr("Could not upgrade the file to schema version %1: %2")
                         .arg(migration.version)
                         .arg(db.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Debrief
