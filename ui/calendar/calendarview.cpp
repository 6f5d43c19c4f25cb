// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "calendarview.h"

#include "ui/calendar/daytasksdialog.h"
#include "ui/calendar/monthview.h"
#include "ui/widgets/dates.h"
#include "ui/calendar/teamgridview.h"
#include "ui/calendar/weekview.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/tasks/teamgrid.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/recordscommand.h"
#include "ui/widgets/taskdialog.h"
#include "ui/widgets/taskundo.h"
#include "ui/widgets/undonotice.h"
#include "ui/widgets/undoscope.h"
#include "core/permissions/permissions.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const char kModeSetting[] = "calendar/mode";
const char kHideDoneSetting[] = "calendar/hideDone";
} // namespace

CalendarView::CalendarView(Core::Session &session, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_title(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_picker(new QDateEdit(this))
    , m_people(new QComboBox(this))
    , m_hideDone(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_week(new WeekView(m_zone, this))
    , m_month(new MonthView(m_zone, this))
    , m_team(new TeamGridView(session, m_zone, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("calendarView"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_prev->setObjectName(QStringLiteral("calendarPrev"));
    m_prev->setText(QStringLiteral("‹"));
    m_prev->setToolTip(tr("Previous"));
    m_next->setObjectName(QStringLiteral("calendarNext"));
    m_next->setText(QStringLiteral("›"));
    m_next->setToolTip(tr("Next"));
    m_today->setObjectName(QStringLiteral("calendarToday"));
    m_today->setText(tr("Today"));
    m_picker->setObjectName(QStringLiteral("calendarDate"));
    m_picker->setCalendarPopup(true);
    m_picker->setDisplayFormat(Dates::dateFormat());
    m_people->setObjectName(QStringLiteral("calendarPeople"));
    // As wide as a person's name, not as the longest department: the header keeps to one
    // row at 1440 pixels with Hide done beside it (the open list shows whole names).
    m_people->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_people->setMinimumContentsLength(12);
    m_hideDone->setObjectName(QStringLiteral("calendarHideDone"));
    m_hideDone->setText(tr("Hide done"));
    m_hideDone->setToolTip(tr("Show only open tasks: completed and cancelled ones are hidden"));
    m_hideDone->setCheckable(true);
    m_hideDone->setProperty("segment", true);
    m_hideDone->setChecked(QSettings().value(QLatin1String(kHideDoneSetting), false).toBool());
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_stack->setObjectName(QStringLiteral("calendarStack"));
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_team);

    const QString modeNames[] = {tr("Day"), tr("Week"), tr("Month"), tr("Team")};
    const char *modeIds[] = {"calendarDayMode", "calendarWeekMode", "calendarMonthMode",
                             "calendarTeamMode"};
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    // Wraps when the calendar gets narrow (a card docked beside it).
    auto *header = new FlowLayout(nullptr, 12, 8);
    header->addWidget(m_title);
    header->addWidget(FlowLayout::group(this, {m_prev, m_today, m_next, m_picker}));
    header->addStretch();
    header->addWidget(m_people);
    header->addWidget(m_hideDone);
    QList<QWidget *> modeGroup;
    for (int i = 0; i < 4; ++i) {
        m_modeButtons[i] = new QToolButton(this);
        m_modeButtons[i]->setObjectName(QString::fromLatin1(modeIds[i]));
        m_modeButtons[i]->setText(modeNames[i]);
        m_modeButtons[i]->setCheckable(true);
        m_modeButtons[i]->setProperty("segment", true);
        modes->addButton(m_modeButtons[i]);
        modeGroup << m_modeButtons[i];
        connect(m_modeButtons[i], &QToolButton::clicked, this, [this, i] { setMode(Mode(i)); });
    }
    header->addWidget(FlowLayout::group(this, modeGroup));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 12);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    m_date = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date();
    m_picker->setDate(m_date);
    const int saved = QSettings().value(QLatin1String(kModeSetting), int(Mode::Week)).toInt();
    setMode(Mode(std::clamp(saved, 0, 3)));

    connect(m_prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_today, &QToolButton::clicked, this, &CalendarView::goToday);
    connect(m_picker, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d != m_date)
            setDate(d);
    });
    connect(m_people, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    connect(m_week, &WeekView::moveRequested, this, &CalendarView::moveTask);
    connect(m_week, &WeekView::resizeRequested, this, &CalendarView::resizeTask);
    connect(m_week, &WeekView::createRequested, this, &CalendarView::createTaskAt);
    connect(m_week, &WeekView::openRequested, this, &CalendarView::openTask);
    connect(m_week, &WeekView::moreRequested, this, &CalendarView::listHour);
    connect(m_hideDone, &QToolButton::toggled, this, &CalendarView::setHideDone);
    connect(m_month, &MonthView::moveRequested, this, &CalendarView::moveTask);
    connect(m_month, &MonthView::createRequested, this, &CalendarView::createTaskAt);
    connect(m_month, &MonthView::openRequested, this, &CalendarView::openTask);
    connect(m_month, &MonthView::dayRequested, this, [this](QDate day) {
        m_date = day;
        setMode(Mode::Day);
    });
    connect(m_team, &TeamGridView::periodChanged, this, &CalendarView::updateTitle);
    setUpUndo();
}

void CalendarView::setUpUndo()
{
    m_undo->setObjectName(QStringLiteral("calendarUndoStack"));
    makeUndoScope(m_undo, this);
    new UndoNotice(m_undo, this); // "Moved «Alpha» to Won · Undo"
    connect(m_team, &TeamGridView::taskCreated, this, &CalendarView::pushCreated);
}

// After an undo or a redo the visible period is read again; a step refused (a colleague
// changed the task since) is shown like any other refusal.
RecordsCommand::Done CalendarView::undoDone()
{
    return [this](const QList<Core::Records::Step> &, const QString &message) {
        reload();
        if (!message.isEmpty())
            showError(message);
    };
}

void CalendarView::pushCreated(qint64 taskId)
{
    if (RecordsCommand *step = TaskUndo::created(m_session, taskId, undoDone()))
        m_undo->push(step);
}

void CalendarView::activate()
{
    if (!m_loaded) {
        fillPeople();
    }
    m_loaded = true;
    reload();
}

void CalendarView::fillPeople()
{
    const QSignalBlocker block(m_people);
    m_people->clear();
    // Only the scopes the role can see: "Everyone" for the whole team, a department for a
    // head; a role that sees only its own tasks gets no choice, and is told why.
    const Core::Scope scope = Core::Permissions::scope(
        m_session.principal(), Core::PermEntity::Task, Core::PermAction::View);
    if (scope == Core::Scope::All)
        m_people->addItem(tr("Everyone"), qint64(0));
    Core::TeamGrid grid(m_session, m_zone);
    if (auto users = grid.visibleUsers())
        for (const Core::TeamGridUser &u : *users)
            m_people->addItem(u.name, u.id);
    if (scope == Core::Scope::All || scope == Core::Scope::Department)
        if (auto departments = grid.visibleDepartments())
            for (const auto &d : *departments)
                m_people->addItem(tr("Department: %1").arg(d.second), -d.first);
    const bool choice = m_people->count() > 1;
    m_people->setEnabled(choice);
    m_people->setToolTip(choice ? QString() : tr("Your role lets you see only your own tasks."));
    // One's own calendar first; the team grid starts with the whole team the role sees.
    int at = m_people->findData(m_session.principal().userId);
    if (m_mode == Mode::Team) {
        at = m_people->findData(qint64(0));
        if (at < 0)
            at = m_people->findData(-m_session.principal().departmentId);
    }
    m_people->setCurrentIndex(std::max(0, at));
}

bool CalendarView::pickUser(qint64 userId)
{
    const int at = m_people->findData(userId);
    if (at < 0)
        return false;
    m_people->setCurrentIndex(at);
    return true;
}

bool CalendarView::pickDepartment(qint64 departmentId)
{
    const int at = m_people->findData(-departmentId);
    if (at < 0)
        return false;
    m_people->setCurrentIndex(at);
    return true;
}

qint64 CalendarView::pickedUser() const
{
    const qint64 v = m_people->currentData().toLongLong();
    return v > 0 ? v : 0;
}

bool CalendarView::hidesDone() const
{
    return m_hideDone->isChecked();
}

void CalendarView::setHideDone(bool hide)
{
    if (m_hideDone->isChecked() != hide) {
        m_hideDone->setChecked(hide); // comes back here through toggled
        return;
    }
    QSettings().setValue(QLatin1String(kHideDoneSetting), hide);
    if (m_loaded)
        reload();
}

Core::TaskFilter CalendarView::peopleFilter() const
{
    Core::TaskFilter f;
    // The day, week and month read only open tasks then: the filter is core's, so limits
    // and counts are of what is shown. The team grid has a status filter of its own.
    if (hidesDone())
        f.statuses = {Core::TaskStatus::Open};
    const qint64 v = m_people->currentData().toLongLong();
    if (v > 0)
        f.responsibleIds = {v};
    else if (v < 0)
        f.departmentId = -v;
    return f; // everyone the viewer may see: the permission predicate applies in core
}

QDate CalendarView::firstDay() const
{
    switch (m_mode) {
    case Mode::Day:
        return m_date;
    case Mode::Week:
        return m_date.addDays(1 - m_date.dayOfWeek());
    case Mode::Month:
        return MonthView::gridStart(m_date);
    case Mode::Team:
        return m_date;
    }
    return m_date;
}

int CalendarView::dayCount() const
{
    switch (m_mode) {
    case Mode::Day:
        return 1;
    case Mode::Week:
        return 7;
    case Mode::Month:
        return 42;
    case Mode::Team:
        return m_team->days();
    }
    return 7;
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    m_modeButtons[int(mode)]->setChecked(true);
    // The grid is about the team: one person's row alone is the week view's job.
    if (mode == Mode::Team && m_people->currentData().toLongLong() > 0) {
        const QSignalBlocker block(m_people);
        m_people->setCurrentIndex(m_people->findData(qint64(0)));
    }
    QSettings().setValue(QLatin1String(kModeSetting), int(mode));
    m_hideDone->setVisible(mode != Mode::Team);
    if (mode == Mode::Month)
        m_stack->setCurrentWidget(m_month);
    else if (mode == Mode::Team)
        m_stack->setCurrentWidget(m_team);
    else
        m_stack->setCurrentWidget(m_week);
    if (m_loaded)
        reload();
}

void CalendarView::setDate(QDate date)
{
    m_date = date;
    if (m_loaded)
        reload();
}

void CalendarView::step(int direction)
{
    switch (m_mode) {
    case Mode::Day:
        m_date = m_date.addDays(direction);
        break;
    case Mode::Week:
        m_date = m_date.addDays(7 * direction);
        break;
    case Mode::Month:
        m_date = m_date.addMonths(direction);
        break;
    case Mode::Team:
        m_date = m_date.addDays(qint64(m_team->days()) * direction);
        break;
    }
    setDate(m_date);
}

void CalendarView::goToday()
{
    setDate(QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date());
}

void CalendarView::reload()
{
    {
        const QSignalBlocker block(m_picker);
        m_picker->setDate(m_date);
    }
    m_error->hide();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date();
    updateTitle();
    if (m_mode == Mode::Team) {
        const Core::TaskFilter people = peopleFilter();
        m_team->setPeople(people.responsibleIds, people.departmentId);
        m_team->setPeriod(m_date, m_team->days());
        m_team->reload();
        return;
    }
    const QDate first = firstDay();
    const int days = dayCount();
    // A day at a time, so a busy day never crowds the later ones out of a limited read. The
    // month shows a few chips a day, so it reads a few and counts the rest; the day and week
    // views read up to kDayLimit a day (a person's busiest day at reference size is ~700)
    // and say so when a day has more.
    const bool month = m_mode == Mode::Month;
    constexpr int kMonthChips = 12, kDayLimit = 1500;
    Core::TaskQuery query(m_session, m_zone);
    QList<Core::TaskRow> rows;
    QHash<QDate, int> totals;
    bool clipped = false;
    Core::TaskFilter f = peopleFilter();
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        f.dueFrom = day.startOfDay(m_zone).toMSecsSinceEpoch();
        f.dueTo = day.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
        const int limit = month ? kMonthChips : kDayLimit;
        Core::Result<QList<Core::TaskRow>> part = query.dueBetween(f, limit);
        if (!part) {
            showError(part.error().message);
            return;
        }
        int total = int(part->size());
        if (total == limit) {
            clipped = clipped || !month;
            if (month) {
                Core::Result<qint64> n = query.countBetween(f);
                if (!n) {
                    showError(n.error().message);
                    return;
                }
                total = int(*n);
            }
        }
        totals.insert(day, total);
        rows += *part;
    }
    if (clipped)
        showError(tr("Some days have more than %L1 tasks: the first %L1 of each are shown. "
                     "Pick a person or a department to see them all.")
                      .arg(kDayLimit));
    if (month) {
        m_month->setMonth(m_date);
        m_month->setToday(today);
        m_month->setTasks(rows, totals);
    } else {
        m_week->setDays(first, days);
        m_week->setToday(today);
        m_week->setTasks(rows);
        // Only when a period is first shown: a reload after a drag must not move the grid.
        if (m_scrolledFor != qMakePair(first, days)) {
            m_scrolledFor = qMakePair(first, days);
            m_week->scrollToBusiest();
        }
    }
}

void CalendarView::updateTitle()
{
    const QLocale locale;
    const QDate first = firstDay();
    const QDate last = first.addDays(dayCount() - 1);
    QString title;
    switch (m_mode) {
    case Mode::Day:
        title = locale.toString(m_date, QStringLiteral("dddd, d MMMM yyyy"));
        break;
    case Mode::Month:
        title = locale.standaloneMonthName(m_date.month()) + u' ' + QString::number(m_date.year());
        break;
    case Mode::Week:
    case Mode::Team:
        title =
            first.month() == last.month()
                ? QStringLiteral("%1–%2").arg(QString::number(first.day()),
                                              locale.toString(last, QStringLiteral("d MMMM yyyy")))
                : QStringLiteral("%1 – %2").arg(
                      locale.toString(first, QStringLiteral("d MMM")),
                      locale.toString(last, QStringLiteral("d MMM yyyy")));
        break;
    }
    m_title->setText(title);
}

void CalendarView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString CalendarView::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool CalendarView::moveTask(qint64 taskId, const QDateTime &start, bool allDay)
{
    const RecordsCommand::Snapshot before =
        RecordsCommand::take(m_session, {{Core::EntityKind::Task, taskId}});
    Core::Patch p{{QStringLiteral("due_at"), start.toMSecsSinceEpoch()},
                  {QStringLiteral("all_day"), allDay}};
    const Core::Status s = Core::Records(m_session).update(Core::EntityKind::Task, taskId, p);
    reload();
    if (!s.ok()) {
        showError(s.error().message);
        return false;
    }
    // The month keeps the time: the step names the day only, as an all-day task's does.
    const QLocale locale;
    const QDate day = start.toTimeZone(m_zone).date();
    const QString where =
        allDay || m_mode == Mode::Month
            ? locale.toString(day, QStringLiteral("d MMMM"))
            : tr("%1 at %2", "a day, a time of it")
                  .arg(locale.toString(day, QStringLiteral("d MMMM")),
                       Dates::time(start.toTimeZone(m_zone).time()));
    m_undo->push(new RecordsCommand(
        m_session,
        TaskUndo::move(before.records.first().value(QStringLiteral("text")).toString(), where),
        before, undoDone()));
    return true;
}

bool CalendarView::resizeTask(qint64 taskId, int durationMinutes)
{
    const RecordsCommand::Snapshot before =
        RecordsCommand::take(m_session, {{Core::EntityKind::Task, taskId}});
    const Core::Status s = Core::Records(m_session).update(
        Core::EntityKind::Task, taskId, {{QStringLiteral("duration_min"), durationMinutes}});
    reload();
    if (!s.ok()) {
        showError(s.error().message);
        return false;
    }
    m_undo->push(new RecordsCommand(
        m_session,
        TaskUndo::duration(before.records.first().value(QStringLiteral("text")).toString(),
                           durationMinutes),
        before, undoDone()));
    return true;
}

void CalendarView::createTaskAt(const QDateTime &start, bool allDay)
{
    TaskDialog dialog(m_session, m_zone, start, allDay, pickedUser(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        pushCreated(dialog.createdId());
    }
}

bool CalendarView::openTask(qint64 taskId)
{
    Core::Result<Core::TaskRow> t = Core::TaskQuery(m_session, m_zone).task(taskId);
    if (!t || t->linkKind == Core::EntityKind::None)
        return false;
    emit openRecordRequested(t->linkKind, t->linkId, t->linkName);
    return true;
}

void CalendarView::listHour(QDate day, int hour)
{
    const Core::TaskFilter people = peopleFilter();
    Core::TeamGridFilter filter;
    filter.userIds = people.responsibleIds;
    filter.departmentId = people.departmentId;
    filter.statuses = people.statuses;
    DayTasksDialog dialog(m_session, m_zone, pickedUser(), m_people->currentText(), day, filter,
                          this);
    dialog.setHour(hour);
    connect(&dialog, &DayTasksDialog::changed, this, &CalendarView::reload);
    connect(&dialog, &DayTasksDialog::taskCreated, this, &CalendarView::pushCreated);
    // A task of the list opens its client, as a block does; the list closes for the card.
    connect(dialog.list(), &QListWidget::itemActivated, &dialog,
            [this, &dialog](QListWidgetItem *item) {
                if (openTask(item->data(Qt::UserRole).toLongLong()))
                    dialog.accept();
            });
    dialog.exec();
}

} // namespace Voronka::Ui
