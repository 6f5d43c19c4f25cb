// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recordlist.h"

#include <functional>

class QFrame;
class QMenu;
class QTableView;
class QWidget;

namespace Voronka::Core {
struct UserInfo;
}

namespace Voronka::Ui {

// What the record list pages share around their table (contacts, companies, deals).

// Rows selected whole, several at once; no grid, no row numbers, fixed 40 px rows (so a
// million rows are placed without measuring any), pixel scrolling and the theme's selection.
void setUpListTable(QTableView *table);

// The rounded card the table sits in.
QFrame *listCard(QTableView *table, QWidget *parent);

// Who a remembered list setting belongs to: several people may sign in on one computer,
// each with their own columns.
QString listSettingsUser(const Core::UserInfo &actor);

// Fills the Columns menu: a checkable action per column (`actionPrefix` + key as its object
// name; the name column always on), custom fields under their own section. `toggled` gets
// the key and its new state.
void fillColumnsMenu(QMenu *menu, const QList<Core::ListColumn> &available,
                     const QStringList &shown, const QString &actionPrefix,
                     const std::function<void(const QString &key, bool on)> &toggled);

} // namespace Voronka::Ui
