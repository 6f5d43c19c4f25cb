// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfilterbutton.h"

#include "core/services/session.h"
#include "core/util/clock.h"
#include "ui/widgets/createdperiod.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {

QJsonObject presetJson(const QString &name, const Core::RecordFilter &f, int period)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("responsible"), f.responsibleIds.value(0)},
                       {QStringLiteral("text"), f.text},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(f.tags)},
                       {QStringLiteral("tasks"), int(f.tasks)},
                       {QStringLiteral("source"), f.source},
                       {QStringLiteral("period"), period}};
}
} // namespace

BoardFilterButton::BoardFilterButton(Core::Session &session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_panel(new QFrame(this, Qt::Popup))
    , m_tags(new QListWidget(m_panel))
    , m_period(new QComboBox(m_panel))
    , m_tasks(new QButtonGroup(m_panel))
    , m_source(new QComboBox(m_panel))
    , m_presets(new QComboBox(m_panel))
{
    setObjectName(QStringLiteral("boardFilterButton"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Filters"));
    m_panel->setObjectName(QStringLiteral("boardFilterPanel"));
    m_panel->setProperty("filterPanel", true); // the theme's look of filter panels
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_tags->setObjectName(QStringLiteral("filterTags"));
    m_tags->setMaximumHeight(130);
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    CreatedPeriod::fill(m_period,
                        {CreatedPeriod::Today, CreatedPeriod::ThisWeek, CreatedPeriod::ThisMonth,
                         CreatedPeriod::Last30Days, CreatedPeriod::Last90Days});
    m_source->setObjectName(QStringLiteral("filterSource"));
    m_presets->setObjectName(QStringLiteral("filterPresets"));

    auto *tasks = new QVBoxLayout;
    tasks->setSpacing(2);
    const std::pair<Core::RecordFilter::TaskState, QString> states[] = {
        {Core::RecordFilter::TaskState::Any, tr("Any")},
        {Core::RecordFilter::TaskState::NoOpenTask, tr("No open task")},
        {Core::RecordFilter::TaskState::OverdueTask, tr("Overdue task")},
    };
    for (const auto &[state, text] : states) {
        auto *b = new QRadioButton(text, m_panel);
        b->setObjectName(QStringLiteral("filterTasks_%1").arg(int(state)));
        m_tasks->addButton(b, int(state));
        tasks->addWidget(b);
    }
    m_tasks->button(0)->setChecked(true);

    auto *reset = new QPushButton(tr("Reset"), m_panel);
    reset->setObjectName(QStringLiteral("filterReset"));
    auto *save = new QPushButton(tr("Save as preset…"), m_panel);
    save->setObjectName(QStringLiteral("filterSavePreset"));
    auto *remove = new QPushButton(tr("Delete preset"), m_panel);
    remove->setObjectName(QStringLiteral("filterDeletePreset"));
    remove->setFlat(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Preset"), m_presets);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Created"), m_period);
    form->addRow(tr("Tasks"), tasks);
    form->addRow(tr("Source"), m_source);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(remove);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addLayout(buttons);
    m_panel->setMinimumWidth(360);

    auto emitChanged = [this] {
        if (m_loading)
            return;
        updateText();
        emit changed();
    };
    connect(m_tags, &QListWidget::itemChanged, this, emitChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_tasks, &QButtonGroup::idClicked, this, emitChanged);
    connect(reset, &QPushButton::clicked, this, [this] {
        clear();
        emit changed();
    });
    connect(save, &QPushButton::clicked, this, &BoardFilterButton::saveRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_presets->currentIndex() > 0)
            removePreset(m_presets->currentText());
    });
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const QList<Preset> all = presets();
        for (const Preset &p : all)
            if (p.name == m_presets->itemText(index)) {
                load(p);
                emit presetChosen(p.filter);
            }
    });
    connect(this, &QToolButton::clicked, this, &BoardFilterButton::showPanel);
    updateText();
}

void BoardFilterButton::fillChoices()
{
    if (m_filled)
        return;
    m_filled = true;
    const QSignalBlocker b1(m_tags), b2(m_source);
    for (const QString &tag : Core::recordTags(m_session, Core::EntityKind::Deal)) {
        auto *item = new QListWidgetItem(tag, m_tags);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_tags->count() == 0) {
        auto *item = new QListWidgetItem(tr("No tags on deals yet"), m_tags);
        item->setFlags(Qt::NoItemFlags);
    }
    m_source->addItem(tr("Any source"), QString());
    for (const QString &source : Core::dealSources(m_session))
        m_source->addItem(source, source);
    fillPresets();
}

void BoardFilterButton::showPanel()
{
    fillChoices();
    m_panel->adjustSize();
    QPoint pos = mapToGlobal(QPoint(width() - m_panel->width(), height() + 4));
    m_panel->move(pos);
    m_panel->show();
}

void BoardFilterButton::applyTo(Core::RecordFilter &f) const
{
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->checkState() == Qt::Checked)
            f.tags << m_tags->item(i)->text();
    f.tasks = Core::RecordFilter::TaskState(qMax(0, m_tasks->checkedId()));
    f.source = m_source->currentData().toString();
    if (const std::optional<qint64> from = CreatedPeriod::startMs(
            CreatedPeriod::Preset(m_period->currentData().toInt()), m_session.clock().nowMs()))
        f.createdFrom = *from;
}

int BoardFilterButton::activeCount() const
{
    Core::RecordFilter f;
    applyTo(f);
    return f.activeCount();
}

void BoardFilterButton::updateText()
{
    const int n = activeCount();
    setText(n ? tr("Filters · %1").arg(n) : tr("Filters"));
    setProperty("active", n > 0);
    style()->unpolish(this);
    style()->polish(this);
}

void BoardFilterButton::clear()
{
    m_loading = true;
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->flags() & Qt::ItemIsUserCheckable)
            m_tags->item(i)->setCheckState(Qt::Unchecked);
    m_period->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_tasks->button(0)->setChecked(true);
    m_presets->setCurrentIndex(0);
    m_loading = false;
    updateText();
}

QString BoardFilterButton::settingsKey() const
{
    const Core::UserInfo &u = m_session.actor();
    return QStringLiteral("board/presets/") +
           (u.uid.isEmpty() ? QString::number(u.id) : QString::fromLatin1(u.uid.toHex()));
}

QList<BoardFilterButton::Preset> BoardFilterButton::presets() const
{
    QList<Preset> out;
    const QJsonArray all =
        QJsonDocument::fromJson(QSettings().value(settingsKey()).toByteArray()).array();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        Preset p;
        p.name = o.value(QLatin1String("name")).toString();
        if (const qint64 who = o.value(QLatin1String("responsible")).toInteger())
            p.filter.responsibleIds = {who};
        p.filter.text = o.value(QLatin1String("text")).toString();
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            p.filter.tags << t.toString();
        p.filter.tasks = Core::RecordFilter::TaskState(o.value(QLatin1String("tasks")).toInt());
        p.filter.source = o.value(QLatin1String("source")).toString();
        p.period = o.value(QLatin1String("period")).toInt();
        if (!p.name.isEmpty())
            out << p;
    }
    return out;
}

// Every preset but `name`, plus `added` when it has a name: one write for save and remove.
void BoardFilterButton::storePresets(const QString &name, const Preset &added)
{
    QJsonArray all;
    for (const Preset &p : presets())
        if (p.name != name)
            all << presetJson(p.name, p.filter, p.period);
    if (!added.name.isEmpty())
        all << presetJson(added.name, added.filter, added.period);
    QSettings().setValue(settingsKey(), QJsonDocument(all).toJson(QJsonDocument::Compact));
    fillPresets();
}

void BoardFilterButton::savePreset(const QString &name, const Core::RecordFilter &whole)
{
    storePresets(name, Preset{name, whole, m_period->currentData().toInt()});
    m_presets->setCurrentIndex(m_presets->findText(name));
}

void BoardFilterButton::removePreset(const QString &name)
{
    storePresets(name, {});
}

void BoardFilterButton::fillPresets()
{
    const QSignalBlocker block(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("(none)"));
    for (const Preset &p : presets())
        m_presets->addItem(p.name);
}

void BoardFilterButton::load(const Preset &preset)
{
    fillChoices();
    m_loading = true;
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->flags() & Qt::ItemIsUserCheckable)
            m_tags->item(i)->setCheckState(
                preset.filter.tags.contains(m_tags->item(i)->text(), Qt::CaseInsensitive)
                    ? Qt::Checked
                    : Qt::Unchecked);
    m_period->setCurrentIndex(qMax(0, m_period->findData(preset.period)));
    m_source->setCurrentIndex(qMax(0, m_source->findData(preset.filter.source)));
    if (QAbstractButton *b = m_tasks->button(int(preset.filter.tasks)))
        b->setChecked(true);
    m_loading = false;
    updateText();
}

} // namespace Voronka::Ui
