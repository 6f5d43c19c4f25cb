// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Voronka::Ui {

// One section of the main window (contacts, companies, later the deals board, tasks...).
// The main window knows sections only through this interface, so a new section is a new
// folder plus one registration, never an edit of the main window.
class Workspace
{
public:
    virtual ~Workspace() = default;

    virtual QString id() const = 0;    // stable: "contacts"; used by --view and settings
    virtual QString title() const = 0; // translated
    virtual QIcon icon() const = 0;
    virtual QWidget *widget() = 0;
    // The section became visible: load what it shows (sections load lazily).
    virtual void activate() = 0;
    // False while data is still being fetched: the screenshot mode waits for it.
    virtual bool isLoaded() const { return true; }

    // The kind of record this section lists, so global search can open a hit here.
    virtual Core::EntityKind recordKind() const { return Core::EntityKind::None; }
    virtual bool showRecord(qint64 id, const QString &title)
    {
        Q_UNUSED(id);
        Q_UNUSED(title);
        return false;
    }

    // How a section opens a record it links to (a task's deal, say): the main window passes
    // its own navigation, the one global search uses.
    // A record changed elsewhere (saved in its card): a section showing it reads it again.
    virtual void recordChanged(Core::EntityKind kind, qint64 id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
    }

    // Users, rights or settings changed (here or on another desktop; the session already
    // reloaded them): a section that is showing reads again under the new rights.
    virtual void settingsChanged() {}
    // The pages inside the section this user may open (id, translated title), for the menu
    // that leads to them; most sections have none.
    struct Page
    {
        QString id;
        QString title;
    };
    virtual QList<Page> pages() const { return {}; }

    // A page inside the section ("users" of "settings/users" given to --view); false when it
    // has no such page.
    virtual bool showPage(const QString &page)
    {
        Q_UNUSED(page);
        return false;
    }

    using RecordOpener =
        std::function<void(Core::EntityKind kind, qint64 id, const QString &title)>;
    virtual void setRecordOpener(RecordOpener opener) { Q_UNUSED(opener); }

    // A list another section asks to show: the deals behind a number of a report, or a
    // person's tasks. The main window hands it to the section listing that kind.
    struct ListRequest
    {
        Core::EntityKind kind = Core::EntityKind::None;
        QList<qint64> ids; // deals: exactly these (never empty)
        QString title;     // what the list shows: "Won — March 2026"
        // tasks: whose ("u:<id>", "d:<id>", "all") and which (Open with overdueOnly, or Done)
        QString whose;
        Core::TaskStatus status = Core::TaskStatus::Open;
        bool overdueOnly = false;
    };
    virtual bool showList(const ListRequest &request)
    {
        Q_UNUSED(request);
        return false;
    }
    using ListOpener = std::function<void(const ListRequest &request)>;
    virtual void setListOpener(ListOpener opener) { Q_UNUSED(opener); }
};

} // namespace Voronka::Ui
