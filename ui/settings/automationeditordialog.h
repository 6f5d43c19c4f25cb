// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/automation/stageautomation.h"
#include "core/services/session.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace Voronka::Ui {

// Adds or edits one stage automation. OK hands the automation to `save` (a core call); a
// refusal is shown in the dialog beside the buttons and the dialog stays open.
class AutomationEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Core::Status(const Core::StageAutomation &)>;
    AutomationEditorDialog(Core::Session &session, const Core::StageAutomation &automation,
                           Save save, QWidget *parent = nullptr);

    Core::StageAutomation automation() const;
    // One line a person reads in the stage's list: "Create task «Call» due in 1 day for
    // the deal's responsible".
    static QString summary(Core::Session &session, const Core::StageAutomation &automation);

    void accept() override;

private:
    QWidget *taskPage();
    QWidget *responsiblePage();
    QWidget *tagPage();
    QWidget *movePage();
    void load(const Core::StageAutomation &a);
    void updateDueControls();

    Core::Session &m_session;
    Core::StageAutomation m_base;
    Save m_save;
    QComboBox *m_action;
    QStackedWidget *m_pages;
    QComboBox *m_taskType = nullptr;
    QLineEdit *m_taskText = nullptr;
    QComboBox *m_dueMode = nullptr;
    QSpinBox *m_dueAmount = nullptr;
    QComboBox *m_dueUnit = nullptr;
    QComboBox *m_taskResponsible = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_onCreate;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Voronka::Ui
