// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QtGlobal>

namespace Voronka::Core::Platform {

// Whether a process of this computer with this id still runs. A process that exists but
// belongs to another account counts as running.
bool processRunning(qint64 pid);

} // namespace Voronka::Core::Platform
