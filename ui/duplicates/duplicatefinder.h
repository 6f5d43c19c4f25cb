// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/duplicates/duplicategroupmodel.h"
#include "ui/duplicates/mergewizard.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;

// "Find duplicates" for contacts or companies: scans the whole base off the UI thread (with
// progress and Cancel), lists the groups, shows a group's records and opens the merge wizard for
// two of them. Each merge is a step (MergeCommand) on the undo stack of the section that opened
// the finder (its own when none), so the Edit menu and Ctrl+Z undo it there and here; "Undo
// merge" undoes the stack's last step while that is a merge.
//
// Object names: duplicateScan, duplicateCancel, duplicateProgress, duplicateStatus,
// duplicateGroups, duplicateMembers, duplicateMerge, duplicateUndo, duplicateSameCompany.
class DuplicateFinder final : public QDialog
{
    Q_OBJECT
public:
    DuplicateFinder(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr);
    ~DuplicateFinder() override;

    void startScan();
    bool isScanning() const;
    DuplicateGroupModel *model() const { return m_model; }
    // The wizard currently open, for tests (it is modal in use).
    MergeWizard *wizard() const { return m_wizard; }
    // Tests drive the wizard themselves instead of a nested event loop.
    void setModalWizard(bool modal) { m_modalWizard = modal; }
    QUndoStack *undoStack() const { return m_stack; }

signals:
    void scanFinished();
    void recordsChanged(); // a merge or an undo changed the base

private:
    void scanDone(const QString &error);
    void showGroup();
    // The two records Merge… would merge: the two selected, or the group's first two.
    QList<qint64> pair() const;
    // Merge… only for a pair the user may merge one way or the other (edit one, delete the
    // other); otherwise disabled, with the reason in place of the hint.
    void updateMergeOffer();
    void openWizard();
    void wizardClosed(int result);
    void undoMerge();
    void mergeStepRan(int serial, bool undone, const QString &message);
    void updateUndoButton();
    void setScanning(bool scanning);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    DuplicateGroupModel *m_model;
    QCheckBox *m_sameCompany = nullptr;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_hint = nullptr;
    QListView *m_groups;
    QTableWidget *m_members;
    QPushButton *m_merge;
    QPushButton *m_undo;
    QPointer<QUndoStack> m_stack; // the section's may go first when the window closes
    BackgroundJob *m_job = nullptr;
    // What the worker found, handed over when it finishes.
    std::shared_ptr<QList<FoundGroup>> m_found;
    std::shared_ptr<qint64> m_scanned;
    QPointer<MergeWizard> m_wizard;
    bool m_modalWizard = true;
    // The last merge made here (its number among them), for putting its group back on undo.
    int m_serial = 0;
    int m_lastSerial = 0;
    qint64 m_lastLoser = 0;
    int m_lastRow = -1;
    FoundGroup m_lastGroup;
    bool m_lastGroupRemoved = false;
};

} // namespace Voronka::Ui
