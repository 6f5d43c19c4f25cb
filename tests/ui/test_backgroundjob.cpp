// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/records.h"
#include "ui/widgets/backgroundjob.h"

#include <QSignalSpy>

using namespace Voronka;
using Core::EntityKind;
using Ui::BackgroundJob;
using Voronka::Test::TempDb;

namespace {

// Work that creates a contact through the services on the worker's own connection.
BackgroundJob::Work createContact(const QString &name)
{
    return [name](Core::Session &s, const BackgroundJob::Report &) {
        Core::Result<qint64> id =
            Core::Records(s).create(EntityKind::Contact, {{QStringLiteral("name"), name}});
        return id ? QString() : id.error().message;
    };
}

qint64 contactsNamed(Core::Database &db, const QString &name)
{
    Core::Query q = db.sql().prepare("SELECT count(*) FROM contacts WHERE name = ?1");
    q->bindAll(name);
    return q->step() ? q->int64(0) : -1;
}

QString finishedWith(BackgroundJob &job)
{
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    REQUIRE(finished.wait(10000));
    return finished.constFirst().constFirst().toString();
}

} // namespace

TEST_CASE("backgroundJob_readWriteAccess_commitsTheWorkersWriteForTheUiConnection")
{
    TempDb t;
    BackgroundJob job(t.path(), t.admin->actor(), createContact(QStringLiteral("Written off")));
    job.setAccess(BackgroundJob::Access::ReadWrite);
    job.setClock(&t.clock);
    CHECK(finishedWith(job).isEmpty());
    CHECK(contactsNamed(*t.db, QStringLiteral("Written off")) == 1);
}

TEST_CASE("backgroundJob_defaultAccess_isReadOnlySoAWriteIsRefused")
{
    TempDb t;
    BackgroundJob job(t.path(), t.admin->actor(), createContact(QStringLiteral("Slipped in")));
    job.setClock(&t.clock);
    CHECK_FALSE(finishedWith(job).isEmpty());
    CHECK(contactsNamed(*t.db, QStringLiteral("Slipped in")) == 0);
}

TEST_CASE("backgroundJob_cancel_stopsTheWorkAtItsNextReportAfterProgressArrived")
{
    TempDb t;
    auto stoppedAt = std::make_shared<std::atomic<qint64>>(-1);
    constexpr qint64 kTotal = qint64(1) << 50; // never reached: only a cancel ends the work
    BackgroundJob job(t.path(), t.admin->actor(),
                      [stoppedAt](Core::Session &, const BackgroundJob::Report &report) {
                          qint64 done = 0;
                          while (report(done, kTotal))
                              ++done;
                          stoppedAt->store(done);
                          return QString();
                      });
    QSignalSpy progress(&job, &BackgroundJob::progress);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    REQUIRE(progress.wait(10000));
    CHECK(progress.constFirst().at(1).toLongLong() == kTotal);
    job.cancel();
    REQUIRE(finished.wait(10000));
    CHECK(finished.constFirst().constFirst().toString().isEmpty());
    CHECK(job.isCancelled());
    CHECK(stoppedAt->load() > 0);
    CHECK(stoppedAt->load() < kTotal);
}
