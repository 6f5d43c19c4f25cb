// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QToolButton>

namespace Voronka::Ui {

class SyncController;

// The status bar's word on sync: online, offline, syncing or what is wrong, how many changes
// wait to be sent and how many conflicts wait to be looked at. A click shows the details.
class SyncStatusItem final : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusItem(SyncController &controller, QWidget *parent = nullptr);
    // The state's word alone ("Online", "Offline"...), for the item and its popup.
    static QString stateText(const SyncController &controller);

signals:
    void detailsRequested();

private:
    void showState();
    SyncController &m_controller;
};

} // namespace Voronka::Ui
