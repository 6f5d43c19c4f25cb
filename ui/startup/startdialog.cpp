// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "startdialog.h"

#include "core/util/buildinfo.h"
#include "core/util/clock.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/startup/newdatabasedialog.h"
#include "ui/sync/connectdialog.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {

// A large button: an icon, what the choice is and one line on what it does.
class ChoiceButton final : public QPushButton
{
public:
    ChoiceButton(const QString &name, const QString &icon, const QString &title,
                 const QString &hint, QWidget *parent)
        : QPushButton(parent)
    {
        setObjectName(name);
        setProperty("startChoice", true);
        setAccessibleName(title);
        setAccessibleDescription(hint);
        setCursor(Qt::PointingHandCursor);
        auto *picture = new QLabel(this);
        picture->setObjectName(name + QStringLiteral("Icon"));
        picture->setPixmap(Icons::pixmap(icon, Theme::current().accent, 28, devicePixelRatioF()));
        picture->setFixedSize(40, 40);
        picture->setAlignment(Qt::AlignCenter);
        auto *heading = new QLabel(title, this);
        heading->setObjectName(name + QStringLiteral("Title"));
        heading->setProperty("choiceTitle", true);
        auto *line = new QLabel(hint, this);
        line->setObjectName(name + QStringLiteral("Hint"));
        line->setProperty("choiceHint", true);
        for (QLabel *l : {picture, heading, line})
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(heading);
        texts->addWidget(line);
        auto *row = new QHBoxLayout(this);
        // The button's minimum is what its labels need, so a longer translation widens the
        // dialog rather than clipping the line.
        row->setSizeConstraint(QLayout::SetMinimumSize);
        row->setContentsMargins(14, 10, 18, 10);
        row->setSpacing(14);
        row->addWidget(picture);
        row->addLayout(texts, 1);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    // A push button sizes itself by its text; this one by what its layout holds.
    QSize sizeHint() const override { return layout()->sizeHint(); }
    QSize minimumSizeHint() const override { return layout()->minimumSize(); }
};

} // namespace

StartDialog::StartDialog(const Core::Clock &clock, QWidget *parent, Recent recent)
    : QDialog(parent)
    , m_clock(clock)
    , m_recent(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(QStringLiteral("Voronka"));
    setWindowIcon(Icons::logo());

    auto *logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("startLogo"));
    logo->setPixmap(Icons::logo().pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    auto *name = new QLabel(QStringLiteral("Voronka"), this);
    name->setObjectName(QStringLiteral("startName"));
    name->setAlignment(Qt::AlignCenter);
    auto *version = new QLabel(tr("Version %1").arg(Core::BuildInfo::versionFull()), this);
    version->setObjectName(QStringLiteral("startVersion"));
    version->setAlignment(Qt::AlignCenter);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *question = new QLabel(tr("How would you like to start?"), this);
    question->setObjectName(QStringLiteral("startQuestion"));
    question->setAlignment(Qt::AlignCenter);

    auto *create = new ChoiceButton(
        QStringLiteral("startNew"), QStringLiteral("plus"), tr("Create a new company database"),
        tr("Start empty: your company, your administrator account, your currency."), this);
    auto *open = new ChoiceButton(
        QStringLiteral("startOpen"), QStringLiteral("folder"), tr("Open an existing file"),
        tr("A Voronka database on this computer or a network share."), this);
    auto *connectServer = new ChoiceButton(
        QStringLiteral("startConnect"), QStringLiteral("server"), tr("Connect to a team server"),
        tr("Sign in to your team's server and work on a copy that syncs."), this);
    auto *demo = new ChoiceButton(
        QStringLiteral("startDemo"), QStringLiteral("play"), tr("Try the demo"),
        tr("A sample company with deals, contacts and tasks to look around in."), this);
    m_choices = {create, open, connectServer, demo};
    auto *choices = new QVBoxLayout;
    choices->setSpacing(8);
    for (QWidget *c : std::as_const(m_choices))
        choices->addWidget(c);

    m_progressLabel->setObjectName(QStringLiteral("startDemoStatus"));
    m_progressLabel->setText(tr("Making the demo database…"));
    m_progress->setObjectName(QStringLiteral("startDemoProgress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 0);
    m_progressLabel->hide();
    m_progress->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *recentTitle = new QLabel(tr("Recent databases"), this);
    recentTitle->setObjectName(QStringLiteral("startRecentTitle"));
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setIconSize(QSize(20, 20));
    const QIcon dbIcon = Icons::icon(QStringLiteral("database"), Theme::current().muted);
    if (recent == Recent::Listed)
        for (const QString &path : RecentFiles::existing()) {
            auto *item = new QListWidgetItem(
                dbIcon,
                QStringLiteral("%1  —  %2")
                    .arg(QFileInfo(path).fileName(),
                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                m_recent);
            item->setData(Qt::UserRole, path);
            item->setToolTip(QDir::toNativeSeparators(path));
        }
    const bool anyRecent = m_recent->count() > 0;
    recentTitle->setVisible(anyRecent);
    m_recent->setVisible(anyRecent);
    m_recent->setMinimumHeight(anyRecent ? 130 : 0);
    if (anyRecent)
        m_recent->setCurrentRow(0);

    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("startQuit"));
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(quit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 14, 28, 18);
    layout->setSpacing(10);
    // A width for the choices to breathe in; not setMinimumWidth, which would stop the
    // layout from widening the dialog for a longer language.
    layout->addSpacerItem(new QSpacerItem(560, 0, QSizePolicy::Fixed, QSizePolicy::Fixed));
    layout->addWidget(logo);
    layout->addSpacing(2);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addSpacing(10);
    layout->addWidget(question);
    layout->addLayout(choices);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    if (anyRecent) {
        layout->addSpacing(6);
        layout->addWidget(recentTitle);
        layout->addWidget(m_recent, 1);
    } else {
        layout->addStretch(1);
    }
    layout->addSpacing(4);
    layout->addLayout(bottom);
    m_choices << quit;

    connect(create, &QPushButton::clicked, this, &StartDialog::createFile);
    connect(open, &QPushButton::clicked, this, &StartDialog::openFile);
    connect(connectServer, &QPushButton::clicked, this, &StartDialog::connectToServer);
    connect(demo, &QPushButton::clicked, this, &StartDialog::tryDemo);
    connect(m_recent, &QListWidget::itemActivated, this, &StartDialog::openRecent);
    connect(quit, &QPushButton::clicked, this, &StartDialog::reject);
}

StartDialog::~StartDialog() = default;

QString StartDialog::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.voronka"));
}

void StartDialog::reject()
{
    if (m_demoJob) // the demo cannot stop midway; it is quick, and the dialog waits for it
        return;
    QDialog::reject();
}

void StartDialog::openFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), dir, tr("Voronka databases (*.voronka);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path = path;
    accept();
}

void StartDialog::createFile()
{
    NewDatabaseDialog dialog(m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_path = dialog.path();
    m_email = dialog.email();
    m_password = dialog.password();
    accept();
}

void StartDialog::connectToServer()
{
    ConnectDialog dialog(m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The replica opens as the user who connected: its users came from the server.
    m_path = dialog.replicaPath();
    m_email = dialog.email();
    m_password = dialog.password();
    accept();
}

void StartDialog::tryDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Question, tr("Try the demo"),
                        tr("A demo database is already here:\n%1\n\nOpen it as it is, or make a "
                           "fresh one? A fresh demo replaces it, with any changes made in it.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("demoExists"));
        QPushButton *openIt = box.addButton(tr("Open it"), QMessageBox::AcceptRole);
        openIt->setObjectName(QStringLiteral("demoOpenExisting"));
        QPushButton *fresh = box.addButton(tr("Make a fresh one"), QMessageBox::DestructiveRole);
        fresh->setObjectName(QStringLiteral("demoMakeFresh"));
        box.setDefaultButton(openIt);
        box.exec();
        if (box.clickedButton() == openIt) {
            onDemoFinished(path, {});
            return;
        }
        if (box.clickedButton() != fresh)
            return;
        for (const char *suffix : {"-wal", "-shm", ""}) {
            const QString file = path + QLatin1String(suffix);
            if (QFileInfo::exists(file) && !QFile::remove(file)) {
                m_error->setText(
                    tr("Could not remove the old demo %1; is it open in another Voronka window?")
                        .arg(QDir::toNativeSeparators(file)));
                m_error->show();
                return;
            }
        }
    }
    makeDemo(path);
}

void StartDialog::makeDemo(const QString &path)
{
    Core::DemoOptions options;
    options.size = m_demoSize;
    // Tasks fall around the day it is made, as the command line's demo.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date();
    options.nowMs = QDateTime(today, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    if (options.size == Core::DemoOptions::Size::Tiny)
        options.passwordStrength = Core::Auth::Strength::Fast;
    m_error->hide();
    setBusy(true);
    m_demoJob = new BackgroundJob(
        [path, options](const BackgroundJob::Report &report) mutable -> QString {
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return tr("Could not make the folder %1.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            // One bar over the phases that report, each an equal part.
            static const QStringList phases{QStringLiteral("companies"), QStringLiteral("contacts"),
                                            QStringLiteral("deals")};
            options.progress = [&report](const QString &phase, qint64 done, qint64 total) {
                const qint64 step = phases.indexOf(phase);
                if (step >= 0 && total > 0)
                    report(step * 1000 + done * 1000 / total, phases.size() * 1000);
            };
            const Core::Result<Core::DemoSummary> made = Core::generateDemo(path, options);
            return made ? QString() : made.error().message;
        },
        this);
    connect(m_demoJob, &BackgroundJob::progress, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_demoJob, &BackgroundJob::finished, this, [this, path](const QString &error) {
        m_demoJob->deleteLater();
        m_demoJob = nullptr;
        setBusy(false);
        onDemoFinished(path, error);
    });
    m_demoJob->start();
}

void StartDialog::onDemoFinished(const QString &path, const QString &error)
{
    if (!error.isEmpty()) {
        m_error->setText(tr("Could not make the demo: %1").arg(error));
        m_error->show();
        return;
    }
    m_path = path;
    m_email = QLatin1String(Core::kDemoAdmin);
    m_password = QLatin1String(Core::kDemoPassword);
    accept();
}

void StartDialog::setBusy(bool busy)
{
    for (QWidget *w : std::as_const(m_choices))
        w->setEnabled(!busy);
    m_recent->setEnabled(!busy);
    m_progress->setRange(0, 0);
    m_progressLabel->setVisible(busy);
    m_progress->setVisible(busy);
}

void StartDialog::openRecent()
{
    const QListWidgetItem *item = m_recent->currentItem();
    if (!item)
        return;
    m_path = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace Voronka::Ui
