// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"
#include "runner.h"

#include <QList>

#include <functional>

namespace Voronka::Bench {

// The "sync" rows: a voronka-server of this build on a free loopback port, its store made by
// `voronka-server init --from` the --db file, driven over HTTP by the client's own transport.
// Only run when --only names them (they take about a minute on the medium data set).
QList<RowResult> benchSync(const Options &options,
                           const std::function<bool(const QString &)> &want);

} // namespace Voronka::Bench
