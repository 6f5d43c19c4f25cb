// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "connectdialog.h"

#include "core/sync/replicasetup.h"
#include "core/util/clock.h"
#include "ui/startup/passwordstore.h"
#include "ui/widgets/backgroundjob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <mutex>

namespace Voronka::Ui {

// What the download's worker last reported, read by the UI thread on each progress signal.
struct ConnectDialog::Shared
{
    std::mutex mutex;
    QString phase;
    qint64 done = 0;
};

namespace {

QUrl serverOf(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

void removeReplica(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

ConnectDialog::ConnectDialog(const Core::Clock &clock, QWidget *parent, PasswordStore *store)
    : QDialog(parent)
    , m_clock(clock)
    , m_store(store ? store : new PasswordStore(this))
    , m_url(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_shared(std::make_shared<Shared>())
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a team server"));
    setMinimumWidth(560);

    auto *title = new QLabel(tr("Connect to a team server"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *hint = new QLabel(tr("Voronka downloads what you may see into a file on this computer "
                               "and keeps it in step with the server. You can work in it "
                               "without the network; your changes are sent when it is back."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("connectUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_email->setObjectName(QStringLiteral("connectEmail"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_path->setObjectName(QStringLiteral("connectReplica"));
    m_path->setToolTip(tr("The replica: a Voronka file that holds your copy of the team's data."));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("connectBrowse"));
    connect(browse, &QPushButton::clicked, this, &ConnectDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Server:"), m_url);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Keep the data in:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("connectOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("connectCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::followServer);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    for (QLineEdit *e : {m_url, m_email, m_password, m_path})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (m_tried)
                showProblem();
        });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(buildRemember());
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    m_url->setFocus();
}

ConnectDialog::~ConnectDialog()
{
    // The worker reads the dialog's clock: it stops before the dialog goes.
    delete m_job;
}

QWidget *ConnectDialog::buildRemember()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_remember = new QCheckBox(tr("Remember me on this computer"), box);
    m_remember->setObjectName(QStringLiteral("connectRemember"));
    layout->addWidget(m_remember);
    if (m_store->available()) {
        m_remember->setToolTip(tr("Keeps your password in the system keychain, so the replica "
                                  "opens and syncs without asking after a restart."));
        return box;
    }
    m_remember->setEnabled(false);
    m_remember->setToolTip(m_store->unavailableReason());
    auto *reason = new QLabel(m_store->unavailableReason(), box);
    reason->setObjectName(QStringLiteral("connectRememberReason"));
    reason->setWordWrap(true);
    reason->setEnabled(false); // drawn in the disabled colour, as the hint it is
    layout->addWidget(reason);
    return box;
}

QString ConnectDialog::replicaPath() const
{
    const QString typed = m_path->text().trimmed();
    return typed.isEmpty() ? QString() : QFileInfo(typed).absoluteFilePath();
}

QString ConnectDialog::email() const
{
    return m_email->text().trimmed();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

QString ConnectDialog::defaultReplicaPath(const QUrl &server)
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString base = server.host().toLower();
    base.replace(unsafe, QStringLiteral("_"));
    if (server.port() > 0)
        base += QStringLiteral("-%1").arg(server.port());
    QString path = dir.filePath(base + QStringLiteral(".voronka"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.voronka").arg(base).arg(n));
    return QDir::toNativeSeparators(path);
}

void ConnectDialog::followServer()
{
    if (m_pathChosen)
        return;
    const QUrl server = serverOf(m_url->text());
    if (server.isValid() && !server.host().isEmpty())
        m_path->setText(defaultReplicaPath(server));
}

void ConnectDialog::browse()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Keep the team's data in"), m_path->text(),
                                                tr("Voronka databases (*.voronka)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".voronka");
    m_pathChosen = true;
    m_path->setText(QDir::toNativeSeparators(file));
}

QString ConnectDialog::validate() const
{
    const QString typed = m_url->text().trimmed();
    if (typed.isEmpty())
        return tr("Enter the team server's address, such as https://crm.example.com.");
    const QUrl server = serverOf(typed);
    if (server.scheme() != u"https" && server.scheme() != u"http")
        return tr("The server's address starts with https:// (or http:// on a trusted network), "
                  "such as https://crm.example.com.");
    if (!server.isValid() || server.host().isEmpty())
        return tr("\"%1\" is not a server's address, such as https://crm.example.com.").arg(typed);
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!address.match(email()).hasMatch())
        return tr("Enter the email you sign in to the team server with.");
    if (password().isEmpty())
        return tr("Enter your password on the team server.");
    if (replicaPath().isEmpty())
        return tr("Choose where to keep the team's data on this computer.");
    const QFileInfo file(replicaPath());
    if (file.exists() && (!file.isFile() || file.size() > 0))
        return tr("%1 already exists; the team's data goes into a new file.")
            .arg(QDir::toNativeSeparators(replicaPath()));
    return {};
}

void ConnectDialog::showProblem()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
}

void ConnectDialog::accept()
{
    if (m_job)
        return;
    m_tried = true;
    showProblem();
    if (m_error->isVisible())
        return;
    start();
}

void ConnectDialog::reject()
{
    // Escape while downloading cancels the download; the dialog stays with the reason.
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ConnectDialog::start()
{
    const QUrl server = serverOf(m_url->text());
    const QString path = replicaPath();
    const QString user = email();
    const QString secret = password();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Core::Clock *clock = &m_clock;
    std::shared_ptr<Shared> shared = m_shared;
    {
        std::lock_guard lock(shared->mutex);
        shared->phase.clear();
        shared->done = 0;
    }
    m_job = new BackgroundJob(
        [server, path, user, secret, clock, shared](const BackgroundJob::Report &report) {
            const auto progress = [&](const QString &phase, qint64 done) {
                {
                    std::lock_guard lock(shared->mutex);
                    shared->phase = phase;
                    shared->done = done;
                }
                report(done, 0);
            };
            const auto cancelled = [&] {
                return !report(-1, 0);
            };
            const Core::Result<Core::Sync::ReplicaSetup::Connected> done =
                Core::Sync::ReplicaSetup::connect(server, user, secret, path, *clock, progress,
                                                  cancelled);
            return done ? QString() : done.error().message;
        },
        this);
    connect(m_job, &BackgroundJob::progress, this, &ConnectDialog::onProgress);
    connect(m_job, &BackgroundJob::finished, this, &ConnectDialog::onFinished);

    m_error->hide();
    m_connect->setEnabled(false);
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("connectProgress"));
        m_progress->setWindowTitle(tr("Connect to a team server"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setRange(0, 0); // how many records the server holds is not known ahead
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        m_progress->setMinimumWidth(420);
        auto *cancel = new QPushButton(tr("Cancel"), m_progress);
        cancel->setObjectName(QStringLiteral("connectProgressCancel"));
        m_progress->setCancelButton(cancel);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (!m_job)
                return;
            m_job->cancel();
            m_progress->setLabelText(tr("Cancelling…"));
            // QProgressDialog hides itself on cancel; it stays until the download has stopped.
            m_progress->show();
        });
    }
    m_progress->setLabelText(tr("Signing in to %1…").arg(server.host()));
    m_progress->show();
    m_job->start();
}

void ConnectDialog::onProgress()
{
    if (!m_progress || !m_job || m_job->isCancelled())
        return;
    QString phase;
    qint64 done = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        phase = m_shared->phase;
        done = m_shared->done;
    }
    QString text;
    if (phase == u"settings")
        text = tr("Downloading the team's users, pipelines and fields…");
    else if (phase == u"company")
        text = tr("Downloading companies: %L1").arg(done);
    else if (phase == u"contact")
        text = tr("Downloading contacts: %L1").arg(done);
    else if (phase == u"deal")
        text = tr("Downloading deals: %L1").arg(done);
    else if (phase == u"task")
        text = tr("Downloading tasks: %L1").arg(done);
    else if (!phase.isEmpty())
        text = tr("Downloading %1: %L2").arg(phase).arg(done);
    if (!text.isEmpty())
        m_progress->setLabelText(text);
}

void ConnectDialog::onFinished(const QString &error)
{
    const bool cancelled = m_job && m_job->isCancelled();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    if (m_progress)
        m_progress->hide();
    m_connect->setEnabled(true);
    const QString path = replicaPath();
    if (cancelled && error.isEmpty())
        removeReplica(path); // finished just as it was cancelled: cancelled it is
    if (cancelled || !error.isEmpty()) {
        m_error->setText(cancelled ? tr("Connecting was cancelled; nothing was saved.") : error);
        m_error->show();
        return;
    }
    if (m_remember->isChecked() && m_store->available())
        m_store->write(path, email(), password());
    QDialog::accept();
}

} // namespace Voronka::Ui
