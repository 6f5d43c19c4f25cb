// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class PipelineSetupWidget;
class StageListWidget;

// The pipeline setup opened by the board's gear: PipelineSetupWidget with a Close button.
class PipelineSetupDialog final : public QDialog
{
    Q_OBJECT
public:
    PipelineSetupDialog(Core::Session &session, qint64 pipelineId, QWidget *parent = nullptr);

    PipelineSetupWidget *setup() const { return m_setup; }
    bool changed() const;
    qint64 pipelineId() const;
    StageListWidget *stageList() const;

private:
    PipelineSetupWidget *m_setup;
};

} // namespace Voronka::Ui
