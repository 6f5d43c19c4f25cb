// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlistmodel.h"

#include "core/services/session.h"
#include "ui/widgets/backgroundjob.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace Voronka::Ui {

RecordListModel::RecordListModel(Core::Session &session, Core::EntityKind kind, QObject *parent)
    : ListTableModel("recordId", parent)
    , m_session(session)
    , m_kind(kind)
    , m_list(session, kind)
{
    setColumns({});
    // Newest first, as salespeople expect of a client base: what was added last is what
    // they look for most. A header click sorts by name.
    m_query.sortKey = QStringLiteral("created");
    m_query.descending = true;
}

void RecordListModel::setColumns(const QStringList &keys)
{
    m_query.columns = keys;
    const QStringList shown = m_list.columnKeys(m_query);
    const QList<Core::ListColumn> all = m_list.availableColumns();
    QList<Core::ListColumn> columns;
    for (const QString &key : shown)
        for (const Core::ListColumn &c : all)
            if (c.key == key)
                columns << c;
    // Core titles the name column "Name" for every kind; Russian needs "Имя" for a person
    // and "Название" for a company, so companies get their own wording here.
    for (Core::ListColumn &c : columns)
        if (m_kind == Core::EntityKind::Company && c.key == u"name")
            c.title = tr("Name", "the name of a company");
    setColumnList(columns);
    m_query.columns = shown;
}

void RecordListModel::setColumnKeys(const QStringList &keys)
{
    QStringList wanted = keys;
    // The name says which record a row is: it is always there, first.
    wanted.removeAll(QStringLiteral("name"));
    wanted.prepend(QStringLiteral("name"));
    if (wanted == m_query.columns)
        return;
    beginResetModel();
    setColumns(wanted);
    m_ids.clear();
    m_rows.clear();
    m_next = {};
    endResetModel();
    if (isLoaded())
        reload();
}

void RecordListModel::setFilter(const Core::RecordFilter &filter)
{
    if (isLoaded() && filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QString RecordListModel::dateFormat()
{
    // The locale's short format, but with a four-digit year: "7/15/25" reads like a code.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString RecordListModel::display(int col, const QVariant &value) const
{
    if (value.isNull() || !value.isValid())
        return {};
    const QString &key = column(col).key;
    if (key == u"created" || key == u"updated") {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime();
        return QLocale().toString(at.date(), dateFormat());
    }
    if (key == u"website") {
        // The scheme is noise in a narrow column; the tooltip keeps the full address.
        QString site = value.toString();
        for (const char *scheme : {"https://", "http://"})
            if (site.startsWith(QLatin1String(scheme)))
                site.remove(0, int(qstrlen(scheme)));
        if (site.endsWith(u'/'))
            site.chop(1);
        return site;
    }
    return value.toString();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), value);
    case Qt::ToolTipRole:
        if ((column(index.column()).key == u"created" ||
             column(index.column()).key == u"updated") &&
            !value.isNull())
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime(),
                QLocale::LongFormat);
        return value.toString(); // unabridged: the cell may be elided or shortened
    case IdRole:
        return m_ids.at(index.row());
    case ValueRole:
        return value;
    case ColumnKeyRole:
        return column(index.column()).key;
    default:
        return {};
    }
}

QString RecordListModel::readNextPage()
{
    Core::Result<Core::ListPage> page = m_list.fetch(m_query, m_next);
    if (!page) {
        m_next = {};
        return page.error().message;
    }
    appendRows(int(page->ids.size()), [&] {
        m_ids += page->ids;
        m_rows += page->rows;
    });
    m_next = page->next;
    return {};
}

void RecordListModel::reload()
{
    const QScopedValueRollback<bool> guard(fetching(), true);
    // Unfiltered, the count walks an index in a few milliseconds; a filter may read a
    // million rows, so its count runs on a connection of its own while the first page shows.
    const bool background = !m_query.filter.isEmpty();
    Core::Result<qint64> count =
        background ? Core::Result<qint64>(qint64(0)) : m_list.count(m_query);
    Core::Result<Core::ListPage> page =
        count ? m_list.fetch(m_query) : Core::Result<Core::ListPage>(count.error());
    resetRows(page ? QString() : page.error().message, [&] {
        m_ids.clear();
        m_rows.clear();
        m_next = {};
        if (page) {
            m_ids = page->ids;
            m_rows = page->rows;
            m_next = page->next;
        }
    });
    if (page && background && m_next.valid()) {
        startCount();
        return;
    }
    // One page holds everything: its size is the count.
    finishCount(!page ? 0 : background ? qint64(m_ids.size()) : *count);
}

void RecordListModel::finishCount(qint64 total)
{
    const bool wasCounting = m_counting;
    m_counting = false;
    setTotal(total, wasCounting);
}

void RecordListModel::startCount()
{
    // A count still running for an earlier filter finishes on its own and is dropped.
    if (m_countJob) {
        disconnect(m_countJob, nullptr, this, nullptr);
        m_countJob->cancel();
        connect(m_countJob, &BackgroundJob::finished, m_countJob, &QObject::deleteLater);
        m_countJob->setParent(nullptr);
    }
    auto result = std::make_shared<qint64>(0);
    m_countJob = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [query = m_query, kind = m_kind, result](Core::Session &s, const BackgroundJob::Report &) {
            Core::Result<qint64> n = Core::RecordList(s, kind).count(query);
            if (!n)
                return n.error().message;
            *result = *n;
            return QString();
        },
        this);
    connect(m_countJob, &BackgroundJob::finished, this, [this, result](const QString &error) {
        m_countJob->deleteLater();
        m_countJob = nullptr;
        if (!error.isEmpty())
            setLoadError(error);
        finishCount(error.isEmpty() ? *result : qint64(m_ids.size()));
    });
    m_counting = true;
    setTotal(totalCount(), true);
    m_countJob->start();
}

void RecordListModel::setOrder(const QString &key, bool descending)
{
    m_query.sortKey = key;
    m_query.descending = descending;
    if (isLoaded())
        reload();
}

void RecordListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isLoaded() && trimmed == m_query.text)
        return;
    m_query.text = trimmed;
    reload();
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

} // namespace Voronka::Ui
