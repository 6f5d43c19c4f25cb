// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspages.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Voronka::Ui {

// The Settings section: the pages this user may open on the left, the current one on the
// right. Pages are made the first time they are shown.
class SettingsView final : public QWidget
{
    Q_OBJECT
public:
    SettingsView(Core::Session &session, QWidget *parent = nullptr);

    // Shows the page with that id ("users"); false when there is none for this user.
    bool showPage(const QString &id);
    QString currentPage() const;
    QWidget *page(const QString &id); // made on demand; nullptr when not visible to this user
    // The user's rights changed: the admin pages appear or go.
    void settingsChanged();
    bool isLoaded() const;

private:
    void onRowChanged(int row);
    void fill();

    Core::Session &m_session;
    QList<SettingsPageEntry> m_entries;
    QList<QWidget *> m_pages; // nullptr until first shown
    QListWidget *m_list;
    QStackedWidget *m_stack;
    bool m_admin = false;
};

} // namespace Voronka::Ui
