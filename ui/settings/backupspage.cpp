// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "backupspage.h"

#include "ui/backups/backupcontroller.h"
#include "ui/widgets/dates.h"
#include "ui/mainwindow/fileactions.h"
#include "core/services/backups.h"
#include "core/services/session.h"
#include "core/util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Voronka::Ui {

namespace {
constexpr int kPathRole = Qt::UserRole;
} // namespace

BackupsPage::BackupsPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("backups"), tr("Backups"), parent)
    , m_enabled(new QCheckBox(tr("Back up this file automatically"), this))
    , m_interval(new QComboBox(this))
    , m_keep(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No backups in this folder yet."), this))
    , m_backUp(new QPushButton(tr("Back up now"), this))
    , m_restore(new QPushButton(tr("Restore…"), this))
    , m_progress(new QProgressBar(this))
{
    m_enabled->setObjectName(QStringLiteral("backupsEnabled"));
    m_interval->setObjectName(QStringLiteral("backupsInterval"));
    m_interval->addItem(tr("Every day"), 1);
    m_interval->addItem(tr("Every week"), 7);
    m_keep->setObjectName(QStringLiteral("backupsKeep"));
    m_keep->setRange(1, 1000);
    m_keep->setAccessibleName(tr("Backups to keep"));
    m_folder->setObjectName(QStringLiteral("backupsFolder"));
    m_folder->setMinimumWidth(360);
    m_folder->setPlaceholderText(
        QDir::toNativeSeparators(Core::Backups::defaultFolder(session.db().path())));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_choose->setObjectName(QStringLiteral("backupsChooseFolder"));
    m_backUp->setObjectName(QStringLiteral("backupsBackUpNow"));
    m_restore->setObjectName(QStringLiteral("backupsRestore"));
    m_progress->setObjectName(QStringLiteral("backupsProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setProperty("settingsHint", true);
    for (QPushButton *b : {m_choose, m_backUp, m_restore})
        b->setAutoDefault(false);

    auto *folder = new QHBoxLayout;
    folder->setSpacing(8);
    folder->addWidget(m_folder);
    folder->addWidget(m_choose);
    auto *folderHint = new QLabel(tr("Empty: a Backups folder beside the file."), this);
    folderHint->setProperty("settingsHint", true);
    auto *folderColumn = new QVBoxLayout;
    folderColumn->setSpacing(2);
    folderColumn->addLayout(folder);
    folderColumn->addWidget(folderHint);
    auto *keep = new QHBoxLayout;
    keep->setSpacing(8);
    keep->addWidget(m_keep);
    keep->addWidget(new QLabel(tr("newest backups; older ones are deleted"), this));
    keep->addStretch();

    QFormLayout *form = optionsForm();
    form->addRow(QString(), m_enabled);
    form->addRow(tr("How often"), m_interval);
    form->addRow(tr("Keep"), keep);
    form->addRow(tr("Folder"), folderColumn);

    const auto [row, save] = formCard(form, QStringLiteral("backupsSave"));

    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 200);
    m_list->header()->resizeSection(1, 110);
    m_list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    auto *listTitle = new QLabel(tr("Backups in the folder"), this);
    QFont titleFont = listTitle->font();
    titleFont.setBold(true);
    listTitle->setFont(titleFont);
    tools->addWidget(listTitle);
    tools->addStretch();
    tools->addWidget(m_backUp);
    tools->addWidget(m_restore);

    body()->addLayout(row);
    body()->addSpacing(8);
    body()->addLayout(tools);
    body()->addWidget(m_progress);
    body()->addWidget(m_empty);
    body()->addWidget(listCard(m_list), 1);
    hideUndo();

    connect(save, &QPushButton::clicked, this, &BackupsPage::save);
    connect(m_choose, &QPushButton::clicked, this, &BackupsPage::chooseFolder);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restore);
    connect(m_enabled, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    reload();
}

BackupController *BackupsPage::controller()
{
    if (!m_controller) {
        m_controller = window() != this ? window()->findChild<BackupController *>() : nullptr;
        if (!m_controller) {
            static const Core::SystemClock system;
            m_controller = new BackupController(m_session, system, this);
        }
        connectController();
    }
    return m_controller;
}

void BackupsPage::connectController()
{
    connect(m_controller, &BackupController::started, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        m_backUp->setEnabled(false);
    });
    connect(m_controller, &BackupController::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_controller, &BackupController::finished, this,
            [this](const QString &path, const QString &error) {
                m_progress->hide();
                m_backUp->setEnabled(true);
                if (error.isEmpty())
                    showInfo(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)));
                else
                    showError(error);
                listBackups();
            });
}

void BackupsPage::reload()
{
    const Core::Backups::Schedule s = Core::Backups::schedule(m_session.db());
    m_enabled->setChecked(s.enabled);
    m_interval->setEnabled(s.enabled);
    const int interval = m_interval->findData(s.intervalDays);
    if (interval < 0) // set elsewhere to a period not offered here: shown as it is
        m_interval->addItem(tr("Every %n day(s)", nullptr, s.intervalDays), s.intervalDays);
    m_interval->setCurrentIndex(m_interval->findData(s.intervalDays));
    m_keep->setValue(s.keep);
    m_folder->setText(QDir::toNativeSeparators(s.folder));
    listBackups();
}

void BackupsPage::listBackups()
{
    const QString path = m_session.db().path();
    const QString folder = Core::Backups::folderOf(Core::Backups::schedule(m_session.db()), path);
    m_list->clear();
    const QLocale locale;
    const QList<Core::Backups::Entry> entries = Core::Backups::list(folder, path);
    for (const Core::Backups::Entry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, Dates::dateTime(e.madeAt));
        item->setText(1, locale.formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, QFileInfo(e.path).fileName());
        item->setToolTip(2, QDir::toNativeSeparators(e.path));
        item->setData(0, kPathRole, e.path);
    }
    m_empty->setVisible(entries.isEmpty());
    m_list->setVisible(!entries.isEmpty());
}

void BackupsPage::save()
{
    const Core::Backups::Schedule before = Core::Backups::schedule(m_session.db());
    Core::Backups::Schedule after;
    after.enabled = m_enabled->isChecked();
    after.intervalDays = m_interval->currentData().toInt();
    after.keep = m_keep->value();
    after.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (after == before) {
        showInfo(tr("Nothing to save: the options are as they were."));
        return;
    }
    Core::Session &s = m_session;
    const QString path = s.db().path();
    const auto step = [&s, path](const Core::Backups::Schedule &to,
                                 const Core::Origin &origin) -> Core::Status {
        Core::Status st = Core::Backups::setSchedule(s, to, origin);
        if (st)
            BackupController::rememberFolder(path, Core::Backups::folderOf(to, path));
        return st;
    };
    if (apply(
            tr("Edit the backup schedule"),
            [step, after](const Core::Origin &o) { return step(after, o); },
            [step, before](const Core::Origin &o) { return step(before, o); }))
        showInfo(tr("Saved."));
}

void BackupsPage::chooseFolder()
{
    const QString start =
        m_folder->text().isEmpty() ? m_folder->placeholderText() : m_folder->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void BackupsPage::backUpNow()
{
    clearMessage();
    if (!controller()->backUpNow())
        showInfo(tr("A backup is already being made."));
}

void BackupsPage::restore()
{
    auto *file = window() != this ? window()->findChild<FileActions *>() : nullptr;
    if (!file) {
        showError(tr("Restore from the main window's File menu."));
        return;
    }
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item)
        file->restoreFrom(item->data(0, kPathRole).toString());
    else
        file->restore();
}

} // namespace Voronka::Ui
