// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QString>

namespace Voronka::Ui {

// A stage's name as the user should read it, wherever a stage is named (board columns, the
// card's stage picker, prompts).
QString stageDisplayName(const Core::StageInfo &stage);

} // namespace Voronka::Ui
