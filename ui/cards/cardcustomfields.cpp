// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardcustomfields.h"

#include "ui/cards/cardeditor.h"
#include "core/services/session.h"
#include "ui/widgets/fieldeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QVBoxLayout>

namespace Voronka::Ui {

CardCustomFields::CardCustomFields(CardEditor &card, Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_card(card)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QMap<QString, QList<Core::FieldDef>> groups;
    QStringList order;
    for (const Core::FieldDef &def : m_session.fieldDefs(m_card.kind())) {
        const QString group = def.group.isEmpty() ? CardEditor::tr("More fields") : def.group;
        if (!order.contains(group))
            order << group;
        groups[group] << def;
    }
    for (const QString &group : std::as_const(order)) {
        layout->addWidget(CardEditor::sectionHeader(group, this));
        auto *form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setHorizontalSpacing(14);
        form->setVerticalSpacing(8);
        layout->addLayout(form);
        for (const Core::FieldDef &def : groups.value(group)) {
            auto *editor = new FieldEditor(def, m_card.m_today, this);
            editor->editor()->setObjectName(QStringLiteral("field_%1").arg(def.id));
            editor->setValue(m_card.m_record.value(def.key()));
            editor->setReadOnly(def.readOnly);
            if (def.readOnly)
                editor->setToolTip(
                    CardEditor::tr("Read-only: set by the administrator or an integration."));
            m_card.addSlot(
                def.key(), editor, [editor] { return editor->value(); },
                [editor](const QVariant &v) { editor->setValue(v); });
            connect(editor, &FieldEditor::edited, this,
                    [this, key = def.key()] { m_card.edited(key); });
            form->addRow(m_card.row(def.name, editor, def.key()));
        }
    }
}

} // namespace Voronka::Ui
