// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// voronka-cli user, role and department: run as a script would, checked by SQL on the file.
#include "clirun.h"
#include "support/catch.h"

#include "core/domain/types.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

using Voronka::Core::EntityKind;

namespace {

using Run = Voronka::Test::CliRun;
using Env = Voronka::Test::CliEnv;

Run cli(const QStringList &args, const Env &e = {})
{
    return Voronka::Test::runCli(args, e);
}

// A fresh copy of one tiny demo (made once) per test: these tests change it.
struct DemoCopy
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("admin.voronka"));

    DemoCopy() { REQUIRE(QFile::copy(Voronka::Test::tinyDemo(5), path)); }

    Run as(const QString &user, const QStringList &rest, const Env &e = {}) const
    {
        return cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} + rest,
                   e);
    }
    Run admin(const QStringList &rest, const Env &e = {}) const
    {
        return as(QStringLiteral("admin@example.com"), rest, e);
    }

    // One value by SQL straight on the file.
    QVariant scalar(const QString &sql) const { return Voronka::Test::fileValue(path, sql); }
    qint64 count(const QString &sql) const { return scalar(sql).toLongLong(); }
    qint64 openDeals(const QString &email) const
    {
        return count(
            QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                           "JOIN users u ON u.id = d.responsible_id WHERE u.email = '%1' AND "
                           "d.deleted = 0 AND s.kind IN (0, 3)")
                .arg(email));
    }
};

QJsonDocument json(const Run &r)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ');
}

} // namespace

TEST_CASE("adminCli_script_addsAUserChangesARoleAndHandsOverOnDeactivation")
{
    const DemoCopy db;
    Run r = db.admin({QStringLiteral("role"), QStringLiteral("clone"), QStringLiteral("МЕНЕДЖЕР"),
                      QStringLiteral("Manager")});
    REQUIRE(r.code == 0);

    // A new colleague with a generated password, printed once; the file's demo hashes are at
    // libsodium's minimum cost, so the new one is too.
    r = db.admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ivan@example.com"),
                  QStringLiteral("--name"), QStringLiteral("Иван Петров"), QStringLiteral("--role"),
                  QStringLiteral("manager"), QStringLiteral("--department"),
                  QStringLiteral("sales london"), QStringLiteral("--generate")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Password: (\\S+)")).match(r.out);
    REQUIRE(m.hasMatch());
    CHECK(db.scalar(
                QStringLiteral("SELECT password_hash FROM users WHERE email = 'ivan@example.com'"))
              .toString()
              .startsWith(u"$argon2id$v=19$m=8,t=1,"));
    // Ivan signs in with it (and is told he is no administrator).
    r = db.as(QStringLiteral("ivan@example.com"), words("user list"), {m.captured(1), {}, {}});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"ivan@example.com is not an administrator"));

    // The matrix changes in the file, with a history row by the admin.
    const qint64 roleId = db.count(QStringLiteral("SELECT id FROM roles WHERE name = 'Manager'"));
    CHECK(db.scalar(
                QStringLiteral("SELECT substr(matrix, 1, 1) FROM roles WHERE id = %1").arg(roleId))
              .toString() == u"1");
    r = db.admin(words("role set Manager deal view all"));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(u"deal view own -> all"));
    CHECK(db.scalar(
                QStringLiteral("SELECT substr(matrix, 1, 1) FROM roles WHERE id = %1").arg(roleId))
              .toString() == u"3");
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM history h JOIN users u ON u.id = "
                                  "h.user_id WHERE h.kind = %1 AND h.entity_id = %2 AND "
                                  "h.field = 'matrix' AND u.email = 'admin@example.com'")
                       .arg(int(EntityKind::Role))
                       .arg(roleId)) == 1);
    const QJsonObject role = json(db.admin(words("role show MANAGER --json"))).object();
    CHECK(role.value(QStringLiteral("name")).toString() == u"Manager");
    CHECK(role.value(QStringLiteral("users")).toInt() == 1);
    CHECK(
        role[QStringLiteral("matrix")][QStringLiteral("deal")][QStringLiteral("view")].toString() ==
        u"all");

    // Deactivation hands manager1's open deals to manager2, as the dialog does.
    const qint64 from = db.openDeals(QStringLiteral("manager1@example.com"));
    const qint64 to = db.openDeals(QStringLiteral("manager2@example.com"));
    REQUIRE(from > 0);
    r = db.admin(words("--json user deactivate manager1@example.com --handover "
                       "manager2@example.com"));
    REQUIRE(r.code == 0);
    const QJsonObject moved = json(r).object().value(QStringLiteral("moved")).toObject();
    CHECK(moved.value(QStringLiteral("deals")).toInt() == from);
    CHECK(db.openDeals(QStringLiteral("manager1@example.com")) == 0);
    CHECK(db.openDeals(QStringLiteral("manager2@example.com")) == from + to);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM tasks t JOIN users u ON u.id = "
                                  "t.responsible_id WHERE u.email = 'manager1@example.com' AND "
                                  "t.status = 0 AND t.deleted = 0")) == 0);

    // A deactivated user cannot sign in to the command line.
    r = db.as(QStringLiteral("manager1@example.com"), words("search Иван"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Unknown user or wrong password."));

    const QJsonArray users = json(db.admin(words("user list --json"))).array();
    REQUIRE(users.size() == 7);
    for (const QJsonValue &u : users) {
        const QString email = u[QStringLiteral("email")].toString();
        CHECK(u[QStringLiteral("active")].toBool() == (email != u"manager1@example.com"));
        if (email == u"ivan@example.com") {
            CHECK(u[QStringLiteral("role")].toString() == u"Manager");
            CHECK(u[QStringLiteral("department")].toString() == u"Sales London");
        }
    }

    r = db.admin(words("user reactivate manager1@example.com"));
    CHECK(r.code == 0);
    CHECK(db.as(QStringLiteral("manager1@example.com"), words("search Иван")).code == 0);
}

TEST_CASE("adminCli_refusals_exitTwoWithOneLineNamingTheThing")
{
    const DemoCopy db;
    const QString historyRows = QStringLiteral("SELECT count(*) FROM history");
    const qint64 before = db.count(historyRows);

    Run r = db.admin(words("role set Nobody deal view own"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"no role named \"Nobody\""));
    CHECK(r.err.count(u'\n') == 1);

    r = db.admin(words("user add anna@example.com --name Anna --role Nobody"),
                 {QStringLiteral("demo"), QStringLiteral("s3cret"), {}});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"\"Nobody\""));

    r = db.admin({QStringLiteral("role"), QStringLiteral("set"), QStringLiteral("менеджер"),
                  QStringLiteral("deal"), QStringLiteral("view"), QStringLiteral("everything")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"role \"Менеджер\": deal view scope must be"));
    CHECK(r.err.contains(u"\"everything\""));

    r = db.as(QStringLiteral("manager2@example.com"), words("user list"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"manager2@example.com is not an administrator"));
    r = db.as(QStringLiteral("head@example.com"), words("role set Менеджер deal view all"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"head@example.com"));

    // The only administrator can neither deactivate himself nor give up the admin role.
    r = db.admin(words("user deactivate admin@example.com --handover head@example.com"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"user admin@example.com:"));
    r = db.admin({QStringLiteral("user"), QStringLiteral("set"),
                  QStringLiteral("admin@example.com"), QStringLiteral("--role"),
                  QStringLiteral("Менеджер")});
    CHECK(r.code == 2);
    CHECK(
        r.err.contains(u"user admin@example.com: Voronka needs at least one active administrator"));
    r = db.admin(words("role set administrator admin no"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"role \"Administrator\""));

    r = db.admin(words("user passwd nobody@example.com --generate"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"nobody@example.com"));
    r = db.admin(words("user set head@example.com --email not-an-email"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"not-an-email"));
    // Refusals write nothing.
    CHECK(db.count(historyRows) == before);

    r = db.admin(words("department add Wholesale"));
    CHECK(r.code == 0);
    r = db.admin(words("department rename wholesale Sales London"));
    CHECK(r.code == 1); // a NEWNAME with a space needs quotes: one argument too many
    r = db.admin({QStringLiteral("department"), QStringLiteral("rename"),
                  QStringLiteral("wholesale"), QStringLiteral("Sales London")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"\"Sales London\" already exists"));

    // Usage errors exit 1 before asking for any password.
    CHECK(db.admin(words("user add x@example.com --role Менеджер"), {QString(), {}, {}}).code == 1);
    CHECK(db.admin(words("role frobnicate")).code == 1);
    CHECK(db.admin(words("user passwd a@example.com --generate --password-stdin")).code == 1);
}

TEST_CASE("adminCli_passwords_comeFromTheirSourceAtTheFilesStrength")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.voronka"));
    REQUIRE(cli({QStringLiteral("--db"), path, QStringLiteral("init"),
                 QStringLiteral("--admin-email"), QStringLiteral("boss@example.com")},
                {QStringLiteral("s3cret"), {}, {}})
                .code == 0);
    const auto as = [&](const QString &user, const QStringList &rest, const Env &e) {
        return cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} + rest,
                   e);
    };
    const QString boss = QStringLiteral("boss@example.com");

    // A real file: the new hash has libsodium's interactive cost, not the demo's minimum.
    Run r = as(boss,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva@example.com"),
                QStringLiteral("--name"), QStringLiteral("Eva"), QStringLiteral("--role"),
                QStringLiteral("administrator")},
               {QStringLiteral("s3cret"), QStringLiteral("eva-pass"), {}});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "SELECT password_hash FROM users WHERE email = 'eva@example.com'",
                               -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const QString hash =
        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(h);
    CHECK(hash.startsWith(u"$argon2id$v=19$m=65536,t=2,"));
    CHECK(as(QStringLiteral("eva@example.com"), words("role list"),
             {QStringLiteral("eva-pass"), {}, {}})
              .code == 0);

    // Both passwords piped in, the acting user's first.
    r = as(boss, words("user passwd eva@example.com --password-stdin"),
           {QString(), QString(), QByteArrayLiteral("s3cret\nnew-pass\n")});
    REQUIRE(r.code == 0);
    CHECK(as(QStringLiteral("eva@example.com"), words("role list"),
             {QStringLiteral("new-pass"), {}, {}})
              .code == 0);

    // No source for the new password: not a terminal, no VORONKA_NEW_PASSWORD, no flag.
    r = as(boss, words("user passwd eva@example.com"), {QStringLiteral("s3cret"), {}, {}});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"user eva@example.com: no new password"));
    r = as(boss, words("user passwd eva@example.com"),
           {QStringLiteral("s3cret"), QStringLiteral("abc"), {}});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"at least 4 characters"));

    // A generated one is printed once, in JSON too.
    r = as(boss, words("--json user passwd eva@example.com --generate"),
           {QStringLiteral("s3cret"), {}, {}});
    REQUIRE(r.code == 0);
    const QString generated = json(r).object().value(QStringLiteral("password")).toString();
    CHECK(generated.size() == 12);
    CHECK(
        as(QStringLiteral("eva@example.com"), words("department list --json"), {generated, {}, {}})
            .code == 0);
}

TEST_CASE("adminCli_roleOptions_pipelineCapsAnalyticsAndImport")
{
    const DemoCopy db;
    Run r = db.admin(words("role set менеджер pipeline WHOLESALE hidden"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(u"matrix -> hidden"));
    REQUIRE(db.admin(words("role set менеджер analytics department")).code == 0);
    REQUIRE(db.admin(words("role set менеджер import yes")).code == 0);
    const QJsonObject role = json(db.admin(words("--json role show менеджер"))).object();
    for (const QJsonValue &p : role.value(QStringLiteral("pipelines")).toArray())
        CHECK(p[QStringLiteral("deals")].toString() ==
              (p[QStringLiteral("name")].toString() == u"Wholesale" ? u"hidden" : u"matrix"));
    CHECK(role.value(QStringLiteral("analytics")).toString() == u"department");
    CHECK(role.value(QStringLiteral("import")).toBool());
    CHECK(db.count(QStringLiteral("SELECT can_import FROM roles WHERE name = 'Менеджер'")) == 1);

    REQUIRE(db.admin(words("role set менеджер pipeline wholesale matrix")).code == 0);
    CHECK(db.scalar(QStringLiteral("SELECT coalesce(pipeline_caps, '') FROM roles WHERE name = "
                                   "'Менеджер'"))
              .toString()
              .isEmpty());

    r = db.admin(words("role set менеджер pipeline wholesale department"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"pipeline \"wholesale\" must be hidden|own|matrix"));
    r = db.admin(words("role set менеджер pipeline Nowhere own"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"no pipeline named \"Nowhere\""));
    r = db.admin(words("role set менеджер import maybe"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"role \"Менеджер\": import must be yes|no"));
}

TEST_CASE("adminCli_journal_listsTheRoleChangeTheDeactivationAndTheSignIns")
{
    DemoCopy d;
    REQUIRE(d.admin({QStringLiteral("role"), QStringLiteral("set"), QStringLiteral("Менеджер"),
                     QStringLiteral("deal"), QStringLiteral("export"), QStringLiteral("all")})
                .code == 0);
    REQUIRE(d.admin({QStringLiteral("user"), QStringLiteral("deactivate"),
                     QStringLiteral("manager1@example.com"), QStringLiteral("--handover"),
                     QStringLiteral("manager2@example.com")})
                .code == 0);
    CHECK(d.as(QStringLiteral("manager1@example.com"), {QStringLiteral("stats")}).code == 2);

    // The demo's own history ends on its day (--now 2026-03-02); what this test did is later.
    const QString today = QStringLiteral("2026-03-03");
    const Run roles =
        d.admin({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("--entity"),
                 QStringLiteral("role"), QStringLiteral("--from"), today});
    REQUIRE(roles.code == 0);
    const QJsonArray roleRows = QJsonDocument::fromJson(roles.out.toUtf8()).array();
    REQUIRE(roleRows.size() == 1);
    CHECK(roleRows[0]
              .toObject()
              .value(QStringLiteral("field"))
              .toString()
              .contains(QStringLiteral("matrix"), Qt::CaseInsensitive));

    const Run users =
        d.admin({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("--entity"),
                 QStringLiteral("user"), QStringLiteral("--from"), today});
    REQUIRE(users.code == 0);
    CHECK(users.out.contains(QStringLiteral("active")));

    const Run signIns = d.admin({QStringLiteral("--json"), QStringLiteral("journal"),
                                 QStringLiteral("--entity"), QStringLiteral("sign-ins")});
    REQUIRE(signIns.code == 0);
    const QJsonArray signInRows = QJsonDocument::fromJson(signIns.out.toUtf8()).array();
    int ok = 0, refused = 0;
    for (const QJsonValue &v : signInRows) {
        const QString action = v.toObject().value(QStringLiteral("action")).toString();
        ok += action == u"sign-in";
        refused += action == u"sign-in-failed";
    }
    CHECK(ok >= 3);      // the admin's three commands before this one
    CHECK(refused == 1); // the deactivated manager
}
