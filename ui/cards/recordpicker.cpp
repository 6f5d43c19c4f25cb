// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordpicker.h"

#include "core/services/recordlist.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kCreateRow = -1; // UserRole of the "create new" row
constexpr int kShown = 8;
} // namespace

RecordPicker::RecordPicker(Core::Session &session, Core::EntityKind kind, const QString &name,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    m_field->setObjectName(name);
    m_field->setClearButtonEnabled(true);
    m_field->setPlaceholderText(kind == Core::EntityKind::Company ? tr("Find or add a company…")
                                                                  : tr("Find or add a contact…"));
    m_field->addAction(Icons::icon(QStringLiteral("search"), Theme::current().muted),
                       QLineEdit::LeadingPosition);
    m_results->setObjectName(name + QStringLiteral("Results"));
    m_results->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &RecordPicker::search);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        search();
        activate(m_results->count() > 1 ? 0 : m_results->count() - 1);
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { activate(m_results->row(item)); });
}

void RecordPicker::search()
{
    m_debounce.stop();
    m_results->clear();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_results->hide();
        return;
    }
    Core::ListQuery q;
    q.filter.text = text;
    q.pageSize = kShown;
    Core::Result<Core::ListPage> page = Core::RecordList(m_session, m_kind).fetch(q);
    const QIcon icon = Icons::icon(Icons::forKind(m_kind), Theme::current().muted);
    if (page)
        for (int i = 0; i < page->ids.size(); ++i) {
            const QVariantList &row = page->rows.at(i);
            QString label = row.value(0).toString();
            if (m_kind == Core::EntityKind::Contact && !row.value(1).toString().isEmpty())
                label += QStringLiteral(" · ") + row.value(1).toString();
            auto *item = new QListWidgetItem(icon, label, m_results);
            item->setData(Qt::UserRole, page->ids.at(i));
            item->setData(Qt::UserRole + 1, row.value(0).toString());
        }
    auto *create = new QListWidgetItem(Icons::icon(QStringLiteral("plus"), Theme::current().accent),
                                       tr("Create “%1”").arg(text), m_results);
    create->setData(Qt::UserRole, kCreateRow);
    const int rowHeight = qMax(m_results->sizeHintForRow(0), 22);
    m_results->setFixedHeight(m_results->count() * rowHeight + 2 * m_results->frameWidth() + 2);
    m_results->setCurrentRow(0);
    m_results->show();
}

void RecordPicker::activate(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString text = m_field->text().trimmed();
    const QString name = item->data(Qt::UserRole + 1).toString();
    m_field->clear();
    m_results->clear();
    m_results->hide();
    if (id == kCreateRow)
        emit createRequested(text);
    else
        emit picked(id, name);
}

} // namespace Voronka::Ui
