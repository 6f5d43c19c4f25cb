// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class CardEditor;

// The custom fields of the record's kind, under the admin's group headings.
class CardCustomFields final : public QWidget
{
public:
    CardCustomFields(CardEditor &card, Core::Session &session, QWidget *parent);

private:
    CardEditor &m_card;
    Core::Session &m_session;
};

} // namespace Voronka::Ui
