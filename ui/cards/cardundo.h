// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/cards/cardeditor.h"

#include <QUndoCommand>
#include <QVariant>

namespace Voronka::Ui {

// One edit of one value of a card. Edits of the same field in a row merge into one step, so
// Ctrl+Z takes back what was typed into a field, not a letter.
class CardSetValue final : public QUndoCommand
{
public:
    CardSetValue(CardEditor *card, QString key, QVariant before, QVariant after)
        : m_card(card)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(CardEditor::tr("Edit"));
    }

    void undo() override { m_card->applyValue(m_key, m_before); }
    void redo() override { m_card->applyValue(m_key, m_after); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const CardSetValue *>(other);
        if (o->m_key != m_key)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    CardEditor *m_card;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
};

} // namespace Voronka::Ui
