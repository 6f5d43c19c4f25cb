// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "ui/settings/permissionflask.h"
#include "ui/settings/rolespage.h"
#include "ui/startup/translations.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Voronka;
using Core::PermAction;
using Core::PermEntity;
using Core::Scope;
using Voronka::Test::UiFixture;

namespace {
// A Salesperson role that sees no deals yet, Alice and Bob with it, and deals of each.
struct RolesFixture : UiFixture
{
    qint64 sales = 0, alice = 0, bob = 0, pipeline = 0;

    RolesFixture()
    {
        Core::RoleMatrix m;
        m.set(PermEntity::Contact, PermAction::View, Scope::All);
        sales = *Core::Admin(*admin).createRole(QStringLiteral("Salesperson"), m);
        alice = addUser(QStringLiteral("alice@example.com"), sales);
        bob = addUser(QStringLiteral("bob@example.com"), sales);
        pipeline = admin->pipelines().constFirst().id;
        addDeal(QStringLiteral("Alice 1"), alice);
        addDeal(QStringLiteral("Alice 2"), alice);
        addDeal(QStringLiteral("Bob 1"), bob);
        addContact(QStringLiteral("Someone"), bob);
    }

    void addDeal(const QString &name, qint64 responsible)
    {
        clock.advance(60'000);
        const Core::Patch p{{QStringLiteral("name"), name},
                            {QStringLiteral("stage_id"), firstOpenStage()},
                            {QStringLiteral("responsible_id"), responsible}};
        REQUIRE(Core::Records(*admin).create(Core::EntityKind::Deal, p).ok());
    }

    Core::Admin::RoleInfo role(qint64 id) { return *Core::Admin(*admin).role(id); }
    QStringList roleNames()
    {
        QStringList out;
        const Core::Result<QList<Core::Admin::RoleInfo>> roles = Core::Admin(*admin).roles();
        REQUIRE(roles.ok());
        for (const Core::Admin::RoleInfo &r : roles.value())
            out << r.name;
        return out;
    }
};

template<typename T> T *child(QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QLatin1String(name));
    REQUIRE(c);
    return c;
}

void selectRole(QWidget &page, const QString &name)
{
    auto *list = child<QListWidget>(page, "roleList");
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    list->setCurrentItem(items.constFirst());
}

QString previewDeals(QWidget &page)
{
    return child<QLabel>(page, "previewDeals")->text();
}
} // namespace

TEST_CASE("rolesPage_adminsComeFirst_andTheMatrixHasAFlaskPerCell")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    auto *list = child<QListWidget>(page, "roleList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == t.role(t.admin->actor().roleId).name);
    for (const char *name : {"cell_deal_view", "cell_contact_create", "cell_company_edit",
                             "cell_task_delete", "cell_deal_export"})
        CHECK(page.findChild<Ui::PermissionFlask *>(QLatin1String(name)));
    CHECK(child<QLabel>(page, "enforcementNote")->text().contains(QStringLiteral("team server")));
}

TEST_CASE("rolesPage_clickDealViewToOwn_isADraftThePreviewCountsUntilSaveWritesIt")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    selectRole(page, QStringLiteral("Salesperson"));
    CHECK(child<QComboBox>(page, "previewUser")->currentData().toLongLong() == t.alice);
    REQUIRE(page.waitForPreview());
    CHECK(previewDeals(page) == QStringLiteral("0"));

    auto *cell = child<Ui::PermissionFlask>(page, "cell_deal_view");
    QTest::mouseClick(cell, Qt::LeftButton);
    CHECK(cell->level() == Scope::Own);
    CHECK(page.isDirty());
    CHECK(child<QLabel>(page, "matrixExplanation")->text().contains(QStringLiteral("responsible")));
    // The preview follows the draft on a short timer; nothing is written yet.
    CHECK(child<QTimer>(page, "previewTimer")->isActive());
    page.updatePreview();
    REQUIRE(page.waitForPreview());
    CHECK(previewDeals(page) == QStringLiteral("2"));
    CHECK(t.role(t.sales).matrix.get(PermEntity::Deal, PermAction::View) == Scope::None);
    // Another click: department (no department: own), then all, as a flask fills.
    QTest::mouseClick(cell, Qt::LeftButton);
    QTest::mouseClick(cell, Qt::LeftButton);
    page.updatePreview();
    REQUIRE(page.waitForPreview());
    CHECK(previewDeals(page) == QStringLiteral("3"));
    QTest::keyClick(cell, Qt::Key_Down);
    QTest::keyClick(cell, Qt::Key_Down);
    CHECK(cell->level() == Scope::Own);
    QApplication::setActiveWindow(&page);
    cell->setFocus();
    QTest::keyClick(cell, Qt::Key_Right);
    CHECK(QApplication::focusWidget() == child<Ui::PermissionFlask>(page, "cell_deal_create"));

    QTest::mouseClick(child<QPushButton>(page, "roleSave"), Qt::LeftButton);
    CHECK_FALSE(page.isDirty());
    CHECK(t.role(t.sales).matrix.get(PermEntity::Deal, PermAction::View) == Scope::Own);
    CHECK(t.role(t.sales).matrix.get(PermEntity::Contact, PermAction::View) == Scope::All);

    auto *undo = child<QPushButton>(page, "rolesUndo");
    REQUIRE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(t.role(t.sales).matrix.get(PermEntity::Deal, PermAction::View) == Scope::None);
    CHECK(cell->level() == Scope::None);
    QTest::mouseClick(child<QPushButton>(page, "rolesRedo"), Qt::LeftButton);
    CHECK(t.role(t.sales).matrix.get(PermEntity::Deal, PermAction::View) == Scope::Own);
    CHECK(cell->level() == Scope::Own);
}

TEST_CASE("rolesPage_revert_discardsTheDraft")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    selectRole(page, QStringLiteral("Salesperson"));
    auto *cell = child<Ui::PermissionFlask>(page, "cell_task_edit");
    QTest::mouseClick(cell, Qt::LeftButton);
    CHECK(page.isDirty());
    QTest::mouseClick(child<QPushButton>(page, "roleRevert"), Qt::LeftButton);
    CHECK_FALSE(page.isDirty());
    CHECK(cell->level() == Scope::None);
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE("rolesPage_hidePipelineAndOptions_savedAsCaps")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    selectRole(page, QStringLiteral("Salesperson"));
    auto *cell = child<Ui::PermissionFlask>(page, "cell_deal_view");
    cell->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(cell, Qt::Key_Up);
    REQUIRE(cell->level() == Scope::All);
    auto *cap = page.findChild<QComboBox *>(QStringLiteral("pipelineCap_%1").arg(t.pipeline));
    REQUIRE(cap);
    cap->setCurrentIndex(cap->findData(int(Scope::None)));
    child<QComboBox>(page, "analyticsScope")->setCurrentIndex(3);
    QTest::mouseClick(child<QCheckBox>(page, "canImport"), Qt::LeftButton);
    page.updatePreview();
    REQUIRE(page.waitForPreview());
    CHECK(previewDeals(page) == QStringLiteral("0")); // hidden beats the matrix's "all"
    QTest::mouseClick(child<QPushButton>(page, "roleSave"), Qt::LeftButton);

    const Core::Admin::RoleOptions saved = t.role(t.sales).options;
    CHECK(saved.pipelineCaps.value(t.pipeline, Scope::All) == Scope::None);
    CHECK(saved.analytics == Scope::All);
    CHECK(saved.canImport);
    page.undoStack()->undo();
    CHECK(t.role(t.sales).options.pipelineCaps.isEmpty());
    CHECK(cap->currentIndex() == 0);
}

TEST_CASE("rolesPage_administrator_greysTheMatrixOut")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    selectRole(page, QStringLiteral("Salesperson"));
    auto *cell = child<Ui::PermissionFlask>(page, "cell_deal_view");
    CHECK(cell->isEnabled());
    QTest::mouseClick(child<QCheckBox>(page, "roleAdmin"), Qt::LeftButton);
    CHECK_FALSE(cell->isEnabled());
    page.updatePreview();
    REQUIRE(page.waitForPreview());
    CHECK(previewDeals(page) == QStringLiteral("3"));
    QTest::mouseClick(child<QPushButton>(page, "roleSave"), Qt::LeftButton);
    CHECK(t.role(t.sales).admin);
    // Saved as an administrator role, it moves to the top of the list.
    CHECK(child<QListWidget>(page, "roleList")->item(0)->text() != QStringLiteral("Salesperson"));
    CHECK(page.currentRoleId() == t.sales);
}

TEST_CASE("rolesPage_renameAndClone_areUndoable")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    selectRole(page, QStringLiteral("Salesperson"));
    auto *list = child<QListWidget>(page, "roleList");
    list->currentItem()->setText(QStringLiteral("Closer"));
    CHECK(t.role(t.sales).name == QStringLiteral("Closer"));

    QTest::mouseClick(child<QPushButton>(page, "roleClone"), Qt::LeftButton);
    CHECK(t.roleNames().contains(QStringLiteral("Closer (copy)")));
    const qint64 copy = page.currentRoleId();
    CHECK(copy != t.sales);
    CHECK(t.role(copy).matrix == t.role(t.sales).matrix);

    page.undoStack()->undo(); // the clone
    CHECK_FALSE(t.roleNames().contains(QStringLiteral("Closer (copy)")));
    page.undoStack()->undo(); // the rename
    CHECK(t.role(t.sales).name == QStringLiteral("Salesperson"));
    CHECK(list->findItems(QStringLiteral("Salesperson"), Qt::MatchExactly).size() == 1);
    page.undoStack()->redo();
    page.undoStack()->redo();
    CHECK(t.roleNames().contains(QStringLiteral("Closer (copy)")));
}

TEST_CASE("rolesPage_refusedRename_isShownAndLeavesNothingToUndo")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    selectRole(page, QStringLiteral("Salesperson"));
    const QString adminRole = t.role(t.admin->actor().roleId).name;
    child<QListWidget>(page, "roleList")->currentItem()->setText(adminRole);
    CHECK(t.role(t.sales).name == QStringLiteral("Salesperson"));
    CHECK(child<QLabel>(page, "rolesMessage")->isVisible());
    CHECK(page.undoStack()->count() == 0);
    CHECK(child<QListWidget>(page, "roleList")->currentItem()->text() ==
          QStringLiteral("Salesperson"));
}

TEST_CASE("rolesPage_add_thenDeleteMovesUsersToTheChosenRole")
{
    RolesFixture t;
    Ui::RolesPage page(*t.admin);
    page.show();
    QTest::mouseClick(child<QPushButton>(page, "roleAdd"), Qt::LeftButton);
    CHECK(t.roleNames().contains(QStringLiteral("New role")));
    const qint64 fresh = page.currentRoleId();
    CHECK(t.role(fresh).matrix.get(PermEntity::Deal, PermAction::View) == Scope::Own);

    selectRole(page, QStringLiteral("Salesperson"));
    bool asked = false;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        asked = dialog->objectName() == u"roleDeleteDialog";
        auto *moveTo = dialog->findChild<QComboBox *>(QStringLiteral("roleMoveTo"));
        moveTo->setCurrentIndex(moveTo->findData(fresh));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(page, "roleDelete"), Qt::LeftButton);
    CHECK(asked);
    CHECK_FALSE(t.roleNames().contains(QStringLiteral("Salesperson")));
    CHECK(Core::Admin(*t.admin).role(fresh)->users == 2);
    CHECK(page.currentRoleId() == fresh);
}

TEST_CASE("rolesPage_fitsTheSettingsSectionOfA1440pxWindow_inEnglishAndRussian")
{
    // At 1440 × 900 the Settings section leaves its pages about 975 px: the page must not ask
    // for more, or it scrolls sideways and Save is cut off.
    RolesFixture t;
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")}) {
        std::unique_ptr<QTranslator> tr = Ui::Translations::catalogue(lang);
        if (tr)
            QCoreApplication::installTranslator(tr.get());
        QWidget stack; // the section's stack, whose rules style the page's buttons
        stack.setObjectName(QStringLiteral("settingsStack"));
        auto *page = new Ui::RolesPage(*t.admin, &stack);
        stack.show();
        INFO(lang.toStdString() << ": " << page->minimumSizeHint().width() << " px");
        CHECK(page->minimumSizeHint().width() <= 960);
        QCoreApplication::removeTranslator(tr.get());
    }
}

TEST_CASE("rolesPage_screenshots", "[.screenshot]")
{
    // VORONKA_SCREENSHOT_DB: a demo file ("voronka-cli --db F demo --size small") to draw;
    // without it, the fixture's two roles.
    const QString demo = qEnvironmentVariable("VORONKA_SCREENSHOT_DB");
    RolesFixture t;
    std::unique_ptr<Core::Database> db;
    std::unique_ptr<Core::Session> session;
    if (!demo.isEmpty()) {
        db = std::move(Core::Database::open(demo)).value();
        session = std::make_unique<Core::Session>(*db, t.clock, Core::Auth::readUser(*db, 1));
    }
    Core::Session &s = session ? *session : *t.admin;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")}) {
        std::unique_ptr<QTranslator> tr = Ui::Translations::catalogue(lang);
        if (tr)
            QCoreApplication::installTranslator(tr.get());
        for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
            Ui::Theme::apply(*qApp, mode);
            Ui::RolesPage page(s);
            page.resize(1440, 900);
            page.show();
            auto *list = child<QListWidget>(page, "roleList");
            list->setCurrentRow(std::min(1, list->count() - 1));
            auto *cell = child<Ui::PermissionFlask>(page, "cell_deal_view");
            cell->setFocus();
            QTest::keyClick(cell, Qt::Key_Down);
            page.updatePreview();
    REQUIRE(page.waitForPreview());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            page.grab().save(QStringLiteral("/tmp/roles-%1-%2.png")
                                 .arg(lang, mode == Ui::Theme::Mode::Dark ? u"dark" : u"light"));
        }
        QCoreApplication::removeTranslator(tr.get());
    }
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
}
