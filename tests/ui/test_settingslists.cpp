// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "ui/settings/customfieldspage.h"
#include "ui/settings/fieldsetupwidget.h"
#include "ui/settings/lossreasonspage.h"
#include "ui/settings/pipelinesetupwidget.h"
#include "ui/settings/pipelinespage.h"
#include "ui/settings/stagelistwidget.h"
#include "ui/settings/tagspage.h"
#include "ui/settings/tasktypespage.h"
#include "ui/settings/tasktypeswidget.h"
#include "core/tasks/taskquery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Voronka;
using Voronka::Test::typeText;
using Voronka::Test::UiFixture;

namespace {
template<typename T> T *child(QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QLatin1String(name));
    REQUIRE(c);
    return c;
}

void click(QWidget &page, const char *button)
{
    auto *b = child<QPushButton>(page, button);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QStringList reasons(Core::Session &s, bool archived)
{
    QStringList out;
    const Core::Result<QList<Core::Admin::LossReasonInfo>> list = Core::Admin(s).lossReasonList();
    REQUIRE(list.ok());
    for (const Core::Admin::LossReasonInfo &r : list.value())
        if (r.archived == archived)
            out << r.name;
    return out;
}

QList<Core::Admin::TagInfo> tags(Core::Session &s)
{
    const Core::Result<QList<Core::Admin::TagInfo>> list = Core::Admin(s).tags();
    REQUIRE(list.ok());
    return list.value();
}

QStringList tagNames(Core::Session &s)
{
    QStringList out;
    for (const Core::Admin::TagInfo &t : tags(s))
        out << t.name;
    return out;
}

// Three contacts tagged "vip" (two of them) and "VIP client" (one).
struct TagFixture : UiFixture
{
    TagFixture()
    {
        Core::Records records(*admin);
        const auto tag = [&](const QString &name, const QStringList &t) {
            const Core::Patch p{{QStringLiteral("name"), name}, {QStringLiteral("tags"), t}};
            REQUIRE(records.create(Core::EntityKind::Contact, p).ok());
        };
        tag(QStringLiteral("Anna"), {QStringLiteral("vip")});
        tag(QStringLiteral("Boris"), {QStringLiteral("vip")});
        tag(QStringLiteral("Vera"), {QStringLiteral("VIP client")});
    }
};

QTreeWidgetItem *tagRow(QWidget &page, const QString &name)
{
    const QList<QTreeWidgetItem *> items =
        child<QTreeWidget>(page, "tagList")->findItems(name, Qt::MatchExactly, 0);
    REQUIRE(items.size() == 1);
    return items.constFirst();
}
} // namespace

TEST_CASE("lossReasonsPage_addReorderRenameArchive_eachUndoable")
{
    UiFixture t;
    Core::Admin admin(*t.admin);
    REQUIRE(admin.createLossReason(QStringLiteral("Price")).ok());
    REQUIRE(admin.createLossReason(QStringLiteral("Timing")).ok());
    Ui::LossReasonsPage page(*t.admin);
    page.show();
    auto *list = child<QListWidget>(page, "lossReasonList");
    REQUIRE(list->count() == 2);

    list->setCurrentRow(1);
    click(page, "lossReasonUp");
    CHECK(reasons(*t.admin, false) ==
          QStringList{QStringLiteral("Timing"), QStringLiteral("Price")});
    CHECK(list->currentItem()->text() == QStringLiteral("Timing"));
    page.undoStack()->undo();
    CHECK(reasons(*t.admin, false) ==
          QStringList{QStringLiteral("Price"), QStringLiteral("Timing")});

    list->setCurrentRow(0);
    list->currentItem()->setText(QStringLiteral("Too expensive"));
    CHECK(reasons(*t.admin, false).constFirst() == QStringLiteral("Too expensive"));

    list->setCurrentRow(0);
    click(page, "lossReasonArchive");
    CHECK(reasons(*t.admin, true) == QStringList{QStringLiteral("Too expensive")});
    CHECK(t.admin->lossReasons().size() == 1); // no longer offered
    // Still listed, at the end, greyed and offered back.
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text() == QStringLiteral("Too expensive"));
    CHECK(list->item(1)->font().italic());
    CHECK(list->currentRow() == 1);
    CHECK(child<QPushButton>(page, "lossReasonArchive")->text() == QStringLiteral("Unarchive"));
    CHECK_FALSE(child<QPushButton>(page, "lossReasonUp")->isEnabled());

    click(page, "lossReasonsUndo"); // the archive
    CHECK(reasons(*t.admin, true).isEmpty());
    click(page, "lossReasonsUndo"); // the rename
    CHECK(reasons(*t.admin, false).constFirst() == QStringLiteral("Price"));
    click(page, "lossReasonsRedo");
    click(page, "lossReasonsRedo");
    CHECK(reasons(*t.admin, true) == QStringList{QStringLiteral("Too expensive")});

    click(page, "lossReasonAdd");
    CHECK(reasons(*t.admin, false).contains(QStringLiteral("New reason")));
    page.undoStack()->undo(); // archived, not erased: a deal may have picked it
    CHECK(reasons(*t.admin, true).contains(QStringLiteral("New reason")));
}

TEST_CASE("tagsPage_listsCounts_renameIsUndoable")
{
    TagFixture t;
    Ui::TagsPage page(*t.admin);
    page.show();
    QTreeWidgetItem *vip = tagRow(page, QStringLiteral("vip"));
    CHECK(vip->text(1) == QStringLiteral("2"));
    vip->setText(0, QStringLiteral("VIP"));
    CHECK(tagNames(*t.admin).contains(QStringLiteral("VIP")));
    CHECK(tagRow(page, QStringLiteral("VIP"))->text(1) == QStringLiteral("2"));
    // The page's shortcuts, while the focus is inside it.
    QApplication::setActiveWindow(&page);
    child<QTreeWidget>(page, "tagList")->setFocus();
    QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
    CHECK(tagNames(*t.admin).contains(QStringLiteral("vip")));
    QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tagNames(*t.admin).contains(QStringLiteral("VIP")));
}

TEST_CASE("tagsPage_mergeIntoThePickedTag_andDeleteNamesTheCount")
{
    TagFixture t;
    Ui::TagsPage page(*t.admin);
    page.show();
    auto *list = child<QTreeWidget>(page, "tagList");
    list->setCurrentItem(tagRow(page, QStringLiteral("VIP client")));
    QTimer::singleShot(0, &page, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->objectName() == QStringLiteral("tagMergeDialog"));
        auto *into = dialog->findChild<QComboBox *>(QStringLiteral("tagMergeInto"));
        into->setCurrentIndex(into->findText(QStringLiteral("vip")));
        dialog->accept();
    });
    click(page, "tagMerge");
    CHECK(tagNames(*t.admin) == QStringList{QStringLiteral("vip")});
    CHECK(tags(*t.admin).constFirst().uses == 3);
    CHECK(list->topLevelItemCount() == 1);
    CHECK(page.undoStack()->count() == 1);

    list->setCurrentItem(tagRow(page, QStringLiteral("vip")));
    QString asked;
    QTimer::singleShot(0, &page, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = box->text();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("tagDeleteConfirm")),
                          Qt::LeftButton);
    });
    click(page, "tagDelete");
    CHECK(asked.contains(QStringLiteral("taken off 3 record")));
    CHECK(tagNames(*t.admin).isEmpty());
    CHECK(child<QTreeWidget>(page, "tagList")->topLevelItemCount() == 0);

    // Both are undo steps: the records get their tags back as they were.
    click(page, "tagsUndo");
    CHECK(tags(*t.admin).constFirst().uses == 3);
    click(page, "tagsUndo");
    QStringList uses;
    for (const Core::Admin::TagInfo &tag : tags(*t.admin))
        uses << tag.name + u'=' + QString::number(tag.uses);
    uses.sort();
    CHECK(uses == QStringList{QStringLiteral("VIP client=1"), QStringLiteral("vip=2")});
    CHECK(child<QTreeWidget>(page, "tagList")->topLevelItemCount() == 2);
    click(page, "tagsRedo");
    CHECK(tagNames(*t.admin) == QStringList{QStringLiteral("vip")});
}

TEST_CASE("setupPages_holdTheEditorsTheDialogsShow")
{
    UiFixture t;
    Ui::PipelinesPage pipelines(*t.admin);
    pipelines.show();
    CHECK(pipelines.findChild<Ui::StageListWidget *>()->count() > 0);
    CHECK_FALSE(pipelines.findChild<QPushButton *>(QStringLiteral("setupCloseButton")));

    Ui::TaskTypesPage types(*t.admin);
    types.show();
    auto *typeList = child<QListWidget>(types, "taskTypeList");
    const int before = typeList->count();
    click(types, "taskTypeAdd");
    CHECK(typeList->count() == before + 1);

    Ui::CustomFieldsPage fields(*t.admin);
    fields.show();
    CHECK(child<QListWidget>(fields, "fieldSetupList"));
    CHECK(child<QPushButton>(fields, "fieldSetupSave"));
}

TEST_CASE("taskTypesPage_addRenameAndTheResultSetting_areUndoable")
{
    UiFixture t;
    Ui::TaskTypesPage page(*t.admin);
    page.show();
    const auto names = [&t] {
        QStringList out;
        const Core::Result<QList<Core::TaskTypeInfo>> types = Core::TaskQuery(*t.admin).types();
        REQUIRE(types.ok());
        for (const Core::TaskTypeInfo &ty : types.value())
            out << ty.name;
        return out;
    };
    const int before = int(names().size());
    click(page, "taskTypeAdd");
    REQUIRE(names().size() == before + 1);
    auto *name = child<QLineEdit>(page, "taskTypeName");
    name->setText(QStringLiteral("Demo"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(names().contains(QStringLiteral("Demo")));
    auto *required = child<QCheckBox>(page, "taskResultRequired");
    const bool wasRequired = required->isChecked();
    // On its box: the check box spans the page, its middle is empty space.
    QTest::mouseClick(required, Qt::LeftButton, {}, QPoint(8, required->height() / 2));

    Ui::TaskTypesWidget *types = page.setup();
    REQUIRE(types->undoStack()->count() == 3);
    click(page, "taskTypesUndo"); // the setting
    CHECK(required->isChecked() == wasRequired);
    CHECK((t.admin->db().setting(QLatin1String(Core::kTaskResultRequired)).toLongLong() == 1) ==
          wasRequired);
    click(page, "taskTypesUndo"); // the rename
    CHECK_FALSE(names().contains(QStringLiteral("Demo")));
    click(page, "taskTypesUndo"); // the addition
    CHECK(names().size() == before);
    click(page, "taskTypesRedo");
    click(page, "taskTypesRedo");
    CHECK(names().contains(QStringLiteral("Demo")));
}

TEST_CASE("customFieldsPage_addEditMove_areUndoable")
{
    UiFixture t;
    Ui::CustomFieldsPage page(*t.admin);
    page.show();
    const auto deals = [&t] {
        return t.admin->fieldDefs(Core::EntityKind::Deal);
    };
    const int before = int(deals().size());
    click(page, "fieldSetupAdd");
    typeText(child<QLineEdit>(page, "fieldSetupName"), QStringLiteral("Plan"));
    click(page, "fieldSetupSave");
    REQUIRE(deals().size() == before + 1);
    const qint64 plan = deals().constLast().id;

    auto *name = child<QLineEdit>(page, "fieldSetupName");
    name->setText(QStringLiteral("Tariff"));
    click(page, "fieldSetupSave");
    CHECK(t.admin->fieldDef(plan)->name == QStringLiteral("Tariff"));
    click(page, "fieldSetupUp");
    CHECK(deals().constFirst().id == plan);

    click(page, "customFieldsUndo"); // the move
    CHECK(deals().constLast().id == plan);
    click(page, "customFieldsUndo"); // the rename
    CHECK(t.admin->fieldDef(plan)->name == QStringLiteral("Plan"));
    click(page, "customFieldsUndo"); // the addition: archived, not erased
    CHECK(deals().size() == before);
    click(page, "customFieldsRedo");
    CHECK(deals().size() == before + 1);
    CHECK(page.setup()->undoStack()->canRedo());
}

TEST_CASE("pipelinesPage_stageRenameAndProbability_areUndoable")
{
    UiFixture t;
    Ui::PipelinesPage page(*t.admin);
    page.show();
    auto *stages = page.findChild<Ui::StageListWidget *>();
    REQUIRE(stages);
    const qint64 stage = t.firstOpenStage(0);
    const Core::StageInfo before = *t.admin->stage(stage);
    for (int r = 0; r < stages->count(); ++r)
        if (stages->item(r)->data(Ui::StageListWidget::StageIdRole).toLongLong() == stage)
            stages->setCurrentRow(r);
    REQUIRE(stages->currentStageId() == stage);

    auto *name = child<QLineEdit>(page, "stageNameEdit");
    name->setText(QStringLiteral("Qualified"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(t.admin->stage(stage)->name == QStringLiteral("Qualified"));
    // Three steps of the spin box are one step back.
    auto *probability = child<QSpinBox>(page, "stageProbability");
    for (int i = 0; i < 3; ++i)
        probability->stepUp();
    CHECK(t.admin->stage(stage)->probability == before.probability + 3);
    Ui::PipelineSetupWidget *setup = page.setup();
    CHECK(setup->undoStack()->count() == 2);

    click(page, "pipelinesUndo");
    CHECK(t.admin->stage(stage)->probability == before.probability);
    CHECK(probability->value() == before.probability);
    click(page, "pipelinesUndo");
    CHECK(t.admin->stage(stage)->name == before.name);
    click(page, "pipelinesRedo");
    CHECK(t.admin->stage(stage)->name == QStringLiteral("Qualified"));
}

TEST_CASE("settingsLists_screenshots", "[.screenshot]")
{
    TagFixture t;
    Core::Admin admin(*t.admin);
    for (const char *name : {"Price", "Timing", "Chose a competitor", "No budget"})
        REQUIRE(admin.createLossReason(QString::fromUtf8(name)).ok());
    REQUIRE(admin.setLossReasonArchived(t.admin->lossReasons().constLast().id, true).ok());
    Ui::LossReasonsPage reasonsPage(*t.admin);
    Ui::TagsPage tagsPage(*t.admin);
    Ui::PipelinesPage pipelinesPage(*t.admin);
    Ui::TaskTypesPage taskTypesPage(*t.admin);
    Ui::CustomFieldsPage fieldsPage(*t.admin);
    for (QWidget *page : std::initializer_list<QWidget *>{&reasonsPage, &tagsPage, &pipelinesPage,
                                                          &taskTypesPage, &fieldsPage}) {
        page->resize(1100, 640);
        page->show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        page->grab().save(QStringLiteral("/tmp/roles-%1.png").arg(page->objectName()));
    }
}
