// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QList>

#include <optional>

class QComboBox;

namespace Voronka::Ui {

// The "Created" presets of the filter panels (the board's, the contacts' and companies'). The
// values are stored in the board's saved filters, so they never change meaning.
class CreatedPeriod
{
public:
    enum Preset { AnyTime = 0, Today, ThisWeek, ThisMonth, Last30Days, Last90Days, ThisYear };

    // Fills `box` with "Any time" and `presets`, in that order, each item's data its Preset.
    static void fill(QComboBox *box, const QList<Preset> &presets);
    // Where the preset starts: local midnight of its first day, with today read from the
    // session's clock (`nowMs`); nothing for AnyTime.
    static std::optional<qint64> startMs(Preset preset, qint64 nowMs);
};

} // namespace Voronka::Ui
