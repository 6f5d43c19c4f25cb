// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pipelinesetupwidget.h"

#include "core/services/admin.h"
#include "ui/settings/automationeditordialog.h"
#include "ui/settings/dealmovejob.h"
#include "ui/settings/movedealsdialog.h"
#include "ui/settings/removalcommand.h"
#include "ui/settings/stagelistwidget.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const char *const kPalette[] = {"#99CCFF", "#FFCC66", "#FF9966", "#CCFF99", "#FFCCCC", "#D6B4FC",
                                "#98DFD6", "#FFE08A", "#C1C8D0", "#6FCF97", "#EB5757", "#2F80ED"};
constexpr int kIdRole = Qt::UserRole + 1;

QIcon swatch(const QString &color, int size = 16)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Theme::current().border, 1));
    p.setBrush(QColor(color));
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 4, 4);
    return QIcon(pm);
}

// The theme's text colour, and a faint one when disabled: the style's generated disabled
// icon barely differs from the normal one on the dark theme.
QIcon themedIcon(const QString &name)
{
    const ThemeColors &c = Theme::current();
    QColor faint = c.muted;
    faint.setAlpha(110);
    QIcon icon;
    for (int size : {16, 20, 32}) {
        icon.addPixmap(Icons::pixmap(name, c.text, size), QIcon::Normal);
        icon.addPixmap(Icons::pixmap(name, faint, size), QIcon::Disabled);
    }
    return icon;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("setupSectionTitle"));
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

PipelineSetupWidget::PipelineSetupWidget(Core::Session &session, qint64 pipelineId,
                                         QUndoStack *hostUndo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(hostUndo ? hostUndo : new QUndoStack(this))
    , m_setup(session)
    , m_pipelineId(pipelineId)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineSetup"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *panels = new QHBoxLayout;
    panels->setSpacing(18);
    panels->addWidget(pipelinePanel(), 3);
    panels->addWidget(stagePanel(), 5);
    panels->addWidget(detailPanel(), 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(panels, 1);
    auto *bottom = hostUndo ? new QHBoxLayout : undoButtons(m_undo, this);
    if (!hostUndo)
        bottom->addSpacing(12);
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    layout->addLayout(bottom);

    reloadPipelines(pipelineId);
}

QToolButton *PipelineSetupWidget::toolButton(const char *objectName, const QString &icon,
                                             const QString &tip)
{
    auto *b = new QToolButton(this);
    b->setObjectName(QLatin1String(objectName));
    b->setIcon(themedIcon(icon));
    b->setIconSize(QSize(16, 16));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

QWidget *PipelineSetupWidget::pipelinePanel()
{
    auto *panel = new QWidget(this);
    m_pipelines = new QListWidget(panel);
    m_pipelines->setObjectName(QStringLiteral("setupPipelineList"));
    m_pipelines->setAccessibleName(tr("Pipelines"));
    m_pipelines->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed);
    auto *add = toolButton("addPipelineButton", QStringLiteral("plus"), tr("Add a pipeline"));
    auto *rename = toolButton("renamePipelineButton", QStringLiteral("edit"), tr("Rename"));
    m_pipelineUp = toolButton("pipelineUpButton", QStringLiteral("arrow-up"), tr("Move up"));
    m_pipelineDown =
        toolButton("pipelineDownButton", QStringLiteral("arrow-down"), tr("Move down"));
    m_deletePipeline =
        toolButton("deletePipelineButton", QStringLiteral("trash"), tr("Delete the pipeline…"));

    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    for (QToolButton *b : {add, rename, m_pipelineUp, m_pipelineDown})
        row->addWidget(b);
    row->addStretch();
    row->addWidget(m_deletePipeline);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Pipelines"), panel));
    layout->addWidget(m_pipelines, 1);
    layout->addLayout(row);

    connect(m_pipelines, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || !item)
            return;
        m_pipelineId = item->data(kIdRole).toLongLong();
        reloadStages(0, true);
    });
    connect(m_pipelines, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(kIdRole).toLongLong();
        const QString name = item->text();
        // Not inside the item editor's commit: the reload replaces the item being edited.
        QTimer::singleShot(0, this, [this, id, name] {
            QString old;
            for (const Core::PipelineInfo &p : m_session.pipelines())
                if (p.id == id)
                    old = p.name;
            change(
                tr("Rename the pipeline “%1”").arg(old),
                [this, id, name](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).renamePipeline(id, name); },
                [this, id, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).renamePipeline(id, old); },
                [this, id] { reloadPipelines(id); });
        });
    });
    connect(add, &QToolButton::clicked, this, &PipelineSetupWidget::addPipeline);
    connect(rename, &QToolButton::clicked, this, [this] {
        if (m_pipelines->currentItem())
            m_pipelines->editItem(m_pipelines->currentItem());
    });
    connect(m_pipelineUp, &QToolButton::clicked, this, [this] { movePipeline(-1); });
    connect(m_pipelineDown, &QToolButton::clicked, this, [this] { movePipeline(1); });
    connect(m_deletePipeline, &QToolButton::clicked, this, &PipelineSetupWidget::deletePipeline);
    return panel;
}

QWidget *PipelineSetupWidget::stagePanel()
{
    auto *panel = new QWidget(this);
    m_stagesTitle = sectionTitle(QString(), panel);
    m_stages = new StageListWidget(panel);
    auto *add = new QPushButton(themedIcon(QStringLiteral("plus")), tr("Add a stage"), panel);
    add->setObjectName(QStringLiteral("addStageButton"));
    m_stageUp = toolButton("stageUpButton", QStringLiteral("arrow-up"), tr("Move up (Ctrl+Up)"));
    m_stageDown =
        toolButton("stageDownButton", QStringLiteral("arrow-down"), tr("Move down (Ctrl+Down)"));
    m_deleteStage =
        toolButton("deleteStageButton", QStringLiteral("trash"), tr("Delete the stage…"));

    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(add);
    row->addSpacing(6);
    row->addWidget(m_stageUp);
    row->addWidget(m_stageDown);
    row->addStretch();
    row->addWidget(m_deleteStage);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stagesTitle);
    layout->addWidget(m_stages, 1);
    layout->addLayout(row);

    connect(m_stages, &QListWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            showStage();
    });
    connect(m_stages, &StageListWidget::renameRequested, this,
            [this](qint64 id, const QString &name) {
                const Core::StageInfo *s = m_session.stage(id);
                const QString old = s ? s->name : QString();
                change(
                    tr("Rename the stage “%1”").arg(old),
                    [this, id, name](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).renameStage(id, name); },
                    [this, id, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).renameStage(id, old); },
                    [this, id] { revealStage(id); });
            });
    connect(m_stages, &StageListWidget::reorderRequested, this,
            [this](const QList<qint64> &order, qint64 moved) {
                const qint64 pipeline = m_pipelineId;
                const QList<qint64> old = openStageOrder();
                const Core::StageInfo *s = m_session.stage(moved);
                change(
                    tr("Move the stage “%1”").arg(s ? s->name : QString()),
                    [this, pipeline, order](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).reorderStages(pipeline, order); },
                    [this, pipeline, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).reorderStages(pipeline, old); },
                    [this, moved] { revealStage(moved); });
            });
    connect(m_stages, &StageListWidget::deleteRequested, this, &PipelineSetupWidget::deleteStage);
    connect(add, &QPushButton::clicked, this, &PipelineSetupWidget::addStage);
    connect(m_stageUp, &QToolButton::clicked, this, [this] { m_stages->moveCurrent(-1); });
    connect(m_stageDown, &QToolButton::clicked, this, [this] { m_stages->moveCurrent(1); });
    connect(m_deleteStage, &QToolButton::clicked, this, &PipelineSetupWidget::deleteStage);
    return panel;
}

QWidget *PipelineSetupWidget::detailPanel()
{
    auto *panel = new QWidget(this);
    m_stageTitle = sectionTitle(tr("Stage"), panel);
    QFormLayout *form = stageForm(panel);
    createAutomationList(panel);
    QHBoxLayout *row = automationButtons(panel);
    auto *autoHint = new QLabel(tr("Run when a deal enters this stage, whatever moved it."), panel);
    autoHint->setObjectName(QStringLiteral("fieldHint"));
    autoHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stageTitle);
    layout->addLayout(form);
    layout->addWidget(m_kindHint);
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Automations"), panel));
    layout->addWidget(autoHint);
    layout->addWidget(m_automations, 1);
    layout->addLayout(row);

    connectStageForm();
    connectAutomationList();
    return panel;
}

// The chosen stage's name, colour, probability and idle days.
QFormLayout *PipelineSetupWidget::stageForm(QWidget *panel)
{
    m_name = new QLineEdit(panel);
    m_name->setObjectName(QStringLiteral("stageNameEdit"));
    m_name->setMaxLength(255);
    m_color = new QToolButton(panel);
    m_color->setObjectName(QStringLiteral("stageColorButton"));
    m_color->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_color->setAccessibleName(tr("Color"));
    m_probability = new QSpinBox(panel);
    m_probability->setObjectName(QStringLiteral("stageProbability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_probability->setKeyboardTracking(false);
    m_idleDays = new QSpinBox(panel);
    m_idleDays->setObjectName(QStringLiteral("stageIdleDays"));
    m_idleDays->setRange(0, 3650);
    m_idleDays->setSpecialValueText(tr("Never"));
    m_idleDays->setKeyboardTracking(false);
    m_idleDays->setToolTip(tr("Mark a deal on the board when it sat in this stage longer"));
    for (QSpinBox *s : {m_probability, m_idleDays})
        s->setFixedWidth(130);
    m_kindHint = new QLabel(panel);
    m_kindHint->setObjectName(QStringLiteral("fieldHint"));
    m_kindHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Color"), m_color);
    form->addRow(tr("Probability"), m_probability);
    form->addRow(tr("Idle after, days"), m_idleDays);
    return form;
}

// The stage's automations, with a hint inside the list while it is empty.
void PipelineSetupWidget::createAutomationList(QWidget *panel)
{
    m_automations = new QListWidget(panel);
    m_automations->setObjectName(QStringLiteral("setupAutomationList"));
    m_automations->setAccessibleName(tr("Automations"));
    m_automations->setWordWrap(true);
    m_automations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_automations->setResizeMode(QListView::Adjust);
    m_noAutomations = new QLabel(tr("No automations yet. Add one to create a task, change the "
                                    "responsible, add a tag or move the deal on."),
                                 m_automations->viewport());
    m_noAutomations->setObjectName(QStringLiteral("emptyText"));
    m_noAutomations->setWordWrap(true);
    m_noAutomations->setAlignment(Qt::AlignCenter);
    auto *emptyLayout = new QVBoxLayout(m_automations->viewport());
    emptyLayout->setContentsMargins(24, 12, 24, 12);
    emptyLayout->addWidget(m_noAutomations);
}

// Add, Edit and Delete under the automations.
QHBoxLayout *PipelineSetupWidget::automationButtons(QWidget *panel)
{
    auto *add = new QPushButton(themedIcon(QStringLiteral("plus")), tr("Add…"), panel);
    add->setObjectName(QStringLiteral("addAutomationButton"));
    m_editAutomation = new QPushButton(tr("Edit…"), panel);
    m_editAutomation->setObjectName(QStringLiteral("editAutomationButton"));
    m_deleteAutomation = new QPushButton(tr("Delete"), panel);
    m_deleteAutomation->setObjectName(QStringLiteral("deleteAutomationButton"));
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(add);
    row->addWidget(m_editAutomation);
    row->addStretch();
    row->addWidget(m_deleteAutomation);
    connect(add, &QPushButton::clicked, this, [this] { editAutomation(0); });
    return row;
}

// Each edit of the stage form is one undoable change.
void PipelineSetupWidget::connectStageForm()
{
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const qint64 id = m_formStageId;
        const Core::StageInfo *s = m_session.stage(id);
        // Unchanged, or a system stage's name as shown (translated): nothing to rename.
        const QString typed = m_name->text().simplified();
        if (m_filling || !s || typed == s->name || typed == stageDisplayName(*s))
            return;
        const QString name = m_name->text();
        const QString old = s->name;
        change(
            tr("Rename the stage “%1”").arg(old),
            [this, id, name](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).renameStage(id, name); },
            [this, id, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).renameStage(id, old); },
            [this, id] { revealStage(id); });
    });
    connect(m_color, &QToolButton::clicked, this, &PipelineSetupWidget::chooseColor);
    connect(m_probability, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_filling)
            return;
        const qint64 id = m_formStageId;
        const Core::StageInfo *s = m_session.stage(id);
        const int old = s ? s->probability : 0;
        change(
            tr("Change the probability of “%1”").arg(s ? s->name : QString()),
            [this, id, v](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).setStageProbability(id, v); },
            [this, id, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).setStageProbability(id, old); },
            [this, id] { revealStage(id); }, QStringLiteral("probability:%1").arg(id));
    });
    connect(m_idleDays, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_filling)
            return;
        const qint64 id = m_formStageId;
        const Core::StageInfo *s = m_session.stage(id);
        const int old = s ? s->idleDays : 0;
        change(
            tr("Change the idle days of “%1”").arg(s ? s->name : QString()),
            [this, id, v](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).setStageIdleDays(id, v); },
            [this, id, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).setStageIdleDays(id, old); },
            [this, id] { revealStage(id); }, QStringLiteral("idle:%1").arg(id));
    });
}

void PipelineSetupWidget::connectAutomationList()
{
    connect(m_editAutomation, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_automations->currentItem())
            editAutomation(item->data(kIdRole).toLongLong());
    });
    connect(m_automations, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { editAutomation(item->data(kIdRole).toLongLong()); });
    connect(m_automations, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_editAutomation->setEnabled(item);
        m_deleteAutomation->setEnabled(item);
    });
    connect(m_deleteAutomation, &QPushButton::clicked, this,
            &PipelineSetupWidget::deleteAutomation);
}

bool PipelineSetupWidget::report(const Core::Status &status)
{
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_changed = true;
    return true;
}

void PipelineSetupWidget::change(const QString &text, AdminCommand::Step redo,
                                 AdminCommand::Step undo, std::function<void()> shown,
                                 const QString &mergeKey)
{
    (void)tryChange(text, std::move(redo), std::move(undo), std::move(shown), mergeKey);
}

Core::Status PipelineSetupWidget::tryChange(const QString &text, AdminCommand::Step redo,
                                            AdminCommand::Step undo, std::function<void()> shown,
                                            const QString &mergeKey)
{
    auto last = std::make_shared<Core::Status>(Core::Ok{});
    auto *step = new AdminCommand(m_session, text, std::move(redo), std::move(undo),
                                  [this, shown, last](const Core::Status &st) {
                                      *last = st;
                                      report(st);
                                      shown();
                                  });
    if (!mergeKey.isEmpty())
        step->mergeBy(1, mergeKey);
    m_undo->push(step);
    return *last;
}

void PipelineSetupWidget::revealStage(qint64 stageId)
{
    const Core::StageInfo *s = m_session.stage(stageId);
    if (s && s->pipelineId != m_pipelineId) {
        reloadPipelines(s->pipelineId);
        return reloadStages(stageId, true);
    }
    reloadStages(stageId);
}

QList<qint64> PipelineSetupWidget::openStageOrder() const
{
    QList<qint64> out;
    for (const Core::PipelineInfo &p : m_session.pipelines())
        if (p.id == m_pipelineId)
            for (const Core::StageInfo &st : p.stages)
                if (st.kind == Core::StageKind::Open)
                    out << st.id;
    return out;
}

void PipelineSetupWidget::reloadPipelines(qint64 selectId)
{
    m_filling = true;
    m_pipelines->clear();
    QListWidgetItem *select = nullptr;
    const QList<Core::PipelineInfo> pipelines = m_session.pipelines();
    for (const Core::PipelineInfo &p : pipelines) {
        auto *item = new QListWidgetItem(p.name, m_pipelines);
        item->setData(kIdRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (p.id == selectId)
            select = item;
    }
    if (!select && m_pipelines->count())
        select = m_pipelines->item(0);
    m_pipelines->setCurrentItem(select);
    m_filling = false;
    m_pipelineId = select ? select->data(kIdRole).toLongLong() : 0;
    const int row = m_pipelines->currentRow();
    m_pipelineUp->setEnabled(row > 0);
    m_pipelineDown->setEnabled(row >= 0 && row + 1 < m_pipelines->count());
    m_deletePipeline->setEnabled(m_pipelines->count() > 1);
    reloadStages(m_stages->currentStageId(), true);
}

void PipelineSetupWidget::reloadStages(qint64 selectStageId, bool recount)
{
    // Counting a 330k-deal pipeline takes a moment; only a switch or a deal move needs it.
    if (recount)
        m_dealCounts = m_setup.activeDealCounts(m_pipelineId);
    QList<Core::StageInfo> stages;
    QString name;
    for (const Core::PipelineInfo &p : m_session.pipelines())
        if (p.id == m_pipelineId) {
            // Incoming first, as on the board.
            for (const Core::StageInfo &st : p.stages)
                if (st.kind == Core::StageKind::Incoming)
                    stages.prepend(st);
                else
                    stages.append(st);
            name = p.name;
        }
    m_stagesTitle->setText(tr("Stages of “%1”").arg(name));
    m_filling = true;
    m_stages->setStages(stages, m_dealCounts, selectStageId);
    m_filling = false;
    showStage();
    // Pipeline moves change the row, so the arrows follow here too.
    const int row = m_pipelines->currentRow();
    m_pipelineUp->setEnabled(row > 0);
    m_pipelineDown->setEnabled(row >= 0 && row + 1 < m_pipelines->count());
}

void PipelineSetupWidget::showStage()
{
    const Core::StageInfo *s = m_session.stage(m_stages->currentStageId());
    // The form edits the stage it shows, even if the list's selection moved first.
    m_formStageId = s ? s->id : 0;
    const bool fixed = !s || Core::PipelineSetup::isFixed(s->kind);
    const bool closed = s && (s->kind == Core::StageKind::Won || s->kind == Core::StageKind::Lost);
    m_filling = true;
    m_stageTitle->setText(s ? tr("Stage “%1”").arg(stageDisplayName(*s)) : tr("Stage"));
    m_name->setText(s ? stageDisplayName(*s) : QString());
    m_color->setIcon(swatch(s ? s->color : QStringLiteral("#FFFFFF")));
    m_color->setText(s ? s->color : QString());
    m_probability->setValue(s ? s->probability : 0);
    m_idleDays->setValue(s ? s->idleDays : 0);
    m_filling = false;
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_color)})
        w->setEnabled(s);
    m_probability->setEnabled(s && !closed);
    m_idleDays->setEnabled(s && !closed);
    m_deleteStage->setEnabled(!fixed);
    const QList<qint64> open = m_stages->openOrder();
    const int at = s ? int(open.indexOf(s->id)) : -1;
    m_stageUp->setEnabled(at > 0);
    m_stageDown->setEnabled(at >= 0 && at + 1 < open.size());
    m_kindHint->setText(fixed && s ? tr("A fixed stage: it can be renamed and recolored, but not "
                                        "moved or deleted.")
                                   : QString());
    m_kindHint->setVisible(fixed && s);
    reloadAutomations();
}

void PipelineSetupWidget::reloadAutomations()
{
    const qint64 stageId = m_stages->currentStageId();
    m_automations->clear();
    for (const Core::StageAutomation &a : m_setup.automations(stageId)) {
        auto *item =
            new QListWidgetItem(AutomationEditorDialog::summary(m_session, a), m_automations);
        item->setData(kIdRole, a.id);
        item->setToolTip(item->text());
    }
    m_automations->setEnabled(stageId != 0);
    m_noAutomations->setVisible(m_automations->count() == 0);
    m_editAutomation->setEnabled(m_automations->currentItem());
    m_deleteAutomation->setEnabled(m_automations->currentItem());
}

void PipelineSetupWidget::addPipeline()
{
    // Undone, the pipeline leaves while nothing was put in it; redone, the same one comes back.
    auto id = std::make_shared<qint64>(0);
    auto stages = std::make_shared<QList<qint64>>();
    const QString name = tr("New pipeline");
    change(
        tr("Add the pipeline “%1”").arg(name),
        [this, id, stages, name](const Core::Origin &o) -> Core::Status {
            if (*id)
                return Core::PipelineSetup(m_session, o).restorePipeline(*id, *stages);
            Core::Result<qint64> made = Core::Admin(m_session, o).createPipeline(
                name, {{tr("First contact"), QLatin1String(kPalette[0]), 10}});
            if (!made)
                return made.error();
            *id = *made;
            return Core::Ok{};
        },
        [this, id, stages](const Core::Origin &o) -> Core::Status {
            Core::Result<QList<qint64>> gone =
                Core::PipelineSetup(m_session, o).withdrawPipeline(*id);
            if (!gone)
                return gone.error();
            *stages = *gone;
            return Core::Ok{};
        },
        [this, id] { reloadPipelines(*id); });
    if (!*id || m_pipelineId != *id)
        return;
    if (QListWidgetItem *item = m_pipelines->currentItem())
        m_pipelines->editItem(item);
}

void PipelineSetupWidget::deletePipeline()
{
    QListWidgetItem *item = m_pipelines->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    qint64 deals = 0;
    for (qint64 n : m_setup.activeDealCounts(id))
        deals += n;
    const QString question =
        tr("Delete the pipeline “%1” with its stages and automations? Its %n deal(s), and those "
           "in the recycle bin, move to the stage you choose.",
           nullptr, int(deals))
            .arg(item->text());
    auto *dialog = new MoveDealsDialog(m_session, tr("Delete pipeline"), question, 0, id, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = tr("Delete the pipeline “%1”").arg(item->text());
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, deals, text] {
        pushRemoval(DealMoveJob::Kind::Pipeline, id, dialog->targetStageId(), deals, text);
    });
    dialog->open();
}

void PipelineSetupWidget::movePipeline(int delta)
{
    QList<qint64> order;
    for (int r = 0; r < m_pipelines->count(); ++r)
        order << m_pipelines->item(r)->data(kIdRole).toLongLong();
    const int at = m_pipelines->currentRow();
    if (at < 0 || at + delta < 0 || at + delta >= order.size())
        return;
    const QList<qint64> old = order;
    order.move(at, at + delta);
    const qint64 moved = order.at(at + delta);
    change(
        tr("Move the pipeline “%1”").arg(m_pipelines->currentItem()->text()),
        [this, order](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).reorderPipelines(order); },
        [this, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).reorderPipelines(old); },
        [this, moved] { reloadPipelines(moved); });
}

void PipelineSetupWidget::addStage()
{
    const QList<qint64> open = m_stages->openOrder();
    const int at = int(open.indexOf(m_stages->currentStageId()));
    const int index = at >= 0 ? at + 1 : int(open.size());
    const QString color = QLatin1String(kPalette[open.size() % std::size(kPalette)]);
    const qint64 pipeline = m_pipelineId;
    // Undone, the stage leaves while no deal, automation or field is tied to it; redone, the
    // same stage comes back in its place.
    auto id = std::make_shared<qint64>(0);
    change(
        tr("Add a stage"),
        [this, id, pipeline, index, color](const Core::Origin &o) -> Core::Status {
            Core::PipelineSetup setup(m_session, o);
            if (*id)
                return setup.restoreStage(*id, index);
            Core::Result<qint64> made =
                setup.createStage(pipeline, index, tr("New stage"), color, 0);
            if (!made)
                return made.error();
            *id = *made;
            return Core::Ok{};
        },
        [this, id](const Core::Origin &o) {
            return Core::PipelineSetup(m_session, o).withdrawStage(*id);
        },
        [this, id, pipeline] {
            if (m_session.stage(*id))
                return revealStage(*id);
            reloadPipelines(pipeline);
        });
    if (!*id || m_stages->currentStageId() != *id)
        return;
    m_name->setFocus();
    m_name->selectAll();
}

void PipelineSetupWidget::deleteStage()
{
    const Core::StageInfo *s = m_session.stage(m_stages->currentStageId());
    if (!s)
        return;
    const qint64 id = s->id;
    // From the board's index; counting the recycle bin's deals would scan the whole table.
    const qint64 deals = m_dealCounts.value(id);
    // The neighbour before it (or after it, for the first) is where deals most likely belong.
    const QList<qint64> open = m_stages->openOrder();
    const int at = int(open.indexOf(id));
    const qint64 preferred = at > 0 ? open.at(at - 1) : open.value(at + 1);
    const QString question = tr("Delete the stage “%1”? Its %n deal(s), and those in the "
                                "recycle bin, move to the stage you choose.",
                                nullptr, int(deals))
                                 .arg(s->name);
    auto *dialog =
        new MoveDealsDialog(m_session, tr("Delete stage"), question, id, 0, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = tr("Delete the stage “%1”").arg(s->name);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, deals, text] {
        pushRemoval(DealMoveJob::Kind::Stage, id, dialog->targetStageId(), deals, text);
    });
    dialog->open();
}

void PipelineSetupWidget::pushRemoval(DealMoveJob::Kind kind, qint64 id, qint64 target,
                                      qint64 deals, const QString &text)
{
    // Undone, the stages come back with their deals (a deal moved since stays, named under the
    // panels); redone, they are deleted again, moving the deals that came back.
    m_undo->push(new RemovalCommand(
        m_session, kind, id, target, deals, text, this,
        [this, kind, id, target](const Core::Status &st, const QString &note) {
            const bool shown = report(st);
            const Core::StageInfo *back =
                kind == DealMoveJob::Kind::Stage ? m_session.stage(id) : nullptr;
            const Core::StageInfo *to = m_session.stage(target);
            qint64 pipeline = back ? back->pipelineId : to ? to->pipelineId : m_pipelineId;
            for (const Core::PipelineInfo &p : m_session.pipelines())
                if (kind == DealMoveJob::Kind::Pipeline && p.id == id)
                    pipeline = id;
            reloadPipelines(pipeline);
            reloadStages(back ? id : to && to->pipelineId == pipeline ? to->id : 0);
            if (shown && !note.isEmpty()) {
                m_error->setText(note);
                m_error->show();
            }
        }));
}

void PipelineSetupWidget::recolor(qint64 stageId, const QString &color)
{
    const Core::StageInfo *s = m_session.stage(stageId);
    const QString old = s ? s->color : QString();
    change(
        tr("Recolour the stage “%1”").arg(s ? s->name : QString()),
        [this, stageId, color](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).setStageColor(stageId, color); },
        [this, stageId, old](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).setStageColor(stageId, old); },
        [this, stageId] { revealStage(stageId); });
}

void PipelineSetupWidget::chooseColor()
{
    const qint64 id = m_stages->currentStageId();
    const Core::StageInfo *s = m_session.stage(id);
    if (!s)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("stageColorMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const char *hex : kPalette) {
        const QString color = QLatin1String(hex);
        QAction *a = menu->addAction(swatch(color), color);
        a->setObjectName(QStringLiteral("color") + color.mid(1));
        connect(a, &QAction::triggered, this, [this, id, color] { recolor(id, color); });
    }
    menu->addSeparator();
    QAction *other = menu->addAction(tr("Other color…"));
    other->setObjectName(QStringLiteral("otherColor"));
    const QString current = s->color;
    connect(other, &QAction::triggered, this, [this, id, current] {
        const QColor c = QColorDialog::getColor(QColor(current), this, tr("Stage color"));
        if (!c.isValid())
            return;
        recolor(id, c.name(QColor::HexRgb).toUpper());
    });
    menu->popup(m_color->mapToGlobal(QPoint(0, m_color->height())));
}

void PipelineSetupWidget::editAutomation(qint64 automationId)
{
    const qint64 stageId = m_stages->currentStageId();
    const Core::StageInfo *stage = m_session.stage(stageId);
    if (!stage)
        return;
    Core::StageAutomation a;
    a.stageId = stageId;
    for (const Core::StageAutomation &x : m_setup.automations(stageId))
        if (x.id == automationId)
            a = x;
    const QString name = stage->name;
    AutomationEditorDialog::Save save = [this, a, name](const Core::StageAutomation &edited) {
        const Core::Status st =
            a.id ? tryChange(
                       tr("Edit an automation of “%1”").arg(name),
                       [this, edited](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).updateAutomation(edited); },
                       [this, a](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).updateAutomation(a); },
                       [this, a] { revealStage(a.stageId); })
                 : addAutomation(edited, name);
        if (!st)
            m_error->hide(); // the dialog shows it, and stays open
        return st;
    };
    auto *dialog = new AutomationEditorDialog(m_session, a, save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Core::Status PipelineSetupWidget::addAutomation(const Core::StageAutomation &automation,
                                                const QString &stageName)
{
    // Undone, the automation is deleted; redone, the same one comes back.
    auto id = std::make_shared<qint64>(0);
    return tryChange(
        tr("Add an automation to “%1”").arg(stageName),
        [this, automation, id](const Core::Origin &o) -> Core::Status {
            if (*id)
                return Core::PipelineSetup(m_session, o).restoreAutomation(*id);
            Core::Result<qint64> made = Core::Admin(m_session, o).createAutomation(automation);
            if (!made)
                return made.error();
            *id = *made;
            return Core::Ok{};
        },
        [this, id](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).deleteAutomation(*id); },
        [this, stage = automation.stageId] { revealStage(stage); });
}

void PipelineSetupWidget::deleteAutomation()
{
    QListWidgetItem *item = m_automations->currentItem();
    const Core::StageInfo *stage = m_session.stage(m_stages->currentStageId());
    if (!item || !stage)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    const qint64 stageId = stage->id;
    change(
        tr("Delete an automation of “%1”").arg(stage->name),
        [this, id](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).deleteAutomation(id); },
        [this, id](const Core::Origin &o) { return Core::PipelineSetup(m_session, o).restoreAutomation(id); },
        [this, stageId] { revealStage(stageId); });
}

} // namespace Voronka::Ui
