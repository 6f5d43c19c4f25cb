// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// One page of the Settings section. A new page is a QWidget class taking
// (Core::Session &, QWidget *parent) plus one entry in SettingsPages::all().
struct SettingsPageEntry
{
    QString id;    // stable: "users"; `--view settings/users` opens it
    QString title; // translated
    QString icon;  // a name from resources/icons
    bool adminOnly = true;
    std::function<QWidget *(Core::Session &session, QWidget *parent)> factory;
};

class SettingsPages
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::SettingsPages)
public:
    // Every page, in the order the section lists them.
    static QList<SettingsPageEntry> all();
    // The ones this user may open: an administrator sees every page, anyone else only theirs.
    static QList<SettingsPageEntry> visibleTo(bool admin);
};

} // namespace Voronka::Ui
