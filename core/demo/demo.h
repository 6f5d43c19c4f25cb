// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/auth.h"
#include "core/util/result.h"

#include <functional>

namespace Voronka::Core {

// Every demo user signs in with this password; the administrator is kDemoAdmin.
inline constexpr char kDemoAdmin[] = "admin@example.com";
inline constexpr char kDemoPassword[] = "demo";

// Builds a deterministic demo database through the ordinary write path (services, history,
// outbox, search index), so a demo file is exactly what real use would produce.
struct DemoOptions
{
    enum class Size { Tiny, Small, Medium, Reference };
    Size size = Size::Small;
    quint64 seed = 1;
    qint64 nowMs = 0; // the demo's "today"; tasks fall before and after it
    Auth::Strength passwordStrength = Auth::Strength::Interactive;
    std::function<void(const QString &phase, qint64 done, qint64 total)> progress;
};

struct DemoSummary
{
    qint64 users = 0, companies = 0, contacts = 0, deals = 0, tasks = 0, notes = 0, stageMoves = 0;
};

bool parseDemoSize(QStringView text, DemoOptions::Size &size);
Result<DemoSummary> generateDemo(const QString &path, const DemoOptions &options);

} // namespace Voronka::Core
