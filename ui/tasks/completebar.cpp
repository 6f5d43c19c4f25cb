// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "completebar.h"

#include "core/tasks/taskquery.h"
#include "ui/widgets/taskundo.h"
#include "ui/widgets/theme.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

namespace Voronka::Ui {

CompleteBar::CompleteBar(Core::Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_result(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_done(new QPushButton(tr("Complete"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("completeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("completeTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_result->setObjectName(QStringLiteral("taskResultEdit"));
    m_result->setAccessibleName(tr("Result"));
    m_hint->setObjectName(QStringLiteral("completeHint"));
    m_error->setObjectName(QStringLiteral("completeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::current().danger);
    m_error->setPalette(p);
    p = m_hint->palette();
    p.setColor(QPalette::WindowText, Theme::current().muted);
    m_hint->setPalette(p);
    m_done->setObjectName(QStringLiteral("completeButton"));
    m_done->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("completeCancel"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addWidget(m_result, 1, 0);
    grid->addWidget(m_done, 1, 1);
    grid->addWidget(m_cancel, 1, 2);
    grid->addWidget(m_hint, 2, 0, 1, 3);
    grid->addWidget(m_error, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_done, &QPushButton::clicked, this, &CompleteBar::complete);
    connect(m_cancel, &QPushButton::clicked, this, &CompleteBar::cancel);
    connect(m_result, &QLineEdit::returnPressed, this, &CompleteBar::complete);
    hide();
}

void CompleteBar::setUndo(QUndoStack *stack, RecordsCommand::Done done)
{
    m_undo = stack;
    m_undoDone = std::move(done);
}

void CompleteBar::start(qint64 taskId, const QString &taskText)
{
    m_taskId = taskId;
    m_taskText = taskText;
    m_title->setText(tr("Complete “%1”").arg(taskText.section(u'\n', 0, 0).left(80)));
    m_result->clear();
    const bool required = Core::TaskQuery(m_session).resultRequired();
    m_result->setPlaceholderText(required ? tr("Result (required)") : tr("Result (optional)"));
    m_hint->setText(required ? tr("A result is required to complete a task in this database.")
                             : QString());
    m_hint->setVisible(required);
    m_error->clear();
    m_error->hide();
    show();
    m_result->setFocus();
}

void CompleteBar::complete()
{
    if (!m_taskId)
        return;
    const RecordRef ref{Core::EntityKind::Task, m_taskId};
    const RecordsCommand::Snapshot before =
        m_undo ? RecordsCommand::take(m_session, {ref}) : RecordsCommand::Snapshot();
    Core::Status st = Core::TaskQuery(m_session).complete(m_taskId, m_result->text());
    if (!st) {
        m_error->setText(st.error().message);
        m_error->show();
        m_result->setFocus();
        return;
    }
    if (m_undo) // done already: the step's first redo() does nothing
        m_undo->push(
            new RecordsCommand(m_session, TaskUndo::complete(m_taskText), before, m_undoDone));
    const qint64 id = m_taskId;
    m_taskId = 0;
    hide();
    emit completed(id);
}

void CompleteBar::cancel()
{
    m_taskId = 0;
    hide();
}

void CompleteBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Voronka::Ui
