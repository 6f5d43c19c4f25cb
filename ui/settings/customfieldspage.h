// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class FieldSetupWidget;

// Settings → Custom fields: the custom fields editor as a page.
class CustomFieldsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsPage(Core::Session &session, QWidget *parent = nullptr);

    FieldSetupWidget *setup() const { return m_setup; }

private:
    FieldSetupWidget *m_setup;
};

} // namespace Voronka::Ui
