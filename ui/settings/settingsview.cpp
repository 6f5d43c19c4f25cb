// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingsview.h"

#include "core/services/session.h"
#include "ui/settings/settingspage.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Voronka::Ui {

SettingsView::SettingsView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsView"));
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setFixedWidth(220);
    m_list->setIconSize(QSize(18, 18));
    m_stack->setObjectName(QStringLiteral("settingsStack"));

    auto *title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("settingsNav"));
    left->setAttribute(Qt::WA_StyledBackground);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 22, 12, 16);
    leftLayout->setSpacing(12);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(8, 0, 0, 0);
    titleRow->addWidget(title);
    leftLayout->addLayout(titleRow);
    leftLayout->addWidget(m_list, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(left);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsView::onRowChanged);
    fill();
}

void SettingsView::fill()
{
    m_admin = m_session.principal().admin;
    const QSignalBlocker block(m_list);
    m_list->clear();
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        w->deleteLater();
    }
    m_pages.clear();
    m_entries = SettingsPages::visibleTo(m_admin);
    const QColor tint = Theme::current().muted;
    for (const SettingsPageEntry &e : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(Icons::icon(e.icon, tint), e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        m_stack->addWidget(new QWidget(m_stack)); // the page is made when first shown
        m_pages << nullptr;
    }
    if (!m_entries.isEmpty()) {
        m_list->setCurrentRow(0);
        onRowChanged(0);
    }
}

bool SettingsView::isLoaded() const
{
    const auto *page = qobject_cast<const SettingsPage *>(m_stack->currentWidget());
    return !page || page->isLoaded();
}

void SettingsView::settingsChanged()
{
    // Someone made this user an administrator, or took it away: the pages follow at once.
    if (m_session.principal().admin != m_admin) {
        fill();
        return;
    }
    for (QWidget *page : std::as_const(m_pages))
        if (auto *settings = qobject_cast<SettingsPage *>(page))
            settings->refresh();
}

bool SettingsView::showPage(const QString &id)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

QString SettingsView::currentPage() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_entries.at(row).id : QString();
}

QWidget *SettingsView::page(const QString &id)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id != id)
            continue;
        if (!m_pages.at(i)) {
            QWidget *placeholder = m_stack->widget(i);
            QWidget *made = m_entries.at(i).factory(m_session, m_stack);
            m_stack->insertWidget(i, made);
            m_stack->removeWidget(placeholder);
            placeholder->deleteLater();
            m_pages[i] = made;
        }
        return m_pages.at(i);
    }
    return nullptr;
}

void SettingsView::onRowChanged(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_stack->setCurrentWidget(page(m_entries.at(row).id));
}

} // namespace Voronka::Ui
