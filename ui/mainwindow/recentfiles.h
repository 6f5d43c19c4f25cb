// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QStringList>

namespace Voronka::Ui {

// The last databases opened, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static QStringList existing(); // only files that are still there
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace Voronka::Ui
