// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class FieldSetupWidget;

// The custom fields as a dialog (the main window's menu): FieldSetupWidget and Close.
class FieldSetupDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FieldSetupDialog(Core::Session &session, QWidget *parent = nullptr);

    FieldSetupWidget *setup() const { return m_setup; }

private:
    FieldSetupWidget *m_setup;
};

} // namespace Voronka::Ui
