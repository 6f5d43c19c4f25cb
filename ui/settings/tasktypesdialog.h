// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Settings → Task types as a dialog (the main window's menu): TaskTypesWidget and Close.
class TaskTypesDialog final : public QDialog
{
    Q_OBJECT
public:
    TaskTypesDialog(Core::Session &session, QWidget *parent = nullptr);
};

} // namespace Voronka::Ui
