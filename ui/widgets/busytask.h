// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/widgets/backgroundjob.h"

#include <QString>

class QWidget;

namespace Voronka::Ui {

// Runs work on files that the next step needs done (checking a backup before asking to
// restore it, the restore itself) off the UI thread, and waits for it with a window-modal
// busy dialog: the window keeps painting, the user cannot act on a file being replaced.
// Returns the work's error, empty on success.
QString runBusy(QWidget *parent, const QString &label, const BackgroundJob::Task &task);

} // namespace Voronka::Ui
