// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "ui/settings/journalmodel.h"

#include "ui/widgets/dates.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace Voronka::Ui {

JournalModel::JournalModel(Core::Session &session, QObject *parent)
    : PagedTableModel(parent)
    , m_session(session)
{
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::JournalEntry &e = m_rows.at(index.row());
    const bool signIn = e.source == Core::JournalEntry::Source::SignIn;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time: {
            // The journal keeps seconds: it is read to find out what happened in what order.
            QString format = Dates::dateTimeFormat();
            format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), format);
        }
        case User:
            return e.userName;
        case Entity:
            return signIn ? tr("Sign-in") : Core::entityName(e.kind);
        case Record:
            return e.recordName.isEmpty() && e.entityId ? QStringLiteral("#%1").arg(e.entityId)
                                                        : e.recordName;
        case Action:
            return Core::journalActionName(e.action);
        case Field:
            return e.field;
        case OldValue:
            return e.oldValue;
        case NewValue:
            return e.newValue;
        case Detail:
            return e.detail;
        case Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OldValue || index.column() == NewValue)
            return index.column() == OldValue ? e.oldValue : e.newValue;
        return {};
    case AtRole:
        return e.at;
    case SourceRole:
        return int(e.source);
    case EntryIdRole:
        return e.id;
    case EntityKindRole:
        return int(e.kind);
    case EntityIdRole:
        return e.entityId;
    case UserIdRole:
        return e.userId;
    case ActionRole:
        return int(e.action);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Entity:
        return tr("Entity");
    case Record:
        return tr("Record");
    case Action:
        return tr("Action");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Was");
    case NewValue:
        return tr("Became");
    case Detail:
        return tr("Detail");
    case Count:
        break;
    }
    return {};
}

void JournalModel::setFilter(const Core::JournalFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalModel::reload()
{
    const QScopedValueRollback<bool> guard(fetching(), true);
    Core::Result<Core::JournalPage> page = Core::Journal(m_session).page(m_filter, {}, m_pageSize);
    resetRows(page ? QString() : page.error().message, [&] {
        m_rows.clear();
        m_next = {};
        if (page) {
            m_rows = page->entries;
            m_next = page->next;
        }
    });
}

QString JournalModel::readNextPage()
{
    Core::Result<Core::JournalPage> page =
        Core::Journal(m_session).page(m_filter, m_next, m_pageSize);
    if (!page) {
        m_next = {};
        return page.error().message;
    }
    appendRows(int(page->entries.size()), [&] { m_rows += page->entries; });
    m_next = page->next;
    return {};
}

} // namespace Voronka::Ui
