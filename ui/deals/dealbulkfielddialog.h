// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QDialog>
#include <QVariant>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Asks which field to set on the selected deals and to what: the budget, source, close date
// or a custom field of deals; for contacts or companies (`kind`), one of their custom fields. The
// value goes to core as typed, so core validates it (and names each deal that refuses it).
class DealBulkFieldDialog final : public QDialog
{
    Q_OBJECT
public:
    DealBulkFieldDialog(Core::Session &session, int dealCount, QWidget *parent = nullptr,
                        Core::EntityKind kind = Core::EntityKind::Deal);

    QString fieldKey() const;
    QVariant value() const;
    QComboBox *fields() const { return m_fields; }
    QLineEdit *valueEdit() const { return m_value; }

private:
    void updateHint();
    Core::Session &m_session;
    QComboBox *m_fields;
    QLineEdit *m_value;
    QLabel *m_hint;
};

} // namespace Voronka::Ui
