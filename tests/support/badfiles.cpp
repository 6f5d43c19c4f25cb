// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "badfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

#include <sqlite3.h>

namespace Voronka::Test {

bool damageTable(const QString &path, const char *table)
{
    sqlite3 *h = nullptr;
    qint64 root = 0, pageSize = 0;
    // immutable: reading the layout leaves no -wal/-shm beside the file.
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
    if (sqlite3_open_v2(uri.constData(), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(h,
                               "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM "
                               "sqlite_schema WHERE type IN ('table', 'index') AND name = ?1",
                               -1, &q, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
            if (sqlite3_step(q) == SQLITE_ROW) {
                root = sqlite3_column_int64(q, 0);
                pageSize = sqlite3_column_int64(q, 1);
            }
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(h);
    if (root <= 1 || pageSize <= 0)
        return false;

    QRandomGenerator noise(20260302);
    QByteArray page(pageSize, '\0');
    for (char &b : page)
        b = char(noise.bounded(256));
    page[0] = '\x01'; // no such b-tree page type
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek((root - 1) * pageSize) &&
           f.write(page) == pageSize;
}

} // namespace Voronka::Test
