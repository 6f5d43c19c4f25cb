// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "movedealsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Voronka::Ui {

MoveDealsDialog::MoveDealsDialog(Core::Session &session, const QString &title,
                                 const QString &question, qint64 excludedStage,
                                 qint64 excludedPipeline, qint64 preferredStage, QWidget *parent)
    : QDialog(parent)
    , m_target(new QComboBox(this))
{
    setObjectName(QStringLiteral("moveDealsDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("moveDealsQuestion"));
    text->setTextFormat(Qt::PlainText); // names are never markup
    text->setWordWrap(true);

    m_target->setObjectName(QStringLiteral("moveDealsTarget"));
    m_target->setAccessibleName(tr("Move the deals to"));
    fillStages(m_target, session, excludedStage, excludedPipeline);
    m_target->setCurrentIndex(std::max(0, m_target->findData(preferredStage)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("moveDealsButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("moveDealsOk"));
    ok->setText(tr("Delete"));
    ok->setEnabled(m_target->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("moveDealsCancel"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Move the deals to"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 MoveDealsDialog::targetStageId() const
{
    return m_target->currentData().toLongLong();
}

void MoveDealsDialog::fillStages(QComboBox *combo, Core::Session &session, qint64 excludedStage,
                                 qint64 excludedPipeline)
{
    combo->clear();
    for (const Core::PipelineInfo &p : session.pipelines()) {
        if (p.id == excludedPipeline)
            continue;
        for (const Core::StageInfo &s : p.stages)
            if (s.id != excludedStage)
                combo->addItem(QStringLiteral("%1 → %2").arg(p.name, s.name), s.id);
    }
}

} // namespace Voronka::Ui
