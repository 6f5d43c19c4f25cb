// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingspages.h"

#include "settings/backupspage.h"
#include "settings/customfieldspage.h"
#include "settings/departmentspage.h"
#include "settings/generalpage.h"
#include "settings/journalpage.h"
#include "settings/lossreasonspage.h"
#include "settings/pipelinespage.h"
#include "settings/profilepage.h"
#include "settings/rolespage.h"
#include "settings/tagspage.h"
#include "settings/tasktypespage.h"
#include "settings/userspage.h"

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
