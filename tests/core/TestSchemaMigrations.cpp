#include "storage/SchemaMigrations.h"
#include "storage/SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

// The migration runner, with migration lists made up for the test: the real list has one
// step today, but the runner must already handle many.
class TestSchemaMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    SqliteDatabase freshDatabase()
    {
        SqliteDatabase db;
        db.open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter)), SqliteDatabase::Access::ReadWriteCreate);
        return db;
    }

    static QList<SchemaMigration> threeSteps()
    {
        return {{1, u"CREATE TABLE a(x INTEGER);"_s},
                {2, u"ALTER TABLE a ADD COLUMN y TEXT NOT NULL DEFAULT 'two';"_s},
                {3, u"CREATE TABLE c(z INTEGER); INSERT INTO c VALUES (3);"_s}};
    }

private Q_SLOTS:
    void builtInMigrationsAreOrderedFromOne()
    {
        const auto &migrations = SchemaMigrations::builtIn();
        QVERIFY(!migrations.isEmpty());
        for (int i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations.at(i).version, i + 1);
        QCOMPARE(SchemaMigrations::latestVersion(), migrations.constLast().version);
    }

    void migratesFromEmptyToLatest()
    {
        SqliteDatabase db = freshDatabase();
        QString error;
        QVERIFY2(SchemaMigrations::migrate(db, threeSteps(), &error), qPrintable(error));
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 3);
        QCOMPARE(db.scalar(u"SELECT z FROM c"_s).toInt(), 3);
    }

    void migratesForwardFromAnOlderVersion()
    {
        SqliteDatabase db = freshDatabase();
        QString error;
        QVERIFY(SchemaMigrations::migrate(db, threeSteps().mid(0, 1), &error));
        QVERIFY(db.exec(u"INSERT INTO a(x) VALUES (41)"_s));
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QVERIFY2(SchemaMigrations::migrate(db, threeSteps(), &error), qPrintable(error));
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 3);
        // Data written under version 1 survives and gains the new column's default.
        QCOMPARE(db.scalar(u"SELECT y FROM a WHERE x = 41"_s).toString(), u"two"_s);
    }

    void failedStepLeavesTheFileAsItWas()
    {
        SqliteDatabase db = freshDatabase();
        QString error;
        QVERIFY(SchemaMigrations::migrate(db, threeSteps().mid(0, 1), &error));
        QList<SchemaMigration> broken = threeSteps();
        broken[2].sql = u"CREATE TABLE d(z); THIS IS NOT SQL;"_s;
        QVERIFY(!SchemaMigrations::migrate(db, broken, &error));
        QVERIFY(error.contains(u"3"_s));
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        // Step 2 ran inside the same transaction and was rolled back with step 3.
        QVERIFY(!db.exec(u"SELECT y FROM a"_s));
        QVERIFY(!db.exec(u"SELECT * FROM d"_s));
    }

    void newerFileIsRefused()
    {
        SqliteDatabase db = freshDatabase();
        QVERIFY(db.exec(u"PRAGMA user_version = 9"_s));
        QString error;
        QVERIFY(!SchemaMigrations::migrate(db, threeSteps(), &error));
        QVERIFY(error.contains(u"9"_s));
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 9);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "TestSchemaMigrations.moc"
