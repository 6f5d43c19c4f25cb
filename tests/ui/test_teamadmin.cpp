// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// The administrator's day as one story across two desktops on one file: a colleague is added,
// their role narrowed to their own deals, and they are deactivated with a handover — each
// step through the Settings pages, each seen by the colleague's own window on its next poll.
#include "support/catch.h"
#include "uifixture.h"

#include "ui/lists/recordlistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/deals/dealsworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/settingswatcher.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/records.h"
#include "ui/settings/permissionflask.h"
#include "ui/settings/rolespage.h"
#include "ui/settings/userspage.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
template<typename W> W *child(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void click(QWidget *parent, const char *name)
{
    auto *b = child<QPushButton>(parent, name);
    INFO(name);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QDialog *openDialog(QWidget *page, const char *name)
{
    for (QDialog *d : page->findChildren<QDialog *>(QLatin1String(name)))
        if (d->isVisible())
            return d;
    INFO(name);
    FAIL("no open dialog");
    return nullptr;
}

void pick(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

qint64 deal(TempDb &t, const QString &name, qint64 responsible)
{
    t.clock.advance(60'000);
    Core::Result<qint64> id = Core::Records(*t.admin).create(
        Core::EntityKind::Deal, {{QStringLiteral("name"), name},
                                 {QStringLiteral("stage_id"), t.firstOpenStage()},
                                 {QStringLiteral("responsible_id"), responsible}});
    REQUIRE(id.ok());
    return *id;
}

int cliSignIn(const QString &db, const QString &email, const QString &password)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORONKA_PASSWORD"), password);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(VORONKA_CLI_PATH),
              {QStringLiteral("--db"), db, QStringLiteral("--user"), email, QStringLiteral("search"),
               QStringLiteral("deal")});
    REQUIRE(cli.waitForFinished(30'000));
    return cli.exitCode();
}
} // namespace

TEST_CASE("teamAdmin_addNarrowDeactivate_reachTheColleaguesDesktopOnItsNextPoll")
{
    UiFixture t;
    Core::Admin admin(*t.admin);
    const qint64 managers =
        *admin.createRole(QStringLiteral("Manager"), Core::RoleMatrix::filled(Core::Scope::All));
    const qint64 heir = t.addUser(QStringLiteral("heir@example.com"), managers);

    // 1. The admin adds Olga as a manager in the Users page.
    Ui::UsersPage users(*t.admin);
    users.setPasswordStrength(Core::Auth::Strength::Fast);
    users.resize(1100, 700);
    users.show();
    click(&users, "userAdd");
    QDialog *add = openDialog(&users, "userDialog");
    QTest::keyClicks(child<QLineEdit>(add, "userEmail"), QStringLiteral("olga@example.com"));
    typeText(child<QLineEdit>(add, "userName"), QStringLiteral("Ольга"));
    pick(child<QComboBox>(add, "userRole"), managers);
    QTest::keyClicks(child<QLineEdit>(add, "userPassword"), QStringLiteral("olga-pw"));
    click(add, "userSave");
    REQUIRE_FALSE(add->isVisible());
    Core::Result<Core::UserInfo> olga =
        Core::Auth::login(*t.db, QStringLiteral("olga@example.com"), QStringLiteral("olga-pw"));
    REQUIRE(olga.ok());
    const qint64 olgaOpen = deal(t, QStringLiteral("Olga's open deal"), olga->id);
    deal(t, QStringLiteral("Olga's second deal"), olga->id);
    deal(t, QStringLiteral("The heir's deal"), heir);

    // 2. Olga works on another desktop: her own connection, session and window on the file.
    Core::Result<std::unique_ptr<Core::Database>> desk = Core::Database::open(t.path());
    REQUIRE(desk.ok());
    Core::Session olgaSession(**desk, t.clock, Core::Auth::readUser(**desk, olga->id), 7);
    Ui::WorkspaceRegistry registry;
    Ui::DealsWorkspace::registerIn(registry);
    Ui::MainWindow window(olgaSession, t.clock, registry);
    window.resize(1300, 800);
    window.show();
    auto *deals = dynamic_cast<Ui::DealsWorkspace *>(window.workspace(QStringLiteral("deals")));
    REQUIRE(deals);
    deals->setMode(Ui::DealsWorkspace::Mode::List);
    Ui::RecordListModel *list = deals->list()->model();
    REQUIRE(list->isLoaded());
    CHECK(list->rowCount() == 3);

    // 3. The admin narrows the role to its own deals in the Roles page.
    Ui::RolesPage roles(*t.admin);
    roles.show();
    {
        auto *roleList = child<QListWidget>(&roles, "roleList");
        const QList<QListWidgetItem *> items =
            roleList->findItems(QStringLiteral("Manager"), Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        roleList->setCurrentItem(items.constFirst());
    }
    auto *dealView = child<Ui::PermissionFlask>(&roles, "cell_deal_view");
    QTest::keyClick(dealView, Qt::Key_1); // a flask takes its level from a digit
    REQUIRE(dealView->level() == Core::Scope::Own);
    click(&roles, "roleSave");
    REQUIRE_FALSE(roles.isDirty());

    // Olga's window learns it on its next poll (every two seconds; driven here) and her list
    // shrinks to her own deals, without a restart.
    CHECK(Ui::SettingsWatcher::kIntervalMs <= 2000);
    window.settingsWatcher()->poll();
    CHECK(list->rowCount() == 2);
    CHECK(olgaSession.principal().matrix.get(Core::PermEntity::Deal, Core::PermAction::View) ==
          Core::Scope::Own);

    // 4. Olga leaves: the admin deactivates her, handing her open deals to the heir.
    REQUIRE(users.selectUser(olga->id));
    click(&users, "userDeactivate");
    QDialog *leave = openDialog(&users, "deactivateDialog");
    pick(child<QComboBox>(leave, "handoverTo"), heir);
    click(leave, "deactivateConfirm");
    REQUIRE_FALSE(leave->isVisible());
    CHECK(Core::Records(*t.admin)
              .load(Core::EntityKind::Deal, olgaOpen)
              ->value(QStringLiteral("responsible_id"))
              .toLongLong() == heir);
    const QByteArray left =
        "SELECT count(*) FROM deals WHERE responsible_id = " + QByteArray::number(olga->id);
    CHECK(t.db->sql().scalar(left.constData()) == 0);

    // She can no longer sign in, in the app or the command line...
    CHECK(Core::Auth::login(*t.db, QStringLiteral("olga@example.com"), QStringLiteral("olga-pw"))
              .error()
              .code == Core::Error::Code::Auth);
    CHECK(cliSignIn(t.path(), QStringLiteral("heir@example.com"), QStringLiteral("pw")) == 0);
    CHECK(cliSignIn(t.path(), QStringLiteral("olga@example.com"), QStringLiteral("olga-pw")) == 2);

    // ...and the window still open on her desktop says so and closes.
    window.settingsWatcher()->poll();
    auto *told = window.findChild<QMessageBox *>(QStringLiteral("deactivatedMessage"));
    REQUIRE(told);
    CHECK(told->isVisible());
    CHECK_FALSE(window.centralWidget()->isEnabled());
    told->accept();
    CHECK_FALSE(window.isVisible());
}
