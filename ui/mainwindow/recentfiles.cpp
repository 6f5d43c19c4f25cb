// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Voronka::Ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

QStringList RecentFiles::existing()
{
    QStringList out;
    for (const QString &f : list())
        if (QFileInfo::exists(f))
            out << f;
    return out;
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > kMax)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace Voronka::Ui
