// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "createdperiod.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>

namespace Voronka::Ui {

namespace {
// By Preset value.
const char *const kNames[] = {QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "Any time"),
                              QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "Today"),
                              QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "This week"),
                              QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "This month"),
                              QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "Last 30 days"),
                              QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "Last 90 days"),
                              QT_TRANSLATE_NOOP("Voronka::Ui::CreatedPeriod", "This year")};

QString nameOf(CreatedPeriod::Preset p)
{
    return QCoreApplication::translate("Voronka::Ui::CreatedPeriod", kNames[int(p)]);
}
} // namespace

void CreatedPeriod::fill(QComboBox *box, const QList<Preset> &presets)
{
    box->addItem(nameOf(AnyTime), int(AnyTime));
    for (Preset p : presets)
        box->addItem(nameOf(p), int(p));
}

std::optional<qint64> CreatedPeriod::startMs(Preset preset, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    QDate from;
    switch (preset) {
    case Today:
        from = today;
        break;
    case ThisWeek:
        from = today.addDays(1 - today.dayOfWeek());
        break;
    case ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case Last30Days:
        from = today.addDays(-29);
        break;
    case Last90Days:
        from = today.addDays(-89);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case AnyTime:
        return std::nullopt;
    }
    return from.startOfDay().toMSecsSinceEpoch();
}

} // namespace Voronka::Ui
