// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "writeaudit.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <cstdio>
#include <cstring>

#include <sqlite3.h>

namespace Voronka::Core::WriteAudit {

namespace {

struct State
{
    QSet<QPair<QString, qint64>> changed;
    QSet<QPair<QString, qint64>> covered;
    QSet<QString> coveredTables;
    bool exempt = false;
    void clear()
    {
        changed.clear();
        covered.clear();
        coveredTables.clear();
        exempt = false;
    }
};

QMutex g_lock;
QHash<sqlite3 *, State *> g_states;

State *stateOf(sqlite3 *db)
{
    QMutexLocker lock(&g_lock);
    return g_states.value(db);
}

void onUpdate(void *state, int, const char *, const char *table, sqlite3_int64 rowid)
{
    if (isSynced(table))
        static_cast<State *>(state)->changed.insert({QString::fromLatin1(table), rowid});
}

void report(const QString &table, qint64 rowid)
{
    const QByteArray what = QStringLiteral("write audit: %1 row %2 changed without an outbox row "
                                           "in the same transaction")
                                .arg(table)
                                .arg(rowid)
                                .toUtf8();
    if (qEnvironmentVariableIntValue("VORONKA_WRITE_AUDIT") == 2) // survey: report, go on
        fprintf(stderr, "%s\n", what.constData());
    else
        qFatal("%s", what.constData());
}

int onCommit(void *p)
{
    auto *state = static_cast<State *>(p);
    if (!state->exempt)
        for (const auto &row : std::as_const(state->changed))
            if (!state->covered.contains(row) && !state->coveredTables.contains(row.first))
                report(row.first, row.second);
    state->clear();
    return 0;
}

void onRollback(void *state)
{
    static_cast<State *>(state)->clear();
}

} // namespace

bool enabled()
{
    static const bool on = qEnvironmentVariableIntValue("VORONKA_WRITE_AUDIT") >= 1;
    return on;
}

bool isSynced(const char *table)
{
    static const char *const kSynced[] = {
        "deals",     "contacts",     "companies", "tasks",      "notes",       "users",
        "departments", "roles",      "pipelines", "stages",     "tags",        "task_types",
        "loss_reasons", "field_defs", "stage_automations", "settings", "goals"};
    for (const char *t : kSynced)
        if (std::strcmp(t, table) == 0)
            return true;
    return false;
}

void install(sqlite3 *db)
{
    if (!enabled() || !db)
        return;
    auto *state = new State;
    {
        QMutexLocker lock(&g_lock);
        delete g_states.value(db);
        g_states.insert(db, state);
    }
    sqlite3_update_hook(db, &onUpdate, state);
    sqlite3_commit_hook(db, &onCommit, state);
    sqlite3_rollback_hook(db, &onRollback, state);
}

void uninstall(sqlite3 *db)
{
    if (!enabled() || !db)
        return;
    sqlite3_update_hook(db, nullptr, nullptr);
    sqlite3_commit_hook(db, nullptr, nullptr);
    sqlite3_rollback_hook(db, nullptr, nullptr);
    QMutexLocker lock(&g_lock);
    delete g_states.take(db);
}

void cover(sqlite3 *db, const QString &table, qint64 rowid)
{
    if (State *s = enabled() ? stateOf(db) : nullptr)
        s->covered.insert({table, rowid});
}

void coverTable(sqlite3 *db, const QString &table)
{
    if (State *s = enabled() ? stateOf(db) : nullptr)
        s->coveredTables.insert(table);
}

void exempt(sqlite3 *db)
{
    if (State *s = enabled() ? stateOf(db) : nullptr)
        s->exempt = true;
}

} // namespace Voronka::Core::WriteAudit
