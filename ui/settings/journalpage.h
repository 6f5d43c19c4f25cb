// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspage.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Voronka::Core {
class Session;
struct JournalFilter;
} // namespace Voronka::Core

namespace Voronka::Ui {

class BackgroundJob;
class JournalModel;

// Settings → Journal: every change, settings change and sign-in, newest first, for
// administrators. Filters by user, entity, action and period narrow the table as they change;
// Export CSV writes what the filters show, off the UI thread.
class JournalPage final : public SettingsPage
{
    Q_OBJECT
public:
    JournalPage(Core::Session &session, QWidget *parent);
    ~JournalPage() override;

    JournalModel *model() const { return m_model; }
    Core::JournalFilter filter() const;
    // Asks for a file, then exports.
    void chooseAndExport();
    // Exports the filtered journal to a known file (tests, and after the file dialog).
    void exportTo(const QString &path);
    bool isExporting() const { return m_job != nullptr; }

signals:
    // A sentence for the user: how many entries went where, or why nothing was written.
    void exportFinished(const QString &message, bool ok);

private:
    QWidget *buildFilters();
    void fillCombos();
    void applyFilter();
    void showNotice(const QString &text);
    void reload() override { applyFilter(); }
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    JournalModel *m_model;
    QComboBox *m_user;
    QComboBox *m_entity;
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_notice;
    BackgroundJob *m_job = nullptr;
};

} // namespace Voronka::Ui
