// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cli/clirun.h"
#include "cli/serverrun.h"
#include "support/syncworld.h"
#include "support/wait.h"
#include "uifixture.h"

#include "core/services/auth.h"
#include "core/sync/replicasetup.h"
#include "core/sync/syncstate.h"

#include "core/services/records.h"
#include "core/sync/conflictlog.h"
#include "core/sync/wirevalues.h"
#include "ui/startup/translations.h"
#include "ui/sync/conflictsview.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncstatusdialog.h"
#include "ui/sync/syncstatusitem.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Voronka;
using namespace Voronka::Core;
using namespace Voronka::Core::Sync;
using Voronka::Test::SyncWorld;
using Node = SyncWorld::Node;
using Ui::SyncController;

namespace {

const QString kName = QStringLiteral("name");

// The team server in the process, reached from the sync's worker thread on a connection of
// its own to the server's file; `reachable` false answers like a network that is down.
class LocalConnector final : public Ui::SyncConnector
{
public:
    LocalConnector(const QString &serverPath, const Clock &clock, qint64 userId)
        : m_path(serverPath)
        , m_clock(clock)
        , m_user(userId)
    {
    }
    std::atomic_bool reachable = true;

    std::unique_ptr<Transport> open(Failure *failure) override
    {
        if (!reachable) {
            *failure = {0, QStringLiteral("unreachable")};
            return nullptr;
        }
        auto t = std::make_unique<Owned>();
        t->db = std::move(Database::open(m_path)).value();
        t->store = std::move(ServerStore::attach(*t->db, m_clock)).value();
        t->local = std::make_unique<LocalTransport>(*t->store, m_user);
        return t;
    }

private:
    struct Owned final : Transport
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<ServerStore> store;
        std::unique_ptr<LocalTransport> local;
        Parsed<PushResponse> push(const PushRequest &r) override { return local->push(r); }
        Parsed<PullPage> pull(qint64 since, int limit) override
        {
            return local->pull(since, limit);
        }
        Parsed<BootstrapPage> bootstrap(const QString &type, const QString &after,
                                        qint64 snapshot) override
        {
            return local->bootstrap(type, after, snapshot);
        }
    };
    QString m_path;
    const Clock &m_clock;
    qint64 m_user;
};

// English plural forms ("1 conflict", "2 conflicts") come from the English catalogue.
struct English
{
    std::unique_ptr<QTranslator> tr = Ui::Translations::catalogue(QStringLiteral("en"));
    English() { QCoreApplication::installTranslator(tr.get()); }
    ~English() { QCoreApplication::removeTranslator(tr.get()); }
};

void syncAndWait(SyncController &c)
{
    QSignalSpy done(&c, &SyncController::finished);
    c.syncNow();
    REQUIRE(c.state() == SyncController::State::Syncing);
    REQUIRE(done.wait(20000));
}

QString nameOf(Node &n, qint64 id)
{
    Query q = n.db->sql().prepare("SELECT name FROM deals WHERE id = ?1");
    q->bind(1, id);
    return q->step() ? q->text(0) : QString();
}

// A seller (an hour behind) and the admin edit one deal's name offline; the admin's later
// edit reaches the server first, so the seller's loses and is logged on the seller's side.
struct ConflictWorld
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11, -3600 * 1000);
    Node &admin = w.addReplica(w.t.adminId, 12);
    LocalConnector *connector = new LocalConnector(w.t.path(), w.t.clock, w.seller);
    SyncController controller{*seller.user, *seller.clock, QStringLiteral("local:"),
                              std::unique_ptr<Ui::SyncConnector>(connector)};
    qint64 deal = 0, adminsDeal = 0;

    ConflictWorld()
    {
        deal =
            *Records(*seller.user).create(EntityKind::Deal, {{kName, QStringLiteral("Windows")}});
        syncAndWait(controller);
        REQUIRE(admin.client->syncNow().ok());
        adminsDeal = w.replicaId(admin, EntityKind::Deal,
                                 WireValues(*seller.user).uidOf(EntityKind::Deal, deal));
        w.advance(1000);
        REQUIRE(Records(*admin.user)
                    .update(EntityKind::Deal, adminsDeal, {{kName, QStringLiteral("Admin's")}})
                    .ok());
        REQUIRE(Records(*seller.user)
                    .update(EntityKind::Deal, deal, {{kName, QStringLiteral("Seller's")}})
                    .ok());
        REQUIRE(admin.client->syncNow().ok());
        syncAndWait(controller);
    }
};

} // namespace

TEST_CASE("syncStatus_countsAndStates_followTheReplica", "[syncui]")
{
    English english;
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    auto *connector = new LocalConnector(w.t.path(), w.t.clock, w.seller);
    SyncController controller(*seller.user, *seller.clock, QStringLiteral("local:"),
                              std::unique_ptr<Ui::SyncConnector>(connector));
    Ui::SyncStatusItem item(controller);
    CHECK(item.objectName() == u"syncStatus");
    CHECK(item.text() == u"Online");

    // Two saves waiting to be sent: the item counts them, once the count is read again.
    REQUIRE(
        Records(*seller.user).create(EntityKind::Deal, {{kName, QStringLiteral("Windows")}}).ok());
    REQUIRE(
        Records(*seller.user).create(EntityKind::Deal, {{kName, QStringLiteral("Doors")}}).ok());
    controller.refreshCounts();
    CHECK(item.text() == u"Online · 2 changes to send");

    // The network is down: the changes stay and the item says so.
    connector->reachable = false;
    syncAndWait(controller);
    CHECK(controller.state() == SyncController::State::Offline);
    CHECK(item.text() == u"Offline · 2 changes to send");

    // Back online: Sync now in the details sends them; the server has both.
    connector->reachable = true;
    Ui::SyncStatusDialog details(controller);
    auto *pending = details.findChild<QLabel *>(QStringLiteral("syncStatusPending"));
    CHECK(pending->text() == u"2 changes");
    CHECK(details.findChild<QLabel *>(QStringLiteral("syncStatusLast"))->text() == u"Never");
    QSignalSpy done(&controller, &SyncController::finished);
    QTest::mouseClick(details.findChild<QPushButton *>(QStringLiteral("syncStatusSyncNow")),
                      Qt::LeftButton);
    CHECK(item.text() == u"Syncing… · 2 changes to send");
    REQUIRE(done.wait(20000));
    CHECK(controller.state() == SyncController::State::Idle);
    CHECK(item.text() == u"Online");
    CHECK(pending->text() == u"0 changes");
    CHECK(details.findChild<QLabel *>(QStringLiteral("syncStatusLast"))->text() != u"Never");
    CHECK(w.serverProjection(w.seller).filter(QStringLiteral("deal ")).size() == 2);
}

TEST_CASE("syncStatus_localSave_startsASyncOnceEditsPause", "[syncui]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    SyncController controller(*seller.user, *seller.clock, QStringLiteral("local:"),
                              std::make_unique<LocalConnector>(w.t.path(), w.t.clock, w.seller));
    QSignalSpy done(&controller, &SyncController::finished);
    REQUIRE(
        Records(*seller.user).create(EntityKind::Deal, {{kName, QStringLiteral("Windows")}}).ok());
    // The watch notices the outbox grew and the debounce starts the sync by itself.
    REQUIRE(done.wait(SyncController::kWatchMs + SyncController::kDebounceMs + 20000));
    CHECK(controller.counts().pending == 0);
    CHECK(w.serverProjection(w.seller).filter(QStringLiteral("deal ")).size() == 1);
}

TEST_CASE("conflictsView_listsTheLostEdit_andKeepMineWinsOnTheServer", "[syncui]")
{
    English english;
    ConflictWorld cw;
    CHECK(nameOf(cw.seller, cw.deal) == u"Admin's");
    Ui::SyncStatusItem item(cw.controller);
    CHECK(item.text() == u"Online · 1 conflict");

    Ui::ConflictsView view(*cw.seller.user);
    CHECK(view.objectName() == u"conflictsView");
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    REQUIRE(view.rowCount() == 1);
    CHECK(table->item(0, Ui::ConflictsView::RecordColumn)->text() == u"Deal “Admin's”");
    CHECK(table->item(0, Ui::ConflictsView::FieldColumn)->text() == u"Name");
    CHECK(table->item(0, Ui::ConflictsView::MineColumn)->text() == u"Seller's");
    CHECK(table->item(0, Ui::ConflictsView::WinningColumn)->text() == u"Admin's");

    QSignalSpy opened(&view, &Ui::ConflictsView::openRecordRequested);
    table->selectRow(0);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("conflictsOpen")),
                      Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(1).toLongLong() == cw.deal);

    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("conflictsKeepMine")),
                      Qt::LeftButton);
    CHECK(view.rowCount() == 0);
    CHECK(nameOf(cw.seller, cw.deal) == u"Seller's");
    CHECK(cw.seller.db->sql().scalar("SELECT count(*) FROM conflict_log WHERE seen = 0") == 0);
    // A new edit of the user's: it goes out with a later clock and wins on the server.
    cw.controller.refreshCounts();
    CHECK(cw.controller.counts().pending == 1);
    syncAndWait(cw.controller);
    REQUIRE(cw.admin.client->syncNow().ok());
    CHECK(nameOf(cw.admin, cw.adminsDeal) == u"Seller's");
    CHECK(item.text() == u"Online");
}

TEST_CASE("conflictsView_accept_marksTheEntrySeenAndKeepsTheWinner", "[syncui]")
{
    ConflictWorld cw;
    Ui::ConflictsView view(*cw.seller.user);
    REQUIRE(view.rowCount() == 1);
    view.findChild<QTableWidget *>(QStringLiteral("conflictsTable"))->selectRow(0);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("conflictsAccept")),
                      Qt::LeftButton);
    CHECK(view.rowCount() == 0);
    CHECK(cw.seller.db->sql().scalar("SELECT count(*) FROM conflict_log WHERE seen = 1") == 1);
    CHECK(nameOf(cw.seller, cw.deal) == u"Admin's");
    cw.controller.refreshCounts();
    CHECK(cw.controller.counts().conflicts == 0);
    CHECK(cw.controller.counts().pending == 0);
}

// Pictures of the status item, its details and the conflicts view in both languages and
// themes (run with "[.screenshots]"; VORONKA_SHOTS names the folder).
TEST_CASE("syncUi_screenshots", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("VORONKA_SHOTS", QDir::tempPath());
    QDir().mkpath(out);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")})
        for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
            // As the app does: Qt's own strings (standard buttons) in the language too.
            REQUIRE(Ui::Translations::install(*qApp, lang));
            Ui::Theme::apply(*qApp, mode);
            const QString suffix =
                QStringLiteral("%1-%2").arg(lang, mode == Ui::Theme::Mode::Dark ? "dark" : "light");
            {
                ConflictWorld cw;
                REQUIRE(Records(*cw.seller.user)
                            .update(EntityKind::Deal, cw.deal, {{QStringLiteral("budget"), 120000}})
                            .ok());
                cw.controller.refreshCounts();
                QStatusBar bar;
                bar.addPermanentWidget(new Ui::SyncStatusItem(cw.controller, &bar));
                bar.resize(520, 28);
                bar.show();
                bar.grab().save(QDir(out).filePath(QStringLiteral("sync-item-%1.png").arg(suffix)));
                Ui::SyncStatusDialog details(cw.controller);
                details.show();
                details.grab().save(
                    QDir(out).filePath(QStringLiteral("sync-details-%1.png").arg(suffix)));
                Ui::ConflictsView view(*cw.seller.user);
                view.show();
                view.findChild<QTableWidget *>()->selectRow(0);
                view.grab().save(
                    QDir(out).filePath(QStringLiteral("sync-conflicts-%1.png").arg(suffix)));
                // Offline with changes waiting.
                cw.connector->reachable = false;
                syncAndWait(cw.controller);
                bar.grab().save(
                    QDir(out).filePath(QStringLiteral("sync-item-offline-%1.png").arg(suffix)));
                details.grab().save(
                    QDir(out).filePath(QStringLiteral("sync-details-offline-%1.png").arg(suffix)));
            }
        }
    Ui::Translations::install(*qApp, QStringLiteral("en"));
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
}

namespace {

// A desktop on a replica of a real voronka-server, as MainWindow::startSync sets it up.
struct Desktop
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    std::unique_ptr<SyncController> sync;

    Desktop(Test::ServerRun &server, const QString &email, const Clock &clock)
    {
        const QString path = server.dirPath(email + QStringLiteral(".voronka"));
        const Test::CliRun connected =
            Test::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), email,
                          QStringLiteral("sync"), QStringLiteral("connect"), server.url()});
        INFO(connected.err.toStdString());
        REQUIRE(connected.code == 0);
        db = std::move(Database::open(path)).value();
        const UserInfo me = *Auth::login(*db, email, QStringLiteral("demo"));
        session = std::move(Session::start(*db, clock, me)).value();
        const QString device = ReplicaSetup::deviceIdOf(*replicaNode(*db));
        auto connector = std::make_unique<Ui::HttpConnector>(server.url(), device, email);
        connector->setPassword(QStringLiteral("demo"));
        sync =
            std::make_unique<SyncController>(*session, clock, server.url(), std::move(connector));
    }
};

} // namespace

// Two desktops online: an edit on one reaches the other through the long poll the other keeps
// waiting on the server, well before the periodic sync (20 s) would have fetched it.
TEST_CASE("syncController_longPoll_bringsAColleaguesEditWithoutWaitingForThePeriod", "[syncui]")
{
    Test::ServerRun server;
    const SystemClock clock;
    Desktop seller(server, QStringLiteral("manager1@example.com"), clock);
    Desktop head(server, QStringLiteral("head@example.com"), clock);
    for (Desktop *d : {&seller, &head}) {
        syncAndWait(*d->sync);
        REQUIRE(d->sync->state() == SyncController::State::Idle);
        REQUIRE(d->sync->waiter()); // online: a pull waits on the server
    }
    REQUIRE(server.waitForLog(QStringLiteral("GET /v1/sync/pull waits 25s"), 20000, 2));

    const qint64 mine = seller.db->sql().scalar(
        QByteArray("SELECT id FROM deals WHERE deleted = 0 AND responsible_id = " +
                   QByteArray::number(seller.session->actor().id) + " ORDER BY id LIMIT 1"));
    REQUIRE(mine > 0);
    const QString uid = WireValues(*seller.session).uidOf(EntityKind::Deal, mine);
    REQUIRE(Records(*seller.session)
                .update(EntityKind::Deal, mine, {{kName, QStringLiteral("Renamed by the seller")}})
                .ok());
    // The seller's desktop pushes once the edit pauses; the head's waiting pull returns with
    // it and a sync applies it.
    const auto headsName = [&] {
        Query q = head.db->sql().prepare("SELECT name FROM deals WHERE uid = ?1");
        q->bind(1, QByteArray::fromHex(uid.toLatin1()));
        return q->step() ? q->text(0) : QString();
    };
    REQUIRE(Test::waitUntil([&] { return headsName() == u"Renamed by the seller"; },
                            SyncController::kPeriodMs / 2));
    CHECK(seller.sync->counts().pending == 0);
    // Once it has fetched the change, it waits again.
    CHECK(Test::waitUntil([&] { return head.sync->waiter() && !head.sync->job(); }, 10000));
}
