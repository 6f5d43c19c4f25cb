// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/session.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace Voronka::Ui {

// Asked when a deal is dropped on a Lost stage: one of the admin's loss reasons (required,
// so OK waits for a choice) and an optional detail.
class LossReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    LossReasonDialog(const QList<Core::Session::Named> &reasons, const QString &dealName,
                     QWidget *parent = nullptr);

    qint64 reasonId() const;
    QString detail() const;

private:
    QListWidget *m_reasons;
    QLineEdit *m_detail;
    QDialogButtonBox *m_buttons;
};

} // namespace Voronka::Ui
