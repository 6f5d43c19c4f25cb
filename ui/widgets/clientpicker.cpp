// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clientpicker.h"

#include "core/search/search.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Voronka::Ui {

namespace {
enum Role { KindRole = Qt::UserRole, IdRole, NameRole };
constexpr int kHits = 12;
} // namespace

ClientPicker::ClientPicker(Core::Session &session, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_field(new QLineEdit(this))
    , m_kindIcon(nullptr)
    , m_hits(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_hits, this))
{
    m_field->setObjectName(name);
    m_hits->setObjectName(name + QStringLiteral("Hits"));
    m_field->setPlaceholderText(tr("Any client"));
    m_field->setToolTip(tr("A deal, contact or company: type three letters of its name"));
    m_field->setClearButtonEnabled(true);
    m_kindIcon = m_field->addAction(QIcon(), QLineEdit::LeadingPosition);
    // The hits are already the search's answer: the popup shows them as they are, and
    // taking one puts the bare name in the field.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(kHits);
    m_field->setCompleter(m_completer);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    setFocusProxy(m_field);
    connect(m_field, &QLineEdit::textEdited, this, &ClientPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pick(index.row()); });
    showKind();
}

void ClientPicker::search(const QString &text)
{
    if (m_kind != Core::EntityKind::None) {
        m_kind = Core::EntityKind::None;
        m_id = 0;
        m_name.clear();
        showKind();
        emit changed();
    }
    m_hits->clear();
    Core::Result<QList<Core::SearchHit>> hits = Core::Search(m_session).find(text, kHits);
    if (!hits)
        return;
    const QColor muted = Theme::current().muted;
    for (const Core::SearchHit &h : *hits) {
        auto *item = new QStandardItem(
            Icons::icon(Icons::forKind(h.kind), muted),
            h.subtitle.isEmpty() ? h.title : QStringLiteral("%1 — %2").arg(h.title, h.subtitle));
        item->setData(int(h.kind), KindRole);
        item->setData(h.id, IdRole);
        item->setData(h.title, NameRole);
        m_hits->appendRow(item);
    }
}

void ClientPicker::pick(int row)
{
    const QStandardItem *item = m_hits->item(row);
    if (!item)
        return;
    setClient(Core::EntityKind(item->data(KindRole).toInt()), item->data(IdRole).toLongLong(),
              item->data(NameRole).toString());
    emit changed();
}

void ClientPicker::setClient(Core::EntityKind kind, qint64 id, const QString &name)
{
    m_kind = id ? kind : Core::EntityKind::None;
    m_id = m_kind == Core::EntityKind::None ? 0 : id;
    m_name = m_id ? name : QString();
    m_field->setText(m_name);
    m_field->setCursorPosition(0);
    showKind();
}

void ClientPicker::clear()
{
    const bool had = m_id != 0;
    setClient(Core::EntityKind::None, 0, {});
    m_hits->clear();
    if (had)
        emit changed();
}

void ClientPicker::showKind()
{
    // The kind of the picked record in front of its name; a magnifier while searching.
    const ThemeColors &c = Theme::current();
    m_kindIcon->setIcon(m_id ? Icons::icon(Icons::forKind(m_kind), c.accent)
                             : Icons::icon(QStringLiteral("search"), c.muted));
    m_kindIcon->setToolTip(m_id ? Core::entityName(m_kind) : QString());
}

} // namespace Voronka::Ui
