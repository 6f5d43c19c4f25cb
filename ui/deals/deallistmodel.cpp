// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deallistmodel.h"

#include "ui/lists/recordlistmodel.h"
#include "core/services/board.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "ui/widgets/money.h"
#include "ui/widgets/recordscommand.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace Voronka::Ui {

namespace {
const QString kCustomPrefix = QStringLiteral("cf.");

bool inlineFieldType(Core::FieldType t)
{
    using T = Core::FieldType;
    return t == T::Text || t == T::Number || t == T::Date || t == T::Url || t == T::Phone ||
           t == T::Email;
}
} // namespace

DealListModel::DealListModel(Core::Session &session, QObject *parent)
    : ListTableModel("dealId", parent)
    , m_session(session)
    , m_list(session)
    , m_available(m_list.columns())
{
    setColumnKeys({QStringLiteral("name"), QStringLiteral("budget"), QStringLiteral("stage"),
                   QStringLiteral("responsible"), QStringLiteral("company"),
                   QStringLiteral("created")});
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void DealListModel::setColumnKeys(const QStringList &keys)
{
    QList<Core::ListColumn> cols;
    QStringList taken;
    for (const QString &k : keys)
        for (const auto &c : m_available)
            if (c.key == k && !taken.contains(k)) {
                cols << c;
                taken << k;
            }
    // The name says which deal a row is: it is always there, first.
    if (cols.isEmpty() || cols.first().key != u"name") {
        cols.removeIf([](const Core::ListColumn &c) { return c.key == u"name"; });
        cols.prepend(m_available.first());
    }
    {
        // Testers and views ask for more rows when the reset ends: not from here.
        const QScopedValueRollback<bool> guard(fetching(), true);
        beginResetModel();
        setColumnList(cols);
        endResetModel();
    }
    const QList<qint64> before = m_query.fieldIds;
    syncFieldIds();
    if (isLoaded() && before != m_query.fieldIds)
        reload(); // the new custom columns' values are not in the rows yet
}

void DealListModel::syncFieldIds()
{
    m_query.fieldIds.clear();
    for (const auto &c : columns())
        if (c.fieldId)
            m_query.fieldIds << c.fieldId;
}

QString DealListModel::display(const Core::DealRow &row, const QString &key) const
{
    if (key == u"budget")
        return Money::format(row.budget, row.currency);
    if (key == u"stage") {
        const Core::StageInfo *st = m_session.stage(row.stageId);
        return st ? st->name : QString();
    }
    if (key == u"created" || key == u"updated") {
        const qint64 ms = key == u"created" ? row.createdAt : row.updatedAt;
        return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(),
                                       RecordListModel::dateFormat())
                  : QString();
    }
    if (key == u"close_date") {
        const QDate d = QDate::fromString(row.closeDate, Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, RecordListModel::dateFormat()) : QString();
    }
    if (key.startsWith(kCustomPrefix)) {
        const qint64 fid = key.mid(kCustomPrefix.size()).toLongLong();
        const Core::FieldDef *def = m_session.fieldDef(fid);
        if (def && (def->type == Core::FieldType::Date || def->type == Core::FieldType::Birthday)) {
            const QDate d = row.fieldValues.value(fid).toDate();
            if (d.isValid())
                return QLocale().toString(d, RecordListModel::dateFormat());
        }
        return row.fieldText.value(fid);
    }
    return m_list.cellText(row, key);
}

QVariant DealListModel::editValue(const Core::DealRow &row, const QString &key) const
{
    if (key == u"name")
        return row.name;
    if (key == u"budget")
        return row.budget;
    if (key == u"stage")
        return row.stageId;
    if (key == u"responsible")
        return row.responsibleId;
    if (key == u"source")
        return row.source;
    if (key == u"close_date")
        return QDate::fromString(row.closeDate, Qt::ISODate);
    if (key.startsWith(kCustomPrefix))
        return row.fieldValues.value(key.mid(kCustomPrefix.size()).toLongLong());
    return {};
}

bool DealListModel::editable(const Core::DealRow &row, const QString &key) const
{
    bool kindOk = key == u"name" || key == u"budget" || key == u"stage" || key == u"responsible" ||
                  key == u"source" || key == u"close_date";
    if (key.startsWith(kCustomPrefix)) {
        const Core::FieldDef *def = m_session.fieldDef(key.mid(kCustomPrefix.size()).toLongLong());
        kindOk =
            def && inlineFieldType(def->type) && (!def->readOnly || m_session.principal().admin);
    }
    return kindOk && Core::Permissions::can(
                         m_session.principal(), Core::PermEntity::Deal, Core::PermAction::Edit,
                         m_session.ownershipOf(row.responsibleId, row.pipelineId));
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::DealRow &row = m_rows.at(index.row());
    const QString &key = column(index.column()).key;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, key);
    case Qt::ToolTipRole: {
        if (key == u"created" || key == u"updated") {
            const qint64 ms = key == u"created" ? row.createdAt : row.updatedAt;
            return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                           QLocale::LongFormat)
                      : QString();
        }
        return display(row, key); // unabridged: the cell may be elided
    }
    case Qt::EditRole:
    case ValueRole:
        return editValue(row, key);
    case Qt::TextAlignmentRole:
        return key == u"budget" ? alignment(key) : QVariant();
    case IdRole:
        return row.id;
    case ColumnKeyRole:
        return key;
    case StageColorRole:
        if (key != u"stage")
            return {};
        if (const Core::StageInfo *st = m_session.stage(row.stageId))
            return QColor::fromString(st->color);
        return QColor(); // the dot stays, muted
    case StageIdRole:
        return row.stageId;
    case PipelineIdRole:
        return row.pipelineId;
    default:
        return {};
    }
}

Qt::ItemFlags DealListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && editable(m_rows.at(index.row()), column(index.column()).key))
        f |= Qt::ItemIsEditable;
    return f;
}

bool DealListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Core::DealRow &row = m_rows.at(index.row());
    const QString key = column(index.column()).key;
    if (editValue(row, key) == value)
        return false;
    const qint64 id = row.id;
    const QString dealName = row.name;
    const RecordsCommand::Snapshot before =
        m_undo ? RecordsCommand::take(m_session, {RecordRef{Core::EntityKind::Deal, id}})
               : RecordsCommand::Snapshot{};
    Core::Status st = Core::Ok{};
    if (key == u"stage") {
        const Core::StageInfo *stage = m_session.stage(value.toLongLong());
        if (!stage)
            return false;
        st = Core::Board(m_session, stage->pipelineId).move(row.id, stage->id);
    } else {
        QString field = key;
        if (key == u"responsible")
            field = QStringLiteral("responsible_id");
        QVariant v = value;
        if (v.typeId() == QMetaType::QDate)
            v = v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
        if (key == u"responsible" && v.toLongLong() == 0)
            v = QVariant();
        st = Core::Records(m_session).update(Core::EntityKind::Deal, row.id, {{field, v}});
    }
    if (!st) {
        emit editFailed(st.error().message);
        return false;
    }
    if (m_undo) {
        auto *step = new RecordsCommand(
            m_session, tr("Change %1 of «%2»").arg(column(index.column()).title, dealName), before,
            [model = QPointer<DealListModel>(this)](const QList<Core::Records::Step> &,
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

void DealListModel::refreshRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    // Read without the filter: an edited deal stays in view until the next reload, even
    // when the edit took it out of the filter.
    Core::DealListQuery q;
    q.onlyIds = {m_rows.at(row).id};
    q.fieldIds = m_query.fieldIds;
    q.pageSize = 1;
    Core::Result<Core::DealListPage> page = m_list.fetch(q);
    if (!page || page->rows.isEmpty())
        return;
    m_rows[row] = page->rows.first();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QVariant DealListModel::alignment(const QString &key) const
{
    // Money lines up on its right edge.
    return QVariant::fromValue((key == u"budget" ? Qt::AlignRight : Qt::AlignLeft) |
                               Qt::AlignVCenter);
}

QHash<int, QByteArray> DealListModel::roleNames() const
{
    QHash<int, QByteArray> names = ListTableModel::roleNames();
    names.insert(StageColorRole, "stageColor");
    names.insert(StageIdRole, "stageId");
    names.insert(PipelineIdRole, "pipelineId");
    return names;
}

QString DealListModel::readNextPage()
{
    Core::Result<Core::DealListPage> page = m_list.fetch(m_query, m_next);
    if (!page) {
        m_next = {};
        return page.error().message;
    }
    appendRows(int(page->rows.size()), [&] { m_rows += page->rows; });
    m_next = page->next;
    return {};
}

void DealListModel::reload()
{
    reload(true);
}

void DealListModel::reload(bool recount)
{
    const QScopedValueRollback<bool> guard(fetching(), true);
    // A new order shows the same deals: their count (a pass over the pipeline) stands.
    Core::Result<qint64> count =
        recount ? m_list.count(m_query) : Core::Result<qint64>(totalCount());
    Core::Result<Core::DealListPage> page =
        count ? m_list.fetch(m_query) : Core::Result<Core::DealListPage>(count.error());
    resetRows(page ? QString() : page.error().message, [&] {
        m_rows.clear();
        m_next = {};
        if (page) {
            m_rows = page->rows;
            m_next = page->next;
        }
    });
    setTotal(page ? *count : 0, !page);
}

void DealListModel::setScope(qint64 pipelineId, const Core::DealFilter &filter)
{
    if (isLoaded() && pipelineId == m_query.pipelineId && filter == m_query.filter)
        return;
    m_query.pipelineId = pipelineId;
    m_query.filter = filter;
    if (isLoaded())
        reload();
}

void DealListModel::setOrder(const QString &key, bool descending)
{
    m_query.sortKey = key;
    m_query.descending = descending;
    // A new order shows the same deals: their count (a pass over the pipeline) stands.
    if (isLoaded())
        reload(!lastError().isEmpty());
}

qint64 DealListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DealListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

} // namespace Voronka::Ui
