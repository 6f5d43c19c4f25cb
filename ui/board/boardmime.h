// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QList>
#include <QtGlobal>

class QMimeData;

namespace Voronka::Ui {

// What a drag of cards carries: the deals (in board order) and the stage they were dragged
// from. One encoder for the drag and for tests that deliver a drop, so both speak the same
// format.
class BoardMime
{
public:
    static const char *type();
    static QMimeData *encode(const QList<qint64> &dealIds, qint64 fromStageId);
    static QMimeData *encode(qint64 dealId, qint64 fromStageId)
    {
        return encode(QList<qint64>{dealId}, fromStageId);
    }
    static bool decode(const QMimeData *mime, QList<qint64> &dealIds, qint64 &fromStageId);
};

} // namespace Voronka::Ui
