// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

namespace Voronka::Ui {

// "Remember me": a user's password for one database file, kept in the operating system's
// keychain (Keychain on macOS, Credential Manager on Windows, Secret Service or KWallet on
// Linux) through QtKeychain, and nowhere else: without a keychain nothing is stored at all,
// never a plain-text fallback. QtKeychain's jobs are asynchronous; each call here waits for
// its job in a local event loop (bounded, so a keychain that never answers cannot hang the
// sign-in dialog), which keeps the dialog's code linear.
class PasswordStore final : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    // Asks the keychain once, by reading an entry that does not exist; the answer is kept.
    bool available();
    // Why there is no keychain, one line for the user; empty when there is one.
    QString unavailableReason();

    std::optional<QString> read(const QString &databasePath, const QString &email);
    bool write(const QString &databasePath, const QString &email, const QString &password);
    void remove(const QString &databasePath, const QString &email);

    // The keychain entry's name: the file's canonical path and the email, so the same user in
    // two files keeps two passwords.
    static QString key(const QString &databasePath, const QString &email);

private:
    // Runs the job to its end (or the time limit); false when it did not finish in time.
    static bool run(QKeychain::Job *job);

    std::optional<bool> m_available;
    QString m_reason;
};

} // namespace Voronka::Ui
