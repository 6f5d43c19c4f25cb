// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "ui/lists/recordlistmodel.h"
#include "uifixture.h"

#include "core/services/recordlist.h"
#include "core/services/records.h"
#include "ui/lists/recordlistview.h"
#include "ui/settings/pipelinesetupwidget.h"
#include "ui/settings/stagelistwidget.h"
#include "ui/startup/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Voronka;

namespace {
struct Message
{
    QString context, source, type;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name" && !inMessage) {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (inMessage)
                out << m;
            m = Message{context, {}, {}, {}};
            inMessage = true;
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                m.forms << xml.text().toString();
        } else if (name == u"numerusform") {
            m.forms << xml.readElementText();
        }
    }
    if (inMessage)
        out << m;
    REQUIRE_FALSE(xml.hasError());
    return out;
}
} // namespace

TEST_CASE("russianCatalogue_everyMessage_hasAFinishedTranslation")
{
    const QList<Message> messages = readTs(QStringLiteral(VORONKA_TS_RU));
    REQUIRE(messages.size() > 100);
    QStringList missing;
    for (const Message &m : messages) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        bool empty = m.forms.isEmpty();
        for (const QString &f : m.forms)
            empty = empty || f.trimmed().isEmpty();
        if (m.type == u"unfinished" || empty)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    INFO("Untranslated in voronka_ru.ts:\n" << missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("russianCatalogue_installed_translatesUiAndCoreMessages")
{
    Test::UiFixture t;
    std::unique_ptr<QTranslator> ru = Ui::Translations::catalogue(QStringLiteral("ru"));
    REQUIRE(ru);
    QCoreApplication::installTranslator(ru.get());
    const QString title = Ui::RecordListView::titleFor(Core::EntityKind::Contact);
    const QString entity = Core::entityName(Core::EntityKind::Company);
    // A validation message core builds through a helper outside its class.
    Core::Result<qint64> nameless =
        Core::Records(*t.admin).create(Core::EntityKind::Contact, {{QStringLiteral("name"), {}}});
    QCoreApplication::removeTranslator(ru.get());

    CHECK(title == u"Контакты");
    CHECK(entity == u"Компания");
    REQUIRE_FALSE(nameless.ok());
    INFO(nameless.error().message.toStdString());
    CHECK(nameless.error().message.contains(u"обязательн"));
}

TEST_CASE("russianCatalogue_listNameColumn_readsAsThePersonOrTheThingIsNamed")
{
    Test::UiFixture t;
    std::unique_ptr<QTranslator> ru = Ui::Translations::catalogue(QStringLiteral("ru"));
    REQUIRE(ru);
    QCoreApplication::installTranslator(ru.get());
    QStringList titles;
    for (Core::EntityKind kind :
         {Core::EntityKind::Contact, Core::EntityKind::Company, Core::EntityKind::Deal})
        titles << Core::RecordList::columns(kind).first().title;
    QCoreApplication::removeTranslator(ru.get());

    CHECK(titles == QStringList{QStringLiteral("Имя"), QStringLiteral("Название"),
                                QStringLiteral("Название")});
}

TEST_CASE("russianCatalogue_dealsListStageColumn_namesTheSystemStagesInRussian")
{
    Test::UiFixture t;
    const qint64 won = t.stageOfKind(Core::StageKind::Won);
    const qint64 deal = *Core::Records(*t.admin).create(
        Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Alpha")},
                                 {QStringLiteral("stage_id"), won}});
    std::unique_ptr<QTranslator> ru = Ui::Translations::catalogue(QStringLiteral("ru"));
    REQUIRE(ru);
    QCoreApplication::installTranslator(ru.get());
    Ui::RecordListModel model(*t.admin, Core::EntityKind::Deal);
    model.reload();
    const QString stage =
        model.index(model.rowOf(deal), model.columnOf(QStringLiteral("stage"))).data().toString();
    QCoreApplication::removeTranslator(ru.get());
    CHECK(stage == QStringLiteral("Успешно реализовано"));
}

TEST_CASE("russianCatalogue_pipelineSettings_namesTheSystemStagesInRussianWithoutRenamingThem")
{
    Test::UiFixture t;
    const qint64 won = t.stageOfKind(Core::StageKind::Won);
    std::unique_ptr<QTranslator> ru = Ui::Translations::catalogue(QStringLiteral("ru"));
    REQUIRE(ru);
    QCoreApplication::installTranslator(ru.get());
    Ui::PipelineSetupWidget setup(*t.admin, t.admin->pipelines().constFirst().id);
    QStringList names;
    for (int row = 0; row < setup.stageList()->count(); ++row)
        names << setup.stageList()->item(row)->text();
    setup.stageList()->setCurrentItem(setup.stageList()->itemFor(won));
    auto *name = setup.findChild<QLineEdit *>(QStringLiteral("stageNameEdit"));
    REQUIRE(name);
    const QString shown = name->text();
    emit name->editingFinished(); // leaving the field unchanged renames nothing
    QCoreApplication::removeTranslator(ru.get());

    CHECK(names.contains(QStringLiteral("Успешно реализовано")));
    CHECK(names.contains(QStringLiteral("Закрыто и не реализовано")));
    CHECK(names.contains(QStringLiteral("Неразобранное")));
    CHECK_FALSE(names.contains(QStringLiteral("Won")));
    CHECK(shown == QStringLiteral("Успешно реализовано"));
    t.admin->invalidate();
    CHECK(t.admin->stage(won)->name == QStringLiteral("Won"));
    CHECK(setup.undoStack()->count() == 0);
}
