// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// voronka-cli deal|contact|company|task add|set|move|delete|restore: run as a script would,
// checked by SQL on the file.
#include "clirun.h"
#include "support/catch.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

using Run = Voronka::Test::CliRun;

Run cli(const QStringList &args)
{
    return Voronka::Test::runCli(args);
}

// A fresh copy of one tiny demo (made once) per test: these tests change it.
struct DemoCopy
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("records.voronka"));

    DemoCopy() { REQUIRE(QFile::copy(Voronka::Test::tinyDemo(6), path)); }

    Run as(const QString &user, const QStringList &rest) const
    {
        const Run r =
            cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} + rest);
        INFO(r.err.toStdString());
        return r;
    }
    Run manager(const QStringList &rest) const
    {
        return as(QStringLiteral("manager1@example.com"), rest);
    }

    // One value by SQL straight on the file.
    QVariant scalar(const QString &sql) const { return Voronka::Test::fileValue(path, sql); }
    qint64 count(const QString &sql) const { return scalar(sql).toLongLong(); }
};

QJsonObject json(const Run &r)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

qint64 idOf(const Run &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    REQUIRE(ok);
    REQUIRE(id > 0);
    return id;
}

QString field(const char *nameValue)
{
    return QString::fromUtf8(nameValue);
}

const QString F = QStringLiteral("--field");

} // namespace

TEST_CASE("recordCli_contact_addSetDeleteAndRestore")
{
    const DemoCopy db;
    const qint64 birthday = db.count(QStringLiteral(
        "SELECT id FROM field_defs WHERE entity_kind = 2 AND name = 'День рождения'"));
    REQUIRE(birthday > 0);
    const qint64 id = idOf(db.manager(
        {QStringLiteral("contact"), QStringLiteral("add"), F, field("name=Анна Смирнова"), F,
         field("phones=+7 900 111-22-33, +7 900 444-55-66"), F, field("день рождения=1990-05-17"),
         F, field("tags=vip,cli")}));
    const QString row = QStringLiteral(" FROM contacts WHERE id = %1").arg(id);
    CHECK(db.scalar(QStringLiteral("SELECT name") + row).toString() == u"Анна Смирнова");
    CHECK(db.scalar(QStringLiteral("SELECT phones") + row).toString() ==
          u"[\"+7 900 111-22-33\",\"+7 900 444-55-66\"]");
    CHECK(db.scalar(QStringLiteral("SELECT u.email FROM contacts c JOIN users u ON u.id = "
                                   "c.responsible_id WHERE c.id = %1")
                        .arg(id))
              .toString() == u"manager1@example.com");
    CHECK(db.scalar(QStringLiteral("SELECT value FROM field_values WHERE kind = 2 AND entity_id = "
                                   "%1 AND field_id = %2")
                        .arg(id)
                        .arg(birthday))
              .toString() == u"1990-05-17");
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM entity_tags WHERE kind = 2 AND "
                                  "entity_id = %1")
                       .arg(id)) == 2);

    // set patches only what it names, through the write path (history).
    Run r = db.manager({QStringLiteral("contact"), QStringLiteral("set"), QString::number(id), F,
                        field("position=CEO"), F, field("День рождения=")});
    CHECK(idOf(r) == id);
    CHECK(db.scalar(QStringLiteral("SELECT position") + row).toString() == u"CEO");
    CHECK(db.scalar(QStringLiteral("SELECT name") + row).toString() == u"Анна Смирнова");
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM field_values WHERE kind = 2 AND "
                                  "entity_id = %1")
                       .arg(id)) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM history WHERE kind = 2 AND entity_id = %1 "
                                  "AND field = 'position'")
                       .arg(id)) == 1);

    // A value core refuses: exit 2 with its message naming the record and the field.
    r = db.manager({QStringLiteral("contact"), QStringLiteral("set"), QString::number(id), F,
                    field("emails=not-an-email")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Анна Смирнова"));
    CHECK(r.err.contains(u"\"Emails\""));

    // An unknown field name is a usage error naming it and the known ones.
    r = db.manager({QStringLiteral("contact"), QStringLiteral("set"), QString::number(id), F,
                    field("nickname=Аня")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"'nickname'"));
    CHECK(r.err.contains(u"phones"));
    CHECK(r.err.contains(u"День рождения"));

    r = db.manager({QStringLiteral("contact"), QStringLiteral("delete"), QString::number(id)});
    CHECK(idOf(r) == id);
    CHECK(db.count(QStringLiteral("SELECT deleted") + row) == 1);
    r = db.manager({QStringLiteral("contact"), QStringLiteral("set"), QString::number(id), F,
                    field("position=CTO")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"recycle bin"));
    r = db.manager({QStringLiteral("contact"), QStringLiteral("restore"), QString::number(id)});
    CHECK(idOf(r) == id);
    CHECK(db.count(QStringLiteral("SELECT deleted") + row) == 0);
}

TEST_CASE("recordCli_dealMove_refusedUntilTheStagesRequiredFieldIsSet")
{
    const DemoCopy db;
    const QString stage = db.scalar(QStringLiteral("SELECT s.name FROM field_defs f JOIN stages s "
                                                   "ON s.id = f.required_from_stage_id WHERE "
                                                   "f.name = 'Номер договора'"))
                              .toString();
    const QString pipeline =
        db.scalar(QStringLiteral("SELECT p.name FROM field_defs f JOIN stages s ON s.id = "
                                 "f.required_from_stage_id JOIN pipelines p ON p.id = "
                                 "s.pipeline_id WHERE f.name = 'Номер договора'"))
            .toString();
    REQUIRE(!stage.isEmpty());
    const qint64 id = idOf(
        db.manager({QStringLiteral("deal"), QStringLiteral("add"), F, field("name=Пилот для CLI"),
                    F, QStringLiteral("pipeline=") + pipeline, F, field("budget=1500.50")}));
    const QString row = QStringLiteral(" FROM deals WHERE id = %1").arg(id);
    CHECK(db.count(QStringLiteral("SELECT budget") + row) == 150050);
    const qint64 firstStage = db.count(QStringLiteral("SELECT stage_id") + row);

    Run r = db.manager({QStringLiteral("deal"), QStringLiteral("move"), QString::number(id),
                        QStringLiteral("--stage"), stage});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Пилот для CLI"));
    CHECK(r.err.contains(u"\"Номер договора\""));
    CHECK(db.count(QStringLiteral("SELECT stage_id") + row) == firstStage);

    r = db.manager({QStringLiteral("deal"), QStringLiteral("move"), QString::number(id),
                    QStringLiteral("--stage"), QStringLiteral("Nowhere")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Nowhere"));
    CHECK(r.err.contains(stage));

    CHECK(idOf(db.manager({QStringLiteral("deal"), QStringLiteral("set"), QString::number(id), F,
                           field("Номер договора=Д-17")})) == id);
    CHECK(idOf(db.manager({QStringLiteral("deal"), QStringLiteral("move"), QString::number(id),
                           QStringLiteral("--stage"), stage, QStringLiteral("--pipeline"),
                           pipeline})) == id);
    CHECK(db.scalar(QStringLiteral("SELECT s.name FROM deals d JOIN stages s ON s.id = "
                                   "d.stage_id WHERE d.id = %1")
                        .arg(id))
              .toString() == stage);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM history WHERE kind = 1 AND entity_id = %1 "
                                  "AND event = 2")
                       .arg(id)) == 1);
}

TEST_CASE("recordCli_managerEditingAColleaguesDeal_refusedAndNothingWritten")
{
    const DemoCopy db;
    const qint64 id = db.count(QStringLiteral(
        "SELECT d.id FROM deals d JOIN users u ON u.id = d.responsible_id WHERE u.email <> "
        "'manager1@example.com' AND d.deleted = 0 ORDER BY d.id LIMIT 1"));
    REQUIRE(id > 0);
    const QString snapshot =
        QStringLiteral("SELECT name || '|' || updated_at || '|' || deleted || '|' || "
                       "(SELECT count(*) FROM history) || '|' || (SELECT count(*) FROM outbox) "
                       "FROM deals WHERE id = %1")
            .arg(id);
    const QString before = db.scalar(snapshot).toString();
    Run r = db.manager({QStringLiteral("deal"), QStringLiteral("set"), QString::number(id), F,
                        field("name=Hijacked")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"You may not edit"));
    r = db.manager({QStringLiteral("deal"), QStringLiteral("delete"), QString::number(id)});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"You may not delete"));
    CHECK(db.scalar(snapshot).toString() == before);
}

TEST_CASE("recordCli_json_printsTheRecordAsLoaded")
{
    const DemoCopy db;
    const Run j = db.manager({QStringLiteral("--json"), QStringLiteral("company"),
                              QStringLiteral("add"), F, field("name=ООО Ромашка"), F,
                              field("emails=info@romashka.example"), F, field("tags=partner")});
    REQUIRE(j.code == 0);
    const QJsonObject o = json(j);
    CHECK(o.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(o.value(QStringLiteral("name")).toString() == u"ООО Ромашка");
    CHECK(o.value(QStringLiteral("emails")).toArray() ==
          QJsonArray{QStringLiteral("info@romashka.example")});
    CHECK(o.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("partner")});
    CHECK(o.value(QStringLiteral("deleted")).toBool() == false);

    // The company by name links a new contact to it.
    const qint64 contact = idOf(db.manager({QStringLiteral("contact"), QStringLiteral("add"), F,
                                            field("name=Пётр"), F, field("company=ООО Ромашка")}));
    CHECK(db.count(QStringLiteral("SELECT company_id FROM contacts WHERE id = %1").arg(contact)) ==
          o.value(QStringLiteral("id")).toInteger());
}

TEST_CASE("recordCli_task_addedWithADueDateInLocalTime")
{
    const DemoCopy db;
    const qint64 contact = idOf(db.manager(
        {QStringLiteral("contact"), QStringLiteral("add"), F, field("name=Иван Задачин")}));
    const qint64 id = idOf(
        db.manager({QStringLiteral("task"), QStringLiteral("add"), F, field("text=Позвонить"), F,
                    field("due=2026-03-10T14:30"), F, QStringLiteral("contact=%1").arg(contact)}));
    const QString row = QStringLiteral(" FROM tasks WHERE id = %1").arg(id);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    CHECK(db.count(QStringLiteral("SELECT due_at") + row) ==
          QDateTime(QDate(2026, 3, 10), QTime(14, 30), zone).toMSecsSinceEpoch());
    CHECK(db.count(QStringLiteral("SELECT all_day") + row) == 0);
    CHECK(db.count(QStringLiteral("SELECT entity_kind") + row) == 2);
    CHECK(db.count(QStringLiteral("SELECT entity_id") + row) == contact);

    // A day alone is an all-day task, stored at 23:59 as the task dialog stores it; done.
    CHECK(idOf(db.manager({QStringLiteral("task"), QStringLiteral("set"), QString::number(id), F,
                           field("due=2026-03-11"), F, field("status=done")})) == id);
    CHECK(db.count(QStringLiteral("SELECT due_at") + row) ==
          QDateTime(QDate(2026, 3, 11), QTime(23, 59), zone).toMSecsSinceEpoch());
    CHECK(db.count(QStringLiteral("SELECT all_day") + row) == 1);
    CHECK(db.count(QStringLiteral("SELECT status") + row) == 1);

    const Run r = db.manager({QStringLiteral("task"), QStringLiteral("add"), F,
                              field("text=Когда-нибудь"), F, field("due=tomorrow")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"\"Due\""));
    CHECK(r.err.contains(u"tomorrow"));
}
