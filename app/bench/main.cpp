// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "adminbench.h"
#include "analyticsbench.h"
#include "app/version.h"
#include "backupbench.h"
#include "boardbench.h"
#include "context.h"
#include "core/platform/allocator.h"
#include "dealsbench.h"
#include "demobench.h"
#include "dupbench.h"
#include "importbench.h"
#include "journalbench.h"
#include "memory.h"
#include "moveloop.h"
#include "options.h"
#include "prefixes.h"
#include "readbench.h"
#include "report.h"
#include "syncbench.h"
#include "taskbench.h"
#include "writebench.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

namespace Voronka::Bench {
namespace {

// Global search by name prefixes (as the admin and as a manager) and by phone endings.
QList<RowResult> searchRows(Context &ctx, const Options &options, const QStringList &prefixes,
                            const std::function<bool(const QString &)> &want)
{
    QList<RowResult> rows;
    const QString search = QStringLiteral("search p95");
    const QString manager = QStringLiteral(" (manager)");
    if (want(search))
        rows << benchSearch(ctx, ctx.main, search, prefixes);
    if (ctx.manager.present() && want(search + manager))
        rows << benchSearch(ctx, ctx.manager, search + manager, prefixes);
    if (const QString phones = search + QStringLiteral(" (phone endings)"); want(phones)) {
        const QStringList endings = samplePhoneEndings(*ctx.raw, options.seed, 1000);
        if (!endings.isEmpty())
            rows << benchSearch(ctx, ctx.main, phones, endings, true);
    }
    return rows;
}

int runBench(const Options &options)
{
    QTextStream err(stderr);
    Context ctx;
    if (int rc = openContext(options, ctx); rc != Success)
        return rc;
    QStringList prefixes;
    try {
        prefixes = samplePrefixes(*ctx.raw, options.seed, 1000);
    } catch (const RawError &e) {
        err << "voronka-bench: " << e.what() << "\n";
        return DataError;
    }
    if (prefixes.isEmpty()) {
        err << "voronka-bench: " << options.db << " has no names to search for.\n";
        return DataError;
    }
    err << "voronka-bench: " << ctx.contacts << " contacts, " << ctx.companies << " companies, "
        << ctx.deals << " deals; " << prefixes.size() << " search prefixes\n"
        << Qt::flush;

    QList<RowResult> rows;
    auto want = [&](const QString &name) {
        if (options.only.isEmpty())
            return true;
        for (const QString &o : options.only)
            if (name.startsWith(o.trimmed()))
                return true;
        return false;
    };
    const QString page = QStringLiteral("contacts first page");
    const QString manager = QStringLiteral(" (manager)");
    if (want(QStringLiteral("open database")))
        rows << benchOpen(ctx);
    if (want(page))
        rows << benchContactsPage(ctx, ctx.main, page);
    if (ctx.manager.present() && want(page + manager))
        rows << benchContactsPage(ctx, ctx.manager, page + manager);
    if (ctx.head.present() && want(page + QStringLiteral(" (head)")))
        rows << benchContactsPage(ctx, ctx.head, page + QStringLiteral(" (head)"));
    if (want(QStringLiteral("contacts count")))
        rows << benchContactsCount(ctx, ctx.main, QStringLiteral("contacts count"));
    if (want(QStringLiteral("contacts list (")) || want(QStringLiteral("contacts count (")))
        for (const RowResult &r : benchContactsFiltered(ctx, ctx.main))
            if (want(r.name))
                rows << r;
    rows << benchDealsList(ctx, ctx.main, want);
    rows << searchRows(ctx, options, prefixes, want);
    const QString board = QStringLiteral("board open");
    if (want(board))
        rows << benchBoardOpen(ctx, ctx.main, board);
    if (ctx.manager.present() && want(board + manager))
        rows << benchBoardOpen(ctx, ctx.manager, board + manager);
    const QString grid = QStringLiteral("team grid (users × 30 days)");
    if (want(grid))
        rows << benchTeamGrid(ctx, ctx.main, grid);
    if (ctx.head.present() && want(grid + QStringLiteral(" (head)")))
        rows << benchTeamGrid(ctx, ctx.head, grid + QStringLiteral(" (head)"));
    const QString clientGrid = QStringLiteral("team grid (one client)");
    if (want(clientGrid))
        rows << benchTeamGrid(ctx, ctx.main, clientGrid, GridClient::BusiestRecord);
    const QString companyGrid = QStringLiteral("team grid (one company)");
    if (want(companyGrid))
        rows << benchTeamGrid(ctx, ctx.main, companyGrid, GridClient::BiggestCompany);
    for (const RowResult &r : benchAnalytics(ctx, want))
        rows << r;
    if (want(QStringLiteral("board move")))
        rows << benchBoardMove(ctx);
    if (want(QStringLiteral("deal update")))
        rows << benchDealUpdate(ctx);
    if (want(QStringLiteral("demo generation rate")))
        rows << benchDemoRate(options);
    const QString duplicates = QStringLiteral("duplicate scan (contacts)");
    if (want(duplicates))
        rows << benchDuplicateScan(ctx, ctx.main, duplicates);
    for (Core::ImportFormat format : {Core::ImportFormat::Csv, Core::ImportFormat::Xlsx})
        if (want(importRowName(options.importRows, format)))
            rows << benchImport(options, options.importRows, format);
    if (want(QStringLiteral("journal first page")))
        for (const RowResult &r : benchJournal(ctx, ctx.main))
            if (want(r.name))
                rows << r;
    if (ctx.manager.present() && want(QStringLiteral("role preview")))
        for (const RowResult &r : benchRolePreview(ctx, ctx.main, ctx.manager))
            if (want(r.name))
                rows << r;
    if (want(QStringLiteral("memory")))
        rows << benchMemory(options, prefixes);
    if (want(QStringLiteral("backup")))
        for (const RowResult &r : benchBackup(options))
            if (want(r.name))
                rows << r;

    // The sync rows start a server and take a minute: only when asked for by name.
    bool syncAsked = false;
    for (const QString &o : options.only)
        syncAsked = syncAsked || o.trimmed().startsWith(QStringLiteral("sync"));
    if (syncAsked)
        rows << benchSync(options, want);

    QTextStream out(stdout);
    if (options.json) {
        out << jsonReport(rows);
    } else {
        const QStringList header{
            QStringLiteral("voronka-bench %1: %2 contacts, %3 companies, %4 deals, %5 tasks")
                .arg(QFileInfo(options.db).fileName())
                .arg(ctx.contacts)
                .arg(ctx.companies)
                .arg(ctx.deals)
                .arg(ctx.tasks),
            QStringLiteral("Voronka %7; user %1, manager %2, seed %3, rounds %4; SQLite %5, Qt %6")
                .arg(options.user, ctx.manager.present() ? options.manager : QStringLiteral("-"))
                .arg(options.seed)
                .arg(options.rounds)
                .arg(QLatin1String(sqlite3_libversion()), QLatin1String(qVersion()),
                     QLatin1String(VORONKA_VERSION_FULL))};
        out << textReport(header, rows);
    }
    out.flush();
    for (const RowResult &r : std::as_const(rows))
        if (!r.error.isEmpty())
            return DataError;
    return Success;
}

} // namespace
} // namespace Voronka::Bench

int main(int argc, char **argv)
{
    using namespace Voronka::Bench;
    Voronka::Core::Platform::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka-bench"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args == QStringList{QStringLiteral("--version")}) {
        QTextStream(stdout) << "voronka-bench " << VORONKA_VERSION_FULL << '\n';
        return Success;
    }
    Options options;
    QString error;
    if (!parseOptions(args, options, error)) {
        QTextStream(stderr) << "voronka-bench: " << error << "\nTry 'voronka-bench --help'.\n";
        return Usage;
    }
    switch (options.mode) {
    case Options::Mode::Help:
        QTextStream(stdout) << kUsage;
        return Success;
    case Options::Mode::MakeDemo:
        return makeDemo(options);
    case Options::Mode::MoveLoop:
        return runMoveLoop(options);
    case Options::Mode::MemoryProbe:
        return memoryProbe(options);
    case Options::Mode::BackupProbe:
        return backupProbe(options);
    case Options::Mode::Bench:
        break;
    }
    return runBench(options);
}
