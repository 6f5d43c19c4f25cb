// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "attentionview.h"

#include "core/services/session.h"
#include "ui/tasks/attentionmodel.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/taskdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const QString kReasonsSetting = QStringLiteral("tasks/attentionReasons");

// The same air between rows as the task list.
class RowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
    }
};
} // namespace

AttentionView::AttentionView(Core::Session &session, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_bar(new QWidget(this))
    , m_reasons(new QComboBox(m_bar))
    , m_addTask(new QPushButton(tr("Add task…"), m_bar))
    , m_openDeal(new QPushButton(tr("Open deal"), m_bar))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new AttentionModel(session, m_zone, this))
{
    setObjectName(QStringLiteral("attentionView"));
    m_reasons->setObjectName(QStringLiteral("attentionReasons"));
    m_reasons->setAccessibleName(tr("Which deals"));
    m_reasons->addItem(tr("No open task or an overdue one"), int(Reasons::Both));
    m_reasons->addItem(tr("No open task"), int(Reasons::NoOpenTask));
    m_reasons->addItem(tr("Overdue task"), int(Reasons::OverdueTask));
    const int remembered = m_reasons->findData(QSettings().value(kReasonsSetting, 0).toInt());
    m_reasons->setCurrentIndex(remembered >= 0 ? remembered : 0);
    m_addTask->setObjectName(QStringLiteral("attentionAddTask"));
    m_addTask->setToolTip(tr("Plan the next step for this deal"));
    m_openDeal->setObjectName(QStringLiteral("attentionOpenDeal"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty->setObjectName(QStringLiteral("attentionEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_tree->setObjectName(QStringLiteral("attentionList"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new RowDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(AttentionModel::DealColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(AttentionModel::ReasonColumn, 240);
    m_tree->setColumnWidth(AttentionModel::StageColumn, 190);
    m_tree->setColumnWidth(AttentionModel::ResponsibleColumn, 190);
    m_tree->setColumnWidth(AttentionModel::BudgetColumn, 130);

    m_bar->setObjectName(QStringLiteral("attentionBar"));
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(10);
    bar->addWidget(m_reasons);
    bar->addStretch();
    bar->addWidget(m_addTask);
    bar->addWidget(m_openDeal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);

    connect(m_reasons, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kReasonsSetting, m_reasons->currentData());
        reload();
    });
    connect(m_addTask, &QPushButton::clicked, this, [this] { addTask(); });
    connect(m_openDeal, &QPushButton::clicked, this, &AttentionView::openDeal);
    connect(m_tree, &QTreeView::activated, this, &AttentionView::openDeal); // Enter or double-click
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttentionView::updateState);
    connect(m_model, &AttentionModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &AttentionModel::pageLoaded, this, [this] {
        // The first deal is current, so "Add task" works from the keyboard at once.
        if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
        updateState();
    });
    connect(m_model, &AttentionModel::dealRemoved, this, [this] {
        if (m_total > 0)
            --m_total;
        updateState();
    });
    updateState();
}

AttentionView::~AttentionView() = default;

void AttentionView::setScope(const QList<qint64> &responsibleIds, qint64 departmentId)
{
    m_responsibleIds = responsibleIds;
    m_departmentId = departmentId;
}

Core::Attention::Filter AttentionView::filter() const
{
    Core::Attention::Filter f;
    f.responsibleIds = m_responsibleIds;
    f.departmentId = m_departmentId;
    const Reasons r = reasons();
    f.noOpenTask = r != Reasons::OverdueTask;
    f.overdueTask = r != Reasons::NoOpenTask;
    return f;
}

AttentionView::Reasons AttentionView::reasons() const
{
    return Reasons(m_reasons->currentData().toInt());
}

void AttentionView::setReasons(Reasons reasons)
{
    m_reasons->setCurrentIndex(m_reasons->findData(int(reasons)));
}

void AttentionView::reload()
{
    m_error->hide();
    m_model->reload(filter());
    startCount();
    updateState();
}

void AttentionView::startCount()
{
    // A count still running for the previous filter finishes on its own and is dropped.
    if (m_countJob)
        m_countJob->cancel();
    m_total = -1;
    auto result = std::make_shared<qint64>(-1);
    const Core::Attention::Filter f = filter();
    auto *job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [f, result](Core::Session &s, const BackgroundJob::Report &report) {
            Core::Result<qint64> n =
                Core::Attention(s, [&report] { return report(0, 1); }).count(f);
            if (!n)
                return n.error().message;
            *result = *n;
            return QString();
        },
        this);
    job->setClock(&m_session.clock());
    m_countJob = job;
    connect(job, &BackgroundJob::finished, this, [this, job, result](const QString &error) {
        job->deleteLater();
        if (job != m_countJob)
            return;
        m_countJob = nullptr;
        if (!error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
        }
        // Deals the user planned for while counting have left the list already.
        m_total = *result >= 0 ? std::max<qint64>(*result - m_removedWhileCounting, 0) : -1;
        m_removedWhileCounting = 0;
        updateState();
        emit counted(m_total);
    });
    m_removedWhileCounting = 0;
    job->start();
}

bool AttentionView::isLoading() const
{
    return isCounting() || (m_model->isLoading() && m_model->rowCount() == 0);
}

QString AttentionView::summary() const
{
    if (m_total < 0)
        return m_model->rowCount() > 0 ? tr("counting deals…") : tr("looking for deals…");
    return tr("%Ln deal(s) need attention", nullptr, int(std::min<qint64>(m_total, INT_MAX)));
}

void AttentionView::updateState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    switch (reasons()) {
    case Reasons::Both:
        m_empty->setText(tr("No deals need attention: every open deal has a next step, and "
                            "none is late."));
        break;
    case Reasons::NoOpenTask:
        m_empty->setText(tr("Every open deal has an open task."));
        break;
    case Reasons::OverdueTask:
        m_empty->setText(tr("No open deal has an overdue task."));
        break;
    }
    m_empty->setVisible(empty);
    m_tree->setVisible(!empty);
    const bool current = currentDeal() != 0;
    m_addTask->setEnabled(current);
    m_openDeal->setEnabled(current);
    emit summaryChanged(summary());
}

qint64 AttentionView::currentDeal() const
{
    const Core::Attention::Row *d = m_model->deal(m_tree->currentIndex().row());
    return d ? d->id : 0;
}

bool AttentionView::selectDeal(qint64 dealId)
{
    const int row = m_model->rowOfDeal(dealId);
    if (row < 0)
        return false;
    m_tree->setCurrentIndex(m_model->index(row, 0));
    return true;
}

TaskDialog *AttentionView::addTask()
{
    const Core::Attention::Row *d = m_model->deal(m_tree->currentIndex().row());
    if (!d || m_dialog)
        return m_dialog;
    // The next step defaults to the next full hour: the deal is waiting already.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone);
    const QDateTime start(now.date(), QTime(now.time().hour(), 0), m_zone);
    const qint64 dealId = d->id;
    m_dialog = new TaskDialog(m_session, m_zone, start.addSecs(3600), false,
                              d->responsibleId ? d->responsibleId : m_session.actor().id, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setLink(Core::EntityKind::Deal, dealId, d->name);
    connect(m_dialog, &QDialog::accepted, this, [this, dealId, dialog = m_dialog.data()] {
        emit taskCreated(dialog->createdId());
        const int row = m_model->rowOfDeal(dealId);
        if (m_model->recheck(dealId)) {
            if (m_countJob)
                ++m_removedWhileCounting;
            if (m_model->rowCount() > 0)
                m_tree->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
        }
        updateState();
    });
    m_dialog->open();
    return m_dialog;
}

void AttentionView::openDeal()
{
    const Core::Attention::Row *d = m_model->deal(m_tree->currentIndex().row());
    if (d)
        emit openRecordRequested(Core::EntityKind::Deal, d->id, d->name);
}

} // namespace Voronka::Ui
