#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Debrief {

class SqliteDatabase;

// One step of the document schema: the SQL that takes a file from version - 1 to version.
struct SchemaMigration
{
    int version = 0;
    QString sql;
};

class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrations)

public:
    // The migrations shipped in resources/schema, in order.
    static const QList<SchemaMigration> &builtIn();
    static int latestVersion();

    // Applies every migration newer than the file's user_version, all in one transaction,
    // so that a file is either migrated completely or left as it was.
    static bool migrate(SqliteDatabase &db, const QList<SchemaMigration> &migrations,
                        QString *error);
};

} // namespace Debrief
