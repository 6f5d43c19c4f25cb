// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "periodpicker.h"

#include "ui/widgets/dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>

namespace Voronka::Ui {

PeriodPicker::PeriodPicker(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("periodPicker"));
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Period"));
    const std::pair<Kind, QString> kinds[] = {
        {Kind::Today, tr("Today")},          {Kind::ThisWeek, tr("This week")},
        {Kind::ThisMonth, tr("This month")}, {Kind::ThisQuarter, tr("This quarter")},
        {Kind::ThisYear, tr("This year")},   {Kind::LastMonth, tr("Last month")},
        {Kind::Custom, tr("Custom dates…")}};
    for (const auto &[k, text] : kinds)
        m_kind->addItem(text, int(k));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(Dates::dateFormat());
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("To"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_from);
    row->addWidget(m_to);
    setKind(Kind::ThisMonth);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodPicker::kindChosen);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (kind() == Kind::Custom)
                emit changed();
        });
}

ReportPeriod PeriodPicker::periodFor(Kind kind, QDate today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (kind) {
    case Kind::Today:
    case Kind::Custom:
        return {today, today.addDays(1)};
    case Kind::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday, monday.addDays(7)};
    }
    case Kind::ThisMonth:
        return {monthStart, monthStart.addMonths(1)};
    case Kind::ThisQuarter: {
        const QDate q(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {q, q.addMonths(3)};
    }
    case Kind::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year() + 1, 1, 1)};
    case Kind::LastMonth:
        return {monthStart.addMonths(-1), monthStart};
    }
    return {today, today.addDays(1)};
}

PeriodPicker::Kind PeriodPicker::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void PeriodPicker::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    kindChosen();
}

void PeriodPicker::kindChosen()
{
    const bool custom = kind() == Kind::Custom;
    if (!custom) {
        const ReportPeriod p = periodFor(kind(), m_today);
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(p.from);
        m_to->setDate(p.to.addDays(-1));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emit changed();
}

ReportPeriod PeriodPicker::period() const
{
    if (kind() != Kind::Custom)
        return periodFor(kind(), m_today);
    const QDate from = std::min(m_from->date(), m_to->date());
    return {from, std::max(m_from->date(), m_to->date()).addDays(1)};
}

void PeriodPicker::setCustom(QDate from, QDate lastDay)
{
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_kind);
        m_from->setDate(from);
        m_to->setDate(lastDay);
        m_kind->setCurrentIndex(m_kind->findData(int(Kind::Custom)));
    }
    kindChosen();
}

void PeriodPicker::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (kind() != Kind::Custom)
        kindChosen();
}

QString PeriodPicker::label() const
{
    const ReportPeriod p = period();
    const QLocale locale;
    switch (kind()) {
    case Kind::Today:
        return Dates::date(p.from);
    case Kind::ThisMonth:
    case Kind::LastMonth:
        return locale.standaloneMonthName(p.from.month()) + u' ' + QString::number(p.from.year());
    case Kind::ThisQuarter:
        return tr("Q%1 %2").arg((p.from.month() - 1) / 3 + 1).arg(p.from.year());
    case Kind::ThisYear:
        return QString::number(p.from.year());
    case Kind::ThisWeek:
    case Kind::Custom:
        break;
    }
    return Dates::date(p.from) + QStringLiteral(" – ") + Dates::date(p.to.addDays(-1));
}

} // namespace Voronka::Ui
