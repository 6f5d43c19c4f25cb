// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Voronka::Ui {

class BackupController;

// Settings → Backups (administrators): the schedule stored in the file (on or off, every day
// or week, how many to keep, the folder), the backups in that folder with their date and
// size, Back up now (off the UI thread, with progress) and Restore… of the chosen backup.
class BackupsPage final : public SettingsPage
{
    Q_OBJECT
public:
    BackupsPage(Core::Session &session, QWidget *parent = nullptr);

    // The main window's controller when the page is in one, else the page's own.
    BackupController *controller();

protected:
    void reload() override;

private:
    void save();
    void chooseFolder();
    void backUpNow();
    void restore();
    void listBackups();
    void connectController();

    QCheckBox *m_enabled;
    QComboBox *m_interval;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QProgressBar *m_progress;
    BackupController *m_controller = nullptr;
};

} // namespace Voronka::Ui
