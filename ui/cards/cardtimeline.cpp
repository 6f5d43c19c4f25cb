// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardtimeline.h"

#include "core/services/entityspec.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/fieldtext.h"
#include "core/services/merge.h"
#include "core/services/notes.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/tasks/taskquery.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const char *const kEntryKind = "timelineKind"; // "note", "task" or "change": for the filter

QToolButton *tool(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setAutoRaise(true);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}
} // namespace

CardTimeline::CardTimeline(Core::Session &session, Core::EntityKind kind, qint64 id, QDate today,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_id(id)
    , m_today(today)
    , m_filterBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("cardTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Timeline"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    top->addWidget(title, 1);
    m_filterBox->setObjectName(QStringLiteral("timelineFilter"));
    m_filterBox->addItem(tr("Everything"), int(Filter::All));
    m_filterBox->addItem(tr("Notes"), int(Filter::Notes));
    m_filterBox->addItem(tr("Tasks"), int(Filter::Tasks));
    m_filterBox->addItem(tr("Changes"), int(Filter::Changes));
    connect(m_filterBox, &QComboBox::activated, this,
            [this] { setFilter(Filter(m_filterBox->currentData().toInt())); });
    top->addWidget(m_filterBox);
    layout->addLayout(top);
    layout->addWidget(buildComposer());

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list = new QWidget(scroll);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 4, 4, 4);
    m_listLayout->setSpacing(6);
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);
    reload();
}

QWidget *CardTimeline::buildComposer()
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    m_noteInput = new QPlainTextEdit(box);
    m_noteInput->setObjectName(QStringLiteral("timelineNoteInput"));
    m_noteInput->setPlaceholderText(tr("Write a note…"));
    m_noteInput->setTabChangesFocus(true);
    m_noteInput->setFixedHeight(m_noteInput->fontMetrics().lineSpacing() * 3 + 14);
    v->addWidget(m_noteInput);
    auto *noteRow = new QHBoxLayout;
    noteRow->addStretch(1);
    auto *addNote = new QPushButton(tr("Add note"), box);
    addNote->setObjectName(QStringLiteral("timelineAddNote"));
    connect(addNote, &QPushButton::clicked, this, &CardTimeline::addNote);
    noteRow->addWidget(addNote);
    v->addLayout(noteRow);

    auto *taskRow = new QHBoxLayout;
    m_taskText = new QLineEdit(box);
    m_taskText->setObjectName(QStringLiteral("timelineTaskText"));
    m_taskText->setPlaceholderText(tr("New task…"));
    m_taskType = new QComboBox(box);
    m_taskType->setObjectName(QStringLiteral("timelineTaskType"));
    if (auto types = Core::TaskQuery(m_session).types())
        for (const Core::TaskTypeInfo &t : *types)
            m_taskType->addItem(TaskTypeIcon::icon(t.icon, t.color), t.name, t.id);
    m_taskDue = new QDateTimeEdit(QDateTime(m_today.addDays(1), QTime(10, 0)), box);
    m_taskDue->setObjectName(QStringLiteral("timelineTaskDue"));
    m_taskDue->setCalendarPopup(true);
    m_taskDue->setDisplayFormat(Dates::dateTimeFormat());
    auto *addTask = new QPushButton(tr("Add task"), box);
    addTask->setObjectName(QStringLiteral("timelineAddTask"));
    connect(addTask, &QPushButton::clicked, this, &CardTimeline::addTask);
    connect(m_taskText, &QLineEdit::returnPressed, this, &CardTimeline::addTask);
    // The text with its button, then type and due: two short rows fit a narrow timeline.
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_taskText, 1);
    textRow->addWidget(addTask);
    v->addLayout(textRow);
    taskRow->addWidget(m_taskType, 1);
    taskRow->addWidget(m_taskDue, 1);
    v->addLayout(taskRow);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().danger.name()));
    m_message->hide();
    v->addWidget(m_message);
    return box;
}

void CardTimeline::reload()
{
    // Called from a button inside an entry (pin, save, complete): the old entries leave the
    // list now and are deleted once that click is over.
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_more = nullptr;
    m_empty = nullptr;
    m_lastHistoryId = 0;
    m_undoableMerges.clear();
    if (auto merges = Core::Merge(m_session).undoable(m_kind, m_id))
        m_undoableMerges = *merges;
    if (auto pinned = Core::Notes(m_session).pinned(m_kind, m_id); pinned && !pinned->isEmpty()) {
        auto *label = new QLabel(tr("Pinned"), m_list);
        label->setObjectName(QStringLiteral("timelinePinnedHeader"));
        label->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(Theme::current().muted.name()));
        m_listLayout->addWidget(label);
        label->show();
        for (const Core::NoteInfo &n : *pinned)
            m_listLayout->addWidget(noteWidget(n, true));
    }
    m_empty = new QLabel(tr("Nothing has happened here yet. Add a note or a task above."), m_list);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("color: %1; padding: 24px;").arg(Theme::current().muted.name()));
    m_listLayout->addWidget(m_empty);
    m_more = new QPushButton(tr("Show earlier"), m_list);
    m_more->setObjectName(QStringLiteral("timelineMore"));
    m_more->setFlat(true);
    connect(m_more, &QPushButton::clicked, this, &CardTimeline::loadMore);
    m_listLayout->addWidget(m_more);
    m_listLayout->addStretch(1);
    loadMore();
}

void CardTimeline::loadMore()
{
    Core::Result<QList<Core::HistoryEntry>> page =
        Core::Records(m_session).history(m_kind, m_id, m_pageSize, m_lastHistoryId);
    if (!page) {
        showMessage(page.error().message);
        return;
    }
    for (const Core::HistoryEntry &e : *page) {
        addEntry(e);
        m_lastHistoryId = e.id;
    }
    m_more->setVisible(page->size() == m_pageSize);
    applyFilter();
}

void CardTimeline::addEntry(const Core::HistoryEntry &e)
{
    QWidget *w = nullptr;
    Core::Notes notes(m_session);
    switch (e.event) {
    case Core::HistoryEvent::NoteAdded:
        if (auto note = notes.note(e.newValue.toLongLong()); note && !note->pinned)
            w = noteWidget(*note, false);
        break;
    case Core::HistoryEvent::TaskCreated:
        w = taskWidget(e.newValue.toLongLong(), e.at);
        break;
    default: {
        const QString text = describe(e);
        if (text.isEmpty())
            return;
        const bool task = e.event == Core::HistoryEvent::TaskCompleted;
        w = entryFrame(QStringLiteral("event:%1").arg(e.id),
                       task ? QStringLiteral("tasks") : QStringLiteral("edit"),
                       QStringLiteral("%1 · %2").arg(who(e.userId), when(e.at)), text);
        w->setProperty(kEntryKind, task ? "task" : "change");
        if (e.event == Core::HistoryEvent::Merged && e.field == u"merge")
            addMergeUndo(w, e);
    }
    }
    if (!w)
        return;
    m_listLayout->insertWidget(m_listLayout->indexOf(m_more), w);
}

QWidget *CardTimeline::entryFrame(const QString &key, const QString &icon, const QString &meta,
                                  const QString &body)
{
    auto *frame = new QFrame(m_list);
    frame->setObjectName(QStringLiteral("entry_") + key);
    frame->setProperty("timelineKey", key);
    frame->setFrameShape(QFrame::StyledPanel);
    const ThemeColors &c = Theme::current();
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                        "border-radius: 6px; }")
                             .arg(frame->objectName(), c.surface.name(), c.border.name()));
    auto *h = new QHBoxLayout(frame);
    h->setContentsMargins(10, 8, 10, 8);
    h->setSpacing(10);
    auto *iconLabel = new QLabel(frame);
    iconLabel->setPixmap(Icons::pixmap(icon, c.accent, 18, devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);
    h->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *v = new QVBoxLayout;
    v->setSpacing(3);
    auto *metaLabel = new QLabel(meta, frame);
    metaLabel->setStyleSheet(QStringLiteral("color: %1;").arg(c.muted.name()));
    metaLabel->setWordWrap(true); // a narrow timeline wraps it rather than clipping the entry
    v->addWidget(metaLabel);
    auto *bodyLabel = new QLabel(body, frame);
    bodyLabel->setObjectName(QStringLiteral("entryText"));
    bodyLabel->setWordWrap(true);
    bodyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(bodyLabel);
    h->addLayout(v, 1);
    return frame;
}

// A merge not undone yet can be undone from its entry; one that a later merge blocks shows
// why, since merges are undone newest first.
void CardTimeline::addMergeUndo(QWidget *frame, const Core::HistoryEntry &e)
{
    if (!m_undoableMerges.contains(e.id))
        return; // already undone
    Core::Merge merge(m_session);
    const Core::Status can = merge.canUndo(e.id);
    auto *v = static_cast<QVBoxLayout *>(frame->layout()->itemAt(1)->layout());
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    auto *undo = tool(QStringLiteral("mergeUndo_%1").arg(e.id), tr("Undo merge"), frame);
    undo->setEnabled(can.ok());
    undo->setToolTip(can ? tr("Split the records again as they were before the merge")
                         : can.error().message);
    actions->addWidget(undo);
    v->addLayout(actions);
    const Core::Result<Core::Record> loser =
        Core::Records(m_session).load(m_kind, e.oldValue.toLongLong());
    const QString other = loser ? loser->value(QStringLiteral("name")).toString()
                                : QStringLiteral("#%1").arg(e.oldValue.toLongLong());
    connect(undo, &QToolButton::clicked, this, [this, id = e.id, other] {
        QMessageBox box(QMessageBox::Question, tr("Undo merge"),
                        tr("Undo the merge with «%1»? Both records return as they were before "
                           "it, each with its own deals, tasks, notes and history.")
                            .arg(other),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("mergeUndoQuestion"));
        box.button(QMessageBox::Yes)->setText(tr("Undo merge"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
        if (Core::Status st = Core::Merge(m_session).undo(id); !st)
            return showMessage(st.error().message);
        m_message->hide();
        emit recordChanged(); // the card reloads, this timeline with it
    });
}

QWidget *CardTimeline::noteWidget(const Core::NoteInfo &note, bool pinnedSection)
{
    const QString meta = QStringLiteral("%1 · %2").arg(who(note.authorId), when(note.createdAt)) +
                         (note.updatedAt != note.createdAt ? tr(" · edited") : QString());
    QWidget *frame =
        entryFrame(QStringLiteral("note:%1").arg(note.id), QStringLiteral("edit"), meta,
                   note.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    frame->setProperty(kEntryKind, "note");
    Q_UNUSED(pinnedSection);
    auto *v = static_cast<QVBoxLayout *>(frame->layout()->itemAt(1)->layout());
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    auto *pin = tool(QStringLiteral("notePin_%1").arg(note.id),
                     note.pinned ? tr("Unpin") : tr("Pin"), frame);
    connect(pin, &QToolButton::clicked, this, [this, id = note.id, pinned = note.pinned] {
        Core::Status st = Core::Notes(m_session).setPinned(id, !pinned);
        if (!st)
            return showMessage(st.error().message);
        reload();
        emit changed();
    });
    actions->addWidget(pin);
    if (note.authorId == m_session.actor().id || m_session.actor().admin) {
        auto *edit = tool(QStringLiteral("noteEdit_%1").arg(note.id), tr("Edit"), frame);
        auto *editor = new QPlainTextEdit(note.text, frame);
        editor->setObjectName(QStringLiteral("noteEditor_%1").arg(note.id));
        editor->setFixedHeight(editor->fontMetrics().lineSpacing() * 4 + 14);
        editor->hide();
        auto *save = tool(QStringLiteral("noteSave_%1").arg(note.id), tr("Save note"), frame);
        save->hide();
        v->addWidget(editor);
        connect(edit, &QToolButton::clicked, this, [editor, save] {
            editor->show();
            save->show();
            editor->setFocus();
        });
        connect(save, &QToolButton::clicked, this, [this, editor, id = note.id] {
            Core::Status st = Core::Notes(m_session).edit(id, editor->toPlainText());
            if (!st)
                return showMessage(st.error().message);
            reload();
            emit changed();
        });
        actions->addWidget(edit);
        actions->addWidget(save);
    }
    v->addLayout(actions);
    return frame;
}

QWidget *CardTimeline::taskWidget(qint64 taskId, qint64 at)
{
    Core::Result<Core::TaskRow> task = Core::TaskQuery(m_session).task(taskId);
    if (!task)
        return nullptr;
    const Core::TaskRow &t = *task;
    QString meta = QStringLiteral("%1 · %2 · %3").arg(t.typeName, who(t.responsibleId), when(at));
    QString body = t.text.toHtmlEscaped();
    if (t.dueAt)
        body += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(Theme::current().muted.name(), tr("Due %1").arg(when(*t.dueAt)));
    if (t.status == Core::TaskStatus::Done)
        body = QStringLiteral("<s>%1</s>").arg(body) +
               (t.result.isEmpty()
                    ? QString()
                    : QStringLiteral("<br>") + tr("Result: %1").arg(t.result.toHtmlEscaped()));
    QWidget *frame =
        entryFrame(QStringLiteral("task:%1").arg(taskId), QStringLiteral("tasks"), meta, body);
    frame->setProperty(kEntryKind, "task");
    // The task's type icon in its colour instead of the generic one (the frame's first item).
    if (auto *icon = qobject_cast<QLabel *>(frame->layout()->itemAt(0)->widget()))
        icon->setPixmap(
            TaskTypeIcon::pixmap(t.typeIcon, QColor(t.typeColor), 18, devicePixelRatioF()));
    if (t.status == Core::TaskStatus::Open) {
        auto *v = static_cast<QVBoxLayout *>(frame->layout()->itemAt(1)->layout());
        auto *row = new QHBoxLayout;
        auto *result = new QLineEdit(frame);
        result->setObjectName(QStringLiteral("taskResult_%1").arg(taskId));
        result->setPlaceholderText(tr("Result"));
        auto *done = new QPushButton(tr("Complete"), frame);
        done->setObjectName(QStringLiteral("taskComplete_%1").arg(taskId));
        row->addWidget(result, 1);
        row->addWidget(done);
        v->addLayout(row);
        auto complete = [this, result, taskId] {
            Core::Status st = Core::TaskQuery(m_session).complete(taskId, result->text());
            if (!st)
                return showMessage(st.error().message);
            reload();
            emit changed();
        };
        connect(done, &QPushButton::clicked, this, complete);
        connect(result, &QLineEdit::returnPressed, this, complete);
    }
    return frame;
}

QString CardTimeline::who(qint64 userId) const
{
    return FieldText::who(const_cast<Core::Session &>(m_session), userId);
}

QString CardTimeline::when(qint64 ms) const
{
    return Dates::dateTimeMs(ms);
}

QString CardTimeline::valueText(const QString &field, const QVariant &value)
{
    return FieldText::value(m_session, field, value);
}

QString CardTimeline::describe(const Core::HistoryEntry &e)
{
    using Core::HistoryEvent;
    auto fieldName = [this](const QString &field) {
        return FieldText::label(m_session, m_kind, field);
    };
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    switch (e.event) {
    case HistoryEvent::FieldChanged:
        return tr("<b>%1</b>: %2 → %3")
            .arg(esc(fieldName(e.field)), esc(valueText(e.field, e.oldValue)),
                 esc(valueText(e.field, e.newValue)));
    case HistoryEvent::StageMoved:
        return tr("Moved from <b>%1</b> to <b>%2</b>")
            .arg(esc(valueText(e.field, e.oldValue)), esc(valueText(e.field, e.newValue)));
    case HistoryEvent::Deleted:
        return tr("Moved to the recycle bin");
    case HistoryEvent::Restored:
        return tr("Restored from the recycle bin");
    case HistoryEvent::Created:
        return tr("Created");
    case HistoryEvent::TaskCompleted: {
        auto t = Core::TaskQuery(m_session).task(e.newValue.toLongLong());
        return t ? tr("Completed the task “%1”").arg(esc(t->text)) : tr("Completed a task");
    }
    case HistoryEvent::Merged: {
        if (e.field == u"merged_into")
            return tr("Merged into another record");
        auto r = Core::Records(m_session).load(m_kind, e.oldValue.toLongLong());
        return tr("Merged with «%1»")
            .arg(esc(r ? r->value(QStringLiteral("name")).toString()
                       : QStringLiteral("#%1").arg(e.oldValue.toLongLong())));
    }
    case HistoryEvent::Unmerged:
        return tr("A merge was undone");
    case HistoryEvent::LinkAdded:
        return tr("Linked %1").arg(esc(e.newValue.toString()));
    case HistoryEvent::LinkRemoved:
        return tr("Unlinked %1").arg(esc(e.oldValue.toString()));
    default:
        return {};
    }
}

void CardTimeline::addNote()
{
    Core::Result<qint64> id =
        Core::Records(m_session).addNote(m_kind, m_id, m_noteInput->toPlainText());
    if (!id)
        return showMessage(id.error().message);
    m_noteInput->clear();
    m_message->hide();
    reload();
    emit changed();
}

void CardTimeline::addTask()
{
    Core::Patch patch{{QStringLiteral("text"), m_taskText->text().trimmed()},
                      {QStringLiteral("due_at"), m_taskDue->dateTime().toMSecsSinceEpoch()},
                      {QStringLiteral("type_id"), m_taskType->currentData()},
                      {QStringLiteral("responsible_id"), m_session.actor().id},
                      {QStringLiteral("entity_kind"), int(m_kind)},
                      {QStringLiteral("entity_id"), m_id}};
    Core::Result<qint64> id = Core::Records(m_session).create(Core::EntityKind::Task, patch);
    if (!id)
        return showMessage(id.error().message);
    m_taskText->clear();
    m_message->hide();
    reload();
    emit changed();
}

void CardTimeline::setFilter(Filter filter)
{
    m_filter = filter;
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
    applyFilter();
}

void CardTimeline::applyFilter()
{
    const char *want = m_filter == Filter::Notes     ? "note"
                       : m_filter == Filter::Tasks   ? "task"
                       : m_filter == Filter::Changes ? "change"
                                                     : nullptr;
    int shown = 0;
    for (int i = 0; i < m_listLayout->count(); ++i) {
        QWidget *w = m_listLayout->itemAt(i)->widget();
        if (!w || !w->property(kEntryKind).isValid())
            continue;
        const bool visible = !want || w->property(kEntryKind).toByteArray() == want;
        w->setVisible(visible);
        shown += visible ? 1 : 0;
    }
    m_empty->setVisible(shown == 0);
}

QStringList CardTimeline::shownKeys() const
{
    QStringList out;
    for (int i = 0; i < m_listLayout->count(); ++i) {
        QWidget *w = m_listLayout->itemAt(i)->widget();
        if (w && w->property("timelineKey").isValid() && !w->isHidden())
            out << w->property("timelineKey").toString();
    }
    return out;
}

void CardTimeline::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace Voronka::Ui
