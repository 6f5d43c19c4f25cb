// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "ui/settings/tasktypesdialog.h"
#include "ui/tasks/taskcolumnmodel.h"
#include "ui/tasks/tasklistmodel.h"
#include "core/tasks/taskquery.h"
#include "ui/widgets/taskdialog.h"
#include "ui/widgets/tasktypeicon.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QSet>
#include <QTest>
#include <QToolButton>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
QString iconOf(Core::Session &s, int row)
{
    Core::Result<QList<Core::TaskTypeInfo>> types = Core::TaskQuery(s).types();
    REQUIRE(types.ok());
    REQUIRE(row < types->size());
    return types->at(row).icon;
}

QToolButton *iconButton(QWidget &dialog, const QString &name)
{
    auto *b = dialog.findChild<QToolButton *>(QStringLiteral("taskTypeIcon_") + name);
    REQUIRE(b);
    return b;
}
} // namespace

TEST_CASE("taskTypeIcon_everyIconDrawsSomethingOfItsOwnInTheGivenColour")
{
    QSet<QByteArray> drawings;
    for (const QString &name : Ui::TaskTypeIcon::names()) {
        for (int size : {16, 24}) {
            const QImage img = Ui::TaskTypeIcon::pixmap(name, QColor(0x27, 0xAE, 0x60), size)
                                   .toImage()
                                   .convertToFormat(QImage::Format_ARGB32);
            int inked = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    if (qAlpha(img.pixel(x, y)) > 200) {
                        ++inked;
                        const QColor c = QColor::fromRgba(img.pixel(x, y));
                        CHECK(c.green() > c.red()); // tinted, not black
                    }
            INFO(name.toStdString() << " at " << size);
            CHECK(inked > size);                // more than a stray line
            CHECK(inked < size * size * 3 / 4); // line work, not a filled square
            if (size == 24)
                drawings.insert(
                    QByteArray(reinterpret_cast<const char *>(img.constBits()), img.sizeInBytes()));
        }
    }
    CHECK(drawings.size() == Ui::TaskTypeIcon::names().size()); // no two alike
    // An unknown name falls back to the plain task icon.
    CHECK(Ui::TaskTypeIcon::pixmap(QStringLiteral("nope"), Qt::red, 24).toImage() ==
          Ui::TaskTypeIcon::pixmap(QStringLiteral("task"), Qt::red, 24).toImage());
}

TEST_CASE("taskTypesDialog_anIconPickedIsSavedAndReadBackFromCore")
{
    UiFixture t;
    {
        Ui::TaskTypesDialog dialog(*t.admin);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("taskTypeList"));
        REQUIRE(list);
        list->setCurrentRow(0); // Follow-up
        CHECK(iconButton(dialog, QStringLiteral("phone"))->isChecked());
        CHECK_FALSE(iconButton(dialog, QStringLiteral("car"))->isChecked());
        QTest::mouseClick(iconButton(dialog, QStringLiteral("car")), Qt::LeftButton);
        CHECK(iconOf(*t.admin, 0) == QStringLiteral("car"));
        CHECK(list->currentRow() == 0); // the selection stays
        CHECK(iconButton(dialog, QStringLiteral("car"))->isChecked());
        CHECK_FALSE(iconButton(dialog, QStringLiteral("phone"))->isChecked());
        CHECK_FALSE(list->item(0)->icon().isNull());
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("voronka-task-type-icons.png")));
        // Meeting keeps its own.
        list->setCurrentRow(1);
        CHECK(iconButton(dialog, QStringLiteral("people"))->isChecked());
        CHECK(iconOf(*t.admin, 1) == QStringLiteral("people"));
        // One picker button per known icon, each named for a screen reader.
        for (const QString &name : Ui::TaskTypeIcon::names())
            CHECK_FALSE(iconButton(dialog, name)->accessibleName().isEmpty());
    }
    // A new dialog reads the saved icon from core.
    Ui::TaskTypesDialog again(*t.admin);
    again.findChild<QListWidget *>(QStringLiteral("taskTypeList"))->setCurrentRow(0);
    CHECK(iconButton(again, QStringLiteral("car"))->isChecked());
}

TEST_CASE("taskModels_carryTheTypesIconForEveryTask")
{
    UiFixture t;
    Core::Result<QList<Core::TaskTypeInfo>> types = Core::TaskQuery(*t.admin).types();
    REQUIRE(types.ok());
    REQUIRE(Core::Admin(*t.admin).setTaskTypeIcon(types->at(1).id, QStringLiteral("flag")).ok());
    Core::Records r(*t.admin);
    for (int i = 0; i < 2; ++i)
        REQUIRE(r.create(Core::EntityKind::Task,
                         {{QStringLiteral("text"), QStringLiteral("t%1").arg(i)},
                          {QStringLiteral("type_id"), types->at(i).id},
                          {QStringLiteral("due_at"), t.clock.nowMs() + 3600'000 * (i + 1)}})
                    .ok());
    Ui::TaskListModel list(*t.admin, QTimeZone::utc());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(list.reload({}));
    QStringList icons;
    for (int g = 0; g < list.rowCount(); ++g) {
        const QModelIndex group = list.index(g, 0);
        for (int i = 0; i < list.rowCount(group); ++i) {
            const QModelIndex task = list.index(i, 0, group);
            icons << task.data(Ui::TaskListModel::TypeIconRole).toString();
            CHECK_FALSE(task.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }
    icons.sort();
    CHECK(icons == QStringList{QStringLiteral("flag"), QStringLiteral("phone")});

    Ui::TaskColumnModel column(*t.admin, Core::DueBucket::Today, QTimeZone::utc());
    QAbstractItemModelTester columnTester(&column,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(column.reload({}, 2).ok());
    REQUIRE(column.rowCount() == 2);
    CHECK(column.index(0).data(Ui::TaskColumnModel::TypeIconRole).toString() ==
          QStringLiteral("phone"));
    CHECK(column.index(1).data(Ui::TaskColumnModel::TypeIconRole).toString() ==
          QStringLiteral("flag"));
    CHECK_FALSE(column.index(1).data(Qt::DecorationRole).value<QIcon>().isNull());

    // The task dialog's type combo shows them too.
    Ui::TaskDialog dialog(*t.admin, QTimeZone::utc(),
                          QDateTime::fromMSecsSinceEpoch(t.clock.nowMs()), false, 0);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("taskDialogType"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 2);
    for (int i = 0; i < combo->count(); ++i)
        CHECK_FALSE(combo->itemIcon(i).isNull());
}
