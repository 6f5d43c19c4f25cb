// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "exportcommands.h"

#include "cli.h"

#include "services/session.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace Voronka::Cli {

using namespace Core;

std::variant<ExportRequest, QString> parseExport(QStringList args)
{
    ExportRequest r;
    if (args.isEmpty())
        return QStringLiteral("export needs what to export: contacts or companies.");
    const QString what = args.takeFirst();
    if (what == u"contacts")
        r.kind = EntityKind::Contact;
    else if (what == u"companies")
        r.kind = EntityKind::Company;
    else
        return QStringLiteral("export contacts or companies, not '%1'.").arg(what);
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
    else if (format == u"vcf" && r.kind == EntityKind::Contact)
        r.format = ExportFormat::VCard;
    else if (format == u"vcf")
        return QStringLiteral("vCard holds contacts; export companies with --format csv.");
    else
        return r.kind == EntityKind::Contact ? QStringLiteral("--format must be csv or vcf.")
                                             : QStringLiteral("--format must be csv.");
    return r;
}

int runExport(Session &s, const ExportRequest &request, QTextStream &err)
{
    Exporter exporter(s);
    if (request.outPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            err << "voronka-cli: cannot write to standard output.\n";
            return DataError;
        }
        Result<qint64> n = exporter.write(request.kind, request.format, out);
        out.flush();
        if (!n) {
            return dataError(err, n.error().message);
        }
        return Success;
    }
    // A save file: a refused or failed export leaves no half-written file behind.
    QSaveFile out(request.outPath);
    const bool isNew = !QFileInfo::exists(request.outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        err << "voronka-cli: cannot write " << request.outPath << ": " << out.errorString() << "\n";
        return DataError;
    }
    // A new file is private to the user (0600); a replaced one keeps its permissions.
    if (isNew && !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        out.cancelWriting();
        err << "voronka-cli: cannot write " << request.outPath << ": " << out.errorString() << "\n";
        return DataError;
    }
    Result<qint64> n = exporter.write(request.kind, request.format, out);
    if (!n) {
        out.cancelWriting();
        return dataError(err, n.error().message);
    }
    if (!out.commit()) {
        err << "voronka-cli: cannot write " << request.outPath << ": " << out.errorString() << "\n";
        return DataError;
    }
    err << "Exported " << *n << (request.kind == EntityKind::Contact ? " contacts" : " companies")
        << " to " << request.outPath << "\n";
    return Success;
}

} // namespace Voronka::Cli
