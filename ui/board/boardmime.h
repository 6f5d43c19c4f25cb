// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QtGlobal>

class QMimeData;

namespace Voronka::Ui {

// What a dragged card carries: the deal and the stage it was dragged from. One encoder for
// the drag and for tests that deliver a drop, so both speak the same format.
class BoardMime
{
public:
    static const char *type();
    static QMimeData *encode(qint64 dealId, qint64 fromStageId);
    static bool decode(const QMimeData *mime, qint64 &dealId, qint64 &fromStageId);
};

} // namespace Voronka::Ui
