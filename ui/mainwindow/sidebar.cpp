// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "sidebar.h"

#include "ui/widgets/icons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sidebarPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(216);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::logo().pixmap(30, 30));
    auto *name = new QLabel(QStringLiteral("Voronka"), this);
    name->setObjectName(QStringLiteral("appName"));
    auto *tagline = new QLabel(tr("Sales CRM"), this);
    tagline->setObjectName(QStringLiteral("appTagline"));
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(name);
    names->addWidget(tagline);
    auto *brand = new QHBoxLayout;
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addLayout(names);
    brand->addStretch();

    m_list->setObjectName(QStringLiteral("sidebar"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Sections"));

    auto *footer =
        new QLabel(QStringLiteral("Voronka %1").arg(QCoreApplication::applicationVersion()), this);
    footer->setObjectName(QStringLiteral("sidebarFooter"));
    footer->setWordWrap(true); // a checkout's build adds its git description


    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addSpacing(22);
    layout->addWidget(m_list, 1);
    layout->addWidget(footer);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit sectionChanged(item->data(kIdRole).toString());
    });
}

void Sidebar::addSection(const QString &id, const QIcon &icon, const QString &title)
{
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setData(kIdRole, id);
    item->setToolTip(title);
}

void Sidebar::setCurrent(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

QString Sidebar::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

} // namespace Voronka::Ui
