// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rowsreader.h"

namespace Voronka::Core {

RowsReader::RowsReader(const QStringList &headers, const QList<QVariantList> &rows)
{
    m_detected.headers = headers;
    m_rows.reserve(rows.size());
    qint64 number = 2;
    for (const QVariantList &cells : rows)
        m_rows.append(ImportRow{number++, cells});
}

RowsReader::RowsReader(const QStringList &headers, const QList<ImportRow> &rows)
    : m_rows(rows)
{
    m_detected.headers = headers;
}

bool RowsReader::next(ImportRow &row)
{
    if (m_next >= m_rows.size())
        return false;
    row = m_rows.at(m_next++);
    while (row.cells.size() < m_detected.headers.size())
        row.cells.append(QVariant());
    return true;
}

double RowsReader::progress() const
{
    return m_rows.isEmpty() ? 1.0 : double(m_next) / double(m_rows.size());
}

} // namespace Voronka::Core
