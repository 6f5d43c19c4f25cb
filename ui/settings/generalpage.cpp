// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "generalpage.h"

#include "ui/widgets/dates.h"
#include "ui/widgets/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

namespace Voronka::Ui {

namespace {
QTime fromMinutes(int minutes)
{
    return QTime(0, 0).addSecs(minutes * 60);
}

int toMinutes(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}
} // namespace

GeneralPage::GeneralPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("general"), tr("General"), parent)
    , m_company(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_weekStart(new QComboBox(this))
    , m_workStart(new QTimeEdit(this))
    , m_workEnd(new QTimeEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_sharedFile(new QCheckBox(tr("Several computers open this file on a network share"), this))
{
    m_company->setObjectName(QStringLiteral("generalCompany"));
    m_company->setMaxLength(255);
    m_company->setPlaceholderText(tr("Shown in the window title and on exports"));
    m_currency->setObjectName(QStringLiteral("generalCurrency"));
    for (const QString &c : Money::currencies())
        m_currency->addItem(QStringLiteral("%1  %2").arg(c, Money::symbol(c)), c);
    m_weekStart->setObjectName(QStringLiteral("generalWeekStart"));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_weekStart->addItem(locale.standaloneDayName(day, QLocale::LongFormat), day);
    m_workStart->setObjectName(QStringLiteral("generalWorkStart"));
    m_workEnd->setObjectName(QStringLiteral("generalWorkEnd"));
    for (QTimeEdit *t : {m_workStart, m_workEnd})
        t->setDisplayFormat(Dates::timeFormat());
    m_workStart->setAccessibleName(tr("Working day starts"));
    m_workEnd->setAccessibleName(tr("Working day ends"));

    // Hundreds of zones: typing any part of the name ("Moscow") finds it.
    m_timeZone->setObjectName(QStringLiteral("generalTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(tr("The computer's time zone"), QString());
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &z : zones)
        m_timeZone->addItem(QString::fromLatin1(z), QString::fromLatin1(z));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_language->setObjectName(QStringLiteral("generalLanguage"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    for (QWidget *w :
         std::initializer_list<QWidget *>{m_currency, m_weekStart, m_timeZone, m_language})
        w->setMinimumWidth(260);
    m_company->setMinimumWidth(360);

    auto *hours = new QHBoxLayout;
    hours->setSpacing(8);
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(QStringLiteral("—"), this));
    hours->addWidget(m_workEnd);
    hours->addStretch();
    auto *languageHint = new QLabel(
        tr("For users who have not chosen their own; applies on their next start."), this);
    languageHint->setProperty("settingsHint", true);
    auto *language = new QVBoxLayout;
    language->setSpacing(2);
    language->addWidget(m_language, 0, Qt::AlignLeft);
    language->addWidget(languageHint);

    m_sharedFile->setObjectName(QStringLiteral("generalSharedFile"));
    auto *sharedHint =
        new QLabel(tr("Safer writing, and a warning when the share's locks do not work.\n"
                      "On by itself on a network drive; applies when each computer "
                      "next opens the file."),
                   this);
    sharedHint->setProperty("settingsHint", true);
    auto *shared = new QVBoxLayout;
    shared->setSpacing(2);
    shared->addWidget(m_sharedFile, 0, Qt::AlignLeft);
    shared->addWidget(sharedHint);

    QFormLayout *form = optionsForm();
    form->addRow(tr("Company name"), m_company);
    form->addRow(tr("Default currency"), m_currency);
    form->addRow(tr("First day of the week"), m_weekStart);
    form->addRow(tr("Working hours"), hours);
    form->addRow(tr("Time zone"), m_timeZone);
    form->addRow(tr("Default language"), language);
    form->addRow(tr("Shared file"), shared);

    const auto [row, save] = formCard(form, QStringLiteral("generalSave"));
    body()->addLayout(row);
    body()->addStretch();

    connect(save, &QPushButton::clicked, this, &GeneralPage::save);
    connect(m_company, &QLineEdit::returnPressed, this, &GeneralPage::save);
    reload();
}

void GeneralPage::reload()
{
    const Core::Admin::General g = Core::Admin::general(m_session.db());
    m_company->setText(g.companyName);
    int currency = m_currency->findData(g.currency);
    if (currency < 0) {
        // A currency set elsewhere and not offered here stays what it is.
        m_currency->addItem(g.currency, g.currency);
        currency = m_currency->count() - 1;
    }
    m_currency->setCurrentIndex(currency);
    m_weekStart->setCurrentIndex(qMax(0, m_weekStart->findData(g.weekStart)));
    m_workStart->setTime(fromMinutes(g.workStartMin));
    m_workEnd->setTime(fromMinutes(g.workEndMin));
    const int zone = m_timeZone->findData(g.timeZone);
    if (zone >= 0)
        m_timeZone->setCurrentIndex(zone);
    else
        m_timeZone->setEditText(g.timeZone);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(g.language.isEmpty() ? QStringLiteral("ru") : g.language)));
    m_sharedFile->setChecked(g.sharedFile);
}

Core::Admin::General GeneralPage::edited() const
{
    Core::Admin::General g;
    g.companyName = m_company->text().simplified();
    g.currency = m_currency->currentData().toString();
    g.weekStart = m_weekStart->currentData().toInt();
    g.workStartMin = toMinutes(m_workStart->time());
    g.workEndMin = toMinutes(m_workEnd->time());
    // What is typed counts: a zone picked from the list or one typed in full.
    const QString typed = m_timeZone->currentText().trimmed();
    const int index = m_timeZone->findText(typed);
    g.timeZone = index >= 0 ? m_timeZone->itemData(index).toString() : typed;
    g.language = m_language->currentData().toString();
    g.sharedFile = m_sharedFile->isChecked();
    return g;
}

void GeneralPage::save()
{
    const Core::Admin::General before = Core::Admin::general(m_session.db());
    const Core::Admin::General after = edited();
    if (after == before) {
        showInfo(tr("Nothing to save: the options are as they were."));
        return;
    }
    // Options someone else saved since are not overwritten: the step's compare-and-set
    // refuses, naming the option.
    Core::Session &s = m_session;
    if (apply(
            tr("Edit the general options"),
            [&s, after](const Core::Origin &o) { return Core::Admin(s, o).setGeneral(after); },
            [&s, before](const Core::Origin &o) { return Core::Admin(s, o).setGeneral(before); }))
        showInfo(tr("Saved."));
}

} // namespace Voronka::Ui
