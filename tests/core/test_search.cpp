// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/search/search.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"

using namespace Voronka::Core;
using namespace Voronka::Test;

namespace {
const QString kName = QStringLiteral("name");

QStringList titles(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const auto &h : hits)
        out << h.title;
    return out;
}
} // namespace

TEST_CASE("matchExpression_needsThreeCharactersAndQuotesTokens")
{
    CHECK(Search::matchExpression(u"ab").isEmpty());
    CHECK(Search::matchExpression(u"  a b ").isEmpty());
    CHECK(Search::matchExpression(u"Ива") == u"\"ива\"*");
    CHECK(Search::matchExpression(u"ivan pe") == u"\"ivan\"* AND \"pe\"*");
    CHECK(Search::matchExpression(u"+7 (912) 34") == u"\"791234\"*");
    CHECK(Search::matchExpression(u"\"quote\" OR NEAR(") ==
          u"\"quote\"* AND \"or\"* AND \"near\"*");
}

TEST_CASE("search_findsByNamePhoneEmailCompanyAndCustomText_namesFirst", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Records r(*t.admin);
        const qint64 co =
            *r.create(EntityKind::Company, {{kName, QStringLiteral("Петрович и партнёры")}});
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Анна Смирнова")}, {QStringLiteral("company_id"), co}});
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Пётр Петров")},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+7 (912) 345-67-89")}},
                   {QStringLiteral("emails"), QStringList{QStringLiteral("p.petrov@mail.ru")}}});
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("Поставка Петрову")}});

        Search s(*t.admin);
        Result<QList<SearchHit>> hits = s.find(QStringLiteral("петр"));
        REQUIRE(hits.ok());
        // Name matches (company, contact, deal) come before the contact matched through its
        // company.
        REQUIRE(hits->size() == 4);
        CHECK(hits->at(0).nameMatch);
        CHECK(hits->at(2).nameMatch);
        CHECK_FALSE(hits->at(3).nameMatch);
        CHECK(hits->at(3).title == u"Анна Смирнова");

        CHECK(titles(*s.find(QStringLiteral("912 345"))) ==
              QStringList{QStringLiteral("Пётр Петров")});
        CHECK(titles(*s.find(QStringLiteral("9123456"))) ==
              QStringList{QStringLiteral("Пётр Петров")});
        CHECK(titles(*s.find(QStringLiteral("p.petrov@"))) ==
              QStringList{QStringLiteral("Пётр Петров")});
        CHECK(titles(*s.find(QStringLiteral("ПЁТР ПЕТ"))) ==
              QStringList{QStringLiteral("Пётр Петров")});
        CHECK(s.find(QStringLiteral("zz"))->isEmpty());
        CHECK(s.find(QStringLiteral("nothing-like-this"))->isEmpty());
        CHECK(titles(*s.find(QStringLiteral("петр"), 20, EntityKind::Deal)) ==
              QStringList{QStringLiteral("Поставка Петрову")});
    }
}

TEST_CASE("search_isPermissionFilteredAndSkipsDeleted", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Admin admin(*t.admin);
        const qint64 role =
            *admin.createRole(QStringLiteral("Own"), RoleMatrix::filled(Scope::Own));
        const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
        Records r(*t.admin);
        for (int i = 0; i < 30; ++i)
            *r.create(EntityKind::Contact,
                      {{kName, QStringLiteral("Client %1").arg(i)},
                       {QStringLiteral("responsible_id"), i % 10 == 0 ? alice : t.adminId}});
        auto as = t.sessionFor(alice);
        Result<QList<SearchHit>> hits = Search(*as).find(QStringLiteral("client"));
        REQUIRE(hits.ok());
        CHECK(titles(*hits) == QStringList{QStringLiteral("Client 0"), QStringLiteral("Client 10"),
                                           QStringLiteral("Client 20")});
        REQUIRE(r.remove(EntityKind::Contact, hits->first().id).ok());
        CHECK(Search(*as).find(QStringLiteral("client"))->size() == 2);
        CHECK(Search(*t.admin).find(QStringLiteral("client"), 100)->size() == 29);
    }
}

TEST_CASE("search_digitsOnly_matchesPhonesBeforeNamesWithDigits", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Records r(*t.admin);
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("Order #7916")}});
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Vera Orlova")},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+7 916 555-44-33")}}});
        Result<QList<SearchHit>> hits = Search(*t.admin).find(QStringLiteral("7916"));
        REQUIRE(hits.ok());
        CHECK(titles(*hits) ==
              QStringList{QStringLiteral("Vera Orlova"), QStringLiteral("Order #7916")});
        CHECK_FALSE(hits->first().nameMatch);
        CHECK(hits->last().nameMatch);
    }
}

// People search a phone by its last digits and in their local form: "640-11-66" or
// "8 999 640-11-66" find +7 999 640-11-66, "07700 900123" finds +44 7700 900123.
TEST_CASE("search_phone_byItsLastDigitsAndInTheNationalForm", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Records r(*t.admin);
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Vera Orlova")},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+7 999 640-11-66")}}});
        *r.create(EntityKind::Company,
                  {{kName, QStringLiteral("Harbor Ltd")},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+44 7700 900123")}}});
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Ivan Petrov")},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+7 999 111-22-33")}}});
        Search s(*t.admin);
        const auto found = [&](const char *typed) {
            Result<QList<SearchHit>> hits = s.find(QString::fromUtf8(typed));
            REQUIRE(hits.ok());
            return titles(*hits);
        };
        const QStringList vera{QStringLiteral("Vera Orlova")};
        for (const char *typed : {"640-11-66", "6401166", "401166", "40116", "8 999 640-11-66",
                                  "+7 (999) 640 11 66", "9996401166", "79996"})
            CHECK(found(typed) == vera);
        CHECK(found("7999").size() == 2); // the beginning of both whole numbers
        CHECK(found("07700 900123") == QStringList{QStringLiteral("Harbor Ltd")});
        CHECK(found("900123") == QStringList{QStringLiteral("Harbor Ltd")});
        CHECK(found("1-22-33") == QStringList{QStringLiteral("Ivan Petrov")});
        CHECK(found("22-33").isEmpty()); // endings are indexed from five digits
    }
}

TEST_CASE("activeUsers_listsWhoMaySignInAdminsFirst")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 a = t.addUser(QStringLiteral("anna@example.com"), role);
    t.addUser(QStringLiteral("boris@example.com"), role);
    REQUIRE(admin.setUserActive(a, false).ok());
    Result<QList<UserInfo>> users = Auth::activeUsers(*t.db);
    REQUIRE(users.ok());
    REQUIRE(users->size() == 2);
    CHECK(users->at(0).email == u"admin@example.com");
    CHECK(users->at(0).admin);
    CHECK(users->at(1).email == u"boris@example.com");
}

// The letters FTS5's tokenizer folds (remove_diacritics 2) are folded on PostgreSQL too, and
// those it keeps (ø, ё) are kept: a query finds the same records on both.
TEST_CASE("search_foldsLatinDiacriticsAsTheFileDoes", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Records r(*t.admin);
        for (const char *name : {"Ärger GmbH", "Crème Brûlée Café", "Søren Ås", "Пётр Ёжиков"})
            REQUIRE(r.create(EntityKind::Company, {{kName, QString::fromUtf8(name)}}).ok());
        Search s(*t.admin);
        const auto found = [&](const char *typed) {
            Result<QList<SearchHit>> hits = s.find(QString::fromUtf8(typed));
            REQUIRE(hits.ok());
            return titles(*hits);
        };
        CHECK(found("arger") == QStringList{QStringLiteral("Ärger GmbH")});
        CHECK(found("ÄRG") == QStringList{QStringLiteral("Ärger GmbH")});
        CHECK(found("creme brulee") == QStringList{QStringLiteral("Crème Brûlée Café")});
        CHECK(found("CAFÉ") == QStringList{QStringLiteral("Crème Brûlée Café")});
        CHECK(found("soren").isEmpty());
        CHECK(found("SØR") == QStringList{QStringLiteral("Søren Ås")});
        CHECK(found("ежик").isEmpty());
        CHECK(found("ЁЖИК") == QStringList{QStringLiteral("Пётр Ёжиков")});
    }
}

// The list's search box narrows a list and its count through the same index.
TEST_CASE("search_theListFilterTextNarrowsTheListAndItsCount", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Records r(*t.admin);
        for (int i = 0; i < 12; ++i)
            REQUIRE(
                r.create(EntityKind::Contact,
                         {{kName, QStringLiteral("%1 %2").arg(i % 3 ? u"Anna" : u"Boris").arg(i)},
                          {QStringLiteral("emails"),
                           QStringList{QStringLiteral("c%1@mail.example").arg(i)}}})
                    .ok());
        REQUIRE(r.create(EntityKind::Company, {{kName, QStringLiteral("Boris Holdings")}}).ok());
        RecordList list(*t.admin, EntityKind::Contact);
        ListQuery q;
        q.filter.text = QStringLiteral("bori");
        CHECK(*list.count(q) == 4);
        Result<ListPage> page = list.fetch(q, {});
        REQUIRE(page.ok());
        CHECK(page->ids.size() == 4);
        q.filter.text = QStringLiteral("mail.example c1");
        CHECK(*list.count(q) == 3); // c1, c10, c11
        q.filter.text = QStringLiteral("nobody here");
        CHECK(*list.count(q) == 0);
    }
}
