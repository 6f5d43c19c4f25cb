// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dashboardpage.h"

#include "chartstyle.h"

#include "core/services/session.h"
#include "ui/lists/listtable.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDrag>
#include <QDragEnterEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const QString kTileMime = QStringLiteral("application/x-voronka-dashboard-tile");
constexpr int kColumns = 4;
constexpr int kActivityPeople = 6;
} // namespace

struct DashboardPage::Data
{
    Core::Dashboard dashboard;
    QList<Core::ManagerRow> managers;
};

// ---- the tile

DashboardTile::DashboardTile(const QString &id, const QString &title, bool wide, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_wide(wide)
    , m_figure(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardTile"));
    setProperty("tileId", id);
    setAcceptDrops(true);
    setCursor(Qt::OpenHandCursor);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("dashboardTileTitle"));
    auto *menuButton = new QToolButton(this);
    menuButton->setObjectName(QStringLiteral("dashboardTileMenu"));
    menuButton->setText(QStringLiteral("⋯"));
    menuButton->setAutoRaise(true);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setAccessibleName(tr("Tile options"));
    auto *menu = new QMenu(menuButton);
    menu->addAction(tr("Move earlier"), this, [this] { emit moveBy(m_id, -1); });
    menu->addAction(tr("Move later"), this, [this] { emit moveBy(m_id, 1); });
    menu->addSeparator();
    menu->addAction(tr("Hide this tile"), this, [this] { emit hideRequested(m_id); });
    menuButton->setMenu(menu);
    m_figure->setObjectName(QStringLiteral("dashboardFigure"));
    m_figure->setTextFormat(Qt::RichText);
    m_figure->setCursor(Qt::ArrowCursor);
    m_detail->setObjectName(QStringLiteral("dashboardDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    connect(m_figure, &QLabel::linkActivated, this, &DashboardTile::linkActivated);
    connect(m_detail, &QLabel::linkActivated, this, &DashboardTile::linkActivated);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(heading, 1);
    top->addWidget(menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 12, 14);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail);
    layout->addStretch();
    setMinimumHeight(wide ? 330 : 130);
}

void DashboardTile::setFigure(const QString &html, const QString &detail)
{
    m_figure->setText(html);
    m_figure->setVisible(!html.isEmpty());
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void DashboardTile::setBody(QWidget *body)
{
    if (m_body == body)
        return;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    if (m_body) {
        layout->removeWidget(m_body);
        m_body->deleteLater();
    }
    m_body = body;
    if (body) {
        // In the stretch's place, so a chart takes the tile's height.
        layout->insertWidget(layout->count() - 1, body, 1);
        body->setParent(this);
        body->show();
    }
}

QString DashboardTile::figureText() const
{
    QTextDocument doc;
    doc.setHtml(m_figure->text());
    return doc.toPlainText();
}

void DashboardTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressAt = event->position().toPoint();
    QFrame::mousePressEvent(event);
}

void DashboardTile::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressAt).manhattanLength() <
            QApplication::startDragDistance())
        return QFrame::mouseMoveEvent(event);
    auto *mime = new QMimeData;
    mime->setData(kTileMime, m_id.toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 240), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

void DashboardTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kTileMime) &&
        QString::fromUtf8(event->mimeData()->data(kTileMime)) != m_id)
        event->acceptProposedAction();
}

void DashboardTile::dropEvent(QDropEvent *event)
{
    const QString moved = QString::fromUtf8(event->mimeData()->data(kTileMime));
    event->acceptProposedAction();
    emit moveRequested(moved, m_id);
}

// ---- the page

QStringList DashboardPage::defaultOrder()
{
    return {QStringLiteral("won"),      QStringLiteral("incoming"), QStringLiteral("noTask"),
            QStringLiteral("overdue"),  QStringLiteral("stages"),   QStringLiteral("activity"),
            QStringLiteral("forecast"), QStringLiteral("doneToday")};
}

DashboardPage::DashboardPage(Core::Session &session, QWidget *parent)
    : ReportPage(session, parent)
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_customize(new QToolButton(this))
    , m_customizeMenu(new QMenu(this))
{
    chartView()->hide();
    tableView()->hide();
    headline()->hide();
    m_grid->setObjectName(QStringLiteral("dashboardGrid"));
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(14);
    for (int c = 0; c < kColumns; ++c)
        m_gridLayout->setColumnStretch(c, 1);
    const std::pair<const char *, QString> tiles[] = {
        {"won", tr("Won against the plan")},    {"incoming", tr("Incoming leads")},
        {"noTask", tr("Deals without a task")}, {"overdue", tr("Overdue tasks")},
        {"doneToday", tr("Tasks done today")},  {"forecast", tr("Forecast for this month")},
        {"stages", tr("Open deals by stage")},  {"activity", tr("Activity per manager")}};
    for (const auto &[id, title] : tiles) {
        const QString key = QString::fromLatin1(id);
        auto *t = new DashboardTile(key, title, key == u"stages" || key == u"activity", m_grid);
        m_tiles.insert(key, t);
        connect(t, &DashboardTile::linkActivated, this,
                [this](const QString &href) { activateTarget(href.toInt()); });
        connect(t, &DashboardTile::moveRequested, this, &DashboardPage::moveTile);
        connect(t, &DashboardTile::hideRequested, this,
                [this](const QString &tileId) { setTileVisible(tileId, false); });
        connect(t, &DashboardTile::moveBy, this, [this](const QString &tileId, int step) {
            const int at = int(m_order.indexOf(tileId));
            const int to = std::clamp(at + step, 0, int(m_order.size()) - 1);
            if (at < 0 || to == at)
                return;
            m_order.move(at, to);
            saveLayout();
            layoutTiles();
        });
    }
    m_customize->setObjectName(QStringLiteral("dashboardCustomize"));
    m_customize->setText(tr("Customize"));
    m_customize->setProperty("listTool", true);
    m_customize->setPopupMode(QToolButton::InstantPopup);
    m_customize->setMenu(m_customizeMenu);
    connect(m_customizeMenu, &QMenu::aboutToShow, this, &DashboardPage::fillCustomizeMenu);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);
    addTool(m_customize);
    static_cast<QVBoxLayout *>(this->layout())->addWidget(scroll, 1);
    restoreLayout();
    layoutTiles();
}

DashboardTile *DashboardPage::tile(const QString &id) const
{
    return m_tiles.value(id);
}

QString DashboardPage::settingsKey() const
{
    return QStringLiteral("analytics/dashboard/") + listSettingsUser(m_session.actor());
}

void DashboardPage::restoreLayout()
{
    m_order.clear();
    m_hidden.clear();
    const QStringList saved = QSettings().value(settingsKey()).toStringList();
    for (const QString &entry : saved) {
        const bool hidden = entry.startsWith(u'!');
        const QString id = hidden ? entry.mid(1) : entry;
        if (!m_tiles.contains(id) || m_order.contains(id))
            continue;
        m_order << id;
        if (hidden)
            m_hidden << id;
    }
    // Tiles added since the layout was saved come at the end.
    for (const QString &id : defaultOrder())
        if (!m_order.contains(id))
            m_order << id;
}

void DashboardPage::saveLayout() const
{
    QStringList out;
    for (const QString &id : m_order)
        out << (m_hidden.contains(id) ? u'!' + id : id);
    QSettings().setValue(settingsKey(), out);
}

void DashboardPage::layoutTiles()
{
    while (m_gridLayout->count() > 0)
        m_gridLayout->takeAt(0);
    int row = 0, column = 0;
    for (const QString &id : m_order) {
        DashboardTile *t = m_tiles.value(id);
        if (m_hidden.contains(id)) {
            t->hide();
            continue;
        }
        const int span = t->isWide() ? 2 : 1;
        if (column + span > kColumns) {
            ++row;
            column = 0;
        }
        m_gridLayout->addWidget(t, row, column, 1, span);
        t->show();
        column += span;
    }
    m_gridLayout->setRowStretch(row + 1, 1);
}

void DashboardPage::moveTile(const QString &id, const QString &before)
{
    if (!m_order.contains(id) || id == before)
        return;
    m_order.removeAll(id);
    const qsizetype at = before.isEmpty() ? -1 : m_order.indexOf(before);
    if (at < 0)
        m_order << id;
    else
        m_order.insert(at, id);
    saveLayout();
    layoutTiles();
}

void DashboardPage::setTileVisible(const QString &id, bool visible)
{
    if (!m_tiles.contains(id))
        return;
    m_hidden.removeAll(id);
    if (!visible)
        m_hidden << id;
    saveLayout();
    layoutTiles();
}

void DashboardPage::resetLayout()
{
    QSettings().remove(settingsKey());
    restoreLayout();
    layoutTiles();
}

void DashboardPage::fillCustomizeMenu()
{
    m_customizeMenu->clear();
    for (const QString &id : m_order) {
        DashboardTile *t = m_tiles.value(id);
        QAction *a = m_customizeMenu->addAction(
            t->findChild<QLabel *>(QStringLiteral("dashboardTileTitle"))->text());
        a->setCheckable(true);
        a->setChecked(!m_hidden.contains(id));
        connect(a, &QAction::toggled, this, [this, id](bool on) { setTileVisible(id, on); });
    }
    m_customizeMenu->addSeparator();
    m_customizeMenu->addAction(tr("Restore the default layout"), this, &DashboardPage::resetLayout);
}

QString DashboardPage::whose() const
{
    const Core::ReportScope &s = context().scope;
    if (s.responsibleId)
        return QStringLiteral("u:%1").arg(s.responsibleId);
    if (s.departmentId)
        return QStringLiteral("d:%1").arg(s.departmentId);
    return QStringLiteral("all");
}

BackgroundJob::Work DashboardPage::work(const ReportContext &context)
{
    const Core::ReportScope scope = context.scope;
    return readInto(m_read,
                    [scope](Core::Session &s,
                            const BackgroundJob::Report &) -> Core::Result<std::shared_ptr<Data>> {
                        Core::Result<Core::Dashboard> d = Core::Analytics::dashboard(s, scope);
                        if (!d)
                            return d.error();
                        Core::Result<QList<Core::ManagerRow>> m =
                            Core::Analytics::managers(s, scope);
                        if (!m)
                            return m.error();
                        return std::make_shared<Data>(Data{*d, *m});
                    });
}

namespace {
QString bigFigure(const QString &value, int target)
{
    const ThemeColors &c = Theme::current();
    const QString span = QStringLiteral("<span style=\"font-size:22pt; font-weight:600; "
                                        "color:%1\">%2</span>")
                             .arg((target >= 0 ? c.accent : c.text).name(), value.toHtmlEscaped());
    return target >= 0 ? QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>")
                             .arg(target)
                             .arg(span)
                       : span;
}

QString muted(const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(Theme::current().muted.name(), text.toHtmlEscaped());
}
} // namespace

void DashboardPage::present()
{
    setColumns({tr("Figure"), tr("Value")});
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        return;
    }
    showError(QString());
    const Data &data = *(***m_read);
    const Core::Dashboard &d = data.dashboard;
    using W = Core::Drill::What;
    Core::ReportScope scope = context().scope;
    scope.pipelineId = d.pipelineId;
    const QString period = context().periodLabel;
    auto dealsTarget = [&](const Core::Drill &drill, const QString &title, qint64 n,
                           const Core::ReportScope &s) {
        return n ? addTarget(deals(drill, title, &s)) : -1;
    };
    auto tasksTarget = [&](Core::TaskStatus status, const QString &title, qint64 n) {
        if (!n)
            return -1;
        DrillTarget t;
        t.tasks = true;
        t.whose = whose();
        t.status = status;
        t.title = title;
        return addTarget(t);
    };
    auto row = [&](const QString &name, QStandardItem *value, int target) {
        link(value, target);
        addRow({text(name), value});
    };

    // Won against the plan.
    const int won = dealsTarget({W::Won}, tr("Won — %1").arg(period), d.won.count, scope);
    QString planLine =
        d.plan.sum > 0
            ? tr("of %1 planned · %n deal(s)", nullptr, int(d.won.count)).arg(moneyText(d.plan.sum))
            : tr("no plan for this period · %n deal(s)", nullptr, int(d.won.count));
    m_tiles["won"]->setFigure(bigFigure(moneyText(d.won.sum), won), muted(planLine));
    auto *bar = new QProgressBar;
    bar->setObjectName(QStringLiteral("dashboardPlanProgress"));
    bar->setRange(0, 100);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->setValue(d.plan.sum > 0 ? int(std::min<qint64>(100, 100 * d.won.sum / d.plan.sum)) : 0);
    m_tiles["won"]->setBody(bar);
    bar->setVisible(d.plan.sum > 0);
    row(tr("Won"), money(d.won.sum), won);
    row(tr("Plan"), money(d.plan.sum), -1);

    // Incoming leads: the deals waiting in the pipeline's incoming stage(s).
    qint64 incomingStage = 0;
    for (const Core::StageTotal &st : d.openByStage)
        if (st.kind == Core::StageKind::Incoming && !incomingStage)
            incomingStage = st.stageId;
    const int incoming = incomingStage ? dealsTarget({W::Open, incomingStage}, tr("Incoming leads"),
                                                     d.incoming.count, scope)
                                       : -1;
    m_tiles["incoming"]->setFigure(
        bigFigure(QLocale().toString(d.incoming.count), incoming),
        muted(tr("waiting to be taken · %1").arg(moneyText(d.incoming.sum))));
    row(tr("Incoming leads"), count(d.incoming.count), incoming);

    const int noTask = dealsTarget({W::WithoutOpenTask}, tr("Open deals without a task"),
                                   d.dealsWithoutOpenTask, scope);
    m_tiles["noTask"]->setFigure(bigFigure(QLocale().toString(d.dealsWithoutOpenTask), noTask),
                                 muted(tr("open deals with no next step planned")));
    row(tr("Deals without a task"), count(d.dealsWithoutOpenTask), noTask);

    const int overdue = tasksTarget(Core::TaskStatus::Open, tr("Overdue tasks"), d.overdueTasks);
    m_tiles["overdue"]->setFigure(bigFigure(QLocale().toString(d.overdueTasks), overdue),
                                  muted(tr("open and past their due time")));
    row(tr("Overdue tasks"), count(d.overdueTasks), overdue);

    const int done = tasksTarget(Core::TaskStatus::Done, tr("Tasks done"), d.tasksDoneToday);
    m_tiles["doneToday"]->setFigure(bigFigure(QLocale().toString(d.tasksDoneToday), done),
                                    muted(tr("completed since midnight")));
    row(tr("Tasks done today"), count(d.tasksDoneToday), done);

    Core::ReportScope month = scope;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
    month.from = QDate(today.year(), today.month(), 1);
    month.to = month.from.addMonths(1);
    const int forecast =
        dealsTarget({W::Forecast}, tr("Expected to close this month"), d.forecastThisMonth, month);
    m_tiles["forecast"]->setFigure(bigFigure(moneyText(d.forecastThisMonth), forecast),
                                   muted(tr("open deals closing this month, weighted by their "
                                            "stage's probability")));
    row(tr("Forecast for this month"), money(d.forecastThisMonth), forecast);

    presentStages(data);
    presentActivity(data);
}

void DashboardPage::presentStages(const Data &data)
{
    const Core::Dashboard &d = data.dashboard;
    Core::ReportScope scope = context().scope;
    scope.pipelineId = d.pipelineId;
    auto *set = new QBarSet(tr("Open deals"));
    set->setColor(ChartStyle::seriesColor(0));
    set->setBorderColor(ChartStyle::seriesColor(0));
    set->setLabelColor(Theme::current().text);
    QStringList names;
    QList<int> targets;
    qint64 most = 1;
    Core::Amount all;
    for (const Core::StageTotal &st : d.openByStage) {
        const QString name = stageName(st.stageId, st.name);
        // Bars are listed bottom-up: each stage goes below the ones before it.
        names.prepend(name);
        set->insert(0, double(st.open.count));
        most = std::max(most, st.open.count);
        all.count += st.open.count;
        all.sum += st.open.sum;
        const int target = st.open.count ? addTarget(deals({Core::Drill::What::Open, st.stageId},
                                                           tr("Open in “%1”").arg(name), &scope))
                                         : -1;
        targets.prepend(target);
        QStandardItem *n = count(st.open.count);
        link(n, target);
        addRow({text(tr("Open in “%1”").arg(name)), n});
    }
    m_tiles["stages"]->setFigure(
        QString(),
        muted(tr("%n open deal(s) · %1", nullptr, int(all.count)).arg(moneyText(all.sum))));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto *values = new QValueAxis;
    values->setRange(0, double(most) * 1.15); // room for the labels past the longest bar
    values->setVisible(false);
    QChart *chart = barChart(series, names, values, targets);
    chart->legend()->hide();
    m_tiles["stages"]->setBody(tileChart(chart, QStringLiteral("dashboardStagesChart")));
}

QChartView *DashboardPage::tileChart(QChart *chart, const QString &name)
{
    ChartStyle::apply(chart);
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void DashboardPage::presentActivity(const Data &data)
{
    QList<const Core::ManagerRow *> people;
    for (const Core::ManagerRow &m : data.managers)
        people << &m;
    auto activity = [](const Core::ManagerRow *m) {
        return m->tasksDone + m->notesAdded + m->stageMoves;
    };
    std::stable_sort(people.begin(), people.end(),
                     [&](auto *a, auto *b) { return activity(a) > activity(b); });
    people = people.mid(0, kActivityPeople);
    std::reverse(people.begin(), people.end()); // the busiest on top
    const QString names[3] = {tr("Tasks done"), tr("Notes"), tr("Stage moves")};
    QBarSet *sets[3];
    for (int i = 0; i < 3; ++i) {
        sets[i] = new QBarSet(names[i]);
        sets[i]->setColor(ChartStyle::seriesColor(i + 1));
        sets[i]->setBorderColor(ChartStyle::seriesColor(i + 1));
    }
    QStringList labels;
    QList<int> doneTargets;
    qint64 total = 0;
    for (const Core::ManagerRow *m : people) {
        labels << m->name;
        sets[0]->append(double(m->tasksDone));
        sets[1]->append(double(m->notesAdded));
        sets[2]->append(double(m->stageMoves));
        total += activity(m);
        DrillTarget t;
        t.tasks = true;
        t.whose = QStringLiteral("u:%1").arg(m->userId);
        t.status = Core::TaskStatus::Done;
        t.title = tr("%1: tasks done").arg(m->name);
        doneTargets << (m->tasksDone ? addTarget(t) : -1);
    }
    m_tiles["activity"]->setFigure(
        QString(), muted(tr("%1 — tasks done, notes and stage moves").arg(context().periodLabel)));
    auto *series = new QHorizontalStackedBarSeries;
    for (QBarSet *set : sets)
        series->append(set);
    series->setBarWidth(0.7);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    // Tasks done open that person's tasks; notes and moves have no list of their own.
    QChart *chart = barChart(series, labels, values, doneTargets, sets[0]);
    values->applyNiceNumbers();
    QChartView *view = tileChart(chart, QStringLiteral("dashboardActivityChart"));
    chart->legend()->setVisible(true);
    m_tiles["activity"]->setBody(view);
    addRow({text(tr("Activity (tasks done, notes, stage moves)")), count(total)});
}

} // namespace Voronka::Ui
