// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "aboutdialog.h"

#include "core/util/buildinfo.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace Voronka::Ui {

AboutDialog::AboutDialog(const QString &databasePath, const QString &backupFolder, QWidget *parent)
    : QDialog(parent)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Voronka"));

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::logo().pixmap(56, 56));
    auto *title = new QLabel(QStringLiteral("Voronka"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *tagline = new QLabel(tr("A fast, local-first CRM for small sales teams."), this);
    tagline->setObjectName(QStringLiteral("dialogHint"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch();
    titles->addWidget(title);
    titles->addWidget(tagline);
    titles->addStretch();
    auto *head = new QHBoxLayout;
    head->setSpacing(14);
    head->addWidget(logo);
    head->addLayout(titles, 1);
    m_lines << QStringLiteral("Voronka");

    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(1, 1);
    addRow(QStringLiteral("aboutVersion"), tr("Version"), Core::BuildInfo::versionFull());
    if (!Core::BuildInfo::gitCommit().isEmpty())
        addRow(QStringLiteral("aboutCommit"), tr("Commit"), Core::BuildInfo::gitCommit());
    addRow(QStringLiteral("aboutQt"), tr("Qt"),
           tr("%1 (built with %2)")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    addRow(QStringLiteral("aboutSqlite"), tr("SQLite"), Core::BuildInfo::sqliteVersion());
    addRow(QStringLiteral("aboutSystem"), tr("System"),
           QStringLiteral("%1, %2").arg(QSysInfo::prettyProductName(),
                                        QSysInfo::currentCpuArchitecture()));
    addRow(QStringLiteral("aboutLicense"), tr("License"),
           tr("GNU General Public License, version 3 or later (GPL-3.0-or-later)"));
    addPathRow(QStringLiteral("aboutDatabase"), tr("Database"), databasePath,
               QFileInfo(databasePath).absolutePath());
    addPathRow(QStringLiteral("aboutBackups"), tr("Backups"), backupFolder, backupFolder);

    auto *copy = new QPushButton(Icons::icon(QStringLiteral("copy"), palette().text().color()),
                                 tr("Copy"), this);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    copy->setToolTip(tr("Copy all of this as text, e.g. for a bug report"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("aboutClose"));
    close->setDefault(true);
    close->setFocus();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(14);
    layout->addLayout(head);
    layout->addLayout(m_grid);
    layout->addSpacing(4);
    layout->addLayout(buttons);

    connect(copy, &QPushButton::clicked, this, &AboutDialog::copy);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

QString AboutDialog::plainText() const
{
    return m_lines.join(u'\n') + u'\n';
}

void AboutDialog::addRow(const QString &name, const QString &label, const QString &value)
{
    const int row = m_grid->rowCount();
    auto *caption = new QLabel(label, this);
    caption->setObjectName(QStringLiteral("dialogHint"));
    auto *text = new QLabel(value, this);
    text->setObjectName(name);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(text, row, 1, 1, 2);
    m_lines << QStringLiteral("%1: %2").arg(label, value);
}

void AboutDialog::addPathRow(const QString &name, const QString &label, const QString &path,
                             const QString &folder)
{
    const int row = m_grid->rowCount();
    auto *caption = new QLabel(label, this);
    caption->setObjectName(QStringLiteral("dialogHint"));
    // A path has no spaces to wrap at: a read-only line shows it whole by scrolling, and
    // selects like text.
    auto *text = new QLineEdit(QDir::toNativeSeparators(path), this);
    text->setObjectName(name);
    text->setReadOnly(true);
    text->setCursorPosition(0);
    text->setToolTip(QDir::toNativeSeparators(path));
    text->setMinimumWidth(360);
    auto *open = new QPushButton(tr("Open folder"), this);
    open->setObjectName(name + QStringLiteral("Open"));
    if (QFileInfo(folder).isDir()) {
        connect(open, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    } else {
        open->setEnabled(false);
        open->setToolTip(tr("The folder does not exist yet; the first backup makes it."));
    }
    m_grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(text, row, 1);
    m_grid->addWidget(open, row, 2);
    m_lines << QStringLiteral("%1: %2").arg(label, QDir::toNativeSeparators(path));
}

void AboutDialog::copy()
{
    QApplication::clipboard()->setText(plainText());
}

} // namespace Voronka::Ui
