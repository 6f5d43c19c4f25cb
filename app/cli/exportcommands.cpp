// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "exportcommands.h"

#include "output.h"

#include "cli.h"

#include "core/services/recordlist.h"
#include "core/services/session.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Voronka::Cli {

using namespace Core;

std::variant<ExportRequest, QString> parseExport(QStringList args)
{
    ExportRequest r;
    if (args.isEmpty())
        return QStringLiteral("export needs what to export: contacts, companies, deals or tasks.");
    const QString what = args.takeFirst();
    if (what == u"contacts")
        r.kind = EntityKind::Contact;
    else if (what == u"companies")
        r.kind = EntityKind::Company;
    else if (what == u"deals")
        r.kind = EntityKind::Deal;
    else
        return QStringLiteral("export contacts, companies, deals or tasks, not '%1'.").arg(what);
    QString format;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == u"--format" || a == u"--out") && !args.isEmpty())
            (a == u"--format" ? format : r.outPath) = args.takeFirst();
        else
            return QStringLiteral("unexpected argument '%1'.").arg(a);
    }
    if (format == u"csv")
        r.format = ExportFormat::Csv;
    else if (format == u"xlsx")
        r.format = ExportFormat::Xlsx;
    else if (format == u"vcf" && r.kind == EntityKind::Contact)
        r.format = ExportFormat::VCard;
    else if (format == u"vcf")
        return QStringLiteral("vCard holds contacts; export %1 with --format csv or xlsx.")
            .arg(what);
    else
        return r.kind == EntityKind::Contact ? QStringLiteral("--format must be csv, vcf or xlsx.")
                                             : QStringLiteral("--format must be csv or xlsx.");
    return r;
}

int runExport(Session &s, const ExportRequest &request, QTextStream &err)
{
    Exporter exporter(s);
    Output out(request.outPath);
    if (const std::optional<QString> failed = out.open())
        return dataError(err, *failed);
    Result<qint64> n = 0;
    if (request.kind == EntityKind::Deal) {
        // Every column the list can show, custom fields included, in the list's order.
        RecordList list(s, EntityKind::Deal);
        QStringList keys;
        for (const ListColumn &c : list.availableColumns())
            keys << c.key;
        ListQuery query;
        query.sortKey = QStringLiteral("created");
        n = request.format == ExportFormat::Xlsx ? list.exportXlsx(query, keys, out.device())
                                                 : list.exportCsv(query, keys, out.device());
    } else {
        n = exporter.write(request.kind, request.format, out.device());
    }
    if (!n) {
        out.cancel();
        return dataError(err, n.error().message);
    }
    if (const std::optional<QString> failed = out.finish())
        return dataError(err, *failed);
    if (out.toFile())
        err << "Exported " << *n
            << (request.kind == EntityKind::Contact   ? " contacts"
                : request.kind == EntityKind::Company ? " companies"
                                                      : " deals")
            << " to "
            << request.outPath << "\n";
    return Success;
}

} // namespace Voronka::Cli
