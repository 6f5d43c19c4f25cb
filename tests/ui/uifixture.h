// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "support/catch.h"
#include "support/tempdb.h"

#include "core/domain/types.h"

#include <QTemporaryDir>
#include <QWidget>

class QWidget;

// Failed checks on QStrings print the text, not a list of "{?}".
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace Voronka::Test {

// Settings (recent files, last section) go to a temporary directory for the whole run, so
// tests never read or change the developer's own Voronka settings.
void isolateSettings();

// The child widget of that object name; the test stops when there is none.
template<typename T> T *part(QWidget *in, const char *name)
{
    T *w = in->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// Types text key by key like QTest::keyClicks, Cyrillic included (keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text);

// Wait until the window holding `widget` (shown by the caller) is exposed on the screen, or
// active; false if it never is.
bool waitExposed(QWidget *widget);
bool waitActive(QWidget *widget);

// A TempDb with a few named contacts and companies, each created a minute apart.
struct UiFixture : TempDb
{
    UiFixture();
    qint64 addContact(const QString &name, qint64 responsible = 0, qint64 company = 0);
    qint64 addCompany(const QString &name, qint64 responsible = 0);
    // n contacts named "Contact 0001"... for paging.
    void addNumberedContacts(int n);
};

} // namespace Voronka::Test
