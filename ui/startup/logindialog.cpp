// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "logindialog.h"

#include "core/services/auth.h"
#include "ui/startup/passwordstore.h"
#include "ui/startup/workbench.h"
#include "ui/widgets/avatar.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kEmailRole = Qt::UserRole + 1;
const QString kLastUser = QStringLiteral("login/lastUser");

QPixmap avatarPixmap(const QString &name, qreal dpr)
{
    const int size = 32;
    QPixmap pm(qRound(size * dpr), qRound(size * dpr));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    Avatar::paint(p, QRect(0, 0, size, size), name, false);
    return pm;
}
} // namespace

LoginDialog::LoginDialog(Core::Database &db, const Core::Clock &clock, const QString &email,
                         QWidget *parent, PasswordStore *store)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_users(new QListWidget(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_store(store ? store : new PasswordStore(this))
    , m_signIn(nullptr)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — %1").arg(QFileInfo(db.path()).fileName()));
    setWindowIcon(Icons::logo());
    setMinimumWidth(440);

    auto *title = new QLabel(tr("Sign in to Voronka"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *hint = new QLabel(
        tr("Choose your name in %1 and enter your password.").arg(QFileInfo(db.path()).fileName()),
        this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);

    m_users->setObjectName(QStringLiteral("loginUsers"));
    m_users->setIconSize(QSize(32, 32));
    m_users->setAccessibleName(tr("Users"));
    const QString preferred = email.isEmpty() ? QSettings().value(kLastUser).toString() : email;
    for (const Core::UserInfo &u : Workbench::activeUsers(db)) {
        auto *item = new QListWidgetItem(QIcon(avatarPixmap(u.name, devicePixelRatioF())),
                                         u.name + u'\n' + u.email, m_users);
        item->setData(kEmailRole, u.email);
        if (u.email.compare(preferred, Qt::CaseInsensitive) == 0)
            m_users->setCurrentItem(item);
    }
    if (!m_users->currentItem() && m_users->count() > 0)
        m_users->setCurrentRow(0);
    m_users->setMinimumHeight(qMin(m_users->count(), 6) * 46 + 8);

    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    m_signIn->setObjectName(QStringLiteral("loginButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("loginCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_users, &QListWidget::itemActivated, m_password, [this] { m_password->setFocus(); });
    connect(m_users, &QListWidget::currentItemChanged, this, &LoginDialog::loadRemembered);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordRemembered = false; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_password);
    layout->addWidget(buildRemember());
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    loadRemembered();
    m_password->setFocus();
}

QWidget *LoginDialog::buildRemember()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_remember = new QCheckBox(tr("Remember me on this computer"), box);
    m_remember->setObjectName(QStringLiteral("loginRemember"));
    layout->addWidget(m_remember);
    if (m_store->available()) {
        m_remember->setToolTip(tr("Keeps your password for this file in the system keychain."));
        return box;
    }
    m_remember->setEnabled(false);
    m_remember->setToolTip(m_store->unavailableReason());
    auto *reason = new QLabel(m_store->unavailableReason(), box);
    reason->setObjectName(QStringLiteral("loginRememberReason"));
    reason->setWordWrap(true);
    reason->setEnabled(false); // drawn in the disabled colour, as the hint it is
    layout->addWidget(reason);
    return box;
}

void LoginDialog::loadRemembered()
{
    if (m_passwordRemembered)
        m_password->clear();
    m_passwordRemembered = false;
    m_remember->setChecked(false);
    if (!m_store->available() || selectedEmail().isEmpty())
        return;
    if (std::optional<QString> saved = m_store->read(m_db.path(), selectedEmail())) {
        m_password->setText(*saved);
        m_passwordRemembered = true;
        m_remember->setChecked(true);
    }
}

void LoginDialog::saveRemembered()
{
    if (!m_store->available())
        return;
    if (m_remember->isChecked())
        m_store->write(m_db.path(), m_user.email, m_password->text());
    else
        m_store->remove(m_db.path(), m_user.email);
}

QString LoginDialog::selectedEmail() const
{
    const QListWidgetItem *item = m_users->currentItem();
    return item ? item->data(kEmailRole).toString() : QString();
}

void LoginDialog::accept()
{
    if (selectedEmail().isEmpty()) {
        m_error->setText(tr("Choose a user."));
        m_error->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::UserInfo> user =
        Core::Auth::login(m_db, selectedEmail(), m_password->text(),
                          Core::Auth::SignInContext(m_clock, QStringLiteral("desktop")));
    QApplication::restoreOverrideCursor();
    if (!user) {
        m_error->setText(user.error().message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_user = *user;
    QSettings().setValue(kLastUser, m_user.email);
    saveRemembered();
    QDialog::accept();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

} // namespace Voronka::Ui
