// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/importexport/exporter.h"

#include <QStringList>
#include <QTextStream>

#include <variant>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Cli {

// voronka-cli export contacts --format csv|vcf|xlsx [--out FILE]
// voronka-cli export companies|deals --format csv|xlsx [--out FILE]
// Deals are exported with every column of the deals list and every custom field.
struct ExportRequest
{
    Core::EntityKind kind = Core::EntityKind::Contact;
    Core::ExportFormat format = Core::ExportFormat::Csv;
    QString outPath; // empty: standard output
};

// Parses the words after "export"; a usage message when they are wrong.
std::variant<ExportRequest, QString> parseExport(QStringList args);
// Writes the export; the exit code (0 or 2) after printing any error to err.
int runExport(Core::Session &s, const ExportRequest &request, QTextStream &err);

} // namespace Voronka::Cli
