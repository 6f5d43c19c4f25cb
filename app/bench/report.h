// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "runner.h"

#include <QList>
#include <QStringList>

namespace Voronka::Bench {

// An aligned table for people: the header lines, one line per row, then the notes.
QString textReport(const QStringList &header, const QList<RowResult> &rows);
// A JSON array with one object per row, for scripts comparing runs.
QByteArray jsonReport(const QList<RowResult> &rows);

} // namespace Voronka::Bench
