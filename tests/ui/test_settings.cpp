// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/records.h"
#include "ui/settings/departmentspage.h"
#include "ui/settings/generalpage.h"
#include "ui/settings/profilepage.h"
#include "ui/settings/settingspages.h"
#include "ui/settings/settingsview.h"
#include "ui/settings/settingsworkspace.h"
#include "ui/settings/usersmodel.h"
#include "ui/settings/userspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

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

void pick(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

qint64 responsibleOf(UiFixture &t, Core::EntityKind kind, qint64 id)
{
    Core::Result<Core::Record> r = Core::Records(*t.admin).load(kind, id);
    REQUIRE(r.ok());
    return r->value(QStringLiteral("responsible_id")).toLongLong();
}

// The open dialog of that name, made by the page (open(), not exec()).
QDialog *dialog(QWidget *page, const char *name)
{
    QDialog *d = nullptr;
    const QList<QDialog *> all = page->findChildren<QDialog *>(QLatin1String(name));
    for (QDialog *c : all)
        if (c->isVisible())
            d = c;
    INFO(name);
    REQUIRE(d);
    return d;
}

struct Team
{
    qint64 manager = 0;
    qint64 sales = 0;
};

Team makeTeam(UiFixture &t)
{
    Core::Admin admin(*t.admin);
    Team team;
    team.manager =
        *admin.createRole(QStringLiteral("Manager"), Core::RoleMatrix::filled(Core::Scope::Own));
    team.sales = *admin.createDepartment(QStringLiteral("Sales"));
    return team;
}

QList<Core::Admin::DepartmentInfo> departmentsOf(UiFixture &t)
{
    Core::Result<QList<Core::Admin::DepartmentInfo>> deps = Core::Admin(*t.admin).departments();
    REQUIRE(deps.ok());
    return *deps;
}
} // namespace

TEST_CASE("settingsUsers_addEditDeactivateWithHandover_undoRestoresBoth")
{
    UiFixture t;
    const Team team = makeTeam(t);
    Ui::UsersPage page(*t.admin);
    page.setPasswordStrength(Core::Auth::Strength::Fast);
    page.resize(1100, 700);
    page.show();

    // Add through the dialog, with a generated password shown once.
    click(&page, "userAdd");
    QDialog *add = dialog(&page, "userDialog");
    QTest::keyClicks(child<QLineEdit>(add, "userEmail"), QStringLiteral("olga@example.com"));
    typeText(child<QLineEdit>(add, "userName"), QStringLiteral("Ольга Соколова"));
    pick(child<QComboBox>(add, "userRole"), team.manager);
    pick(child<QComboBox>(add, "userDepartment"), team.sales);
    click(add, "userPasswordGenerate");
    CHECK(child<QPushButton>(add, "userPasswordCopy")->isVisible());
    add->grab().save(QDir::temp().filePath(QStringLiteral("voronka-settings-add-user.png")));
    const QString password = child<QLineEdit>(add, "userPassword")->text();
    REQUIRE(password.size() >= 8);
    click(add, "userSave");
    INFO(child<QLabel>(add, "userError")->text().toStdString());
    CHECK_FALSE(add->isVisible());

    Core::Result<Core::UserInfo> olga =
        Core::Auth::login(*t.db, QStringLiteral("olga@example.com"), password);
    REQUIRE(olga.ok());
    CHECK(olga->name == QStringLiteral("Ольга Соколова"));
    CHECK(olga->roleId == team.manager);
    CHECK(olga->departmentId == team.sales);
    const qint64 id = olga->id;

    // Edit: a new name.
    REQUIRE(page.selectUser(id));
    click(&page, "userEdit");
    QDialog *edit = dialog(&page, "userDialog");
    auto *name = child<QLineEdit>(edit, "userName");
    name->clear();
    typeText(name, QStringLiteral("Olga Sokolova"));
    click(edit, "userSave");
    CHECK(Core::Auth::readUser(*t.db, id).name == QStringLiteral("Olga Sokolova"));

    // Her open records, then deactivation handing them to the admin.
    const qint64 contact = t.addContact(QStringLiteral("Client"), id);
    const qint64 deal = *Core::Records(*t.admin).create(
        Core::EntityKind::Deal,
        {{QStringLiteral("name"), QStringLiteral("Deal")}, {QStringLiteral("responsible_id"), id}});
    REQUIRE(page.selectUser(id));
    click(&page, "userDeactivate");
    QDialog *deactivate = dialog(&page, "deactivateDialog");
    CHECK(child<QLabel>(deactivate, "handoverDeals")->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(deactivate, "handoverContacts")->text() == QStringLiteral("1"));
    auto *to = child<QComboBox>(deactivate, "handoverTo");
    CHECK(to->findData(id) < 0); // not to herself
    deactivate->grab().save(
        QDir::temp().filePath(QStringLiteral("voronka-settings-deactivate.png")));
    pick(to, t.adminId);
    click(deactivate, "deactivateConfirm");

    CHECK_FALSE(Core::Auth::readUser(*t.db, id).active);
    CHECK(responsibleOf(t, Core::EntityKind::Deal, deal) == t.adminId);
    CHECK(responsibleOf(t, Core::EntityKind::Contact, contact) == t.adminId);
    CHECK_FALSE(Core::Auth::login(*t.db, QStringLiteral("olga@example.com"), password).ok());
    CHECK(child<QPushButton>(&page, "userReactivate")->isVisible());

    // Undo: active again with her records back; undo again: her old name.
    click(&page, "usersUndo");
    CHECK(Core::Auth::readUser(*t.db, id).active);
    CHECK(responsibleOf(t, Core::EntityKind::Deal, deal) == id);
    CHECK(responsibleOf(t, Core::EntityKind::Contact, contact) == id);
    CHECK(Core::Auth::login(*t.db, QStringLiteral("olga@example.com"), password).ok());
    page.activateWindow();
    REQUIRE(Test::waitActive(&page));
    QTest::keyClick(child<QTableView>(&page, "usersTable"), Qt::Key_Z, Qt::ControlModifier);
    CHECK(Core::Auth::readUser(*t.db, id).name == QStringLiteral("Ольга Соколова"));
    // Redo brings the deactivation's step back in order: first the name.
    click(&page, "usersRedo");
    CHECK(Core::Auth::readUser(*t.db, id).name == QStringLiteral("Olga Sokolova"));
}

TEST_CASE("settingsUsers_lastAdmin_deactivateDisabledWithReason")
{
    UiFixture t;
    const Team team = makeTeam(t);
    const qint64 other = t.addUser(QStringLiteral("ivan@example.com"), team.manager);
    Ui::UsersPage page(*t.admin);
    page.show();
    auto *deactivate = child<QPushButton>(&page, "userDeactivate");
    auto *guard = child<QLabel>(&page, "userGuard");

    REQUIRE(page.selectUser(t.adminId));
    CHECK_FALSE(deactivate->isEnabled());
    CHECK(guard->isVisible());
    CHECK(guard->text().contains(QStringLiteral("last active administrator")));
    CHECK(deactivate->toolTip() == guard->text());

    REQUIRE(page.selectUser(other));
    CHECK(deactivate->isEnabled());
    CHECK_FALSE(guard->isVisible());
}

TEST_CASE("settingsUsers_searchFiltersByNameOrEmail")
{
    UiFixture t;
    const Team team = makeTeam(t);
    t.addUser(QStringLiteral("ivan@example.com"), team.manager);
    t.addUser(QStringLiteral("olga@corp.org"), team.manager);
    Ui::UsersPage page(*t.admin);
    page.show();
    auto *table = child<QTableView>(&page, "usersTable");
    CHECK(table->model()->rowCount() == 3);
    QTest::keyClicks(child<QLineEdit>(&page, "userSearch"), QStringLiteral("CORP"));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, Ui::UsersModel::Email).data().toString() ==
          QStringLiteral("olga@corp.org"));
}

TEST_CASE("settingsView_nonAdmin_seesOnlyMyProfile")
{
    UiFixture t;
    const Team team = makeTeam(t);
    const qint64 ivan = t.addUser(QStringLiteral("ivan@example.com"), team.manager);
    auto session = t.sessionFor(ivan);
    Ui::SettingsView view(*session);
    auto *pages = child<QListWidget>(&view, "settingsPages");
    REQUIRE(pages->count() == 1);
    CHECK(pages->item(0)->data(Qt::UserRole).toString() == QStringLiteral("profile"));
    CHECK_FALSE(view.showPage(QStringLiteral("users")));
    CHECK(view.findChild<Ui::UsersPage *>() == nullptr);

    Ui::SettingsView adminView(*t.admin);
    CHECK(child<QListWidget>(&adminView, "settingsPages")->count() == Ui::SettingsPages::all().size());
    CHECK(adminView.showPage(QStringLiteral("users")));
    CHECK(adminView.findChild<Ui::UsersPage *>() != nullptr);
}

TEST_CASE("mainWindow_sectionSlashPage_opensTheSettingsPage")
{
    UiFixture t;
    Ui::WorkspaceRegistry registry;
    Ui::SettingsWorkspace::registerIn(registry);
    Ui::MainWindow w(*t.admin, t.clock, registry);
    CHECK(w.showSection(QStringLiteral("settings/departments")));
    REQUIRE(w.currentWorkspace());
    CHECK(w.currentWorkspace()->id() == QStringLiteral("settings"));
    auto *view = w.findChild<Ui::SettingsView *>();
    REQUIRE(view);
    CHECK(view->currentPage() == QStringLiteral("departments"));
    CHECK_FALSE(w.showSection(QStringLiteral("settings/nowhere")));
}

TEST_CASE("settingsMenu_listsThePagesTheUserMayOpen_andOpensThem")
{
    UiFixture t;
    const Team team = makeTeam(t);
    Ui::WorkspaceRegistry registry;
    Ui::SettingsWorkspace::registerIn(registry);
    Ui::MainWindow w(*t.admin, t.clock, registry);
    auto *users = w.findChild<QAction *>(QStringLiteral("actionSettings_users"));
    REQUIRE(users);
    users->trigger();
    REQUIRE(w.findChild<Ui::SettingsView *>());
    CHECK(w.findChild<Ui::SettingsView *>()->currentPage() == QStringLiteral("users"));

    auto manager = t.sessionFor(t.addUser(QStringLiteral("m@example.com"), team.manager));
    Ui::MainWindow mw(*manager, t.clock, registry);
    CHECK(mw.findChild<QAction *>(QStringLiteral("actionSettings_profile")));
    CHECK_FALSE(mw.findChild<QAction *>(QStringLiteral("actionSettings_users")));
}

TEST_CASE("settingsView_changeOnAnotherDesktop_refreshesTheOpenPage")
{
    UiFixture t;
    const Team team = makeTeam(t);
    Ui::SettingsView view(*t.admin);
    REQUIRE(view.showPage(QStringLiteral("users")));
    auto *table = child<QTableView>(&view, "usersTable");
    const int before = table->model()->rowCount();

    // Another administrator's desktop adds a colleague on its own connection.
    Core::Result<std::unique_ptr<Core::Database>> other = Core::Database::open(t.path());
    REQUIRE(other.ok());
    Core::Session desk(**other, t.clock, Core::Auth::readUser(**other, t.adminId), 9);
    REQUIRE(Core::Admin(desk)
                .createUser(QStringLiteral("new@example.com"), QStringLiteral("New"),
                            Core::Auth::hashPassword(QStringLiteral("pw"), Core::Auth::Strength::Fast),
                            team.manager, 0)
                .ok());
    REQUIRE(t.admin->refreshIfStale());
    view.settingsChanged();
    CHECK(table->model()->rowCount() == before + 1);
}

TEST_CASE("settingsProfile_saveAndPasswordChange_applyAndUndo")
{
    UiFixture t;
    const Team team = makeTeam(t);
    const qint64 ivan = t.addUser(QStringLiteral("ivan@example.com"), team.manager);
    auto session = t.sessionFor(ivan);
    Ui::ProfilePage page(*session);
    page.setPasswordStrength(Core::Auth::Strength::Fast);
    page.show();

    auto *name = child<QLineEdit>(&page, "profileName");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ivan Petrov"));
    child<QSpinBox>(&page, "profileReminderLead")->setValue(30);
    auto *language = child<QComboBox>(&page, "profileLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    click(&page, "profileSave");
    // A fresh session reads the profile columns from the file.
    const auto profileOf = [&t, ivan] {
        return t.sessionFor(ivan)->user(ivan);
    };
    Core::UserInfo saved = profileOf();
    CHECK(saved.name == QStringLiteral("Ivan Petrov"));
    CHECK(saved.reminderLeadMin == 30);
    CHECK(saved.language == QStringLiteral("en"));
    CHECK(child<QLabel>(&page, "profileMessage")->text().contains(QStringLiteral("next time")));

    // An empty name is refused, naming the field; nothing changes.
    name->clear();
    click(&page, "profileSave");
    CHECK(child<QLabel>(&page, "profileMessage")->text().contains(QStringLiteral("name")));
    CHECK(profileOf().name == QStringLiteral("Ivan Petrov"));

    click(&page, "profileUndo");
    saved = profileOf();
    CHECK(saved.name == QStringLiteral("ivan"));
    CHECK(saved.reminderLeadMin == 15);
    CHECK(name->text() == QStringLiteral("ivan"));

    // The password: the two new ones must agree, then the old one stops working.
    QTest::keyClicks(child<QLineEdit>(&page, "profileOldPassword"), QStringLiteral("pw"));
    QTest::keyClicks(child<QLineEdit>(&page, "profileNewPassword"), QStringLiteral("s3cret!"));
    QTest::keyClicks(child<QLineEdit>(&page, "profileRepeatPassword"), QStringLiteral("s3cret?"));
    click(&page, "profileChangePassword");
    CHECK(child<QLabel>(&page, "profileMessage")->text().contains(QStringLiteral("Repeat")));
    auto *repeat = child<QLineEdit>(&page, "profileRepeatPassword");
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("s3cret!"));
    click(&page, "profileChangePassword");
    CHECK(Core::Auth::login(*t.db, QStringLiteral("ivan@example.com"), QStringLiteral("s3cret!"))
              .ok());
    CHECK_FALSE(
        Core::Auth::login(*t.db, QStringLiteral("ivan@example.com"), QStringLiteral("pw")).ok());
}

TEST_CASE("settingsGeneral_saveValidatedAndUndone")
{
    UiFixture t;
    Ui::GeneralPage page(*t.admin);
    page.show();
    QTest::keyClicks(child<QLineEdit>(&page, "generalCompany"), QStringLiteral("Acme"));
    auto *currency = child<QComboBox>(&page, "generalCurrency");
    currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
    auto *zone = child<QComboBox>(&page, "generalTimeZone");
    zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Moscow")));
    click(&page, "generalSave");
    Core::Admin::General g = Core::Admin::general(*t.db);
    CHECK(g.companyName == QStringLiteral("Acme"));
    CHECK(g.currency == QStringLiteral("EUR"));
    CHECK(g.timeZone == QStringLiteral("Europe/Moscow"));

    // A working day ending before it starts is refused with core's message; nothing changes.
    child<QTimeEdit>(&page, "generalWorkEnd")->setTime(QTime(8, 0));
    click(&page, "generalSave");
    CHECK(child<QLabel>(&page, "generalMessage")->text().contains(QStringLiteral("working day")));
    CHECK(Core::Admin::general(*t.db).workEndMin == 18 * 60);

    click(&page, "generalUndo");
    g = Core::Admin::general(*t.db);
    CHECK(g.companyName.isEmpty());
    CHECK(g.currency == QStringLiteral("RUB"));
    CHECK(child<QLineEdit>(&page, "generalCompany")->text().isEmpty());
}

TEST_CASE("settingsGeneral_sharedFileSwitch_makesTheNextOpenShared")
{
    UiFixture t;
    Ui::GeneralPage page(*t.admin);
    page.show();
    auto *shared = child<QCheckBox>(&page, "generalSharedFile");
    CHECK_FALSE(shared->isChecked());
    shared->setChecked(true);
    click(&page, "generalSave");
    CHECK(Core::Admin::general(*t.db).sharedFile);
    CHECK(t.db->setting(QLatin1String(Core::Database::kSharedFileSetting)).toInt() == 1);
    CHECK_FALSE(t.db->shared()); // the open file keeps its mode until it is opened again
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    CHECK(Core::Database::open(path).value()->shared());
}

TEST_CASE("settingsDepartments_addRenameDeleteMovingMembers_undoEach")
{
    UiFixture t;
    const Team team = makeTeam(t);
    const qint64 ivan = t.addUser(QStringLiteral("ivan@example.com"), team.manager, team.sales);
    Ui::DepartmentsPage page(*t.admin);
    page.show();
    auto *list = child<QTreeWidget>(&page, "departmentsList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("1"));

    QTest::keyClicks(child<QLineEdit>(&page, "departmentName"), QStringLiteral("Support"));
    click(&page, "departmentAdd");
    REQUIRE(list->topLevelItemCount() == 2);
    const auto departments = [&t]() -> QStringList {
        QStringList names;
        const QList<Core::Admin::DepartmentInfo> deps = departmentsOf(t);
        for (const auto &d : deps)
            names << d.name;
        return names;
    };
    CHECK(departments() == QStringList{QStringLiteral("Sales"), QStringLiteral("Support")});

    // Rename in place.
    list->setCurrentItem(list->topLevelItem(0)); // Sales
    list->topLevelItem(0)->setText(0, QStringLiteral("Sales Moscow"));
    CHECK(departments().contains(QStringLiteral("Sales Moscow")));

    // Delete Sales Moscow, its member moving to Support; undo brings both back.
    list->setCurrentItem(list->topLevelItem(0));
    click(&page, "departmentDelete");
    QDialog *ask = dialog(&page, "departmentDeleteDialog");
    auto *moveTo = child<QComboBox>(ask, "departmentMoveTo");
    moveTo->setCurrentIndex(moveTo->findText(QStringLiteral("Support")));
    click(ask, "departmentDeleteConfirm");
    CHECK(departments() == QStringList{QStringLiteral("Support")});
    CHECK(t.admin->user(ivan).departmentId != 0);

    click(&page, "departmentsUndo");
    CHECK(departments() == QStringList{QStringLiteral("Sales Moscow"), QStringLiteral("Support")});
    const qint64 back = t.admin->user(ivan).departmentId;
    QString backName;
    const QList<Core::Admin::DepartmentInfo> deps = departmentsOf(t);
    for (const auto &d : deps)
        if (d.id == back)
            backName = d.name;
    CHECK(backName == QStringLiteral("Sales Moscow"));
    click(&page, "departmentsUndo");
    CHECK(departments().contains(QStringLiteral("Sales")));
    click(&page, "departmentsUndo");
    CHECK(departments() == QStringList{QStringLiteral("Sales")});
}

TEST_CASE("usersModel_passesTheModelTester")
{
    UiFixture t;
    const Team team = makeTeam(t);
    t.addUser(QStringLiteral("ivan@example.com"), team.manager, team.sales);
    Ui::UsersModel model(*t.admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(model.rowCount() == 2);
    const int ivan = model.rowOf(t.admin->activeUsersByName().last().id);
    CHECK(ivan >= 0);
    CHECK(model.index(model.rowOf(t.adminId), Ui::UsersModel::Role).data().toString() ==
          QStringLiteral("Administrator"));
    CHECK(model.index(model.rowOf(t.adminId), Ui::UsersModel::LastSignIn).data().toString() ==
          QStringLiteral("Never"));
    model.reload();
    CHECK(model.rowCount() == 2);
}
