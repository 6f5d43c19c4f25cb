// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Voronka::Core {
class Connection;
}

namespace Voronka::Core::Schema {

// "VRNK": marks a SQLite file as a Voronka database (PRAGMA application_id).
constexpr int kApplicationId = 0x56524E4B;
int latestVersion();
// The SQL that upgrades a database from version - 1 to version. Each step runs in one
// transaction together with the new PRAGMA user_version.
const char *migrationSql(int version);
// Data a version's SQL cannot produce (ids, translated names), run after migrationSql in the
// same transaction; `nowMs` stamps the rows it writes.
void migrationData(int version, Connection &c, qint64 nowMs);

// The Incoming stage every pipeline starts with.
constexpr const char *kIncomingColor = "#94A3B8";
QString incomingStageName();
// The uids of records every copy of a file derives alike (see ids.h stableUid).
QByteArray incomingStageUid(const QByteArray &pipelineUid);
QByteArray settingUid(const QString &key);
// A fresh random sync node id (sync_state.node_id): positive, never 0.
qint64 randomNodeId();

} // namespace Voronka::Core::Schema
