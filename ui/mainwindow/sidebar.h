// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

class QListWidget;

namespace Voronka::Ui {

// The dark column on the left: the app name, then one entry per section.
class Sidebar final : public QWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);

    void addSection(const QString &id, const QIcon &icon, const QString &title);
    void setCurrent(const QString &id);
    QString current() const;
    QListWidget *list() const { return m_list; }

signals:
    void sectionChanged(const QString &id);

private:
    QListWidget *m_list;
};

} // namespace Voronka::Ui
