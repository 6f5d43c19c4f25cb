// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/fields/fieldtypes.h"
#include "core/util/result.h"
#include "ui/widgets/admincommand.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The admin's custom fields of deals, contacts and companies: add, edit (name, group,
// choices in order, required from a stage, read-only), reorder, archive and restore. Every
// change is written at once through core (Admin, FieldSetup) and goes on the undo stack (undoing
// an addition archives the field: a card may hold a value already); a field's type is fixed.
// Shown by its dialog and the Settings page.
class FieldSetupWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit FieldSetupWidget(Core::Session &session, QWidget *parent = nullptr)
        : FieldSetupWidget(session, nullptr, parent)
    {
    }
    // With the stack of a host (a Settings page, whose header has Undo and Redo) the steps go
    // there and the widget shows no Undo and Redo of its own.
    FieldSetupWidget(Core::Session &session, QUndoStack *hostUndo, QWidget *parent);

    void setKind(Core::EntityKind kind);
    QUndoStack *undoStack() const { return m_undo; }

private:
    void reload(qint64 select = 0);
    void showField();
    void startNew();
    void save();
    void move(int delta);
    void toggleArchived();
    qint64 currentId() const;
    bool currentArchived() const;
    void showError(const QString &message);
    Core::FieldDef stored(qint64 id) const;
    // Runs redo now and keeps the step for Undo; a refusal is shown (the form keeps what was
    // typed) and leaves nothing to undo.
    void push(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
              std::shared_ptr<qint64> select);

    Core::Session &m_session;
    QUndoStack *m_undo;
    IdHandles m_handles;
    Core::EntityKind m_kind = Core::EntityKind::Deal;
    qint64 m_editing = 0; // 0: a new field
    QComboBox *m_kindBox;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_typeNote;
    QComboBox *m_group;
    QPlainTextEdit *m_options;
    QComboBox *m_required;
    QCheckBox *m_readOnly;
    QLabel *m_error;
    QPushButton *m_archive;
};

} // namespace Voronka::Ui
