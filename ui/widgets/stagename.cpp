// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "stagename.h"

#include <QCoreApplication>

namespace Voronka::Ui {

// The system stages are named when the database is created, in that process's language; a
// default name is shown in the user's language instead.
QString stageDisplayName(const Core::StageInfo &stage)
{
    for (const char *name : {"Won", "Lost"})
        if (stage.kind != Core::StageKind::Open && stage.name == QLatin1String(name))
            return QCoreApplication::translate("Voronka::Core::Admin", name);
    if (stage.kind == Core::StageKind::Incoming && stage.name == QLatin1String("Incoming"))
        return QCoreApplication::translate("Voronka::Core::Schema", "Incoming");
    return stage.name;
}

} // namespace Voronka::Ui
