// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"

#include <QDialog>

class QComboBox;

namespace Voronka::Ui {

// Asks where a departing colleague's open records go before they are deactivated: shows
// what they hold (open deals, contacts, companies, open tasks) and offers the active users,
// or leaving the records with them.
class DeactivateDialog final : public QDialog
{
    Q_OBJECT
public:
    DeactivateDialog(Core::Session &session, const Core::UserInfo &user,
                     const Core::Admin::Handover &plan, QWidget *parent = nullptr);

    qint64 handoverTo() const; // 0: the records stay with the user

private:
    QComboBox *m_to;
};

} // namespace Voronka::Ui
