// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "rawdb.h"

#include <QStringList>

namespace Voronka::Bench {

// What a user types into global search: the first 3 or 5 letters of a word of a real
// contact, company or deal name, lowercase, drawn with a fixed seed so runs compare.
QStringList samplePrefixes(RawDb &db, quint64 seed, int count);
int cyrillicCount(const QStringList &prefixes);
// What a user types to find a caller: the last 5 or 7 digits of a real contact's or company's
// first phone, with dashes as people write them ("401-66", "640-11-66").
QStringList samplePhoneEndings(RawDb &db, quint64 seed, int count);

// The prefixes travel to the memory probe process through a file, one a line.
bool writePrefixes(const QString &path, const QStringList &prefixes);
QStringList readPrefixes(const QString &path);

} // namespace Voronka::Bench
