// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasktypeswidget.h"

#include "ui/widgets/admincommand.h"

#include "core/services/admin.h"
#include "core/services/entityspec.h"
#include "core/services/session.h"
#include "core/tasks/taskquery.h"
#include "ui/widgets/tasktypeicon.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
QIcon swatch(const QString &color)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(color));
    p.drawEllipse(1, 1, 12, 12);
    return QIcon(pm);
}
} // namespace

QStringList TaskTypesWidget::palette()
{
    return {QStringLiteral("#2F80ED"), QStringLiteral("#27AE60"), QStringLiteral("#F2994A"),
            QStringLiteral("#EB5757"), QStringLiteral("#9B51E0"), QStringLiteral("#00A3A3"),
            QStringLiteral("#828282"), QStringLiteral("#D4A017")};
}

TaskTypesWidget::TaskTypesWidget(Core::Session &session, QUndoStack *hostUndo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(hostUndo ? hostUndo : new QUndoStack(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_remove(new QPushButton(tr("Delete"), this))
    , m_resultRequired(new QCheckBox(tr("A result is required to complete a task"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("taskTypes"));
    m_list->setObjectName(QStringLiteral("taskTypeList"));
    m_list->setMinimumWidth(220);
    m_name->setObjectName(QStringLiteral("taskTypeName"));
    m_remove->setObjectName(QStringLiteral("taskTypeDelete"));
    m_resultRequired->setObjectName(QStringLiteral("taskResultRequired"));
    m_error->setObjectName(QStringLiteral("taskTypeError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *add = new QPushButton(tr("Add type"), this);
    add->setObjectName(QStringLiteral("taskTypeAdd"));

    auto *colors = new QHBoxLayout;
    colors->setSpacing(4);
    for (const QString &c : palette()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("taskTypeColor_") + c.mid(1));
        b->setIcon(swatch(c));
        b->setCheckable(true);
        b->setFixedSize(28, 26);
        b->setToolTip(c);
        connect(b, &QPushButton::clicked, this, [this, c] {
            m_color = c;
            saveCurrent();
        });
        colors->addWidget(b);
        m_swatches << b;
    }
    colors->addStretch();

    // Two rows of icons, drawn in the type's colour so the choice shows as it will look.
    auto *icons = new QGridLayout;
    icons->setSpacing(4);
    const QStringList names = TaskTypeIcon::names();
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("taskTypeIcon_") + name);
        b->setProperty("iconName", name);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setIconSize(QSize(20, 20));
        b->setFixedSize(32, 30);
        b->setToolTip(TaskTypeIcon::label(name));
        b->setAccessibleName(TaskTypeIcon::label(name));
        connect(b, &QToolButton::clicked, this, [this, name] { setIcon(name); });
        icons->addWidget(b, i / 6, i % 6);
        m_icons << b;
    }
    icons->setColumnStretch(6, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Icon"), icons);
    form->addRow(tr("Colour"), colors);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_remove, 0, Qt::AlignLeft);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);
    auto *panes = new QHBoxLayout;
    panes->addLayout(left);
    panes->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(panes, 1);
    layout->addWidget(m_resultRequired);
    layout->addWidget(m_error);
    if (!hostUndo) {
        auto *undoRow = undoButtons(m_undo, this);
        undoRow->addStretch();
        layout->addLayout(undoRow);
    }

    connect(add, &QPushButton::clicked, this, &TaskTypesWidget::add);
    connect(m_remove, &QPushButton::clicked, this, &TaskTypesWidget::removeCurrent);
    connect(m_name, &QLineEdit::editingFinished, this, &TaskTypesWidget::saveCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &TaskTypesWidget::showCurrent);
    connect(m_resultRequired, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        const auto set = [this](bool required) {
            return [this, required](const Core::Origin &o) {
                return Core::Admin(m_session, o).setSetting(QLatin1String(Core::kTaskResultRequired),
                                                         required ? 1 : 0);
            };
        };
        const qint64 keep = currentId();
        push(on ? tr("Require a result to complete a task") : tr("Complete tasks without a result"),
             set(on), set(!on), [keep] { return keep; });
    });
    // Return in the name field saves the name; it must not press Delete or Add.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    reload();
}

void TaskTypesWidget::push(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
                           std::function<qint64()> select)
{
    m_undo->push(new AdminCommand(m_session, text, std::move(redo), std::move(undo),
                                  [this, select](const Core::Status &st) {
                                      showError(st ? QString() : st.error().message);
                                      reload(select());
                                  }));
}

void TaskTypesWidget::reload(qint64 select)
{
    m_filling = true;
    m_resultRequired->setChecked(
        m_session.db().setting(QLatin1String(Core::kTaskResultRequired)).toLongLong() == 1);
    m_list->clear();
    Core::Result<QList<Core::TaskTypeInfo>> types = Core::TaskQuery(m_session).types();
    if (types) {
        for (const Core::TaskTypeInfo &t : *types) {
            auto *item =
                new QListWidgetItem(TaskTypeIcon::icon(t.icon, QColor(t.color)), t.name, m_list);
            item->setData(Qt::UserRole, t.id);
            item->setData(Qt::UserRole + 1, t.color);
            item->setData(Qt::UserRole + 2, t.builtin);
            item->setData(Qt::UserRole + 3, t.icon);
            if (t.id == select)
                m_list->setCurrentItem(item);
        }
    }
    m_filling = false;
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        emit m_list->currentRowChanged(m_list->currentRow());
}

void TaskTypesWidget::showCurrent()
{
    if (m_filling)
        return;
    const QListWidgetItem *item = m_list->currentItem();
    m_filling = true;
    m_name->setText(item ? item->text() : QString());
    m_color = item ? item->data(Qt::UserRole + 1).toString() : QString();
    for (QPushButton *b : std::as_const(m_swatches))
        b->setChecked(b->toolTip().compare(m_color, Qt::CaseInsensitive) == 0);
    QString icon = item ? item->data(Qt::UserRole + 3).toString() : QString();
    if (!TaskTypeIcon::names().contains(icon))
        icon = QStringLiteral("task"); // how an empty or unknown name is drawn
    const QColor tint =
        QColor(m_color).isValid() ? QColor(m_color) : QWidget::palette().text().color();
    for (QToolButton *b : std::as_const(m_icons)) {
        const QString name = b->property("iconName").toString();
        b->setIcon(TaskTypeIcon::icon(name, tint));
        b->setChecked(item && name == icon);
        b->setEnabled(item != nullptr);
    }
    m_remove->setEnabled(item && !item->data(Qt::UserRole + 2).toBool());
    m_filling = false;
}

void TaskTypesWidget::setIcon(const QString &icon)
{
    const qint64 id = currentId();
    if (m_filling || !id)
        return;
    const QString before = m_list->currentItem()->data(Qt::UserRole + 3).toString();
    if (before == icon)
        return;
    const std::shared_ptr<qint64> h = m_handles(id);
    // The report reloads, which also unchecks the button when core refused.
    push(
        tr("Change the icon of \"%1\"").arg(m_list->currentItem()->text()),
        [this, h, icon](const Core::Origin &o) { return Core::Admin(m_session, o).setTaskTypeIcon(*h, icon); },
        [this, h, before](const Core::Origin &o) { return Core::Admin(m_session, o).setTaskTypeIcon(*h, before); },
        [h] { return *h; });
}

qint64 TaskTypesWidget::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TaskTypesWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TaskTypesWidget::add()
{
    const QStringList colors = palette();
    const QString name = tr("New type %1").arg(m_list->count() + 1);
    const QString color = colors.at(m_list->count() % colors.size());
    // Undone, the type is deleted; redone, it comes back as it was.
    const std::shared_ptr<qint64> id = m_handles.fresh();
    push(
        tr("Add the task type \"%1\"").arg(name),
        [this, id, name, color](const Core::Origin &o) -> Core::Status {
            if (*id) // redone: the same type comes back
                return Core::Admin(m_session, o).restoreTaskType(*id);
            Core::Result<qint64> made =
                Core::Admin(m_session, o).createTaskType(name, QStringLiteral("task"), color);
            if (!made)
                return made.error();
            *id = *made;
            return Core::Ok{};
        },
        [this, id](const Core::Origin &o) { return Core::Admin(m_session, o).removeTaskType(*id); }, [id] { return *id; });
    if (*id && currentId() == *id) {
        m_name->setFocus();
        m_name->selectAll();
    }
}

void TaskTypesWidget::saveCurrent()
{
    const qint64 id = currentId();
    if (m_filling || !id)
        return;
    const QListWidgetItem *item = m_list->currentItem();
    const QString oldName = item->text();
    const QString oldColor = item->data(Qt::UserRole + 1).toString();
    const QString name = m_name->text();
    const QString color = m_color;
    if (name == oldName && color == oldColor)
        return; // focus left the field without a change
    const std::shared_ptr<qint64> h = m_handles(id);
    push(
        name == oldName ? tr("Recolour \"%1\"").arg(oldName)
                        : tr("Rename \"%1\" to \"%2\"").arg(oldName, name),
        [this, h, name, color](const Core::Origin &o) { return Core::Admin(m_session, o).updateTaskType(*h, name, color); },
        [this, h, oldName, oldColor](const Core::Origin &o) {
            return Core::Admin(m_session, o).updateTaskType(*h, oldName, oldColor);
        },
        [h] { return *h; });
}

void TaskTypesWidget::removeCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    // Tasks of a removed type keep it, so undo only has to bring the type back.
    const std::shared_ptr<qint64> h = m_handles(id);
    push(
        tr("Delete the task type \"%1\"").arg(m_list->currentItem()->text()),
        [this, h](const Core::Origin &o) { return Core::Admin(m_session, o).removeTaskType(*h); },
        [this, h](const Core::Origin &o) { return Core::Admin(m_session, o).restoreTaskType(*h); },
        [] { return qint64(0); });
}

} // namespace Voronka::Ui
