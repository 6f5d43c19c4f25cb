// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class TaskTypesWidget;

// Settings → Task types: the task types editor as a page.
class TaskTypesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskTypesPage(Core::Session &session, QWidget *parent = nullptr);

    TaskTypesWidget *setup() const { return m_setup; }

private:
    TaskTypesWidget *m_setup;
};

} // namespace Voronka::Ui
