// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/startup/logindialog.h"
#include "ui/startup/passwordstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
// No keychain answers: on Linux every keychain (Secret Service, KWallet) is reached over the
// session bus, and this one does not exist. Restores the environment when done.
struct NoSessionBus
{
    QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    NoSessionBus() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/voronka-bus"); }
    ~NoSessionBus()
    {
        if (saved.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }
};
} // namespace

TEST_CASE("loginDialog_noKeychain_disablesRememberMeAndSaysWhy")
{
    NoSessionBus noBus;
    UiFixture t;
    Ui::PasswordStore store;
    REQUIRE_FALSE(store.available());
    Ui::LoginDialog dialog(*t.db, t.clock, QStringLiteral("admin@example.com"), nullptr, &store);
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("loginRemember"));
    auto *reason = dialog.findChild<QLabel *>(QStringLiteral("loginRememberReason"));
    REQUIRE(remember);
    REQUIRE(reason);
    CHECK_FALSE(remember->isEnabled());
    CHECK_FALSE(remember->isChecked());
    CHECK(reason->text() == store.unavailableReason());
    CHECK(reason->text().contains(u"keychain"));
    CHECK(remember->toolTip() == reason->text());

    // Signing in stores the password nowhere, plain-text settings included.
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"));
    REQUIRE(password);
    password->setText(QStringLiteral("secret"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().id == t.adminId);
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(u"secret"));
    CHECK(Core::Auth::lastSignIn(*t.db, t.adminId) == t.clock.nowMs());
}
