// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Voronka::Core::ImportHeader {

// The index of the header among the first rows of a table (CSV records or spreadsheet rows,
// cells as text; a cell that is a number in a spreadsheet comes as text that reads as one).
// Files often open with a title line and a blank line, so the header is the first row that
// is as wide as the body and looks like labels: at least half of the body's columns filled
// (two at least when the body has two), none of them a number or a date, not one value
// repeated (a merged title). Without such a row, the first non-blank one.
int guess(const QList<QStringList> &rows);

// The column count of the body: the most frequent width (the last filled cell) among the rows,
// the widest on a tie.
int bodyWidth(const QList<QStringList> &rows);

// A header list of `width` labels: blank ones read "Column N".
QStringList labels(const QStringList &row, int width);

} // namespace Voronka::Core::ImportHeader
