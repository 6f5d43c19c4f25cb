// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "listtable.h"

#include "core/domain/types.h"
#include "ui/widgets/theme.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::ListTable)
};
} // namespace

void setUpListTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(40);
    const ThemeColors &c = Theme::current();
    QPalette pal = table->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        pal.setColor(group, QPalette::Highlight, c.selection);
        pal.setColor(group, QPalette::HighlightedText, c.selectionText);
    }
    table->setPalette(pal);
}

QFrame *listCard(QTableView *table, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("listCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(table);
    return card;
}

QString listSettingsUser(const Core::UserInfo &actor)
{
    return actor.uid.isEmpty() ? QString::number(actor.id) : QString::fromLatin1(actor.uid.toHex());
}

void fillColumnsMenu(QMenu *menu, const QList<Core::ListColumn> &available,
                     const QStringList &shown, const QString &actionPrefix,
                     const std::function<void(const QString &key, bool on)> &toggled)
{
    bool customHeader = false;
    for (const Core::ListColumn &col : available) {
        if (col.fieldId && !customHeader) {
            menu->addSection(Tr::tr("Custom fields"));
            customHeader = true;
        }
        QAction *a = menu->addAction(col.title);
        a->setObjectName(actionPrefix + col.key);
        a->setCheckable(true);
        a->setChecked(shown.contains(col.key));
        a->setEnabled(col.key != u"name"); // the name says which record a row is
        QObject::connect(a, &QAction::toggled, menu,
                         [toggled, key = col.key](bool on) { toggled(key, on); });
    }
}

} // namespace Voronka::Ui
