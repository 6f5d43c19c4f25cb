// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

class QFormLayout;
class QVBoxLayout;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class CardEditor;

// The top of a card: the kind's icon, the name and Save, then (a deal's budget and stage)
// the responsible and the tags. Its editors are the card's values (CardEditor::addSlot).
class CardHeader final : public QWidget
{
public:
    CardHeader(CardEditor &card, Core::Session &session, QWidget *parent);

private:
    void addTitleRow(QVBoxLayout *layout);
    void addBudgetRow(QFormLayout *grid);
    void addStageRow(QFormLayout *grid);
    void addResponsibleRow(QFormLayout *grid);
    void addTagsRow(QFormLayout *grid);

    CardEditor &m_card;
    Core::Session &m_session;
};

} // namespace Voronka::Ui
