// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/widgets/recordscommand.h"

#include <QFrame>

class QLabel;
class QUndoStack;
class QLineEdit;
class QPushButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Completes one task inline, under the list: the result in one line, Enter completes,
// Escape closes. Core decides whether the result is required (the admin's setting) and its
// refusal is shown here, naming the task; nothing is lost, the bar stays open.
class CompleteBar final : public QFrame
{
    Q_OBJECT
public:
    explicit CompleteBar(Core::Session &session, QWidget *parent = nullptr);

    // Each completion becomes one step on `stack`; `done` runs after its undo and redo.
    void setUndo(QUndoStack *stack, RecordsCommand::Done done);
    void start(qint64 taskId, const QString &taskText);
    qint64 taskId() const { return m_taskId; }
    void complete();
    void cancel();

signals:
    void completed(qint64 taskId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Core::Session &m_session;
    qint64 m_taskId = 0;
    QString m_taskText;
    QUndoStack *m_undo = nullptr;
    RecordsCommand::Done m_undoDone;
    QLabel *m_title;
    QLineEdit *m_result;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_done;
    QPushButton *m_cancel;
};

} // namespace Voronka::Ui
