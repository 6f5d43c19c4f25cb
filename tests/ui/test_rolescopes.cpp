// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "core/permissions/permissions.h"
#include "core/services/admin.h"
#include "ui/board/boardview.h"
#include "ui/calendar/calendarview.h"
#include "ui/lists/recordfilterbutton.h"
#include "ui/lists/recordlistview.h"

#include <QComboBox>
#include <QListWidget>
#include <QTest>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
// Two departments: the head and Mia in Sales, Bob in Support. The head's role sees their
// department's records and tasks; the manager's role only their own.
struct Team : UiFixture
{
    qint64 sales = 0, support = 0, head = 0, mia = 0, bob = 0, manager = 0;
    Team()
    {
        Core::Admin a(*admin);
        sales = *a.createDepartment(QStringLiteral("Sales"));
        support = *a.createDepartment(QStringLiteral("Support"));
        const qint64 headRole = *a.createRole(QStringLiteral("Head"),
                                              Core::RoleMatrix::filled(Core::Scope::Department));
        const qint64 managerRole =
            *a.createRole(QStringLiteral("Manager"), Core::RoleMatrix::filled(Core::Scope::Own));
        head = addUser(QStringLiteral("head@example.com"), headRole, sales);
        mia = addUser(QStringLiteral("mia@example.com"), managerRole, sales);
        manager = mia;
        bob = addUser(QStringLiteral("bob@example.com"), managerRole, support);
    }
};

QStringList items(QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}
} // namespace

TEST_CASE("responsibleFilters_offerAHeadOnlyThePeopleOfTheirDepartment")
{
    Team t;
    auto head = t.sessionFor(t.head);
    Ui::RecordListView contacts(*head, Core::EntityKind::Contact);
    auto *list = contacts.findChild<QListWidget *>(QStringLiteral("filterResponsible"));
    REQUIRE(list);
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    CHECK(names == QStringList{QStringLiteral("head"), QStringLiteral("mia")});

    Ui::BoardView board(*head);
    auto *who = board.findChild<QComboBox *>(QStringLiteral("boardResponsibleFilter"));
    REQUIRE(who);
    CHECK(items(who) == QStringList{QStringLiteral("All deals"), QStringLiteral("My deals"),
                                    QStringLiteral("mia")});
    // The admin sees everyone.
    Ui::BoardView adminBoard(*t.admin);
    CHECK(items(adminBoard.findChild<QComboBox *>(QStringLiteral("boardResponsibleFilter")))
              .contains(QStringLiteral("bob")));
}

TEST_CASE("calendarPeople_offersOnlyTheScopesTheRoleSees_andSaysWhyWhenThereIsNoChoice")
{
    Team t;
    SECTION("a head: their department and its people, no Everyone; the team grid starts there")
    {
        auto head = t.sessionFor(t.head);
        Ui::CalendarView view(*head);
        view.setMode(Ui::CalendarView::Mode::Team);
        view.activate();
        auto *people = view.findChild<QComboBox *>(QStringLiteral("calendarPeople"));
        REQUIRE(people);
        CHECK(items(people) == QStringList{QStringLiteral("head"), QStringLiteral("mia"),
                                           QStringLiteral("Department: Sales")});
        CHECK(people->isEnabled());
        CHECK(people->currentText() == QStringLiteral("Department: Sales"));
    }
    SECTION("a manager: only themself, disabled with the reason")
    {
        auto manager = t.sessionFor(t.manager);
        Ui::CalendarView view(*manager);
        view.activate();
        auto *people = view.findChild<QComboBox *>(QStringLiteral("calendarPeople"));
        REQUIRE(people);
        CHECK(items(people) == QStringList{QStringLiteral("mia")});
        CHECK_FALSE(people->isEnabled());
        CHECK(people->toolTip() == QStringLiteral("Your role lets you see only your own tasks."));
    }
    SECTION("the admin: Everyone first")
    {
        Ui::CalendarView view(*t.admin);
        view.setMode(Ui::CalendarView::Mode::Team);
        view.activate();
        auto *people = view.findChild<QComboBox *>(QStringLiteral("calendarPeople"));
        CHECK(people->itemText(0) == QStringLiteral("Everyone"));
        CHECK(people->currentIndex() == 0);
        CHECK(people->isEnabled());
    }
}
