// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordbulkbar.h"

#include "ui/deals/dealbulkfielddialog.h"
#include "ui/lists/recordlistview.h"
#include "core/permissions/permissions.h"
#include "core/services/recordlist.h"
#include "core/services/session.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/recordscommand.h"
#include "ui/widgets/theme.h"

#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

namespace Voronka::Ui {

namespace {
Core::PermEntity permEntity(Core::EntityKind kind)
{
    return kind == Core::EntityKind::Contact   ? Core::PermEntity::Contact
           : kind == Core::EntityKind::Company ? Core::PermEntity::Company
                                               : Core::PermEntity::Deal;
}
} // namespace

RecordBulkBar::RecordBulkBar(Core::Session &session, Core::EntityKind kind, QWidget *parent,
                             const QList<QToolButton *> &leading)
    : QFrame(parent)
    , m_session(session)
    , m_kind(kind)
    , m_count(new QLabel(this))
    , m_skipped(new QLabel(this))
{
    setObjectName(key() + QStringLiteral("BulkBar"));
    setProperty("selectionBar", true);
    m_count->setObjectName(key() + QStringLiteral("SelectedCount"));
    // Wraps in a narrow list (a card docked beside it) rather than widening the section.
    auto *layout = new FlowLayout(this, 8, 4);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_count);
    for (QToolButton *b : leading) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setCursor(Qt::PointingHandCursor);
        layout->addWidget(b);
        m_editButtons << b;
    }
    auto button = [this, layout](const char *name, const QString &text) {
        auto *b = new QToolButton(this);
        b->setObjectName(key() + QLatin1String(name));
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setCursor(Qt::PointingHandCursor);
        layout->addWidget(b);
        return b;
    };
    QToolButton *responsible =
        button("BulkResponsible", tr("Set responsible") + QStringLiteral(" \u25BE"));
    responsible->setMenu(responsibleMenu(responsible));
    responsible->setPopupMode(QToolButton::InstantPopup);
    QToolButton *addTags = button("BulkAddTags", tr("Add tags…"));
    connect(addTags, &QToolButton::clicked, this, [this] { askTags(true); });
    QToolButton *removeTags = button("BulkRemoveTags", tr("Remove tags…"));
    connect(removeTags, &QToolButton::clicked, this, [this] { askTags(false); });
    QToolButton *field = button("BulkField", tr("Set field…"));
    connect(field, &QToolButton::clicked, this, &RecordBulkBar::askField);
    m_editButtons << responsible << addTags << removeTags << field;
    m_recycleButton = button("BulkRecycle", tr("Move to recycle bin"));
    connect(m_recycleButton, &QToolButton::clicked, this, &RecordBulkBar::confirmRecycle);
    m_skipped->setObjectName(key() + QStringLiteral("BulkSkipped"));
    m_skipped->setProperty("skipNote", true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->hide();
    layout->addWidget(m_skipped);
    layout->addStretch();
    // The deals list's selection bar look: the selection colour, flat buttons on it.
    const ThemeColors &c = Theme::current();
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border-radius: 8px; }"
                                 "QLabel { color: %3; font-weight: 600; }"
                                 "QLabel[skipNote=\"true\"] { font-weight: normal; }"
                                 "QToolButton { color: %3; background: transparent; border: none;"
                                 "  border-radius: 6px; padding: 4px 10px; }"
                                 "QToolButton:hover { background: %4; }"
                                 "QToolButton::menu-indicator { image: none; width: 0px; }"
                                 "QToolButton#%5 { color: %6; }")
                      .arg(objectName(), c.selection.name(), c.selectionText.name(), c.hover.name(),
                           key() + QStringLiteral("BulkRecycle"), c.danger.name()));
    // Hidden, it keeps its room: showing it must not resize the table above (a double-click's
    // first click shows it; the second must land on the same row).
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setSelection({}); // hidden, with the room of the buttons the role has
}

QString RecordBulkBar::key() const
{
    return RecordListView::pluralKey(m_kind);
}

void RecordBulkBar::setSelection(const QList<qint64> &ids)
{
    m_ids = ids;
    const int n = int(ids.size());
    switch (m_kind) {
    case Core::EntityKind::Contact:
        m_count->setText(tr("%Ln contact(s) selected", nullptr, n));
        break;
    case Core::EntityKind::Company:
        m_count->setText(tr("%Ln company(s) selected", nullptr, n));
        break;
    default:
        m_count->setText(tr("%Ln deal(s) selected", nullptr, n));
        break;
    }
    showAllowed();
    setVisible(n > 0);
}

// The rights are the role's, and an administrator may change them while the list is open:
// read again each time the bar shows. Only the actions some of the selection allows are
// offered; the note says how many records an offered one will skip.
void RecordBulkBar::showAllowed()
{
    m_editable = m_ids;
    m_deletable = m_ids;
    if (!m_session.principal().admin && !m_ids.isEmpty()) {
        Core::BulkEdit bulk(m_session, m_kind);
        // The checker cannot be read (a damaged file): the actions stay, core still refuses.
        if (auto r = bulk.permitted(m_ids, Core::PermAction::Edit))
            m_editable = *r;
        if (auto r = bulk.permitted(m_ids, Core::PermAction::Delete))
            m_deletable = *r;
    }
    const Core::PermEntity entity = permEntity(m_kind);
    const Core::Principal &p = m_session.principal();
    const bool edit =
        Core::Permissions::scope(p, entity, Core::PermAction::Edit) != Core::Scope::None &&
        (m_ids.isEmpty() || !m_editable.isEmpty());
    for (QToolButton *b : std::as_const(m_editButtons))
        b->setVisible(edit);
    m_recycleButton->setVisible(
        Core::Permissions::scope(p, entity, Core::PermAction::Delete) != Core::Scope::None &&
        (m_ids.isEmpty() || !m_deletable.isEmpty()));
    const QString note = skipNote();
    m_skipped->setText(note);
    m_skipped->setVisible(!note.isEmpty());
}

// "your role lets you edit only your own contacts": why the role's scope leaves records out.
QString RecordBulkBar::limit(Core::PermAction action) const
{
    const bool edit = action == Core::PermAction::Edit;
    switch (Core::Permissions::scope(m_session.principal(), permEntity(m_kind), action)) {
    case Core::Scope::Own:
        return edit ? byKind(tr("you may edit only your own contacts"),
                             tr("you may edit only your own companies"),
                             tr("you may edit only your own deals"))
                    : byKind(tr("you may delete only your own contacts"),
                             tr("you may delete only your own companies"),
                             tr("you may delete only your own deals"));
    case Core::Scope::Department:
        return edit ? byKind(tr("you may edit only your department's contacts"),
                             tr("you may edit only your department's companies"),
                             tr("you may edit only your department's deals"))
                    : byKind(tr("you may delete only your department's contacts"),
                             tr("you may delete only your department's companies"),
                             tr("you may delete only your department's deals"));
    default: // a pipeline's cap narrows the deals of that pipeline
        return edit ? tr("your role does not let you edit some of them")
                    : tr("your role does not let you delete some of them");
    }
}

QString RecordBulkBar::skipNote() const
{
    const int n = int(m_ids.size());
    const int editSkip = n - int(m_editable.size());
    const int deleteSkip = n - int(m_deletable.size());
    if (n == 0 || (editSkip == 0 && deleteSkip == 0))
        return {};
    if (editSkip == n && deleteSkip == n)
        return tr("None of them may be changed: %1.").arg(limit(Core::PermAction::Edit));
    if (editSkip == deleteSkip)
        return tr("%n of %1 will be skipped: %2.", nullptr, editSkip)
            .arg(n)
            .arg(limit(Core::PermAction::Edit));
    QStringList parts;
    if (editSkip == n)
        parts << tr("None of them may be edited: %1.").arg(limit(Core::PermAction::Edit));
    else if (editSkip > 0)
        parts << tr("Edits will skip %n of %1: %2.", nullptr, editSkip)
                     .arg(n)
                     .arg(limit(Core::PermAction::Edit));
    if (deleteSkip == n)
        parts << tr("None of them may be moved to the recycle bin: %1.")
                     .arg(limit(Core::PermAction::Delete));
    else if (deleteSkip > 0)
        parts << tr("Moving to the recycle bin will skip %n of %1: %2.", nullptr, deleteSkip)
                     .arg(n)
                     .arg(limit(Core::PermAction::Delete));
    return parts.join(u' ');
}

QMenu *RecordBulkBar::responsibleMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(key() + QStringLiteral("ResponsibleMenu"));
    for (const Core::UserInfo &u : m_session.activeUsersByName()) {
        QAction *a = menu->addAction(u.name);
        a->setObjectName(QStringLiteral("responsible_%1").arg(u.id));
        connect(a, &QAction::triggered, this, [this, id = u.id] { setResponsible(id); });
    }
    return menu;
}

QMenu *RecordBulkBar::contextMenu(qint64 current, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(key() + QStringLiteral("ContextMenu"));
    QAction *open = menu->addAction(tr("Open"));
    open->setObjectName(QStringLiteral("contextOpen"));
    open->setEnabled(current != 0);
    connect(open, &QAction::triggered, this, [this, current] { emit openRequested(current); });
    menu->addSeparator();
    QMenu *who = responsibleMenu(menu);
    who->setTitle(tr("Set responsible…"));
    menu->addMenu(who)->setObjectName(QStringLiteral("contextResponsible"));
    menu->addAction(tr("Add tags…"), this, [this] { askTags(true); })
        ->setObjectName(QStringLiteral("contextAddTags"));
    menu->addAction(tr("Remove tags…"), this, [this] { askTags(false); })
        ->setObjectName(QStringLiteral("contextRemoveTags"));
    menu->addAction(tr("Set field…"), this, &RecordBulkBar::askField)
        ->setObjectName(QStringLiteral("contextSetField"));
    menu->addSeparator();
    menu->addAction(tr("Move to recycle bin"), this, &RecordBulkBar::moveToRecycleBin)
        ->setObjectName(QStringLiteral("contextRecycle"));
    // The same offer as the bar's: what none of the selection allows is left out.
    const bool edit = m_editButtons.isEmpty() || !m_editButtons.first()->isHidden();
    for (QAction *a : menu->actions()) {
        const QString name = a->objectName();
        if (name == u"contextRecycle")
            a->setVisible(!m_recycleButton->isHidden());
        else if (name != u"contextOpen" && !a->isSeparator())
            a->setVisible(edit);
    }
    return menu;
}

void RecordBulkBar::report(const Core::Result<Core::BulkResult> &result, const QString &title)
{
    QString message;
    if (!result)
        message = result.error().message;
    else if (!result->complete())
        message = result->summary();
    m_lastReport = message;
    if (result && result->applied > 0)
        emit changed();
    emit reported(result ? result->summary().section(u'\n', 0, 0) : message);
    emit edited(message);
    if (message.isEmpty())
        return;
    // What was applied shows in the rows; the records core refused are listed by name.
    QString boxTitle = title;
    if (boxTitle.isEmpty())
        boxTitle = m_kind == Core::EntityKind::Contact   ? tr("Some contacts were not changed")
                   : m_kind == Core::EntityKind::Company ? tr("Some companies were not changed")
                                                         : tr("Some deals were not changed");
    auto *box = new QMessageBox(QMessageBox::Warning, boxTitle, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("recordsBulkResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString RecordBulkBar::byKind(const QString &contacts, const QString &companies,
                              const QString &deals) const
{
    return m_kind == Core::EntityKind::Contact   ? contacts
           : m_kind == Core::EntityKind::Company ? companies
                                                 : deals;
}

// The records' values before the edit are read first; after it the step holds each changed
// record's before and after, and goes on the stack done already.
void RecordBulkBar::run(const QList<qint64> &ids, const std::function<QString(int)> &stepText,
                        const std::function<Core::Result<Core::BulkResult>()> &edit,
                        const QString &title)
{
    if (ids.isEmpty())
        return;
    RecordsCommand::Snapshot before;
    if (m_undo) {
        QList<RecordRef> refs;
        refs.reserve(ids.size());
        for (qint64 id : ids)
            refs << RecordRef{m_kind, id};
        before = RecordsCommand::take(m_session, refs);
    }
    const Core::Result<Core::BulkResult> result = edit();
    if (m_undo && result && result->applied > 0) {
        auto *step =
            new RecordsCommand(m_session, stepText(result->applied), before,
                               [bar = QPointer<RecordBulkBar>(this)](
                                   const QList<Core::Records::Step> &, const QString &message) {
                                   if (bar)
                                       bar->undoDone(message);
                               });
        if (step->isObsolete())
            delete step;
        else
            m_undo->push(step); // done already: its first redo() does nothing
    }
    report(result, title);
}

void RecordBulkBar::undoDone(const QString &message)
{
    m_lastReport = message;
    emit changed();
    emit reported(message.section(u'\n', 0, 0));
    emit edited(message);
    if (message.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                byKind(tr("Some contacts were not put back"),
                                       tr("Some companies were not put back"),
                                       tr("Some deals were not put back")),
                                message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("recordsUndoResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RecordBulkBar::setResponsible(qint64 userId)
{
    run(
        m_ids,
        [this](int n) {
            return byKind(tr("Set responsible of %n contact(s)", nullptr, n),
                          tr("Set responsible of %n company(s)", nullptr, n),
                          tr("Set responsible of %n deal(s)", nullptr, n));
        },
        [this, userId] {
            return Core::RecordList(m_session, m_kind).setResponsible(m_ids, userId);
        });
}

void RecordBulkBar::addTags(const QStringList &tags)
{
    if (tags.isEmpty())
        return;
    run(
        m_ids,
        [this](int n) {
            return byKind(tr("Add tags to %n contact(s)", nullptr, n),
                          tr("Add tags to %n company(s)", nullptr, n),
                          tr("Add tags to %n deal(s)", nullptr, n));
        },
        [this, tags] { return Core::RecordList(m_session, m_kind).addTags(m_ids, tags); });
}

void RecordBulkBar::removeTags(const QStringList &tags)
{
    if (tags.isEmpty())
        return;
    run(
        m_ids,
        [this](int n) {
            return byKind(tr("Remove tags from %n contact(s)", nullptr, n),
                          tr("Remove tags from %n company(s)", nullptr, n),
                          tr("Remove tags from %n deal(s)", nullptr, n));
        },
        [this, tags] { return Core::RecordList(m_session, m_kind).removeTags(m_ids, tags); });
}

void RecordBulkBar::setField(const QString &key, const QVariant &value)
{
    run(
        m_ids,
        [this](int n) {
            return byKind(tr("Set a field of %n contact(s)", nullptr, n),
                          tr("Set a field of %n company(s)", nullptr, n),
                          tr("Set a field of %n deal(s)", nullptr, n));
        },
        [this, key, value] {
            return Core::RecordList(m_session, m_kind).setField(m_ids, key, value);
        });
}

void RecordBulkBar::confirmRecycle()
{
    const int n = int(m_ids.size());
    if (!m_confirmRecycle || n == 0) {
        moveToRecycleBin();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Move to recycle bin"),
                                m_kind == Core::EntityKind::Deal
                                    ? tr("Move %n deal(s) to the recycle bin?", nullptr, n)
                                    : tr("Move %n record(s) to the recycle bin?", nullptr, n),
                                QMessageBox::Cancel, this);
    QAbstractButton *yes = box->addButton(tr("Move to recycle bin"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(key() + QStringLiteral("DeleteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            moveToRecycleBin();
    });
    box->open();
}

void RecordBulkBar::moveToRecycleBin()
{
    // Nothing is lost: the recycle bin restores, so no question is asked first.
    if (m_ids.isEmpty())
        return;
    Core::Result<Core::BulkResult> result = Core::BulkResult{};
    run(
        m_ids,
        [this](int n) {
            return byKind(tr("Move %n contact(s) to the recycle bin", nullptr, n),
                          tr("Move %n company(s) to the recycle bin", nullptr, n),
                          tr("Move %n deal(s) to the recycle bin", nullptr, n));
        },
        [this, &result] {
            result = Core::RecordList(m_session, m_kind).remove(m_ids);
            return result;
        });
    if (result && result->applied > 0)
        emit reported(m_kind == Core::EntityKind::Contact
                          ? tr("%Ln contact(s) moved to the recycle bin.", nullptr, result->applied)
                      : m_kind == Core::EntityKind::Company
                          ? tr("%Ln company(s) moved to the recycle bin.", nullptr, result->applied)
                          : tr("%Ln deal(s) moved to the recycle bin.", nullptr, result->applied));
}

void RecordBulkBar::askTags(bool add)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(key() + QStringLiteral("TagDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(add ? tr("Add tags") : tr("Remove tags"));
    dialog->setLabelText(add ? tr("Tags to add to the selected records (separate with commas):")
                             : tr("Tags to remove from the selected records (separate with "
                                  "commas):"));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(Core::recordTags(m_session, m_kind));
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, add](const QString &text) {
        QStringList tags;
        for (const QString &t : text.split(u',', Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        if (add)
            addTags(tags);
        else
            removeTags(tags);
    });
    dialog->open();
}

void RecordBulkBar::askField()
{
    auto *dialog = new DealBulkFieldDialog(m_session, int(m_ids.size()), this, m_kind);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setField(dialog->fieldKey(), dialog->value()); });
    dialog->open();
}

} // namespace Voronka::Ui
