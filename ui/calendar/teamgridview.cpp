// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "teamgridview.h"

#include "ui/calendar/daytasksdialog.h"
#include "ui/calendar/teamgridmodel.h"
#include "core/services/session.h"
#include "core/tasks/taskquery.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The heat map cell: the background runs from the surface to the accent with the count;
// weekends keep a tint when empty; today's column is framed.
class HeatDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const ThemeColors &c = Theme::current();
        const int count = index.data(TeamGridModel::CountRole).toInt();
        const double level = index.data(TeamGridModel::LevelRole).toDouble();
        const bool weekend = index.data(TeamGridModel::WeekendRole).toBool();
        const bool today = index.data(TeamGridModel::TodayRole).toBool();
        QColor bg = weekend ? c.alternate : c.surface;
        if (count > 0)
            bg = mix(bg, c.accent, 0.12 + 0.78 * level);
        const QRect r = option.rect.adjusted(1, 1, -1, -1);
        p->fillRect(option.rect, weekend ? c.alternate : c.surface);
        p->fillRect(r, bg);
        if (option.state & QStyle::State_Selected) {
            p->setPen(QPen(c.text, 2));
            p->drawRect(r.adjusted(1, 1, -1, -1));
        }
        if (weekend) {
            // Weekend cells keep a visible band even when busy: a dotted underline.
            QColor band = c.danger;
            band.setAlpha(140);
            p->fillRect(QRect(r.left() + 3, r.bottom() - 2, r.width() - 6, 2), band);
        }
        if (index.data(TeamGridModel::DateRole).toDate().dayOfWeek() == 1 && index.column() > 0) {
            p->setPen(QPen(c.muted, 2));
            p->drawLine(option.rect.topLeft() + QPoint(0, 0), option.rect.bottomLeft());
        }
        if (today) {
            p->setPen(QPen(c.accent, 2));
            p->drawLine(option.rect.topLeft() + QPoint(1, 0),
                        option.rect.bottomLeft() + QPoint(1, 0));
            p->drawLine(option.rect.topRight(), option.rect.bottomRight());
        }
        if (count > 0) {
            QFont f = option.font;
            f.setBold(level > 0.7);
            p->setFont(f);
            // Light text only where the background is dark enough to read it.
            const double luma = 0.299 * bg.redF() + 0.587 * bg.greenF() + 0.114 * bg.blueF();
            p->setPen(luma < 0.5 ? c.accentText : c.text);
            p->drawText(r, Qt::AlignCenter, QString::number(count));
        }
    }
};

// Day headers: the weekday over the date, weekends muted, today in the accent.
class DayHeader final : public QHeaderView
{
public:
    explicit DayHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        // A month fits the window; a longer period scrolls at the minimum width.
        setSectionResizeMode(QHeaderView::Stretch);
        setMinimumSectionSize(30);
        setFixedHeight(42);
    }

protected:
    void paintSection(QPainter *p, const QRect &rect, int section) const override
    {
        const ThemeColors &c = Theme::current();
        const bool today =
            model()->headerData(section, Qt::Horizontal, TeamGridModel::TodayRole).toBool();
        const bool weekend =
            model()->headerData(section, Qt::Horizontal, TeamGridModel::WeekendRole).toBool();
        p->fillRect(rect, weekend ? c.alternate : c.header);
        if (today)
            p->fillRect(rect.adjusted(0, rect.height() - 3, 0, 0), c.accent);
        QFont f = font();
        f.setBold(today);
        p->setFont(f);
        // Weekends in red, as on a paper calendar.
        p->setPen(today ? c.accent : (weekend ? c.danger : c.headerText));
        p->drawText(rect, Qt::AlignCenter, model()->headerData(section, Qt::Horizontal).toString());
        p->setPen(c.border);
        p->drawLine(rect.topRight(), rect.bottomRight());
        p->drawLine(rect.bottomLeft(), rect.bottomRight());
        const QDate day =
            model()->headerData(section, Qt::Horizontal, TeamGridModel::DateRole).toDate();
        if (day.dayOfWeek() == 1 && section > 0) {
            p->setPen(QPen(c.muted, 2));
            p->drawLine(rect.topLeft() + QPoint(1, 0), rect.bottomLeft() + QPoint(1, 0));
        }
    }
};
} // namespace

TeamGridView::TeamGridView(Core::Session &session, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_client(new ClientPicker(session, QStringLiteral("teamGridClient"), this))
    , m_days(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new TeamGridModel(this))
{
    setObjectName(QStringLiteral("teamGridView"));
    m_status->setObjectName(QStringLiteral("teamGridStatus"));
    m_type->setObjectName(QStringLiteral("teamGridType"));
    m_client->setMinimumWidth(220);
    m_days->setObjectName(QStringLiteral("teamGridDays"));
    m_table->setObjectName(QStringLiteral("teamGridTable"));
    m_days->setRange(1, 92);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_summary->setObjectName(QStringLiteral("teamGridSummary"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_table->setModel(m_model);
    m_table->setHorizontalHeader(new DayHeader(m_table));
    m_table->setItemDelegate(new HeatDelegate(m_table));
    m_table->setShowGrid(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->verticalHeader()->setMinimumWidth(160);

    // Each label stays with its field when the bar wraps (a card docked beside the grid).
    auto *bar = new FlowLayout(nullptr, 12, 8);
    bar->addWidget(FlowLayout::group(this, {new QLabel(tr("Status"), this), m_status}));
    bar->addWidget(FlowLayout::group(this, {new QLabel(tr("Type"), this), m_type}));
    bar->addWidget(FlowLayout::group(this, {new QLabel(tr("Client"), this), m_client}));
    bar->addWidget(FlowLayout::group(this, {new QLabel(tr("Period"), this), m_days}));
    bar->addStretch(1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    fillFilters();
    for (QComboBox *box : {m_status, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &TeamGridView::reload);
    connect(m_client, &ClientPicker::changed, this, &TeamGridView::reload);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        reload();
        emit periodChanged();
    });
    connect(m_table, &QTableView::doubleClicked, this, &TeamGridView::openCell);
}

void TeamGridView::fillFilters()
{
    m_status->addItem(tr("Open"), int(Core::TaskStatus::Open));
    m_status->addItem(tr("Done"), int(Core::TaskStatus::Done));
    m_status->addItem(tr("Cancelled"), int(Core::TaskStatus::Cancelled));
    m_status->addItem(tr("Any status"), -1);
    m_type->addItem(tr("All types"), qint64(0));
    if (auto types = Core::TaskQuery(m_session, m_zone).types())
        for (const Core::TaskTypeInfo &t : *types)
            m_type->addItem(TaskTypeIcon::icon(t.icon, t.color), t.name, t.id);
}

int TeamGridView::days() const
{
    return m_days->value();
}

void TeamGridView::setPeriod(QDate first, int days)
{
    m_first = first;
    const QSignalBlocker block(m_days);
    m_days->setValue(days);
}

void TeamGridView::setPeople(const QList<qint64> &userIds, qint64 departmentId)
{
    m_userIds = userIds;
    m_departmentId = departmentId;
}

Core::TeamGridFilter TeamGridView::filter() const
{
    Core::TeamGridFilter f;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statuses = {Core::TaskStatus(status)};
    if (const qint64 type = m_type->currentData().toLongLong())
        f.typeIds = {type};
    f.linkKind = m_client->kind();
    f.linkId = m_client->id();
    f.userIds = m_userIds;
    f.departmentId = m_departmentId;
    return f;
}

void TeamGridView::reload()
{
    if (!m_first.isValid())
        return;
    Core::Result<Core::TeamGridData> grid =
        Core::TeamGrid(m_session, m_zone).load(m_first, m_days->value(), filter());
    m_error->setVisible(!grid);
    if (!grid) {
        m_error->setText(grid.error().message);
        return;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date();
    m_model->setGrid(*grid, today);
    fitRows();
    m_summary->setText(tr("%Ln task(s)", nullptr, int(grid->total)));
}

void TeamGridView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The table's viewport takes its new height after this event: measure it then.
    QTimer::singleShot(0, this, &TeamGridView::fitRows);
}

void TeamGridView::fitRows()
{
    // A small team fills the height with taller rows; a large one scrolls at 30 px.
    const int rows = std::max(1, m_model->rowCount());
    const int room = m_table->viewport()->height();
    m_table->verticalHeader()->setDefaultSectionSize(std::clamp(room / rows, 30, 44));
}

void TeamGridView::openCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 user = index.data(TeamGridModel::UserIdRole).toLongLong();
    const QString name = m_model->headerData(index.row(), Qt::Vertical).toString();
    DayTasksDialog dialog(m_session, m_zone, user, name,
                          index.data(TeamGridModel::DateRole).toDate(), filter(), this);
    if (m_client->id())
        dialog.setClientName(m_client->name());
    connect(&dialog, &DayTasksDialog::changed, this, [this] {
        reload();
        emit tasksChanged();
    });
    connect(&dialog, &DayTasksDialog::taskCreated, this, &TeamGridView::taskCreated);
    dialog.exec();
}

} // namespace Voronka::Ui
