// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/merge.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Merges two contacts or two companies: both records side by side, a radio per field choosing
// whose value stays, which record survives, and a summary of what moves to it. The merge runs
// through Core::Merge in one transaction; the result's mergeId undoes it.
//
// Object names: mergeKeepA/B (survivor), mergeField_<key>_a/_b (a field's winner),
// mergeUnite, mergeSummary, mergeButton, mergeError.
class MergeWizard final : public QDialog
{
    Q_OBJECT
public:
    MergeWizard(Core::Session &session, Core::EntityKind kind, qint64 firstId, qint64 secondId,
                QWidget *parent = nullptr);

    // After accept(): what was merged.
    qint64 mergeId() const { return m_result.mergeId; }
    qint64 survivorId() const;
    qint64 loserId() const;
    const Core::MergeSummary &summary() const { return m_result; }
    // After accept(): the choices it merged with (a redo merges again with them).
    const Core::MergePlan &plan() const { return m_plan; }
    bool loaded() const { return !m_fields.isEmpty(); }

private:
    void build();
    void addKeepRow(QGridLayout *grid);
    int addFieldRows(QGridLayout *grid, int row);
    void addFooter(QVBoxLayout *layout);
    void updateSummary();
    void runMerge();

    Core::Session &m_session;
    Core::EntityKind m_kind;
    qint64 m_ids[2];
    QString m_names[2];
    QList<Core::MergeField> m_fields;
    QList<QButtonGroup *> m_choices; // per shown field: id 0 = first record, 1 = second
    QList<QString> m_choiceKeys;
    QRadioButton *m_keep[2] = {nullptr, nullptr};
    QCheckBox *m_unite = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    Core::MergeSummary m_result;
    Core::MergePlan m_plan;
};

} // namespace Voronka::Ui
