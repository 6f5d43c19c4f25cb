// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class PipelineSetupWidget;

// Settings → Pipelines: the pipeline setup the board's gear also opens, as a page.
class PipelinesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinesPage(Core::Session &session, QWidget *parent = nullptr);

    PipelineSetupWidget *setup() const { return m_setup; }

private:
    PipelineSetupWidget *m_setup;
};

} // namespace Voronka::Ui
