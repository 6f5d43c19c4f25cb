// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "newdatabasedialog.h"

#include "core/services/admin.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Voronka::Ui {

NewDatabaseDialog::NewDatabaseDialog(const Core::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_path(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("newDatabaseDialog"));
    setWindowTitle(tr("New database"));
    setMinimumWidth(520);

    auto *title = new QLabel(tr("Create a new database"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *hint = new QLabel(tr("A Voronka database is one file. You become its first "
                               "administrator and can invite your team later."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setObjectName(QStringLiteral("newDbPath"));
    m_path->setText(QDir(docs).filePath(tr("crm") + QStringLiteral(".voronka")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("newDbBrowse"));
    connect(browse, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_name->setObjectName(QStringLiteral("newDbName"));
    m_email->setObjectName(QStringLiteral("newDbEmail"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_password->setObjectName(QStringLiteral("newDbPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("newDbPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    m_create->setObjectName(QStringLiteral("newDbCreate"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newDbCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QString NewDatabaseDialog::path() const
{
    return QFileInfo(m_path->text().trimmed()).absoluteFilePath();
}

QString NewDatabaseDialog::email() const
{
    return m_email->text().trimmed();
}

QString NewDatabaseDialog::password() const
{
    return m_password->text();
}

void NewDatabaseDialog::browse()
{
    QString file = QFileDialog::getSaveFileName(this, tr("New database"), m_path->text(),
                                                tr("Voronka databases (*.voronka)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".voronka");
    m_path->setText(QDir::toNativeSeparators(file));
}

QString NewDatabaseDialog::validate() const
{
    if (m_path->text().trimmed().isEmpty())
        return tr("Choose where to save the database file.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter your name.");
    if (!email().contains(u'@'))
        return tr("Enter your email address; you will sign in with it.");
    if (password().size() < 6)
        return tr("The password must have at least 6 characters.");
    if (password() != m_repeat->text())
        return tr("The passwords do not match.");
    return {};
}

void NewDatabaseDialog::accept()
{
    QString problem = validate();
    if (problem.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::create(path());
        if (!db) {
            problem = db.error().message;
        } else {
            Core::Result<qint64> admin = Core::Admin::initialize(
                *db.value(), m_clock, email(), m_name->text().trimmed(), password());
            db.value().reset();
            if (!admin) {
                problem = admin.error().message;
                // A file without its administrator could never be opened: do not leave it.
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(path() + QLatin1String(suffix));
            }
        }
        QApplication::restoreOverrideCursor();
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Voronka::Ui
