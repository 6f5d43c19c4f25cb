// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "uifixture.h"

#include "support/wait.h"

#include "core/services/records.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <stdexcept>

namespace Voronka::Test {

using namespace Core;

void isolateSettings()
{
    static QTemporaryDir dir;
    static bool done = false;
    if (done)
        return;
    done = true;
    QCoreApplication::setOrganizationName(QStringLiteral("VoronkaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("voronka-ui-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

namespace {
QWindow *windowOf(QWidget *widget)
{
    return widget->window()->windowHandle();
}
} // namespace

bool waitExposed(QWidget *widget)
{
    return waitUntil([widget] { return windowOf(widget) && windowOf(widget)->isExposed(); });
}

bool waitActive(QWidget *widget)
{
    return waitUntil([widget] { return windowOf(widget) && windowOf(widget)->isActive(); });
}

UiFixture::UiFixture()
{
    isolateSettings();
}

qint64 UiFixture::addContact(const QString &name, qint64 responsible, qint64 company)
{
    Patch p{{QStringLiteral("name"), name}};
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    if (company)
        p.insert(QStringLiteral("company_id"), company);
    clock.advance(60'000);
    Result<qint64> id = Records(*admin).create(EntityKind::Contact, p);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return *id;
}

qint64 UiFixture::addCompany(const QString &name, qint64 responsible)
{
    Patch p{{QStringLiteral("name"), name}};
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    clock.advance(60'000);
    Result<qint64> id = Records(*admin).create(EntityKind::Company, p);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return *id;
}

void UiFixture::addNumberedContacts(int n)
{
    admin->beginBatch();
    for (int i = 1; i <= n; ++i)
        addContact(QStringLiteral("Contact %1").arg(i, 4, 10, QLatin1Char('0')));
    Status committed = admin->commitBatch();
    if (!committed)
        throw std::runtime_error(committed.error().message.toStdString());
}

} // namespace Voronka::Test
