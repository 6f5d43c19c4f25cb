// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class RecordListView;
class WorkspaceRegistry;

// The Contacts and the Companies sections: one list view each.
class RecordListWorkspace final : public Workspace
{
public:
    RecordListWorkspace(Core::Session &session, Core::EntityKind kind);
    ~RecordListWorkspace() override;

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;
    void settingsChanged() override;
    bool isLoaded() const override;
    Core::EntityKind recordKind() const override { return m_kind; }
    bool showRecord(qint64 id, const QString &title) override;
    void setRecordOpener(RecordOpener opener) override; // double click or Enter on a row
    void recordChanged(Core::EntityKind kind, qint64 id) override;

    static void registerIn(WorkspaceRegistry &registry);

private:
    Core::EntityKind m_kind;
    // The main window's stack takes ownership of the view; until then this owns it.
    QPointer<RecordListView> m_view;
};

} // namespace Voronka::Ui
