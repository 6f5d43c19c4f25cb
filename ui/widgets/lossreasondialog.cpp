// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "lossreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

LossReasonDialog::LossReasonDialog(const QList<Core::Session::Named> &reasons,
                                   const QString &dealName, QWidget *parent)
    : QDialog(parent)
    , m_reasons(new QListWidget(this))
    , m_detail(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lossReasonDialog"));
    setWindowTitle(tr("Deal lost"));
    auto *heading = new QLabel(tr("Why was “%1” lost?").arg(dealName), this);
    heading->setObjectName(QStringLiteral("lossReasonHeading"));
    heading->setTextFormat(Qt::PlainText); // a deal name is never markup
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_reasons->setObjectName(QStringLiteral("lossReasonList"));
    m_reasons->setAccessibleName(tr("Loss reason"));
    m_reasons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasons->setUniformItemSizes(true);
    // Roomier rows than a bare list: each reason is a target to click, not a table cell.
    m_reasons->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 6px; }"));
    for (const Core::Session::Named &r : reasons) {
        auto *item = new QListWidgetItem(r.name, m_reasons);
        item->setData(Qt::UserRole, r.id);
    }
    // Short lists show whole; long ones scroll.
    const int rowHeight = m_reasons->sizeHintForRow(0) > 0 ? m_reasons->sizeHintForRow(0) : 24;
    m_reasons->setFixedHeight(qMin(int(reasons.size()), 8) * rowHeight +
                              2 * m_reasons->frameWidth() + 4);

    auto *detailLabel = new QLabel(tr("Details (optional)"), this);
    m_detail->setObjectName(QStringLiteral("lossDetail"));
    m_detail->setPlaceholderText(tr("What happened, in a few words"));
    m_detail->setMaxLength(1000);
    detailLabel->setBuddy(m_detail);

    m_buttons->setObjectName(QStringLiteral("lossReasonButtons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("lossReasonOk"));
    ok->setText(tr("Mark as lost"));
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("lossReasonCancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addSpacing(4);
    layout->addWidget(m_reasons);
    layout->addSpacing(6);
    layout->addWidget(detailLabel);
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);

    connect(m_reasons, &QListWidget::itemSelectionChanged, this,
            [this, ok] { ok->setEnabled(reasonId() != 0); });
    connect(m_reasons, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 LossReasonDialog::reasonId() const
{
    const QList<QListWidgetItem *> selected = m_reasons->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

QString LossReasonDialog::detail() const
{
    return m_detail->text().trimmed();
}

} // namespace Voronka::Ui
