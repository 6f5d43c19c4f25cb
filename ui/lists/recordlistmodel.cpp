// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlistmodel.h"
#include "ui/widgets/stagename.h"

#include "core/services/board.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/money.h"
#include "ui/widgets/recordscommand.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace Voronka::Ui {

namespace {
const QString kCustomPrefix = QStringLiteral("cf.");

qint64 customFieldId(const QString &key)
{
    return key.startsWith(kCustomPrefix) ? key.mid(kCustomPrefix.size()).toLongLong() : 0;
}

bool inlineFieldType(Core::FieldType t)
{
    using T = Core::FieldType;
    return t == T::Text || t == T::Number || t == T::Date || t == T::Url || t == T::Phone ||
           t == T::Email;
}

} // namespace

RecordListModel::RecordListModel(Core::Session &session, Core::EntityKind kind, QObject *parent)
    : ListTableModel(kind == Core::EntityKind::Deal ? "dealId" : "recordId", parent)
    , m_session(session)
    , m_kind(kind)
    , m_list(session, kind)
{
    setColumns({});
    // Newest first, as salespeople expect of a client base and a funnel: what was added last
    // is what they look for most. A header click sorts by name.
    m_query.sortKey = QStringLiteral("created");
    m_query.descending = true;
    // A deals page reads a contact and a company per row: a shorter page keeps it instant.
    if (kind == Core::EntityKind::Deal)
        m_query.pageSize = 100;
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
    {
        // Testers and views ask for more rows when the reset ends: not from here.
        const QScopedValueRollback<bool> guard(fetching(), true);
        beginResetModel();
        setColumns(wanted);
        m_page = {};
        m_next = {};
        endResetModel();
    }
    if (isLoaded())
        load(false); // the same records: their count stands
}

void RecordListModel::setFilter(const Core::RecordFilter &filter)
{
    if (isLoaded() && filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

void RecordListModel::setScope(qint64 pipelineId, const Core::RecordFilter &filter)
{
    if (isLoaded() && pipelineId == m_query.pipelineId && filter == m_query.filter &&
        m_query.onlyIds.isEmpty())
        return;
    m_query.onlyIds.clear();
    m_query.pipelineId = pipelineId;
    m_query.filter = filter;
    if (isLoaded())
        reload();
}

void RecordListModel::setOnlyIds(const QList<qint64> &ids)
{
    if (ids == m_query.onlyIds)
        return;
    m_query.onlyIds = ids;
    if (!ids.isEmpty()) {
        m_query.pipelineId = 0;
        m_query.filter = {};
    }
    if (isLoaded())
        reload();
}

void RecordListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isLoaded() && trimmed == m_query.filter.text)
        return;
    m_query.filter.text = trimmed;
    reload();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.ids.size());
}

QString RecordListModel::display(int row, int col) const
{
    const QVariant &value = m_page.rows.at(row).at(col);
    if (value.isNull() || !value.isValid())
        return {};
    const QString &key = column(col).key;
    if (key == u"created" || key == u"updated")
        return Dates::date(QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime().date());
    if (key == u"close_date")
        return Dates::date(QDate::fromString(value.toString(), Qt::ISODate));
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
    if (m_kind == Core::EntityKind::Deal) {
        const Core::ListRowFacts &facts = m_page.facts.at(row);
        if (key == u"budget")
            return Money::format(value.toLongLong(), facts.currency);
        // Won, Lost and Incoming read in the user's language, as on the board and the card.
        if (key == u"stage")
            if (const Core::StageInfo *st = m_session.stage(facts.stageId))
                return stageDisplayName(*st);
        if (const qint64 fid = customFieldId(key)) {
            const Core::FieldDef *def = m_session.fieldDef(fid);
            if (def &&
                (def->type == Core::FieldType::Date || def->type == Core::FieldType::Birthday)) {
                const QDate d = m_page.fieldValues.at(row).value(fid).toDate();
                if (d.isValid())
                    return Dates::date(d);
            }
        }
        return m_list.cellText(key, value, facts);
    }
    return value.toString();
}

QVariant RecordListModel::editValue(int row, int col) const
{
    const QString &key = column(col).key;
    const QVariant &value = m_page.rows.at(row).at(col);
    if (m_kind != Core::EntityKind::Deal)
        return value;
    if (key == u"name" || key == u"budget" || key == u"stage" || key == u"source")
        return value;
    if (key == u"responsible")
        return m_page.facts.at(row).responsibleId;
    if (key == u"close_date")
        return QDate::fromString(value.toString(), Qt::ISODate);
    if (const qint64 fid = customFieldId(key))
        return m_page.fieldValues.at(row).value(fid);
    return {};
}

// Deals are edited in place (the contacts and companies lists open the card instead): their
// standard fields and the custom fields a line editor can take, when the role allows it.
bool RecordListModel::editable(int row, int col) const
{
    if (m_kind != Core::EntityKind::Deal)
        return false;
    const QString &key = column(col).key;
    bool kindOk = key == u"name" || key == u"budget" || key == u"stage" || key == u"responsible" ||
                  key == u"source" || key == u"close_date";
    if (const qint64 fid = customFieldId(key)) {
        const Core::FieldDef *def = m_session.fieldDef(fid);
        kindOk =
            def && inlineFieldType(def->type) && (!def->readOnly || m_session.principal().admin);
    }
    const Core::ListRowFacts &facts = m_page.facts.at(row);
    return kindOk && Core::Permissions::can(
                         m_session.principal(), Core::PermEntity::Deal, Core::PermAction::Edit,
                         m_session.ownershipOf(facts.responsibleId, facts.pipelineId));
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString &key = column(index.column()).key;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QVariant &value = m_page.rows.at(row).at(index.column());
        if ((key == u"created" || key == u"updated") && !value.isNull())
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime(),
                QLocale::LongFormat);
        // Unabridged: the cell may be elided or shortened.
        return key == u"website" ? value.toString() : display(row, index.column());
    }
    case Qt::EditRole:
        return m_kind == Core::EntityKind::Deal ? editValue(row, index.column()) : QVariant();
    case ValueRole:
        return editValue(row, index.column());
    case Qt::TextAlignmentRole:
        return alignment(key);
    case IdRole:
        return m_page.ids.at(row);
    case ColumnKeyRole:
        return key;
    case StageColorRole:
        if (key != u"stage")
            return {};
        if (const Core::StageInfo *st = m_session.stage(m_page.facts.at(row).stageId))
            return QColor::fromString(st->color);
        return QColor(); // the dot stays, muted
    case StageIdRole:
        return m_kind == Core::EntityKind::Deal ? QVariant(m_page.facts.at(row).stageId)
                                                : QVariant();
    case PipelineIdRole:
        return m_kind == Core::EntityKind::Deal ? QVariant(m_page.facts.at(row).pipelineId)
                                                : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && editable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RecordListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !editable(index.row(), index.column()))
        return false;
    const QString key = column(index.column()).key;
    if (editValue(index.row(), index.column()) == value)
        return false;
    const qint64 id = m_page.ids.at(index.row());
    const QString recordName =
        m_page.rows.at(index.row()).value(columnOf(QStringLiteral("name"))).toString();
    const RecordsCommand::Snapshot before =
        m_undo ? RecordsCommand::take(m_session, {RecordRef{m_kind, id}})
               : RecordsCommand::Snapshot{};
    Core::Status st = Core::Ok{};
    if (key == u"stage") {
        const Core::StageInfo *stage = m_session.stage(value.toLongLong());
        if (!stage)
            return false;
        st = Core::Board(m_session, stage->pipelineId).move(id, stage->id);
    } else {
        QString field = key;
        if (key == u"responsible")
            field = QStringLiteral("responsible_id");
        QVariant v = value;
        if (v.typeId() == QMetaType::QDate)
            v = v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
        if (key == u"responsible" && v.toLongLong() == 0)
            v = QVariant();
        st = Core::Records(m_session).update(m_kind, id, {{field, v}});
    }
    if (!st) {
        emit editFailed(st.error().message);
        return false;
    }
    if (m_undo) {
        auto *step = new RecordsCommand(
            m_session, tr("Change %1 of «%2»").arg(column(index.column()).title, recordName),
            before,
            [model = QPointer<RecordListModel>(this)](const QList<Core::Records::Step> &,
                                                      const QString &message) {
                if (model)
                    emit model->undoDone(message);
            });
        if (step->isObsolete())
            delete step;
        else
            m_undo->push(step); // done already: its first redo() does nothing
    }
    refreshRow(index.row());
    return true;
}

void RecordListModel::refreshRow(int row)
{
    if (row < 0 || row >= m_page.ids.size())
        return;
    // Read without the filter: an edited record stays in view until the next reload, even
    // when the edit took it out of the filter.
    Core::ListQuery q;
    q.onlyIds = {m_page.ids.at(row)};
    q.columns = m_query.columns;
    q.pageSize = 1;
    Core::Result<Core::ListPage> page = m_list.fetch(q);
    if (!page || page->ids.isEmpty())
        return;
    m_page.rows[row] = page->rows.first();
    m_page.fieldValues[row] = page->fieldValues.first();
    m_page.facts[row] = page->facts.first();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QVariant RecordListModel::alignment(const QString &key) const
{
    // Money lines up on its right edge; the rest takes the header's default.
    if (key == u"budget")
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = ListTableModel::roleNames();
    if (m_kind == Core::EntityKind::Deal) {
        names.insert(StageColorRole, "stageColor");
        names.insert(StageIdRole, "stageId");
        names.insert(PipelineIdRole, "pipelineId");
    }
    return names;
}

QString RecordListModel::readNextPage()
{
    Core::Result<Core::ListPage> page = m_list.fetch(m_query, m_next);
    if (!page) {
        m_next = {};
        return page.error().message;
    }
    appendRows(int(page->ids.size()), [&] {
        m_page.ids += page->ids;
        m_page.rows += page->rows;
        m_page.fieldValues += page->fieldValues;
        m_page.facts += page->facts;
    });
    m_next = page->next;
    return {};
}

void RecordListModel::reload()
{
    load(true);
}

void RecordListModel::load(bool recount)
{
    const QScopedValueRollback<bool> guard(fetching(), true);
    // Unfiltered, the count walks an index in a few milliseconds, and the deals' count reads
    // the stage index; a contacts or companies filter may read a million rows, so its count
    // runs on a connection of its own while the first page shows.
    const bool background =
        recount && m_kind != Core::EntityKind::Deal && m_query.filter.hasConditions();
    Core::Result<qint64> count =
        !recount || background ? Core::Result<qint64>(totalCount()) : m_list.count(m_query);
    Core::Result<Core::ListPage> page =
        count ? m_list.fetch(m_query) : Core::Result<Core::ListPage>(count.error());
    resetRows(page ? QString() : page.error().message, [&] {
        m_page = {};
        m_next = {};
        if (page) {
            m_page = *page;
            m_next = page->next;
        }
    });
    if (page && background && m_next.valid()) {
        startCount();
        return;
    }
    // One page holds everything: its size is the count.
    finishCount(!page ? 0 : background ? qint64(m_page.ids.size()) : *count);
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
        finishCount(error.isEmpty() ? *result : qint64(m_page.ids.size()));
    });
    m_counting = true;
    setTotal(totalCount(), true);
    m_countJob->start();
}

void RecordListModel::setOrder(const QString &key, bool descending)
{
    m_query.sortKey = key;
    m_query.descending = descending;
    // A new order shows the same records: their count stands.
    if (isLoaded())
        load(!lastError().isEmpty());
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_page.ids.size() ? m_page.ids.at(row) : 0;
}

int RecordListModel::rowOf(qint64 id) const
{
    return int(m_page.ids.indexOf(id));
}

} // namespace Voronka::Ui
