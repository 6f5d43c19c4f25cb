// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
//
// Several writers on one file — two threads of this process and a second process — stamp
// strictly increasing clocks (the file's own clock, taken inside each write transaction) and
// leave no gap in the outbox.
#include "clirun.h"
#include "support/catch.h"

#include "core/services/auth.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace Voronka::Core;
using Voronka::Test::tinyDemo;

namespace {

// A desktop's worth of writing in a thread of its own: its own connection and session, a
// clock that never moves (so every clock must come from the counter), deals created one by
// one.
void writeDeals(const QString &path, const QString &prefix, int count, std::atomic<int> &failures)
{
    ManualClock clock(1772442000000LL);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        failures += count;
        return;
    }
    Result<UserInfo> user = Auth::login(**db, QStringLiteral("admin@example.com"),
                                        QStringLiteral("demo"),
                                        Auth::SignInContext(clock, QStringLiteral("test")));
    if (!user) {
        failures += count;
        return;
    }
    Result<std::unique_ptr<Session>> session = Session::start(**db, clock, *user);
    if (!session) {
        failures += count;
        return;
    }
    Records records(**session);
    for (int i = 0; i < count; ++i)
        if (!records.create(EntityKind::Deal,
                            {{QStringLiteral("name"), QStringLiteral("%1-%2").arg(prefix).arg(i)}}))
            ++failures;
}

} // namespace

TEST_CASE("writers_twoThreadsAndAProcess_stampStrictlyIncreasingClocksWithNoOutboxGap",
          "[origin]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.voronka"));
    REQUIRE(QFile::copy(tinyDemo(7), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    qint64 outboxBefore = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE(db.ok());
        outboxBefore = (*db)->sql().scalar("SELECT max(id) FROM outbox");
    }

    constexpr int kEach = 150;
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("demo"));
    other.setProcessEnvironment(env);
    other.start(QStringLiteral(VORONKA_SHARED_WRITER_PATH),
                {QStringLiteral("write"), path, QStringLiteral("admin@example.com"),
                 QString::number(kEach), QStringLiteral("p")});
    std::atomic<int> failures = 0;
    std::thread a(writeDeals, path, QStringLiteral("a"), kEach, std::ref(failures));
    std::thread b(writeDeals, path, QStringLiteral("b"), kEach, std::ref(failures));
    a.join();
    b.join();
    REQUIRE(other.waitForFinished(120000));
    INFO(QString::fromUtf8(other.readAllStandardError()).toStdString());
    CHECK(other.exitCode() == 0);
    CHECK(failures == 0);

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    REQUIRE(opened.ok());
    Connection &sql = (*opened)->sql();
    // Every deal the three wrote has its outbox row, and the outbox has no hole.
    CHECK(sql.scalar("SELECT count(*) FROM deals WHERE name GLOB '[abp]-*'") == 3 * kEach);
    Query created = sql.prepare("SELECT count(*) FROM outbox o JOIN deals d ON d.id = o.entity_id "
                                "WHERE o.kind = 1 AND o.op = 1 AND d.name GLOB '[abp]-*'");
    REQUIRE(created->step());
    CHECK(created->int64(0) == 3 * kEach);
    CHECK(sql.scalar("SELECT max(id) - min(id) + 1 - count(*) FROM outbox") == 0);
    // In commit order (the outbox's), each change's clock is above every earlier one's.
    Query order = sql.prepare("SELECT id, hlc FROM outbox WHERE id > ?1 ORDER BY id");
    order->bind(1, outboxBefore);
    qint64 last = 0;
    int rows = 0;
    int backwards = 0;
    while (order->step()) {
        ++rows;
        if (order->int64(1) <= last)
            ++backwards;
        last = order->int64(1);
    }
    CHECK(rows == 3 * kEach);
    CHECK(backwards == 0);
    // The file's clock is where the last change left it.
    CHECK(sql.scalar("SELECT value FROM meta WHERE key = 'hlc'") == last);
}
