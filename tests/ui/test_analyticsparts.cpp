// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "ui/analytics/chartstyle.h"
#include "ui/analytics/periodpicker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Voronka;
using Kind = Ui::PeriodPicker::Kind;

TEST_CASE("periodPicker_periodsAreWholeDaysFromMondayMonthQuarterAndYear")
{
    const QDate sunday(2026, 3, 8); // a Sunday in the first quarter
    using P = Ui::ReportPeriod;
    CHECK(Ui::PeriodPicker::periodFor(Kind::Today, sunday) == P{sunday, QDate(2026, 3, 9)});
    CHECK(Ui::PeriodPicker::periodFor(Kind::ThisWeek, sunday) ==
          P{QDate(2026, 3, 2), QDate(2026, 3, 9)});
    CHECK(Ui::PeriodPicker::periodFor(Kind::ThisMonth, sunday) ==
          P{QDate(2026, 3, 1), QDate(2026, 4, 1)});
    CHECK(Ui::PeriodPicker::periodFor(Kind::ThisQuarter, sunday) ==
          P{QDate(2026, 1, 1), QDate(2026, 4, 1)});
    CHECK(Ui::PeriodPicker::periodFor(Kind::ThisQuarter, QDate(2026, 12, 31)) ==
          P{QDate(2026, 10, 1), QDate(2027, 1, 1)});
    CHECK(Ui::PeriodPicker::periodFor(Kind::ThisYear, sunday) ==
          P{QDate(2026, 1, 1), QDate(2027, 1, 1)});
    CHECK(Ui::PeriodPicker::periodFor(Kind::LastMonth, QDate(2026, 1, 15)) ==
          P{QDate(2025, 12, 1), QDate(2026, 1, 1)});
    const QTimeZone moscow("Europe/Moscow");
    const P day{sunday, sunday.addDays(1)};
    CHECK(day.toMs(moscow) - day.fromMs(moscow) == 24 * 3600 * 1000LL);
    CHECK(day.fromMs(moscow) == QDateTime(sunday, QTime(0, 0), moscow).toMSecsSinceEpoch());
}

TEST_CASE("periodPicker_customDatesShowOnlyForCustomAndTheDayChangeMovesTheRest")
{
    Ui::PeriodPicker picker(QDate(2026, 3, 31));
    picker.show();
    QSignalSpy changed(&picker, &Ui::PeriodPicker::changed);
    auto *kind = picker.findChild<QComboBox *>(QStringLiteral("periodKind"));
    auto *from = picker.findChild<QDateEdit *>(QStringLiteral("periodFrom"));
    auto *to = picker.findChild<QDateEdit *>(QStringLiteral("periodTo"));
    REQUIRE(kind);
    REQUIRE(from);
    REQUIRE(to);
    CHECK(picker.kind() == Kind::ThisMonth);
    CHECK_FALSE(from->isVisible());
    kind->setCurrentIndex(kind->findData(int(Kind::Custom)));
    CHECK(from->isVisible());
    CHECK(to->isVisible());
    // The custom dates start from the month shown before, last day inclusive.
    CHECK(picker.period() == Ui::ReportPeriod{QDate(2026, 3, 1), QDate(2026, 4, 1)});
    to->setDate(QDate(2026, 3, 10));
    CHECK(picker.period() == Ui::ReportPeriod{QDate(2026, 3, 1), QDate(2026, 3, 11)});
    CHECK(changed.size() >= 2);
    // Dates entered the wrong way round still make a period.
    from->setDate(QDate(2026, 3, 20));
    CHECK(picker.period() == Ui::ReportPeriod{QDate(2026, 3, 10), QDate(2026, 3, 21)});

    picker.setKind(Kind::ThisMonth);
    CHECK_FALSE(from->isVisible());
    picker.setToday(QDate(2026, 4, 1)); // left open over midnight into April
    CHECK(picker.period() == Ui::ReportPeriod{QDate(2026, 4, 1), QDate(2026, 5, 1)});
    picker.setKind(Kind::ThisQuarter);
    CHECK(picker.label() == QStringLiteral("Q2 2026"));
}

TEST_CASE("chartStyle_savesTheChartWithItsTableAsPngAndPdf_andNamesAFileItCannotWrite")
{
    QWidget page;
    page.resize(640, 480);
    auto *layout = new QVBoxLayout(&page);
    auto *chart = new QChart;
    auto *set = new QBarSet(QStringLiteral("Won"));
    *set << 3 << 5 << 2;
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar")});
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    Ui::ChartStyle::apply(chart);
    CHECK_FALSE(chart->isDropShadowEnabled());
    CHECK(chart->animationOptions() == QChart::NoAnimation);
    layout->addWidget(new QChartView(chart));
    page.show();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("report.png"));
    REQUIRE(Ui::ChartStyle::save(&page, png, &error));
    QImage image(png);
    CHECK(image.width() == 1280); // drawn at twice the size, sharp on a printout
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(Ui::ChartStyle::save(&page, pdf, &error));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    const QString bad = dir.filePath(QStringLiteral("missing/report.png"));
    CHECK_FALSE(Ui::ChartStyle::save(&page, bad, &error));
    CHECK(error.contains(QStringLiteral("missing/report.png")));
}
