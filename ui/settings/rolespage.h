// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"
#include "ui/settings/settingspage.h"

#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace Voronka::Ui {

class BackgroundJob;

class RoleMatrixWidget;

// Settings → Roles: the roles on the left (administrators first; add, clone, rename, delete
// moving the users to another role), the selected role's rights on the right: the matrix, a
// cap per pipeline on deals, whose analytics its users see, import, administrator. Edits of
// the rights are a draft until Save (Revert discards it); a preview counts what a chosen user
// would see under the draft. Saves, renames, additions and clones go on the page's undo stack.
class RolesPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit RolesPage(Core::Session &session, QWidget *parent = nullptr);

    qint64 currentRoleId() const { return m_roleId; }
    bool isDirty() const { return !(m_draft == m_saved); }
    // Counts what the preview user would see under the draft; the page does it on a short
    // timer after each edit, so a run of clicks costs one count. The counting runs in a worker
    // (a department's share of a million deals, contacts and tasks takes seconds), and only
    // the newest count is shown.
    void updatePreview();
    // Waits for the running counts to arrive (tests).
    bool waitForPreview(int ms = 30'000);
    bool isLoaded() const override { return m_previewJobs.isEmpty(); }
    void save();
    void revert();

private:
    // What Save writes: the role's rights (its name is renamed at once, not drafted).
    struct Draft
    {
        Core::RoleMatrix matrix;
        Core::Admin::RoleOptions options;
        bool admin = false;
        bool operator==(const Draft &) const = default;
    };

    void reload() override { reloadRoles(0); }
    void refresh() override
    {
        if (!isDirty())
            reloadRoles(0);
    }
    void addRoleButtons();
    QWidget *rolesPanel();
    QWidget *rightsPanel();
    QLayout *draftBar();
    QWidget *optionsPanel();
    QWidget *previewPanel();

    void reloadRoles(qint64 select);
    void showRole();
    void draftToForm();
    void formEdited();
    void selectionChanging();

    void addRole();
    void cloneRole();
    void renameItem(QListWidgetItem *item);
    void deleteRole();
    // Pushes a step that creates a role with `create` and, undone, deletes it again.
    void pushCreation(const QString &text,
                      const std::function<Core::Result<qint64>(const Core::Origin &)> &create);
    // Saves the draft as the role's rights (one core call, one transaction).
    Core::Status applyDraft(qint64 roleId, const Draft &to, const Core::Origin &origin);
    QString uniqueName(const QString &base) const;
    void report(const Core::Status &status, bool reloadList);

    Core::Admin m_admin;
    IdHandles m_handles;
    QList<Core::Admin::RoleInfo> m_roles;
    qint64 m_roleId = 0;
    Draft m_saved;
    Draft m_draft;
    bool m_filling = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_clone = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_members = nullptr;
    QCheckBox *m_adminBox = nullptr;
    RoleMatrixWidget *m_matrix = nullptr;
    QList<std::pair<qint64, QComboBox *>> m_caps;
    QComboBox *m_analytics = nullptr;
    QCheckBox *m_import = nullptr;
    QComboBox *m_previewUser = nullptr;
    QList<QLabel *> m_previewCounts;
    QLabel *m_previewTitle = nullptr;
    QTimer *m_previewTimer = nullptr;
    QList<QPointer<BackgroundJob>> m_previewJobs;
    int m_previewGeneration = 0;
    QLabel *m_dirtyNote = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Voronka::Ui
