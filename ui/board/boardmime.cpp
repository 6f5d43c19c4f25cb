// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardmime.h"

#include <QMimeData>

namespace Voronka::Ui {

const char *BoardMime::type()
{
    return "application/x-voronka-deal";
}

// "<from stage> <deal> <deal> ...": plain text, so a drop from an older window still parses.
QMimeData *BoardMime::encode(const QList<qint64> &dealIds, qint64 fromStageId)
{
    QByteArray data = QByteArray::number(fromStageId);
    for (qint64 id : dealIds)
        data += ' ' + QByteArray::number(id);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(type()), data);
    return mime;
}

bool BoardMime::decode(const QMimeData *mime, QList<qint64> &dealIds, qint64 &fromStageId)
{
    dealIds.clear();
    if (!mime || !mime->hasFormat(QString::fromLatin1(type())))
        return false;
    const QList<QByteArray> parts = mime->data(QString::fromLatin1(type())).split(' ');
    if (parts.size() < 2)
        return false;
    bool ok = false;
    fromStageId = parts.at(0).toLongLong(&ok);
    if (!ok)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qint64 id = parts.at(i).toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        dealIds << id;
    }
    return true;
}

} // namespace Voronka::Ui
