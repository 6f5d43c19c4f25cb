// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// voronka-cli import: run as a script would, checked by SQL on the file.
#include "clirun.h"
#include "support/catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using Run = Voronka::Test::CliRun;

struct DemoCopy
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("import.voronka"));

    DemoCopy() { REQUIRE(QFile::copy(Voronka::Test::tinyDemo(6), path)); }

    Run admin(const QStringList &rest) const
    {
        const Run r = Voronka::Test::runCli(
            QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"),
                        QStringLiteral("admin@example.com")} +
            rest);
        INFO(r.err.toStdString());
        return r;
    }
    qint64 count(const QString &sql) const
    {
        return Voronka::Test::fileValue(path, sql).toLongLong();
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString p = dir.filePath(name);
        QFile f(p);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return p;
    }
};

QJsonDocument parse(const Run &r)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc;
}

const QByteArray kCsv = "ФИО;Телефон;E-mail;Компания\n"
                        "Иван Импортов;8 912 345-67-89;ivan@import.example;Импорт-Ромашка\n"
                        "Плохой Телефон;abc;;\n"
                        "Пётр Импортов;;petr@import.example;Импорт-Ромашка\n";

} // namespace

TEST_CASE("cliImport_dryRunThenImportListAndUndo", "[cli][import]")
{
    DemoCopy d;
    const QString file = d.write(QStringLiteral("people.csv"), kCsv);
    const qint64 contacts = d.count(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));

    const Run dry = d.admin({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("contacts"),
                             file, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    const QJsonObject check = parse(dry).object();
    CHECK(check.value(QStringLiteral("created")).toInt() == 2);
    CHECK(check.value(QStringLiteral("failed")).toInt() == 1);
    const QJsonArray errors = check.value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].toObject().value(QStringLiteral("row")).toInt() == 3);
    CHECK(errors[0].toObject().value(QStringLiteral("column")).toString() == u"Телефон");
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")) == contacts);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM import_batches")) == 0);

    const QString failed = d.dir.filePath(QStringLiteral("failed.csv"));
    const Run run = d.admin({QStringLiteral("import"), QStringLiteral("contacts"), file,
                             QStringLiteral("--tag"), QStringLiteral("cli"),
                             QStringLiteral("--failed-rows"), failed});
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("row 3, column \u00ABТелефон\u00BB: \"abc\" is not a phone number")));
    CHECK(run.out.contains(QStringLiteral("2 new")));
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")) == contacts + 2);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM history WHERE origin = 3")) >= 3);
    QFile f(failed);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).contains(QStringLiteral("Плохой Телефон")));

    const Run list = d.admin({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("list")});
    REQUIRE(list.code == 0);
    const QJsonArray batches = parse(list).array();
    REQUIRE(batches.size() == 1);
    const QJsonObject b = batches[0].toObject();
    CHECK(b.value(QStringLiteral("file")).toString() == u"people.csv");
    CHECK(b.value(QStringLiteral("state")).toString() == u"done");
    CHECK(b.value(QStringLiteral("created")).toInt() == 2);
    CHECK(b.value(QStringLiteral("failed")).toInt() == 1);
    const QString id = QString::number(b.value(QStringLiteral("id")).toInteger());

    const Run undo = d.admin({QStringLiteral("import"), QStringLiteral("undo"), id});
    REQUIRE(undo.code == 0);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")) == contacts);
    const Run again = d.admin({QStringLiteral("import"), QStringLiteral("undo"), id});
    CHECK(again.code == 2);
}

TEST_CASE("cliImport_unreadableFileAndRefusedUserExitTwo", "[cli][import]")
{
    DemoCopy d;
    const Run missing = d.admin({QStringLiteral("import"), QStringLiteral("contacts"),
                                 d.dir.filePath(QStringLiteral("nope.csv"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("nope.csv")));
    const QString broken = d.write(QStringLiteral("broken.csv"), "Имя,Телефон\n\"Иван,1234567\n");
    const Run bad = d.admin({QStringLiteral("import"), QStringLiteral("contacts"), broken});
    CHECK(bad.code == 2);
    CHECK(!bad.err.isEmpty());
    const Run usage = d.admin({QStringLiteral("import"), QStringLiteral("tasks"), broken});
    CHECK(usage.code == 1);
    const Run preset = d.admin({QStringLiteral("import"), QStringLiteral("contacts"), broken,
                                QStringLiteral("--preset"), QStringLiteral("excel")});
    CHECK(preset.code == 1);
    const QString file = d.write(QStringLiteral("people.csv"), kCsv);
    const Run manager = Voronka::Test::runCli({QStringLiteral("--db"), d.path, QStringLiteral("--user"),
                                               QStringLiteral("manager1@example.com"),
                                               QStringLiteral("import"), QStringLiteral("contacts"), file});
    CHECK(manager.code == 2);
    CHECK(manager.err.contains(QStringLiteral("import right")));
}
