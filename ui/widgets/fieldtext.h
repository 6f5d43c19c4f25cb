// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// A record's field and value as a person reads them, for a timeline entry or a conflict:
// the field's label ("Budget", a custom field's name) and its value with references named
// (a stage, a user, a company), money and dates formatted. Values in Records::load()'s form.
struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::FieldText)
public:
    static QString label(Core::Session &session, Core::EntityKind kind, const QString &field);
    static QString value(Core::Session &session, const QString &field, const QVariant &value);
    static QString who(Core::Session &session, qint64 userId);
};

} // namespace Voronka::Ui
