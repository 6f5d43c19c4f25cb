// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "admincommand.h"

#include "ui/widgets/undoscope.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUndoStack>

namespace Voronka::Ui {

AdminCommand::AdminCommand(Core::Session &session, const QString &text, Step redo, Step undo,
                           Report report)
    : m_session(session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_report(std::move(report))
{
    setText(text);
}

bool AdminCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const AdminCommand *>(other);
    if (o->m_key != m_key)
        return false;
    m_redo = o->m_redo;
    m_left = o->m_left; // the later run wrote last: the undo expects what it left
    return true;
}

void AdminCommand::run(const Step &step)
{
    const Core::Origin origin =
        m_ran ? Core::Origin::of(Core::WriteMode::Undo) : Core::Origin::user();
    m_ran = true;
    Core::Result<Core::AdminStep::Footprint> left =
        Core::AdminStep::run(m_session, m_left, [&step, &origin] { return step(origin); });
    Core::Status st = Core::Ok{};
    if (left)
        m_left = *left;
    else
        st = left.error();
    if (!st)
        setObsolete(true);
    if (m_report)
        m_report(st);
}

std::shared_ptr<qint64> IdHandles::operator()(qint64 id)
{
    for (const std::shared_ptr<qint64> &h : std::as_const(m_handles))
        if (*h == id)
            return h;
    std::shared_ptr<qint64> h = fresh();
    *h = id;
    return h;
}

std::shared_ptr<qint64> IdHandles::fresh()
{
    m_handles.append(std::make_shared<qint64>(0));
    return m_handles.last();
}

QHBoxLayout *undoButtons(QUndoStack *stack, QWidget *page)
{
    auto *undo = new QPushButton(AdminCommand::tr("Undo"), page);
    auto *redo = new QPushButton(AdminCommand::tr("Redo"), page);
    undo->setObjectName(QStringLiteral("undo"));
    redo->setObjectName(QStringLiteral("redo"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    QObject::connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    QObject::connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    // The tooltips name the step, as Edit menus do ("Undo Rename role").
    QObject::connect(stack, &QUndoStack::undoTextChanged, undo, &QPushButton::setToolTip);
    QObject::connect(stack, &QUndoStack::redoTextChanged, redo, &QPushButton::setToolTip);
    makeUndoScope(stack, page);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(undo);
    row->addWidget(redo);
    return row;
}

} // namespace Voronka::Ui
