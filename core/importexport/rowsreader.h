// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/importsource.h"

namespace Voronka::Core {

// An ImportReader over rows already in memory: data pasted into the wizard, rows a program
// builds, tests. Row numbers count from the header as a spreadsheet's would (the header is
// row 1, the first data row 2) unless the rows carry their own.
class RowsReader final : public ImportReader
{
public:
    RowsReader(const QStringList &headers, const QList<QVariantList> &rows);
    RowsReader(const QStringList &headers, const QList<ImportRow> &rows);

    const ImportDetected &detected() const override { return m_detected; }
    bool next(ImportRow &row) override;
    QString error() const override { return {}; }
    double progress() const override;

private:
    ImportDetected m_detected;
    QList<ImportRow> m_rows;
    qsizetype m_next = 0;
};

} // namespace Voronka::Core
