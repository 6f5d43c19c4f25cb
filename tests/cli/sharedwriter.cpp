// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
//
// A test helper that works on a file the way one desktop does, through the services:
//   voronka-shared-writer write FILE EMAIL COUNT PREFIX
//       creates COUNT deals named PREFIX-N, printing "ok ID" as each is committed and
//       "error MESSAGE" for each refused one
//   voronka-shared-writer hold FILE EMAIL
//       opens the file and prints "open", "shared 0|1" and a report: "readonly REASON" when
//       it may not write, "peer USER HOST" per other program, "end"; each line read makes the
//       canary look again and prints another report; end of input closes the file
// The password comes from VORONKA_PASSWORD.
#include "core/services/auth.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Voronka::Core;

namespace {

// One report: "readonly REASON" when the file may not be written, the peers, then "end".
void printPeers(Database &db, QTextStream &out)
{
    const QList<FilePeer> peers = db.sharedPeers(); // may learn that locks do not reach
    if (db.readOnly())
        out << "readonly " << db.readOnlyReason() << "\n";
    for (const FilePeer &p : peers)
        out << "peer " << p.user << " " << p.host << "\n";
    out << "end\n" << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: voronka-shared-writer write|hold FILE EMAIL [COUNT PREFIX]\n";
        return 1;
    }
    const QString mode = args.at(0);
    SystemClock clock;
    Result<std::unique_ptr<Database>> opened = Database::open(args.at(1));
    if (!opened) {
        err << "open: " << opened.error().message << "\n";
        return 2;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    Result<UserInfo> user = Auth::login(*db, args.at(2), qEnvironmentVariable("VORONKA_PASSWORD"),
                                        Auth::SignInContext(clock, QStringLiteral("test")));
    if (!user) {
        err << "sign-in: " << user.error().message << "\n";
        return 2;
    }
    Result<std::unique_ptr<Session>> session = Session::start(*db, clock, *user);
    if (!session) {
        err << "session: " << session.error().message << "\n";
        return 2;
    }
    if (mode == u"write" && args.size() == 5) {
        const int count = args.at(3).toInt();
        const QString prefix = args.at(4);
        Records records(**session);
        int failures = 0;
        for (int i = 0; i < count; ++i) {
            Result<qint64> id = records.create(
                EntityKind::Deal,
                {{QStringLiteral("name"), QStringLiteral("%1-%2").arg(prefix).arg(i)}});
            if (id) {
                out << "ok " << *id << "\n";
            } else {
                out << "error " << id.error().message << "\n";
                ++failures;
            }
        }
        out.flush();
        return failures ? 2 : 0;
    }
    if (mode == u"hold") {
        out << "open\nshared " << (db->shared() ? 1 : 0) << "\n";
        printPeers(*db, out);
        for (std::string line; std::getline(std::cin, line);) {
            // The process's canary for the file: a look now rather than at the next beat.
            if (std::shared_ptr<LockCanary> canary = LockCanary::acquire(db->path()))
                canary->beat();
            printPeers(*db, out);
        }
        return 0;
    }
    err << "unknown mode " << mode << "\n";
    return 1;
}
