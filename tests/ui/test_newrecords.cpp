// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "core/permissions/permissions.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "ui/cards/cardeditor.h"
#include "ui/cards/cardhost.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
struct Window
{
    explicit Window(UiFixture &t, Core::Session &session)
        : registry(make())
        , w(session, t.clock, registry)
    {
        w.resize(1400, 860);
        w.show();
        ok = Test::waitActive(&w);
    }
    static Ui::WorkspaceRegistry make()
    {
        Ui::WorkspaceRegistry r;
        Ui::RecordListWorkspace::registerIn(r);
        return r;
    }
    Ui::WorkspaceRegistry registry;
    Ui::MainWindow w;
    bool ok = false;
};

Core::Record load(UiFixture &t, Core::EntityKind kind, qint64 id)
{
    return *Core::Records(*t.admin).load(kind, id);
}
} // namespace

TEST_CASE("newContact_theButtonOpensAnEmptyCardWhoseSaveCreatesTheContactAsOneUndoStep")
{
    UiFixture t;
    Window win(t, *t.admin);
    REQUIRE(win.ok);
    REQUIRE(win.w.showSection(QStringLiteral("contacts")));
    auto *button = win.w.findChild<QPushButton *>(QStringLiteral("contactsNew"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    CHECK(button->text() == QStringLiteral("New contact"));
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(win.w.cards()->cards().size() == 1);
    Ui::CardEditor *card = win.w.cards()->cards().first();
    CHECK(card->isNew());
    CHECK(card->kind() == Core::EntityKind::Contact);
    CHECK(win.w.cards()->tabs()->tabText(0) == QStringLiteral("New contact"));
    auto *name = card->findChild<QLineEdit *>(QStringLiteral("cardName"));
    REQUIRE(name);
    CHECK(name->text().isEmpty());
    // The timeline waits for the record.
    CHECK(card->findChild<QWidget *>(QStringLiteral("cardTimeline"))->isHidden());

    Test::typeText(name, QStringLiteral("Анна Смирнова"));
    auto *save = card->findChild<QPushButton *>(QStringLiteral("cardSave"));
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const qint64 id = card->recordId();
    REQUIRE(id != 0);
    CHECK_FALSE(card->isModified());
    CHECK(card->findChild<QWidget *>(QStringLiteral("cardTimeline"))->isVisibleTo(card));
    Core::Record r = load(t, Core::EntityKind::Contact, id);
    CHECK(r.value(QStringLiteral("name")).toString() == QStringLiteral("Анна Смирнова"));
    CHECK(r.value(QStringLiteral("responsible_id")).toLongLong() == t.adminId);
    CHECK(win.w.cards()->tabs()->tabText(0) == QStringLiteral("Анна Смирнова"));
    // The list shows it.
    auto *view = win.w.findChild<Ui::RecordListView *>(QStringLiteral("contactsView"));
    REQUIRE(view);
    CHECK(view->model()->rowOf(id) >= 0);

    // One step: undo moves it to the recycle bin, redo brings it back.
    REQUIRE(card->undoStack()->count() == 1);
    CHECK(card->undoStack()->undoText() == QStringLiteral("New contact «Анна Смирнова»"));
    card->undoStack()->undo();
    CHECK(load(t, Core::EntityKind::Contact, id).value(QStringLiteral("deleted")).toBool());
    card->undoStack()->redo();
    CHECK_FALSE(load(t, Core::EntityKind::Contact, id).value(QStringLiteral("deleted")).toBool());
    // The next New opens another empty card.
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(win.w.cards()->cards().size() == 2);
}

TEST_CASE("newCompany_ctrlNInTheCompaniesSectionOpensAnEmptyCompanyCard_aNamelessOneIsRefused")
{
    UiFixture t;
    Window win(t, *t.admin);
    REQUIRE(win.ok);
    REQUIRE(win.w.showSection(QStringLiteral("companies")));
    auto *view = win.w.findChild<Ui::RecordListView *>(QStringLiteral("companiesView"));
    REQUIRE(view);
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(win.w.cards()->cards().size() == 1);
    Ui::CardEditor *card = win.w.cards()->cards().first();
    CHECK(card->isNew());
    CHECK(card->kind() == Core::EntityKind::Company);
    // Saved without a name: core's message stands beside the name and nothing is created.
    auto *tags = card->findChild<QLineEdit *>(QStringLiteral("cardTags"));
    REQUIRE(tags);
    Test::typeText(tags, QStringLiteral("vip"));
    CHECK_FALSE(card->save());
    CHECK(card->isNew());
    auto *error = card->findChild<QWidget *>(QStringLiteral("cardError_name"));
    REQUIRE(error);
    CHECK(error->isVisibleTo(card));
    Test::typeText(card->findChild<QLineEdit *>(QStringLiteral("cardName")),
                   QStringLiteral("Ромашка"));
    REQUIRE(card->save());
    const Core::Record r = load(t, Core::EntityKind::Company, card->recordId());
    CHECK(r.value(QStringLiteral("name")).toString() == QStringLiteral("Ромашка"));
    CHECK(r.value(QStringLiteral("tags")).toStringList() == QStringList{QStringLiteral("vip")});
}

TEST_CASE("newContact_isDisabledWithTheReasonWithoutTheCreateRight")
{
    UiFixture t;
    Core::RoleMatrix m = Core::RoleMatrix::filled(Core::Scope::Own);
    m.set(Core::PermEntity::Contact, Core::PermAction::Create, Core::Scope::None);
    const qint64 role = *Core::Admin(*t.admin).createRole(QStringLiteral("Viewer"), m);
    auto viewer = t.sessionFor(t.addUser(QStringLiteral("v@example.com"), role));
    Ui::RecordListView contacts(*viewer, Core::EntityKind::Contact);
    auto *button = contacts.findChild<QPushButton *>(QStringLiteral("contactsNew"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip() == QStringLiteral("Your role does not let you create contacts."));
    CHECK_FALSE(contacts.requestNew());
    // Companies stay creatable for this role.
    Ui::RecordListView companies(*viewer, Core::EntityKind::Company);
    auto *company = companies.findChild<QPushButton *>(QStringLiteral("companiesNew"));
    REQUIRE(company);
    CHECK(company->isEnabled());
}
