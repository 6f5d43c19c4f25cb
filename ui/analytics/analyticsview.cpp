// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "analyticsview.h"

#include "chartstyle.h"
#include "dashboardpage.h"
#include "goaldialog.h"
#include "periodpicker.h"
#include "reportpages.h"

#include "core/analytics/goals.h"
#include "core/permissions/permissions.h"
#include "core/services/admin.h"
#include "core/services/recordfilter.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/undonotice.h"
#include "ui/widgets/undoscope.h"

#include <QActionGroup>
#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const char kPageSetting[] = "analytics/page";
const char kPeriodSetting[] = "analytics/period";

// Setting a goal, undone by putting back the goal that was there (or none).
class GoalCommand final : public QUndoCommand
{
public:
    using Done = std::function<void(const QString &error)>;
    GoalCommand(Done done, Core::Session &session, qint64 userId, QString month,
                std::optional<Core::Analytics::Goal> before, Core::Analytics::Goal after)
        : m_done(std::move(done))
        , m_session(session)
        , m_userId(userId)
        , m_month(std::move(month))
        , m_before(before)
        , m_after(after)
    {
        setText(
            AnalyticsView::tr("Set the goal of %1 for %2").arg(session.user(userId).name, m_month));
    }

    void redo() override
    {
        const Core::Origin origin =
            m_first ? Core::Origin::user() : Core::Origin::of(Core::WriteMode::Undo);
        m_first = false;
        finish(Core::Analytics::setGoal(m_session, m_userId, m_month, m_after.sum, m_after.count,
                                        origin));
    }
    void undo() override
    {
        const Core::Origin origin = Core::Origin::of(Core::WriteMode::Undo);
        finish(m_before ? Core::Analytics::setGoal(m_session, m_userId, m_month, m_before->sum,
                                                   m_before->count, origin)
                        : Core::Analytics::removeGoal(m_session, m_userId, m_month, origin));
    }

private:
    // A refused step (the goal changed elsewhere, the right was taken away) leaves the stack:
    // the message says why.
    void finish(const Core::Status &status)
    {
        if (!status)
            setObsolete(true);
        m_done(status ? QString() : status.error().message);
    }

    Done m_done;
    Core::Session &m_session;
    qint64 m_userId;
    QString m_month;
    std::optional<Core::Analytics::Goal> m_before;
    Core::Analytics::Goal m_after;
    bool m_first = true;
};

QDate sessionToday(Core::Session &s)
{
    return QDateTime::fromMSecsSinceEpoch(s.clock().nowMs()).date();
}
} // namespace

AnalyticsView::AnalyticsView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QButtonGroup(this))
    , m_period(new PeriodPicker(sessionToday(session), this))
    , m_scope(new QComboBox(this))
    , m_pipeline(new QComboBox(this))
    , m_filters(new QToolButton(this))
    , m_filtersMenu(new QMenu(this))
    , m_pageTools(new QWidget(this))
    , m_export(new QToolButton(this))
    , m_print(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyDelay(new QTimer(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("analyticsView"));
    makeUndoScope(m_undo, this);
    new UndoNotice(m_undo, this);
    m_pages = {new DashboardPage(session, this), new FunnelPage(session, this),
               new SummaryPage(session, this),   new ManagersPage(session, this),
               new PlanPage(session, this),      new LossesPage(session, this),
               new ForecastPage(session, this)};
    m_stack->setObjectName(QStringLiteral("analyticsStack"));
    for (ReportPage *page : m_pages) {
        m_stack->addWidget(page);
        m_stale.insert(page);
        connect(page, &ReportPage::drillRequested, this, &AnalyticsView::openTarget);
    }
    connect(static_cast<SummaryPage *>(m_pages[2]), &SummaryPage::reloadRequested, this,
            &AnalyticsView::reload);
    connect(plan(), &PlanPage::setGoalRequested, this, &AnalyticsView::openGoalDialog);
    connect(plan(), &PlanPage::reloadRequested, this, &AnalyticsView::reload);
    QLayout *header = buildHeader();

    m_message->setObjectName(QStringLiteral("analyticsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    const QString page = QSettings().value(QLatin1String(kPageSetting)).toString();
    showPage(page.isEmpty() ? QStringLiteral("dashboard") : page);
}

AnalyticsView::~AnalyticsView() = default;

QLayout *AnalyticsView::buildHeader()
{
    auto *title = new QLabel(tr("Analytics"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_tabs->setExclusive(true);
    QList<QWidget *> tabs;
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("analyticsPage_") + m_pages[i]->pageId());
        b->setText(m_pages[i]->title());
        b->setCheckable(true);
        b->setProperty("segment", true);
        m_tabs->addButton(b, i);
        tabs << b;
    }
    connect(m_tabs, &QButtonGroup::idClicked, this, &AnalyticsView::pageChosen);

    m_scope->setObjectName(QStringLiteral("analyticsScope"));
    m_scope->setAccessibleName(tr("Whose figures"));
    m_scope->setMinimumWidth(180);
    m_pipeline->setObjectName(QStringLiteral("analyticsPipeline"));
    m_pipeline->setAccessibleName(tr("Pipeline"));
    fillScopes();
    fillPipelines();
    const int savedPeriod = QSettings().value(QLatin1String(kPeriodSetting), -1).toInt();
    if (savedPeriod >= 0 && savedPeriod < int(PeriodPicker::Kind::Custom))
        m_period->setKind(PeriodPicker::Kind(savedPeriod));

    m_export->setObjectName(QStringLiteral("analyticsExport"));
    m_export->setText(tr("Export"));
    m_export->setProperty("listTool", true);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Table as CSV…"), this, [this] { chooseExportFile(QStringLiteral("csv")); });
    menu->addAction(tr("Chart and table as PNG…"), this,
                    [this] { chooseExportFile(QStringLiteral("png")); });
    menu->addAction(tr("Chart and table as PDF…"), this,
                    [this] { chooseExportFile(QStringLiteral("pdf")); });
    m_export->setMenu(menu);
    m_print->setObjectName(QStringLiteral("analyticsPrint"));
    m_print->setText(tr("Print…"));
    m_print->setProperty("listTool", true);
    connect(m_print, &QToolButton::clicked, this, &AnalyticsView::printPage);

    auto *header = new FlowLayout(nullptr, 12, 8);
    header->addWidget(title);
    header->addWidget(FlowLayout::group(this, tabs, 0));
    header->addStretch();
    header->addWidget(FlowLayout::group(this, {m_period, m_scope, m_pipeline}));
    m_filters->setObjectName(QStringLiteral("analyticsFilters"));
    m_filters->setProperty("listTool", true);
    m_filters->setPopupMode(QToolButton::InstantPopup);
    m_filters->setMenu(m_filtersMenu);
    connect(m_filtersMenu, &QMenu::aboutToShow, this, &AnalyticsView::fillFiltersMenu);
    showFilterState();
    header->addWidget(m_filters);
    m_busy->setObjectName(QStringLiteral("analyticsBusy"));
    auto *busyBar = new QProgressBar(m_busy);
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setFixedWidth(90);
    auto *cancel = new QToolButton(m_busy);
    cancel->setObjectName(QStringLiteral("analyticsCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setProperty("listTool", true);
    connect(cancel, &QToolButton::clicked, this, &AnalyticsView::cancelReading);
    auto *busyRow = new QHBoxLayout(m_busy);
    busyRow->setContentsMargins(0, 0, 0, 0);
    busyRow->addWidget(busyBar);
    busyRow->addWidget(cancel);
    m_busy->hide();
    // A reading that ends at once shows nothing; a long one (a scan) shows its progress.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(isReading()); });
    header->addWidget(m_busy);
    m_pageTools->setObjectName(QStringLiteral("analyticsPageTools"));
    auto *tools = new QHBoxLayout(m_pageTools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(6);
    header->addWidget(m_pageTools);
    header->addWidget(FlowLayout::group(this, {m_export, m_print}));

    connect(m_period, &PeriodPicker::changed, this, [this] {
        if (m_period->kind() != PeriodPicker::Kind::Custom)
            QSettings().setValue(QLatin1String(kPeriodSetting), int(m_period->kind()));
        reload();
    });
    connect(m_scope, &QComboBox::activated, this, &AnalyticsView::reload);
    connect(m_pipeline, &QComboBox::activated, this, &AnalyticsView::reload);
    return header;
}

void AnalyticsView::fillScopes()
{
    const QVariant kept = m_scope->currentData();
    m_scope->clear();
    const Core::Principal &p = m_session.principal();
    const Core::UserInfo &me = m_session.actor();
    QList<Core::UserInfo> people;
    if (p.analytics == Core::Scope::All) {
        m_scope->addItem(tr("Everyone"), QStringLiteral("all"));
        Core::Admin admin(m_session);
        if (auto departments = admin.departments(); departments && !departments->isEmpty()) {
            m_scope->insertSeparator(m_scope->count());
            for (const auto &d : *departments)
                m_scope->addItem(tr("Department: %1").arg(d.name),
                                 QStringLiteral("d:%1").arg(d.id));
        }
        people = m_session.activeUsersByName();
    } else if (p.analytics == Core::Scope::Department && me.departmentId) {
        m_scope->addItem(tr("My department"), QStringLiteral("d:%1").arg(me.departmentId));
        for (const Core::UserInfo &u : m_session.activeUsersByName())
            if (u.departmentId == me.departmentId)
                people << u;
    }
    if (!people.isEmpty())
        m_scope->insertSeparator(m_scope->count());
    m_scope->addItem(tr("Me"), QStringLiteral("u:%1").arg(me.id));
    for (const Core::UserInfo &u : people)
        if (u.id != me.id)
            m_scope->addItem(u.name, QStringLiteral("u:%1").arg(u.id));
    // (An empty `kept` would find a separator, whose data is empty too.)
    const int at = kept.isValid() ? m_scope->findData(kept) : -1;
    m_scope->setCurrentIndex(at >= 0 ? at : 0);
    // A role that reads only its own figures has nothing to choose: say so before the click.
    const bool choice = m_scope->count() > 1;
    m_scope->setEnabled(choice);
    m_scope->setToolTip(choice ? tr("Whose figures the reports show")
                               : tr("Your role shows your own figures only."));
}

void AnalyticsView::fillPipelines()
{
    const qint64 kept = m_pipeline->currentData().toLongLong();
    m_pipeline->clear();
    m_pipeline->addItem(tr("All pipelines"), qint64(0));
    for (const Core::PipelineInfo &pi : m_session.visiblePipelines())
        m_pipeline->addItem(pi.name, pi.id);
    const int at = m_pipeline->findData(kept);
    m_pipeline->setCurrentIndex(at >= 0 ? at : (m_pipeline->count() > 1 ? 1 : 0));
}

ReportContext AnalyticsView::context() const
{
    ReportContext c;
    const ReportPeriod period = m_period->period();
    c.scope.from = period.from;
    c.scope.to = period.to;
    c.scope.pipelineId = m_pipeline->currentData().toLongLong();
    const QString who = m_scope->currentData().toString();
    if (who.startsWith(u"u:"))
        c.scope.responsibleId = who.mid(2).toLongLong();
    else if (who.startsWith(u"d:"))
        c.scope.departmentId = who.mid(2).toLongLong();
    c.scope.tagIds = m_tagIds;
    c.scope.source = m_source;
    c.periodLabel = m_period->label();
    c.whoLabel = m_scope->currentText();
    c.currency = Core::Admin::general(m_session.db()).currency;
    return c;
}

ReportPage *AnalyticsView::currentPage() const
{
    return static_cast<ReportPage *>(m_stack->currentWidget());
}

DashboardPage *AnalyticsView::dashboard() const
{
    return static_cast<DashboardPage *>(m_pages[0]);
}

PlanPage *AnalyticsView::plan() const
{
    return static_cast<PlanPage *>(m_pages[4]);
}

bool AnalyticsView::showPage(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->pageId() == id) {
            m_tabs->button(i)->setChecked(true);
            pageChosen(i);
            return true;
        }
    return false;
}

void AnalyticsView::pageChosen(int index)
{
    ReportPage *page = m_pages.value(index);
    if (!page)
        return;
    m_stack->setCurrentWidget(page);
    m_tabs->button(index)->setChecked(true);
    for (ReportPage *other : m_pages)
        for (QWidget *tool : other->tools())
            tool->hide();
    for (QWidget *tool : page->tools()) {
        m_pageTools->layout()->addWidget(tool);
        tool->show();
    }
    m_pageTools->setVisible(!page->tools().isEmpty());
    m_pipeline->setVisible(page->usesPipeline());
    m_filters->setVisible(page->usesDealFilters());
    QSettings().setValue(QLatin1String(kPageSetting), page->pageId());
    if (m_activated && m_stale.contains(page))
        reload();
}

void AnalyticsView::activate()
{
    m_activated = true;
    // Figures move while the section is away: every page reads again when shown.
    for (ReportPage *page : m_pages)
        m_stale.insert(page);
    m_period->setToday(sessionToday(m_session));
    reload();
}

bool AnalyticsView::isLoaded() const
{
    return m_loaded && !m_job;
}

void AnalyticsView::settingsChanged()
{
    fillScopes();
    fillPipelines();
    for (ReportPage *page : m_pages)
        m_stale.insert(page);
    if (m_activated && isVisible())
        reload();
}

void AnalyticsView::reload()
{
    for (ReportPage *page : m_pages)
        m_stale.insert(page);
    ReportPage *page = currentPage();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_loaded = false;
    showMessage(QString());
    const ReportContext c = context();
    page->setContext(c);
    auto *job = new BackgroundJob(m_session.db().path(), m_session.actor(), page->work(c), this);
    job->setClock(&m_session.clock());
    m_job = job;
    m_busyDelay->start();
    connect(job, &BackgroundJob::finished, this, [this, job, page](const QString &) {
        if (m_job != job)
            return;
        m_job = nullptr;
        m_busyDelay->stop();
        m_busy->hide();
        job->deleteLater();
        if (job->isCancelled())
            return;
        m_stale.remove(page);
        page->present();
        m_loaded = true;
        emit loaded();
    });
    job->start();
}

void AnalyticsView::openTarget(const DrillTarget &target)
{
    if (target.tasks) {
        Workspace::ListRequest r;
        r.kind = Core::EntityKind::Task;
        r.title = target.title;
        r.whose = target.whose;
        r.status = target.status;
        if (m_opener)
            m_opener(r);
        emit listOpened(r);
        return;
    }
    if (m_drillJob)
        m_drillJob->cancel();
    auto ids = std::make_shared<QList<qint64>>();
    const Core::ReportScope scope = target.scope;
    const Core::Drill drill = target.drill;
    auto *job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [ids, scope, drill](Core::Session &s, const BackgroundJob::Report &report) -> QString {
            Core::Result<QList<qint64>> r = Core::Analytics::drill(
                s, scope, drill, [&](qint64 done) { return report(done, 0); });
            if (!r)
                return r.error().message;
            *ids = *r;
            return {};
        },
        this);
    job->setClock(&m_session.clock());
    m_drillJob = job;
    const QString title = target.title;
    connect(job, &BackgroundJob::finished, this, [this, job, ids, title](const QString &error) {
        job->deleteLater();
        if (m_drillJob == job)
            m_drillJob = nullptr;
        if (job->isCancelled())
            return;
        if (!error.isEmpty())
            return showMessage(error);
        if (ids->isEmpty())
            return showMessage(tr("No deals are behind this figure any more."));
        showMessage(QString());
        Workspace::ListRequest r;
        r.kind = Core::EntityKind::Deal;
        r.ids = *ids;
        r.title = title;
        if (m_opener)
            m_opener(r);
        emit listOpened(r);
    });
    job->start();
}

void AnalyticsView::setDealFilters(const QList<qint64> &tagIds, const QString &source)
{
    m_tagIds = tagIds;
    m_source = source;
    showFilterState();
    reload();
}

void AnalyticsView::showFilterState()
{
    const int n = int(m_tagIds.size()) + (m_source.isEmpty() ? 0 : 1);
    m_filters->setText(n ? tr("Filters · %1").arg(n) : tr("Filters"));
    m_filters->setProperty("active", n > 0);
    m_filters->style()->unpolish(m_filters);
    m_filters->style()->polish(m_filters);
    m_filters->setToolTip(tr("Only deals with some tags or from a source: read from every "
                             "matching deal, which takes longer on a large file"));
}

void AnalyticsView::fillFiltersMenu()
{
    m_filtersMenu->clear();
    QMenu *tags = m_filtersMenu->addMenu(tr("Tags"));
    tags->setObjectName(QStringLiteral("analyticsTagsMenu"));
    const Core::Result<QList<Core::Analytics::TagChoice>> choices =
        Core::Analytics::dealTags(m_session);
    if (choices && !choices->isEmpty()) {
        for (const Core::Analytics::TagChoice &t : *choices) {
            QAction *a = tags->addAction(t.name);
            a->setCheckable(true);
            a->setChecked(m_tagIds.contains(t.id));
            connect(a, &QAction::toggled, this, [this, id = t.id](bool on) {
                QList<qint64> ids = m_tagIds;
                ids.removeAll(id);
                if (on)
                    ids << id;
                setDealFilters(ids, m_source);
            });
        }
    } else {
        tags->addAction(tr("No deal carries a tag"))->setEnabled(false);
    }
    QMenu *sources = m_filtersMenu->addMenu(tr("Source"));
    sources->setObjectName(QStringLiteral("analyticsSourceMenu"));
    auto *group = new QActionGroup(sources);
    QStringList names{QString()};
    names += Core::dealSources(m_session);
    for (const QString &name : names) {
        QAction *a = sources->addAction(name.isEmpty() ? tr("Any source") : name);
        a->setCheckable(true);
        a->setChecked(name == m_source);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setDealFilters(m_tagIds, name); });
    }
    m_filtersMenu->addSeparator();
    QAction *clear = m_filtersMenu->addAction(tr("Clear filters"), this,
                                              [this] { setDealFilters({}, QString()); });
    clear->setEnabled(!m_tagIds.isEmpty() || !m_source.isEmpty());
}

void AnalyticsView::cancelReading()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
    m_busyDelay->stop();
    m_busy->hide();
    m_loaded = true; // what is shown stays, marked as not read for these filters
    m_stale.insert(currentPage());
    showMessage(tr("Cancelled: the figures shown were read for the previous choice."));
    emit loaded();
}

void AnalyticsView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString AnalyticsView::lastMessage() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool AnalyticsView::exportTo(const QString &path, QString *error)
{
    ReportPage *page = currentPage();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv") {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && page->writeCsv(file) && file.commit())
            return true;
        if (error)
            *error = tr("Could not write %1: check the folder exists and you may write to it.")
                         .arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    page->setWindowTitle(page->title() + QStringLiteral(" — ") + page->context().periodLabel);
    return ChartStyle::save(page, path, error);
}

void AnalyticsView::chooseExportFile(const QString &suffix)
{
    ReportPage *page = currentPage();
    const QString name = QStringLiteral("%1 %2.%3")
                             .arg(page->title(), page->context().periodLabel, suffix)
                             .replace(u'/', u'-');
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), name, QStringLiteral("*.") + suffix);
    if (path.isEmpty())
        return;
    QString error;
    showMessage(exportTo(path, &error) ? QString() : error);
}

void AnalyticsView::printPage()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        currentPage()->print(printer);
}

void AnalyticsView::openGoalDialog(qint64 userId, const QString &month)
{
    const QDate m = month.isEmpty() ? m_period->period().from
                                    : QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    GoalDialog dialog(m_session, context().currency, userId, m, this);
    if (dialog.exec() == QDialog::Accepted)
        setGoal(dialog.userId(), dialog.month(), dialog.sum(), dialog.count());
}

void AnalyticsView::setGoal(qint64 userId, const QString &month, qint64 sum, qint64 count)
{
    Core::Result<std::optional<Core::Analytics::Goal>> before =
        Core::Analytics::goal(m_session, userId, month);
    if (!before)
        return showMessage(before.error().message);
    auto done = [this](const QString &error) {
        showMessage(error);
        if (m_activated)
            reload(); // the plan and the dashboard read the goal again
    };
    m_undo->push(new GoalCommand(done, m_session, userId, month, *before,
                                 Core::Analytics::Goal{sum, count})); // redo() writes
}

} // namespace Voronka::Ui
