// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/storage/sqlite.h"

#include <QString>

#include <memory>
#include <vector>

// PostgreSQL for tests: the cluster a run names, VORONKA_TEST_PG (a postgresql:// URI) or
// VORONKA_TEST_PG_DIR (the folder scripts/pg-cluster.sh started, whose `uri` file holds it).
// CTest's core-pg test starts a throwaway cluster and runs the "[pg]" cases with it
// (tests/core/CMakeLists.txt); without one they run on SQLite only.
namespace Voronka::Test {

QString pgUri(); // empty when the run names no cluster

// The backends a "[pg]" case runs on: SQLite always, PostgreSQL when the run names a cluster.
enum class Backend { SQLite, PostgreSQL };
std::vector<Backend> backends();
const char *nameOf(Backend b);

// A PostgreSQL schema of its own for one test, dropped (with everything in it) at the end;
// uri() opens connections whose search_path is that schema.
class PgScratch
{
public:
    PgScratch();
    ~PgScratch();
    PgScratch(const PgScratch &) = delete;
    PgScratch &operator=(const PgScratch &) = delete;
    QString uri() const;
    const QString &schema() const { return m_schema; }

private:
    QString m_schema;
    std::unique_ptr<Core::Connection> m_admin;
};

} // namespace Voronka::Test
