// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Voronka::Ui {

class SyncController;

// The details behind the status item: the server, who syncs, when the last sync went through,
// what waits to be sent, what the server refused, the conflicts; "Sync now", the way to the
// conflicts, and the password when the server needs one.
class SyncStatusDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SyncStatusDialog(SyncController &controller, QWidget *parent = nullptr);

signals:
    void conflictsRequested();

private:
    void showState();
    void signIn();

    SyncController &m_controller;
    QLabel *m_state;
    QLabel *m_server;
    QLabel *m_user;
    QLabel *m_last;
    QLabel *m_pending;
    QLabel *m_rejected;
    QLabel *m_conflicts;
    QLabel *m_error;
    QWidget *m_signIn;
    QLineEdit *m_password;
    QPushButton *m_syncNow;
    QPushButton *m_showConflicts;
};

} // namespace Voronka::Ui
