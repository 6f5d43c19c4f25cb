// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/fields/fieldtypes.h"

#include <QDialog>

class QLabel;

namespace Voronka::Ui {

class FieldEditor;

// Asked before a deal enters a stage whose required fields it lacks: exactly those fields,
// each checked by core's own validation, so OK is refused while any value would be.
class RequiredFieldsDialog final : public QDialog
{
    Q_OBJECT
public:
    RequiredFieldsDialog(const QList<Core::FieldDef> &fields, const QString &dealName,
                         const QString &stageName, QDate today, QWidget *parent = nullptr);

    // "cf.<id>" → the entered value, for Board::move's extra patch.
    Core::Patch values() const;
    // Checks every field and shows each one's problem beside it; true when all are fine.
    bool validate();

    void accept() override;

private:
    QList<FieldEditor *> m_editors;
    QList<QLabel *> m_errors;
    QDate m_today; // the session clock's date, which validation reads
};

} // namespace Voronka::Ui
