// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingspage.h"

#include "ui/settings/settingsdelegate.h"
#include "ui/widgets/theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace Voronka::Ui {

namespace {
// The theme's selection, not the style's saturated highlight, behind a selected row.
void useSelectionColors(QAbstractItemView *view)
{
    QPalette pal = view->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        pal.setColor(group, QPalette::Highlight, Theme::current().selection);
        pal.setColor(group, QPalette::HighlightedText, Theme::current().selectionText);
    }
    view->setPalette(pal);
}
} // namespace

SettingsPage::SettingsPage(Core::Session &session, const QString &prefix, const QString &title,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
    , m_body(new QVBoxLayout)
    , m_actions(new QHBoxLayout)
    , m_message(new QLabel(this))
{
    setObjectName(prefix + QStringLiteral("Page"));
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("settingsPageTitle"));

    auto *undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(prefix + QStringLiteral("Undo"));
    auto *redo = new QPushButton(tr("Redo"), this);
    redo->setObjectName(prefix + QStringLiteral("Redo"));
    for (QPushButton *b : {undo, redo}) {
        b->setEnabled(false);
        b->setAutoDefault(false);
        b->setProperty("settingsTool", true);
    }
    undo->setToolTip(tr("Undo the last change on this page (Ctrl+Z)"));
    redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo, this](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo the last change on this page (Ctrl+Z)")
                                        : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo, this](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo (Ctrl+Shift+Z)")
                                        : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    // The page's own shortcuts: the board and the cards keep theirs while this is hidden.
    const auto shortcut = [this](const QKeySequence &keys, void (QUndoStack::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, m_undo, slot);
    };
    shortcut(QKeySequence(QStringLiteral("Ctrl+Z")), &QUndoStack::undo);
    shortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Z")), &QUndoStack::redo);

    m_message->setObjectName(prefix + QStringLiteral("Message"));
    m_message->setProperty("settingsMessage", true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_undoButton = undo;
    m_redoButton = redo;
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(heading, 0, Qt::AlignVCenter);
    header->addStretch();
    header->addLayout(m_actions);
    header->addSpacing(8);
    header->addWidget(undo);
    header->addWidget(redo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(m_body, 1);
}

Core::Status SettingsPage::apply(const QString &text, AdminCommand::Step redo,
                                 AdminCommand::Step undo)
{
    // The stack runs the change when it takes the step (a refused one is dropped at once);
    // later runs are Undo and Redo, whose outcome shows on the page.
    auto first = std::make_shared<std::optional<Core::Status>>();
    auto *step = new AdminCommand(m_session, text, std::move(redo), std::move(undo),
                                  [this, first](const Core::Status &status) {
                                      if (!first->has_value()) {
                                          *first = status;
                                          return;
                                      }
                                      if (status)
                                          clearMessage();
                                      else
                                          showError(status.error());
                                      reload();
                                  });
    m_undo->push(step);
    const Core::Status st = first->value_or(Core::Status(Core::Ok{}));
    *first = Core::Status(Core::Ok{}); // from now on the step reports to the page
    if (st)
        clearMessage();
    else
        showError(st.error());
    reload();
    return st;
}

void SettingsPage::hideUndo()
{
    m_undoButton->hide();
    m_redoButton->hide();
}

void SettingsPage::styleTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(34);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setProperty("settingsHeader", true);
    table->horizontalHeader()->setStretchLastSection(true);
    useSelectionColors(table);
}

QFormLayout *SettingsPage::optionsForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

SettingsPage::FormCard SettingsPage::formCard(QFormLayout *form, const QString &saveName)
{
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(saveName);
    save->setProperty("settingsPrimary", true);
    save->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);

    auto *frame = new QFrame(this);
    frame->setProperty("settingsCard", true);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(20, 18, 20, 18);
    frameLayout->setSpacing(12);
    frameLayout->addLayout(form);
    frameLayout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addWidget(frame);
    row->addStretch();
    return {row, save};
}

QFrame *SettingsPage::listCard(QAbstractItemView *view)
{
    view->setItemDelegate(new SettingsDelegate(-1, view));
    view->setAlternatingRowColors(true);
    view->setFrameShape(QFrame::NoFrame);
    useSelectionColors(view);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        tree->header()->setProperty("settingsHeader", true);
    }
    auto *card = new QFrame(view->parentWidget());
    card->setObjectName(QStringLiteral("listCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(view);
    return card;
}

void SettingsPage::showError(const Core::Error &error)
{
    showError(error.message);
}

void SettingsPage::showError(const QString &text)
{
    m_message->setProperty("error", true);
    m_message->setText(text);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

void SettingsPage::showInfo(const QString &text)
{
    m_message->setProperty("error", false);
    m_message->setText(text);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

void SettingsPage::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

} // namespace Voronka::Ui
