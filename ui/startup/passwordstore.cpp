// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "passwordstore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Voronka::Ui {

namespace {
const QString kService = QStringLiteral("Voronka");
// A keychain answers in milliseconds; one that does not within this is treated as absent.
constexpr int kTimeoutMs = 5000;

template<typename JobType> JobType *newJob()
{
    auto *job = new JobType(kService);
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file instead of a keychain
    return job;
}
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

bool PasswordStore::run(QKeychain::Job *job)
{
    bool finished = false;
    QEventLoop loop;
    connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        // It may still answer later: let it delete itself then.
        job->disconnect(&loop);
        job->setAutoDelete(true);
    }
    return finished;
}

bool PasswordStore::available()
{
    if (m_available)
        return *m_available;
    auto *job = newJob<QKeychain::ReadPasswordJob>();
    job->setKey(QStringLiteral("voronka-keychain-probe"));
    const bool answered = run(job);
    const QKeychain::Error error = answered ? job->error() : QKeychain::OtherError;
    m_available = answered && (error == QKeychain::NoError || error == QKeychain::EntryNotFound);
    if (!answered)
        m_reason = tr("The system keychain does not answer, so passwords cannot be remembered.");
    else if (!*m_available)
        m_reason = tr("No system keychain is available, so passwords cannot be remembered.");
    if (answered)
        delete job;
    return *m_available;
}

QString PasswordStore::unavailableReason()
{
    available();
    return m_reason;
}

QString PasswordStore::key(const QString &databasePath, const QString &email)
{
    const QFileInfo file(databasePath);
    const QString path =
        file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    return path + u'\n' + email.trimmed().toLower();
}

std::optional<QString> PasswordStore::read(const QString &databasePath, const QString &email)
{
    if (!available())
        return std::nullopt;
    auto *job = newJob<QKeychain::ReadPasswordJob>();
    job->setKey(key(databasePath, email));
    if (!run(job))
        return std::nullopt;
    std::optional<QString> out;
    if (job->error() == QKeychain::NoError)
        out = job->textData();
    delete job;
    return out;
}

bool PasswordStore::write(const QString &databasePath, const QString &email,
                          const QString &password)
{
    if (!available())
        return false;
    auto *job = newJob<QKeychain::WritePasswordJob>();
    job->setKey(key(databasePath, email));
    job->setTextData(password);
    if (!run(job))
        return false;
    const bool ok = job->error() == QKeychain::NoError;
    delete job;
    return ok;
}

void PasswordStore::remove(const QString &databasePath, const QString &email)
{
    if (!available())
        return;
    auto *job = newJob<QKeychain::DeletePasswordJob>();
    job->setKey(key(databasePath, email));
    if (run(job))
        delete job;
}

} // namespace Voronka::Ui
