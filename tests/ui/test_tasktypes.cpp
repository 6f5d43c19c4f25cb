// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "ui/settings/tasktypesdialog.h"
#include "core/tasks/taskquery.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
QList<Core::TaskTypeInfo> typesOf(Core::Session &s)
{
    Core::Result<QList<Core::TaskTypeInfo>> types = Core::TaskQuery(s).types();
    return types ? *types : QList<Core::TaskTypeInfo>{};
}

QStringList typeNames(Core::Session &s)
{
    QStringList out;
    const QList<Core::TaskTypeInfo> types = typesOf(s);
    for (const Core::TaskTypeInfo &t : types)
        out << t.name;
    return out;
}
} // namespace

TEST_CASE("taskTypesDialog_addRenameRecolourDeleteAndTheResultSetting")
{
    UiFixture t;
    Ui::TaskTypesDialog dialog(*t.admin);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("taskTypeList"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("taskTypeName"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("taskTypeDelete"));
    REQUIRE(list);
    REQUIRE(name);
    REQUIRE(list->count() == 2); // Follow-up and Meeting
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("voronka-task-types.png")));
    list->setCurrentRow(0);
    CHECK_FALSE(remove->isEnabled()); // built in

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("taskTypeAdd")),
                      Qt::LeftButton);
    REQUIRE(list->count() == 3);
    name->clear();
    name->setText(QStringLiteral("Демонстрация")); // keyClicks takes ASCII only
    QTest::keyClick(name, Qt::Key_Return);
    INFO(dialog.findChild<QLabel *>(QStringLiteral("taskTypeError"))->text().toStdString());
    CHECK(typeNames(*t.admin).contains(QStringLiteral("Демонстрация")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("taskTypeColor_EB5757")),
                      Qt::LeftButton);
    bool recoloured = false;
    const QList<Core::TaskTypeInfo> after = typesOf(*t.admin);
    for (const Core::TaskTypeInfo &ty : after)
        if (ty.name == QStringLiteral("Демонстрация"))
            recoloured = ty.color == QStringLiteral("#EB5757");
    CHECK(recoloured);
    // An empty name is refused with a message; nothing changes.
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("taskTypeError"))->isVisible());
    CHECK(typeNames(*t.admin).contains(QStringLiteral("Демонстрация")));

    list->setCurrentRow(2);
    REQUIRE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(typeNames(*t.admin).size() == 2);
    const qint64 followUp = typesOf(*t.admin).first().id;
    Core::Status builtIn = Core::Admin(*t.admin).removeTaskType(followUp);
    REQUIRE_FALSE(builtIn.ok());
    CHECK(builtIn.error().message.contains(QStringLiteral("built in")));

    auto *required = dialog.findChild<QCheckBox *>(QStringLiteral("taskResultRequired"));
    REQUIRE(required);
    required->setChecked(true);
    CHECK(t.db->setting(QLatin1String(Core::kTaskResultRequired)).toLongLong() == 1);
}
