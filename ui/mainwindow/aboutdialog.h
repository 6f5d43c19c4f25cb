// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

class QGridLayout;

namespace Voronka::Ui {

// Help → About Voronka: the version and commit, the Qt and SQLite versions, the license, and
// where the open database and its backups are (each path selectable, with its folder a click
// away). Copy puts all of it on the clipboard as plain text for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, const QString &backupFolder,
                QWidget *parent = nullptr);

    // What Copy puts on the clipboard: one "Label: value" line per row.
    QString plainText() const;

private:
    void addRow(const QString &name, const QString &label, const QString &value);
    void addPathRow(const QString &name, const QString &label, const QString &path,
                    const QString &folder);
    void copy();

    QGridLayout *m_grid;
    QStringList m_lines;
};

} // namespace Voronka::Ui
