// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/session.h"

#include <QDialog>

class QComboBox;

namespace Voronka::Ui {

// Confirms deleting a stage or a pipeline and asks where its deals go: any stage but the
// one deleted (any stage of another pipeline when a pipeline is deleted).
class MoveDealsDialog final : public QDialog
{
    Q_OBJECT
public:
    MoveDealsDialog(Core::Session &session, const QString &title, const QString &question,
                    qint64 excludedStage, qint64 excludedPipeline, qint64 preferredStage,
                    QWidget *parent = nullptr);
    qint64 targetStageId() const;

    // "Pipeline → Stage" entries of every stage except the excluded ones; data = stage id.
    static void fillStages(QComboBox *combo, Core::Session &session, qint64 excludedStage,
                           qint64 excludedPipeline);

private:
    QComboBox *m_target;
};

} // namespace Voronka::Ui
