// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// A Voronka database on PostgreSQL (Database on a postgresql:// URI, PgLoad): made, opened,
// written through the desktop's own write path, copied from and to an SQLite file. The same
// cases on SQLite where they apply; on PostgreSQL when the run names a cluster (pgtest.h).
#include "support/catch.h"
#include "support/pgtest.h"
#include "support/tempdb.h"

#include "core/services/records.h"
#include "core/storage/pgload.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite.h"

#include <QFile>
#include <QUrl>

using namespace Voronka::Core;
using namespace Voronka::Test;

namespace {
const QString kName = QStringLiteral("name");

// The test cluster's role that must give its password over TCP (scripts/pg-cluster.sh writes
// DIR/password-uri); empty when the run names no such cluster.
QString passwordUri()
{
    const QString dir = qEnvironmentVariable("VORONKA_TEST_PG_DIR");
    QFile f(dir + QStringLiteral("/password-uri"));
    if (dir.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll().trimmed());
}
} // namespace

TEST_CASE("pgStore_recordsAreWrittenAndReadThroughTheWritePath", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        CHECK(t.db->schemaVersion() == Schema::latestVersion());
        Records r(*t.admin);
        Result<qint64> company =
            r.create(EntityKind::Company, {{kName, QStringLiteral("Ромашка")}});
        REQUIRE(company.ok());
        Result<qint64> id = r.create(
            EntityKind::Contact,
            {{kName, QStringLiteral("Иван Петров")},
             {QStringLiteral("company_id"), *company},
             {QStringLiteral("phones"), QStringList{QStringLiteral("+7 (912) 345-67-89")}},
             {QStringLiteral("tags"), QStringList{QStringLiteral("VIP"), QStringLiteral("Опт")}}});
        REQUIRE(id.ok());
        Result<Record> rec = r.load(EntityKind::Contact, *id);
        REQUIRE(rec.ok());
        CHECK(rec->value(kName).toString() == u"Иван Петров");
        CHECK(rec->value(QStringLiteral("tags")).toStringList() ==
              QStringList{QStringLiteral("VIP"), QStringLiteral("Опт")});
    }
}

TEST_CASE("pgStore_untypedColumnsKeepEachValuesType", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        const QList<QVariant> values{
            QVariant(qint64(42)),
            QVariant(qint64(-9223372036854775807LL)),
            QVariant(2.5),
            QVariant(3.0),
            QVariant(QStringLiteral("Ромашка \"ООО\"\n\t\\ 5")),
            QVariant(QStringLiteral("17")),
            QVariant(QByteArray("\x00\xa2\xff node", 8)),
        };
        {
            Transaction tx(t.db->sql());
            for (int i = 0; i < values.size(); ++i)
                t.db->setMeta(QStringLiteral("probe%1").arg(i), values[i]);
            tx.commit();
        }
        for (int i = 0; i < values.size(); ++i) {
            INFO(i);
            const QVariant back = t.db->meta(QStringLiteral("probe%1").arg(i));
            CHECK(back.typeId() == (values[i].typeId() == QMetaType::LongLong
                                        ? QMetaType::LongLong
                                        : values[i].typeId()));
            CHECK(back == values[i]);
        }
        // A comparison in SQL takes the bound value in the same form.
        {
            Query q = t.db->sql().prepare("SELECT count(*) FROM meta WHERE value = ?1");
            q->bind(1, QStringLiteral("17"));
            REQUIRE(q->step());
            CHECK(q->int64(0) == 1);
            q->reset();
            q->bind(1, qint64(17));
            REQUIRE(q->step());
            CHECK(q->int64(0) == 0); // the text "17" is not the integer 17 (as on SQLite)
        }
        // The node id (a blob in meta) survives reopening.
        const QByteArray node = t.db->nodeId();
        CHECK(node.size() == 16);
        t.admin.reset();
        t.db.reset();
        Result<std::unique_ptr<Database>> again = Database::open(t.path());
        REQUIRE(again.ok());
        CHECK((*again)->nodeId() == node);
    }
}

TEST_CASE("pgStore_aNewDatabaseNeedsAnEmptySchemaAndOpensOnlyAVoronkaOne", "[pg]")
{
    if (pgUri().isEmpty())
        return;
    PgScratch scratch;
    {
        Connection c(scratch.uri(), Connection::Mode::ReadWrite);
        c.exec("CREATE TABLE stranger(a BIGINT)");
    }
    Result<std::unique_ptr<Database>> refused = Database::create(scratch.uri());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(QLatin1String("already holds tables")));
    Result<std::unique_ptr<Database>> notOurs = Database::open(scratch.uri());
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().message.contains(QLatin1String("holds no Voronka database")));
    // A password never shows in a message or in path().
    const QString withPassword =
        QStringLiteral("postgresql://someone:s3cret@127.0.0.1:1/db?password=other");
    CHECK_FALSE(Database::redactedUri(withPassword).contains(QLatin1String("s3cret")));
    CHECK_FALSE(Database::redactedUri(withPassword).contains(QLatin1String("other")));
    Result<std::unique_ptr<Database>> unreachable = Database::open(withPassword);
    REQUIRE_FALSE(unreachable.ok());
    CHECK_FALSE(unreachable.error().message.contains(QLatin1String("s3cret")));
}

TEST_CASE("pgStore_aServerAskingForAPasswordTakesTheRightOneAndRefusesAWrongOne", "[pg]")
{
    const QString base = passwordUri();
    if (base.isEmpty())
        return;
    PgScratch scratch; // made by the superuser, handed to the password role
    {
        Connection admin(pgUri(), Connection::Mode::ReadWrite);
        admin.exec(QStringLiteral("ALTER SCHEMA %1 OWNER TO voronka_pw").arg(scratch.schema()));
    }
    const QString uri = base + QStringLiteral("?options=-csearch_path%3D") + scratch.schema();
    const QString password = QUrl(base).password();
    REQUIRE(!password.isEmpty());
    {
        Result<std::unique_ptr<Database>> made = Database::create(uri);
        REQUIRE(made.ok());
        CHECK((*made)->schemaVersion() == Schema::latestVersion());
        CHECK_FALSE((*made)->path().contains(password));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(uri);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Schema::latestVersion());
    CHECK((*opened)->sql().scalar("SELECT count(*) FROM meta") > 0); // its node id
    CHECK((*opened)->sql().scalar("SELECT count(*) FROM pg_tables WHERE tableowner = "
                                  "'voronka_pw' AND tablename = 'deals'") == 1);

    // A wrong password: refused in the server's words, neither password shown.
    const QString wrongPassword = QStringLiteral("Wrong-horse-77");
    const QString inAuthority = QString(uri).replace(QStringLiteral(":%1@").arg(password),
                                                     QStringLiteral(":%1@").arg(wrongPassword));
    const QString inQuery =
        QString(uri).replace(QStringLiteral(":%1@").arg(password), QStringLiteral("@")) +
        QStringLiteral("&password=") + wrongPassword;
    for (const QString &attempt : {inAuthority, inQuery}) {
        REQUIRE(attempt.contains(wrongPassword));
        INFO(Database::redactedUri(attempt).toStdString());
        for (const bool create : {false, true}) {
            Result<std::unique_ptr<Database>> refused =
                create ? Database::create(attempt) : Database::open(attempt);
            REQUIRE_FALSE(refused.ok());
            const QString message = refused.error().message;
            INFO(message.toStdString());
            CHECK(message.contains(QLatin1String("Cannot connect to the PostgreSQL database")));
            CHECK(message.contains(QLatin1String("password authentication failed")));
            CHECK_FALSE(message.contains(wrongPassword));
            CHECK_FALSE(message.contains(password));
        }
    }
}
