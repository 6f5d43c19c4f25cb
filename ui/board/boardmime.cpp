// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardmime.h"

#include <QMimeData>

namespace Voronka::Ui {

const char *BoardMime::type()
{
    return "application/x-voronka-deal";
}

QMimeData *BoardMime::encode(qint64 dealId, qint64 fromStageId)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(type()),
                  QByteArray::number(dealId) + ' ' + QByteArray::number(fromStageId));
    return mime;
}

bool BoardMime::decode(const QMimeData *mime, qint64 &dealId, qint64 &fromStageId)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(type())))
        return false;
    const QList<QByteArray> parts = mime->data(QString::fromLatin1(type())).split(' ');
    if (parts.size() != 2)
        return false;
    bool okDeal = false, okStage = false;
    dealId = parts.at(0).toLongLong(&okDeal);
    fromStageId = parts.at(1).toLongLong(&okStage);
    return okDeal && okStage && dealId > 0;
}

} // namespace Voronka::Ui
