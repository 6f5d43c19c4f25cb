// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/duplicates.h"
#include "core/services/records.h"

using namespace Voronka::Core;
using namespace Voronka::Test;

namespace {
const QString kName = QStringLiteral("name");

qint64 contact(Records &r, const QString &name, const QStringList &phones = {},
               const QStringList &emails = {}, qint64 company = 0)
{
    Patch p{{kName, name}};
    if (!phones.isEmpty())
        p.insert(QStringLiteral("phones"), phones);
    if (!emails.isEmpty())
        p.insert(QStringLiteral("emails"), emails);
    if (company)
        p.insert(QStringLiteral("company_id"), company);
    Result<qint64> id = r.create(EntityKind::Contact, p);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("normalizedKeys_ignoreFormattingCaseYoAndWordOrder")
{
    CHECK(Duplicates::phoneKey(u"+7 (912) 345-67-89") == Duplicates::phoneKey(u"8 912 3456789"));
    CHECK(Duplicates::phoneKey(u"12-3").isEmpty());
    CHECK(Duplicates::emailKey(u"  Ivan@Example.RU ") == u"ivan@example.ru");
    CHECK(Duplicates::nameKey(u"Фёдоров,  Пётр") == Duplicates::nameKey(u"петр федоров"));
    CHECK(Duplicates::nameKey(u"ООО «Ромашка»") == Duplicates::nameKey(u"Ромашка ООО"));
}

TEST_CASE("scan_groupsByPhoneEmailAndNameAndJoinsChains")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 co = *r.create(EntityKind::Company, {{kName, QStringLiteral("Ромашка")}});
    const qint64 a = contact(r, QStringLiteral("Anna Smith"), {QStringLiteral("+7 912 345-67-89")});
    const qint64 b = contact(r, QStringLiteral("A. Smith"), {QStringLiteral("8 (912) 345 67 89")},
                             {QStringLiteral("anna@example.com")});
    const qint64 c =
        contact(r, QStringLiteral("Smith Anna"), {}, {QStringLiteral("ANNA@example.com")});
    const qint64 d = contact(r, QStringLiteral("Пётр Фёдоров"), {}, {}, co);
    const qint64 e = contact(r, QStringLiteral("федоров петр"), {}, {}, co);
    contact(r, QStringLiteral("Петр Федоров")); // same name, no company: not a duplicate
    contact(r, QStringLiteral("Unique Person"), {QStringLiteral("+1 555 000 1111")});
    const qint64 gone = contact(r, QStringLiteral("Anna Smith"), {QStringLiteral("+79123456789")});
    REQUIRE(r.remove(EntityKind::Contact, gone).ok());

    QList<std::pair<qint64, qint64>> calls;
    Result<DuplicateScan> scan = Duplicates(*t.admin).scan({}, [&](qint64 done, qint64 total) {
        calls << std::pair{done, total};
        return true;
    });
    REQUIRE(scan.ok());
    CHECK(scan->scanned == 7);
    REQUIRE(scan->groups.size() == 2);
    CHECK(scan->groups[0].ids == (QList<qint64>{a, b, c}));
    CHECK(scan->groups[0].reasons == (SamePhone | SameEmail));
    CHECK(scan->groups[1].ids == (QList<qint64>{d, e}));
    CHECK(scan->groups[1].reasons == SimilarName);
    CHECK(calls.last().first == calls.last().second);

    DuplicateOptions nameAnywhere;
    nameAnywhere.nameNeedsSameCompany = false;
    nameAnywhere.phones = nameAnywhere.emails = false;
    scan = Duplicates(*t.admin).scan(nameAnywhere);
    REQUIRE(scan->groups.size() == 2); // Smith Anna/Anna Smith, and the three Фёдоровы
    CHECK(scan->groups[1].ids.size() == 3);

    Result<DuplicateScan> cancelled =
        Duplicates(*t.admin).scan({}, [](qint64, qint64) { return false; });
    CHECK(cancelled->cancelled);
    CHECK(cancelled->groups.isEmpty());

    Result<QList<DuplicateMember>> members =
        Duplicates(*t.admin).members(EntityKind::Contact, {d, a});
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).company == u"Ромашка");
    CHECK(members->at(1).phones == QStringList{QStringLiteral("+7 912 345-67-89")});
}

TEST_CASE("scan_seesOnlyRecordsTheUserMayView")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix own;
    own.set(PermEntity::Contact, PermAction::View, Scope::Own);
    own.set(PermEntity::Contact, PermAction::Create, Scope::Own);
    const qint64 uid =
        t.addUser(QStringLiteral("m@example.com"), *admin.createRole(QStringLiteral("Own"), own));
    auto user = t.sessionFor(uid);
    Records mine(*user), all(*t.admin);
    contact(all, QStringLiteral("X"), {QStringLiteral("+7 900 000 00 01")});
    contact(mine, QStringLiteral("Y"), {QStringLiteral("+7 900 000 00 01")});
    contact(mine, QStringLiteral("Z"), {QStringLiteral("+7 900 000 00 02")});
    CHECK(Duplicates(*t.admin).scan({})->groups.size() == 1);
    Result<DuplicateScan> seen = Duplicates(*user).scan({});
    CHECK(seen->scanned == 2);
    CHECK(seen->groups.isEmpty());
}

TEST_CASE("likely_findsExistingRecordsByPhoneEmailAndName", "[pg]")
{
    for (Backend backend : backends()) {
        INFO(nameOf(backend));
        TempDb t(backend);
        Records r(*t.admin);
        const qint64 a =
            contact(r, QStringLiteral("Иван Петров"), {QStringLiteral("+7 912 345-67-89")},
                    {QStringLiteral("ivan@example.ru")});
        contact(r, QStringLiteral("Иван Петровский"), {QStringLiteral("+7 912 345-67-80")});
        Duplicates d(*t.admin);
        Result<QList<LikelyDuplicate>> byPhone = d.likely(
            EntityKind::Contact, {{kName, QStringLiteral("Someone")},
                                  {QStringLiteral("phones"), QStringLiteral("8 912 345 67 89")}});
        REQUIRE(byPhone->size() == 1);
        CHECK(byPhone->at(0).id == a);
        CHECK(byPhone->at(0).reasons == SamePhone);
        Result<QList<LikelyDuplicate>> byEmail =
            d.likely(EntityKind::Contact,
                     {{QStringLiteral("emails"), QStringList{QStringLiteral("IVAN@example.ru")}}});
        REQUIRE(byEmail->size() == 1);
        CHECK(byEmail->at(0).reasons == SameEmail);
        Result<QList<LikelyDuplicate>> byName =
            d.likely(EntityKind::Contact, {{kName, QStringLiteral("петров, иван")}});
        REQUIRE(byName->size() == 1);
        CHECK(byName->at(0).reasons == SimilarName);
        CHECK(d.likely(EntityKind::Contact, {{kName, QStringLiteral("Иван Сидоров")}})->isEmpty());
    }
}

TEST_CASE("scanCompanies_groupsNamesAcrossLegalFormOrderAndQuotes")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 a = *r.create(EntityKind::Company, {{kName, QStringLiteral("ООО «Ромашка»")}});
    const qint64 b = *r.create(EntityKind::Company, {{kName, QStringLiteral("Ромашка, ООО")}});
    const qint64 c =
        *r.create(EntityKind::Company,
                  {{kName, QStringLiteral("Лютик")},
                   {QStringLiteral("emails"), QStringList{QStringLiteral("info@lutik.ru")}}});
    const qint64 d =
        *r.create(EntityKind::Company,
                  {{kName, QStringLiteral("Lutik Trading")},
                   {QStringLiteral("emails"), QStringList{QStringLiteral("INFO@lutik.ru ")}}});
    REQUIRE(r.create(EntityKind::Company, {{kName, QStringLiteral("Василёк")}}).ok());
    DuplicateOptions o;
    o.kind = EntityKind::Company;
    Result<DuplicateScan> scan = Duplicates(*t.admin).scan(o);
    REQUIRE(scan.ok());
    CHECK(scan->scanned == 5);
    REQUIRE(scan->groups.size() == 2);
    // A shared email is surer than a similar name: its group comes first.
    CHECK(scan->groups[0].ids == (QList<qint64>{c, d}));
    CHECK(scan->groups[0].reasons == SameEmail);
    CHECK(scan->groups[1].ids == (QList<qint64>{a, b}));
    CHECK(scan->groups[1].reasons == SimilarName);
    Result<QList<LikelyDuplicate>> likely =
        Duplicates(*t.admin).likely(EntityKind::Company, {{kName, QStringLiteral("ромашка ооо")}});
    REQUIRE(likely->size() == 2);
    CHECK(Duplicates(*t.admin).scan({EntityKind::Deal}).error().code == Error::Code::Invalid);
}
