// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class CardEditor;

// The card's standard fields not in its header (a contact's phones, a deal's close date...),
// under "Details".
class CardDetails final : public QWidget
{
public:
    CardDetails(CardEditor &card, Core::Session &session, QWidget *parent);

private:
    CardEditor &m_card;
    Core::Session &m_session;
};

} // namespace Voronka::Ui
