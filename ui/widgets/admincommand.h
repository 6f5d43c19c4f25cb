// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/adminstep.h"
#include "core/services/origin.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

class QHBoxLayout;
class QUndoStack;
class QWidget;

namespace Voronka::Ui {

// One settings change of a settings page: redo and undo are Admin, PipelineSetup or
// FieldSetup calls through the write path (rename old/new, matrix old/new...), made with the
// origin they are given: the user's on the first run, WriteMode::Undo on every later one (an
// undo, a redo after it). Each run is one transaction with compare-and-set (Core::AdminStep):
// when a record the previous run wrote reads differently now (a colleague, another window,
// the CLI changed it), the run refuses naming it and leaves it as it is. A step core refuses
// is reported and the command turns obsolete, so the stack drops it instead of replaying a
// change that cannot apply.
class AdminCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::AdminCommand)

public:
    using Step = std::function<Core::Status(const Core::Origin &)>;
    using Report = std::function<void(const Core::Status &)>;
    AdminCommand(Core::Session &session, const QString &text, Step redo, Step undo,
                 Report report);

    void redo() override { run(m_redo); }
    void undo() override { run(m_undo); }
    // Steps with the same id and key merge: a spin box stepped ten times is one step back.
    void mergeBy(int id, const QString &key)
    {
        m_id = id;
        m_key = key;
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Step &step);

    Core::Session &m_session;
    Step m_redo;
    Step m_undo;
    Report m_report;
    // What the last run wrote, as it left it: the next run refuses when it reads otherwise.
    Core::AdminStep::Footprint m_left;
    bool m_ran = false;
    int m_id = -1;
    QString m_key;
};

// Record ids shared by the steps about one record: undoing its creation and redoing it gives
// the record a new id, which the renames and saves stacked after it must follow.
class IdHandles
{
public:
    // The handle holding this id now (a new one if no step holds it yet).
    std::shared_ptr<qint64> operator()(qint64 id);
    // A handle for a record about to be created (0 until it is).
    std::shared_ptr<qint64> fresh();

private:
    QList<std::shared_ptr<qint64>> m_handles;
};

// Undo and Redo buttons for a page's stack (objectNames "undo" and "redo"), with Ctrl+Z and
// Ctrl+Shift+Z while the focus is inside the page.
QHBoxLayout *undoButtons(QUndoStack *stack, QWidget *page);

} // namespace Voronka::Ui
