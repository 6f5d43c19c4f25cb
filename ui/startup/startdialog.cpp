// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "startdialog.h"

#include "ui/mainwindow/recentfiles.h"
#include "ui/startup/newdatabasedialog.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Voronka::Ui {

StartDialog::StartDialog(const Core::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(QStringLiteral("Voronka"));
    setWindowIcon(Icons::logo());
    setMinimumWidth(560);
    const QColor iconColor = Theme::current().accent;

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::logo().pixmap(48, 48));
    auto *title = new QLabel(tr("Welcome to Voronka"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *hint = new QLabel(tr("Open your team's database or create a new one."), this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(hint);
    auto *head = new QHBoxLayout;
    head->setSpacing(14);
    head->addWidget(logo);
    head->addLayout(titles, 1);

    auto *open = new QPushButton(Icons::icon(QStringLiteral("folder"), iconColor),
                                 tr("Open a database…"), this);
    open->setObjectName(QStringLiteral("startOpen"));
    auto *create = new QPushButton(Icons::icon(QStringLiteral("plus"), iconColor),
                                   tr("Create a new database…"), this);
    create->setObjectName(QStringLiteral("startNew"));
    for (QPushButton *b : {open, create}) {
        b->setIconSize(QSize(20, 20));
        b->setMinimumHeight(40);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(open);
    actions->addWidget(create);

    auto *recentTitle = new QLabel(tr("Recent databases"), this);
    recentTitle->setObjectName(QStringLiteral("dialogHint"));
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setIconSize(QSize(20, 20));
    const QIcon dbIcon = Icons::icon(QStringLiteral("database"), Theme::current().muted);
    for (const QString &path : RecentFiles::existing()) {
        auto *item = new QListWidgetItem(dbIcon, QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    const bool anyRecent = m_recent->count() > 0;
    m_recent->setVisible(anyRecent);
    m_recent->setMinimumHeight(anyRecent ? 180 : 0);
    if (anyRecent)
        m_recent->setCurrentRow(0);
    auto *noRecent = new QLabel(tr("Databases you open will be listed here."), this);
    noRecent->setObjectName(QStringLiteral("startEmpty"));
    noRecent->setAlignment(Qt::AlignCenter);
    noRecent->setVisible(!anyRecent);

    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("startQuit"));
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(quit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addLayout(head);
    layout->addSpacing(8);
    layout->addLayout(actions);
    layout->addSpacing(6);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 1);
    layout->addWidget(noRecent);
    layout->addSpacing(4);
    layout->addLayout(bottom);

    connect(open, &QPushButton::clicked, this, &StartDialog::openFile);
    connect(create, &QPushButton::clicked, this, &StartDialog::createFile);
    connect(m_recent, &QListWidget::itemActivated, this, &StartDialog::openRecent);
    connect(quit, &QPushButton::clicked, this, &StartDialog::reject);
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

void StartDialog::openRecent()
{
    const QListWidgetItem *item = m_recent->currentItem();
    if (!item)
        return;
    m_path = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace Voronka::Ui
