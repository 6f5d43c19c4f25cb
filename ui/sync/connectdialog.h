// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QUrl;

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

class BackgroundJob;
class PasswordStore;

// File → Connect to a team server…: the server's address, the user's email and password and
// where to keep the replica. Connect signs in and downloads the user's data into the new
// replica (Core::Sync::ReplicaSetup::connect) off the UI thread, with a progress dialog that
// names each record type and can cancel; a failure or a cancel leaves no file behind and the
// dialog open with the reason. The dialog is accepted once the replica is complete.
//
// "Remember me" keeps the password in the system keychain under the replica's path, the
// same entry the sign-in dialog reads: the replica opens with the user's own password (its
// settings came from the server with the user's password hash), and the password it opened
// with signs in to the server, so after a restart one remembered password opens the file and
// starts the sync. A refresh token is not what is kept: the file needs the password anyway,
// and a token that rotates on every refresh would have to be written to the keychain each
// time (a crash between the rotation and the write would revoke the device's sign-in).
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const Core::Clock &clock, QWidget *parent = nullptr,
                           PasswordStore *store = nullptr);
    ~ConnectDialog() override;

    QString replicaPath() const;
    QString email() const;
    QString password() const;
    // The problem with what is typed, one line; empty when Connect may go ahead.
    QString validate() const;
    // The replica file for a server's host in the user's data folder (a new name when taken).
    static QString defaultReplicaPath(const QUrl &server);
    // The download running now, if any (tests wait for it).
    BackgroundJob *job() const { return m_job; }

    void accept() override;
    void reject() override;

private:
    QWidget *buildRemember();
    void browse();
    void showProblem();
    void followServer();
    void start();
    void onProgress();
    void onFinished(const QString &error);

    const Core::Clock &m_clock;
    PasswordStore *m_store;
    QLineEdit *m_url;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_path;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error;
    QPushButton *m_connect = nullptr;
    bool m_pathChosen = false; // typed or browsed: the server's host no longer names it
    bool m_tried = false;      // after the first Connect the reasons follow the typing
    QPointer<BackgroundJob> m_job;
    QProgressDialog *m_progress = nullptr;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Voronka::Ui
