// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace Voronka::Ui {

// The days a report covers, [from, to): whole days in the viewer's time zone.
struct ReportPeriod
{
    QDate from, to;
    qint64 fromMs(const QTimeZone &zone) const { return from.startOfDay(zone).toMSecsSinceEpoch(); }
    qint64 toMs(const QTimeZone &zone) const { return to.startOfDay(zone).toMSecsSinceEpoch(); }
    bool operator==(const ReportPeriod &) const = default;
};

// The period selector of the analytics pages: today, this week (from Monday), this month,
// this quarter, this year, last month, or custom dates. Weeks start on Monday as in the task
// board and the calendar.
class PeriodPicker final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Today, ThisWeek, ThisMonth, ThisQuarter, ThisYear, LastMonth, Custom };
    Q_ENUM(Kind)

    PeriodPicker(QDate today, QWidget *parent = nullptr);

    // The days `kind` covers as seen on `today` (Custom: today alone).
    static ReportPeriod periodFor(Kind kind, QDate today);

    Kind kind() const;
    void setKind(Kind kind);
    ReportPeriod period() const;
    void setCustom(QDate from, QDate lastDay);
    // The day changed (the view stayed open over midnight): relative periods follow it.
    void setToday(QDate today);
    // "March 2026", "Q1 2026", "02.03.2026 – 08.03.2026": what the period is called in titles.
    QString label() const;

signals:
    void changed();

private:
    void kindChosen();

    QDate m_today;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to; // the last day shown, inclusive; the period ends the day after
};

} // namespace Voronka::Ui
