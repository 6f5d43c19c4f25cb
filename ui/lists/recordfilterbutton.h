// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recordfilter.h"

#include <QToolButton>

class QComboBox;
class QFrame;
class QLineEdit;
class QListWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The contacts or companies list's "Filters" button and its panel: responsible, tags, the
// creation period (with presets relative to today) and one condition on a custom field.
// Every change applies at once; the button's text counts the active conditions.
class RecordFilterButton final : public QToolButton
{
    Q_OBJECT
public:
    RecordFilterButton(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr);

    Core::RecordFilter filter() const;
    void clear();
    QFrame *panel() const { return m_panel; }
    void showPanel();

signals:
    void changed();

private:
    void fillChoices();
    void fillOps();
    void updateValueEditors();
    void emitChanged();
    Core::FieldCondition condition() const;

    Core::Session &m_session;
    Core::EntityKind m_kind;
    QFrame *m_panel;
    QListWidget *m_responsible;
    QListWidget *m_tags;
    QComboBox *m_period;
    QComboBox *m_field;
    QComboBox *m_op;
    QComboBox *m_option;
    QLineEdit *m_value;
    QLineEdit *m_to;
    bool m_filled = false;
    bool m_loading = false;
};

} // namespace Voronka::Ui
