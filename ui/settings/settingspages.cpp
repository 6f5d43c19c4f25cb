// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingspages.h"

#include "ui/settings/backupspage.h"
#include "ui/settings/customfieldspage.h"
#include "ui/settings/departmentspage.h"
#include "ui/settings/generalpage.h"
#include "ui/settings/journalpage.h"
#include "ui/settings/lossreasonspage.h"
#include "ui/settings/pipelinespage.h"
#include "ui/settings/profilepage.h"
#include "ui/settings/rolespage.h"
#include "ui/settings/tagspage.h"
#include "ui/settings/tasktypespage.h"
#include "ui/settings/userspage.h"

namespace Voronka::Ui {

namespace {
template<typename Page> QWidget *make(Core::Session &session, QWidget *parent)
{
    return new Page(session, parent);
}
} // namespace

QList<SettingsPageEntry> SettingsPages::all()
{
    return {
        {QStringLiteral("profile"), tr("My profile"), QStringLiteral("contact"), false,
         make<ProfilePage>},
        {QStringLiteral("general"), tr("General"), QStringLiteral("settings"), true,
         make<GeneralPage>},
        {QStringLiteral("users"), tr("Users"), QStringLiteral("contact"), true, make<UsersPage>},
        {QStringLiteral("departments"), tr("Departments"), QStringLiteral("company"), true,
         make<DepartmentsPage>},
        {QStringLiteral("roles"), tr("Roles"), QStringLiteral("folder"), true, make<RolesPage>},
        {QStringLiteral("pipelines"), tr("Pipelines"), QStringLiteral("board"), true,
         make<PipelinesPage>},
        {QStringLiteral("fields"), tr("Custom fields"), QStringLiteral("edit"), true,
         make<CustomFieldsPage>},
        {QStringLiteral("task-types"), tr("Task types"), QStringLiteral("tasks"), true,
         make<TaskTypesPage>},
        {QStringLiteral("loss-reasons"), tr("Loss reasons"), QStringLiteral("trash"), true,
         make<LossReasonsPage>},
        {QStringLiteral("tags"), tr("Tags"), QStringLiteral("deal"), true, make<TagsPage>},
        {QStringLiteral("journal"), tr("Journal"), QStringLiteral("database"), true,
         make<JournalPage>},
        {QStringLiteral("backups"), tr("Backups"), QStringLiteral("database"), true,
         make<BackupsPage>},
    };
}

QList<SettingsPageEntry> SettingsPages::visibleTo(bool admin)
{
    QList<SettingsPageEntry> out;
    for (SettingsPageEntry &e : all())
        if (admin || !e.adminOnly)
            out << std::move(e);
    return out;
}

} // namespace Voronka::Ui
