// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rolespage.h"

#include "rolematrixwidget.h"

#include "core/services/session.h"
#include "ui/settings/movetodialog.h"
#include "ui/widgets/backgroundjob.h"

#include <QCheckBox>

#include <algorithm>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

using Core::Scope;

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("settingsCardTitle", true);
    return l;
}

QPushButton *button(const char *name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}
} // namespace

RolesPage::RolesPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("roles"), tr("Roles"), parent)
    , m_admin(session)
{
    m_previewTimer = new QTimer(this);
    m_previewTimer->setObjectName(QStringLiteral("previewTimer"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &RolesPage::updatePreview);

    addRoleButtons();
    auto *panes = new QHBoxLayout;
    panes->setSpacing(16);
    panes->addWidget(rolesPanel());
    panes->addWidget(rightsPanel(), 1);
    body()->addLayout(panes, 1);
    reloadRoles(0);
}

void RolesPage::addRoleButtons()
{
    auto *add = button("roleAdd", tr("Add"), this);
    add->setProperty("settingsPrimary", true);
    m_clone = button("roleClone", tr("Clone"), this);
    m_rename = button("roleRename", tr("Rename"), this);
    m_delete = button("roleDelete", tr("Delete…"), this);
    connect(add, &QPushButton::clicked, this, &RolesPage::addRole);
    connect(m_clone, &QPushButton::clicked, this, &RolesPage::cloneRole);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_delete, &QPushButton::clicked, this, &RolesPage::deleteRole);
    for (QPushButton *b : {add, m_clone, m_rename, m_delete})
        actions()->addWidget(b);
}

QWidget *RolesPage::rolesPanel()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("roleList"));
    m_list->setAccessibleName(tr("Roles"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            selectionChanging();
    });
    connect(m_list, &QListWidget::itemChanged, this, &RolesPage::renameItem);
    QFrame *card = listCard(m_list);
    // The rights beside it need the width more than the names do (they elide).
    card->setFixedWidth(190);
    return card;
}

QWidget *RolesPage::rightsPanel()
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("roleRights"));
    m_adminBox =
        new QCheckBox(tr("Administrator: every right on every record, and the settings"), content);
    m_adminBox->setObjectName(QStringLiteral("roleAdmin"));
    connect(m_adminBox, &QCheckBox::toggled, this, [this] { formEdited(); });
    m_matrix = new RoleMatrixWidget(content);
    connect(m_matrix, &RoleMatrixWidget::edited, this, &RolesPage::formEdited);

    auto *note = new QLabel(tr("In a local or shared file these rights are enforced by Voronka and "
                               "its command line, not against someone who opens the file with "
                               "another tool; the team server enforces them for everyone."),
                            content);
    note->setObjectName(QStringLiteral("enforcementNote"));
    note->setWordWrap(true);
    note->setProperty("settingsHint", true);

    auto *lower = new QHBoxLayout;
    lower->setSpacing(24);
    lower->addWidget(optionsPanel(), 0, Qt::AlignTop);
    lower->addWidget(previewPanel(), 0, Qt::AlignTop);
    lower->addStretch();
    auto *box = new QVBoxLayout(content);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(10);
    box->addLayout(draftBar());
    box->addWidget(m_adminBox);
    box->addSpacing(4);
    box->addWidget(m_matrix);
    box->addLayout(lower);
    box->addStretch();
    box->addWidget(note);
    return content;
}

// The selected role's name, its users, and Revert and Save for its drafted rights.
QLayout *RolesPage::draftBar()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("roleTitle"));
    m_title->setProperty("settingsCardTitle", true);
    m_title->setTextFormat(Qt::PlainText);
    m_members = new QLabel(this);
    m_members->setObjectName(QStringLiteral("roleMembers"));
    m_members->setProperty("settingsHint", true);
    m_dirtyNote = new QLabel(tr("Unsaved changes"), this);
    m_dirtyNote->setObjectName(QStringLiteral("roleDirty"));
    m_dirtyNote->setProperty("settingsHint", true);
    m_revert = button("roleRevert", tr("Revert"), this);
    m_save = button("roleSave", tr("Save"), this);
    m_save->setProperty("settingsPrimary", true);
    connect(m_revert, &QPushButton::clicked, this, &RolesPage::revert);
    connect(m_save, &QPushButton::clicked, this, &RolesPage::save);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_title);
    row->addWidget(m_members, 0, Qt::AlignBaseline);
    row->addStretch();
    row->addWidget(m_dirtyNote);
    row->addWidget(m_revert);
    row->addWidget(m_save);
    return row;
}

QWidget *RolesPage::optionsPanel()
{
    auto *panel = new QWidget;
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const QList<Core::PipelineInfo> pipelines = m_session.pipelines();
    for (const Core::PipelineInfo &p : pipelines) {
        auto *combo = new QComboBox(panel);
        combo->setObjectName(QStringLiteral("pipelineCap_%1").arg(p.id));
        combo->addItem(tr("Follow the matrix"), -1);
        combo->addItem(tr("Only own deals"), int(Scope::Own));
        combo->addItem(tr("Hidden"), int(Scope::None));
        combo->setAccessibleName(tr("Deals in the pipeline %1").arg(p.name));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { formEdited(); });
        form->addRow(p.name, combo);
        m_caps.append({p.id, combo});
    }
    m_analytics = new QComboBox(panel);
    m_analytics->setObjectName(QStringLiteral("analyticsScope"));
    m_analytics->addItem(tr("Nobody's"), int(Scope::None));
    m_analytics->addItem(tr("Their own"), int(Scope::Own));
    m_analytics->addItem(tr("Their department's"), int(Scope::Department));
    m_analytics->addItem(tr("Everyone's"), int(Scope::All));
    connect(m_analytics, &QComboBox::currentIndexChanged, this, [this] { formEdited(); });
    m_import = new QCheckBox(tr("May import records from files"), panel);
    m_import->setObjectName(QStringLiteral("canImport"));
    connect(m_import, &QCheckBox::toggled, this, [this] { formEdited(); });
    auto *other = new QFormLayout;
    other->setLabelAlignment(Qt::AlignLeft);
    other->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    other->addRow(tr("Analytics figures"), m_analytics);
    other->addRow(m_import);

    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(sectionTitle(tr("Deals by pipeline"), panel));
    box->addLayout(form);
    box->addSpacing(6);
    box->addWidget(sectionTitle(tr("Other rights"), panel));
    box->addLayout(other);
    box->addStretch();
    return panel;
}

QWidget *RolesPage::previewPanel()
{
    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("rolePreview"));
    panel->setProperty("settingsCard", true);
    panel->setFixedWidth(270);
    m_previewUser = new QComboBox(panel);
    m_previewUser->setObjectName(QStringLiteral("previewUser"));
    const QList<Core::UserInfo> users = m_session.activeUsersByName();
    for (const Core::UserInfo &u : users)
        m_previewUser->addItem(u.name, u.id);
    connect(m_previewUser, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
    m_previewTitle = new QLabel(panel);
    m_previewTitle->setWordWrap(true);
    m_previewTitle->setProperty("settingsHint", true);
    auto *counts = new QFormLayout;
    const QStringList names{tr("Deals"), tr("Contacts"), tr("Companies"), tr("Tasks")};
    const char *const keys[] = {"previewDeals", "previewContacts", "previewCompanies",
                                "previewTasks"};
    for (int i = 0; i < 4; ++i) {
        auto *n = new QLabel(QStringLiteral("—"), panel);
        n->setObjectName(QLatin1String(keys[i]));
        n->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        n->setMinimumWidth(80);
        counts->addRow(names.at(i), n);
        m_previewCounts << n;
    }
    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(14, 12, 14, 12);
    box->addWidget(sectionTitle(tr("Preview"), panel));
    box->addWidget(m_previewTitle);
    box->addWidget(m_previewUser);
    box->addLayout(counts);
    box->addStretch();
    return panel;
}

// --- Loading ---

void RolesPage::reloadRoles(qint64 select)
{
    Core::Result<QList<Core::Admin::RoleInfo>> roles = m_admin.roles();
    if (!roles) {
        report(roles.error(), false);
        return;
    }
    m_roles = *roles;
    m_filling = true;
    m_list->clear();
    // On first show, the first role with rights to edit: an administrator role's matrix is all
    // "all" and greyed out, nothing to work on.
    int row = -1;
    for (int i = 0; i < m_roles.size(); ++i) {
        const Core::Admin::RoleInfo &r = m_roles.at(i);
        auto *item = new QListWidgetItem(r.name, m_list);
        item->setData(kIdRole, r.id);
        item->setData(kNameRole, r.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(r.admin ? tr("Administrator role, %n active user(s)", nullptr, r.users)
                                 : tr("%n active user(s)", nullptr, r.users));
        if (r.admin) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (r.id == select || (select == 0 && r.id == m_roleId))
            row = i;
    }
    if (row < 0)
        for (int i = 0; i < m_roles.size() && row < 0; ++i)
            if (!m_roles.at(i).admin)
                row = i;
    row = std::max(row, 0);
    m_list->setCurrentRow(m_roles.isEmpty() ? -1 : row);
    m_filling = false;
    showRole();
}

void RolesPage::showRole()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_roles.size();
    m_clone->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any && m_roles.size() > 1);
    if (!any) {
        m_roleId = 0;
        return;
    }
    const Core::Admin::RoleInfo &r = m_roles.at(row);
    m_roleId = r.id;
    m_saved = Draft{r.matrix, r.options, r.admin};
    m_draft = m_saved;
    m_title->setText(r.name);
    m_members->setText(tr("%n active user(s)", nullptr, r.users));
    m_matrix->setRoleName(r.name);
    // The preview starts on someone who has the role, when anyone does.
    for (int i = 0; i < m_previewUser->count(); ++i)
        if (m_session.user(m_previewUser->itemData(i).toLongLong()).roleId == r.id) {
            m_filling = true;
            m_previewUser->setCurrentIndex(i);
            m_filling = false;
            break;
        }
    draftToForm();
    updatePreview();
}

void RolesPage::draftToForm()
{
    m_filling = true;
    m_adminBox->setChecked(m_draft.admin);
    m_matrix->setMatrix(m_draft.matrix);
    m_matrix->setAdmin(m_draft.admin);
    for (const auto &[pipelineId, combo] : std::as_const(m_caps)) {
        const auto cap = m_draft.options.pipelineCaps.constFind(pipelineId);
        combo->setCurrentIndex(
            combo->findData(cap == m_draft.options.pipelineCaps.cend() ? -1 : int(*cap)));
        combo->setEnabled(!m_draft.admin);
    }
    m_analytics->setCurrentIndex(m_analytics->findData(int(m_draft.options.analytics)));
    m_analytics->setEnabled(!m_draft.admin);
    m_import->setChecked(m_draft.options.canImport || m_draft.admin);
    m_import->setEnabled(!m_draft.admin);
    m_filling = false;
    const bool dirty = isDirty();
    m_dirtyNote->setVisible(dirty);
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void RolesPage::formEdited()
{
    if (m_filling)
        return;
    m_draft.admin = m_adminBox->isChecked();
    m_draft.matrix = m_matrix->matrix();
    m_draft.options.pipelineCaps.clear();
    for (const auto &[pipelineId, combo] : std::as_const(m_caps))
        if (const int cap = combo->currentData().toInt(); cap >= 0)
            m_draft.options.pipelineCaps.insert(pipelineId, Scope(cap));
    m_draft.options.analytics = Scope(m_analytics->currentData().toInt());
    // An administrator's import box shows the right it has anyway; the stored flag stays.
    if (!m_draft.admin)
        m_draft.options.canImport = m_import->isChecked();
    draftToForm();
    m_previewTimer->start();
}

void RolesPage::selectionChanging()
{
    if (isDirty()) {
        QMessageBox ask(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The rights of \"%1\" have unsaved changes.").arg(m_title->text()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("roleUnsavedBox"));
        const int row = m_list->currentRow();
        const auto answer = QMessageBox::StandardButton(ask.exec());
        if (answer == QMessageBox::Cancel) {
            m_filling = true;
            for (int i = 0; i < m_roles.size(); ++i)
                if (m_roles.at(i).id == m_roleId)
                    m_list->setCurrentRow(i);
            m_filling = false;
            return;
        }
        if (answer == QMessageBox::Save) {
            save();
            // The save reloaded the list; go on to the row that was picked.
            m_filling = true;
            m_list->setCurrentRow(row);
            m_filling = false;
        }
    }
    showRole();
}

void RolesPage::updatePreview()
{
    m_previewTimer->stop();
    const qint64 userId = m_previewUser->currentData().toLongLong();
    m_previewTitle->setText(isDirty() ? tr("What this user would see with the unsaved rights:")
                                      : tr("What this user would see with these rights:"));
    if (userId == 0 || m_roleId == 0)
        return;
    const int generation = ++m_previewGeneration;
    auto result = std::make_shared<Core::Admin::Preview>();
    const Draft draft = m_draft;
    auto *job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [userId, draft, result](Core::Session &s, const BackgroundJob::Report &) -> QString {
            Core::Result<Core::Admin::Preview> p =
                Core::Admin(s).preview(userId, draft.matrix, draft.options, draft.admin);
            if (!p)
                return p.error().message;
            *result = *p;
            return {};
        },
        this);
    job->setClock(&m_session.clock());
    m_previewJobs << job;
    for (QLabel *count : std::as_const(m_previewCounts))
        count->setProperty("counting", true);
    connect(job, &BackgroundJob::finished, this,
            [this, job, generation, result](const QString &error) {
                m_previewJobs.removeAll(job);
                job->deleteLater();
                if (generation != m_previewGeneration)
                    return; // a newer draft is being counted
                if (!error.isEmpty()) {
                    showError(error);
                    return;
                }
                const qint64 counts[] = {result->deals, result->contacts, result->companies,
                                         result->tasks};
                for (int i = 0; i < 4; ++i) {
                    m_previewCounts.at(i)->setText(QLocale().toString(counts[i]));
                    m_previewCounts.at(i)->setProperty("counting", false);
                }
            });
    job->start();
}

bool RolesPage::waitForPreview(int ms)
{
    // A finished job's result arrives as a queued signal: deliver it once the worker is done.
    while (!m_previewJobs.isEmpty()) {
        QPointer<BackgroundJob> job = m_previewJobs.constFirst();
        if (!job) {
            m_previewJobs.removeFirst();
            continue;
        }
        if (!job->wait(ms))
            return false;
        QCoreApplication::sendPostedEvents();
        if (job && m_previewJobs.contains(job))
            QCoreApplication::processEvents();
    }
    return true;
}

// --- Changes ---

void RolesPage::report(const Core::Status &status, bool reloadList)
{
    if (status)
        clearMessage();
    else
        showError(status.error());
    if (reloadList)
        reloadRoles(0);
}

Core::Status RolesPage::applyDraft(qint64 roleId, const Draft &to, const Core::Origin &origin)
{
    return Core::Admin(m_session, origin).setRoleRights(roleId, to.matrix, to.options, to.admin);
}

void RolesPage::save()
{
    if (!isDirty() || m_roleId == 0)
        return;
    const std::shared_ptr<qint64> id = m_handles(m_roleId);
    const Draft before = m_saved;
    const Draft after = m_draft;
    undoStack()->push(new AdminCommand(
        m_session, tr("Change the rights of \"%1\"").arg(m_title->text()),
        [this, id, after](const Core::Origin &o) { return applyDraft(*id, after, o); },
        [this, id, before](const Core::Origin &o) { return applyDraft(*id, before, o); },
        [this](const Core::Status &st) { report(st, true); }));
}

void RolesPage::revert()
{
    m_draft = m_saved;
    draftToForm();
    updatePreview();
}

QString RolesPage::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_roles.cbegin(), m_roles.cend(), [&](const auto &r) {
            return r.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!taken)
            return name;
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

void RolesPage::pushCreation(
    const QString &text, const std::function<Core::Result<qint64>(const Core::Origin &)> &create)
{
    const std::shared_ptr<qint64> id = m_handles.fresh();
    auto made = std::make_shared<std::optional<Core::Admin::RoleInfo>>();
    const auto redo = [this, id, made, create](const Core::Origin &o) -> Core::Status {
        Core::Result<qint64> created = Core::Error{};
        if (!made->has_value()) {
            created = create(o);
        } else {
            // Undone and redone: the same role again, under a new id (one transaction: the
            // step's).
            Core::Admin admin(m_session, o);
            created = admin.createRole((*made)->name, (*made)->matrix, false);
            if (created)
                if (Core::Status st = admin.setRoleOptions(*created, (*made)->options); !st)
                    created = st.error();
        }
        if (!created)
            return created.error();
        *id = *created;
        if (!made->has_value())
            if (Core::Result<Core::Admin::RoleInfo> r = m_admin.role(*id))
                *made = *r;
        return Core::Ok{};
    };
    const auto undo = [this, id](const Core::Origin &o) -> Core::Status {
        // A new role has no users yet; any other role receives the ones it got meanwhile.
        qint64 other = 0;
        for (const auto &r : std::as_const(m_roles))
            if (r.id != *id && other == 0)
                other = r.id;
        return Core::Admin(m_session, o).deleteRole(*id, other);
    };
    undoStack()->push(new AdminCommand(m_session, text, redo, undo, [this, id](const Core::Status &st) {
        report(st, false);
        reloadRoles(*id);
    }));
}

void RolesPage::addRole()
{
    const QString name = uniqueName(tr("New role"));
    pushCreation(tr("Add the role \"%1\"").arg(name), [this, name](const Core::Origin &o) {
        // A new role starts where most teams start a salesperson: their own records.
        return Core::Admin(m_session, o).createRole(name, Core::RoleMatrix::filled(Scope::Own));
    });
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void RolesPage::cloneRole()
{
    if (m_roleId == 0)
        return;
    const qint64 source = m_roleId;
    const QString name = uniqueName(tr("%1 (copy)").arg(m_title->text()));
    pushCreation(tr("Clone the role \"%1\"").arg(m_title->text()),
                 [this, source, name](const Core::Origin &o) {
                     return Core::Admin(m_session, o).cloneRole(source, name);
                 });
}

void RolesPage::renameItem(QListWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const QString before = item->data(kNameRole).toString();
    const QString after = item->text().simplified();
    if (after == before) {
        m_filling = true;
        item->setText(before);
        m_filling = false;
        return;
    }
    const std::shared_ptr<qint64> id = m_handles(item->data(kIdRole).toLongLong());
    // Renaming updates the list in place: the item is still the view's, mid-edit.
    const auto refresh = [this, id](const Core::Status &st) {
        report(st, false);
        Core::Result<QList<Core::Admin::RoleInfo>> roles = m_admin.roles();
        if (!roles)
            return;
        m_filling = true;
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *it = m_list->item(i);
            for (const auto &r : *roles)
                if (r.id == it->data(kIdRole).toLongLong()) {
                    it->setText(r.name);
                    it->setData(kNameRole, r.name);
                }
        }
        for (auto &r : m_roles)
            for (const auto &fresh : *roles)
                if (fresh.id == r.id)
                    r.name = fresh.name;
        m_filling = false;
        if (*id == m_roleId) {
            m_title->setText(m_list->currentItem() ? m_list->currentItem()->text() : QString());
            m_matrix->setRoleName(m_title->text());
        }
    };
    undoStack()->push(new AdminCommand(
        m_session, tr("Rename the role \"%1\" to \"%2\"").arg(before, after),
        [this, id, after](const Core::Origin &o) { return Core::Admin(m_session, o).renameRole(*id, after); },
        [this, id, before](const Core::Origin &o) { return Core::Admin(m_session, o).renameRole(*id, before); }, refresh));
}

void RolesPage::deleteRole()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_roles.size() || m_roles.size() < 2)
        return;
    const Core::Admin::RoleInfo gone = m_roles.at(row);
    MoveToDialog ask({QStringLiteral("roleDeleteDialog"), QStringLiteral("roleMoveTo"), {}},
                     tr("Delete the role"),
                     tr("Delete the role \"%1\"? Its %n active user(s) will have the role "
                        "chosen below.",
                        nullptr, gone.users)
                         .arg(gone.name),
                     tr("Move users to"), tr("Delete"), this);
    for (const auto &r : std::as_const(m_roles))
        if (r.id != gone.id)
            ask.addChoice(r.name, r.id);
    if (ask.exec() != QDialog::Accepted)
        return;
    // Undone, the role comes back under a new id with its rights, and the users the deletion
    // moved that still have the role it gave them get it back: one transaction each way.
    const qint64 moveTo = ask.chosen();
    QList<qint64> members;
    for (const Core::UserInfo &u : m_session.users())
        if (u.roleId == gone.id)
            members << u.id;
    const std::shared_ptr<qint64> id = m_handles(gone.id);
    const std::shared_ptr<qint64> target = m_handles(moveTo);
    const auto redo = [this, id, target](const Core::Origin &o) {
        return Core::Admin(m_session, o).deleteRole(*id, *target);
    };
    const auto undo = [this, id, target, gone, members](const Core::Origin &o) -> Core::Status {
        Core::Admin admin(m_session, o);
        Core::Result<qint64> made = admin.createRole(gone.name, gone.matrix, gone.admin);
        if (!made)
            return made.error();
        if (Core::Status st = admin.setRoleOptions(*made, gone.options); !st)
            return st;
        for (qint64 member : members)
            if (m_session.user(member).roleId == *target)
                if (Core::Status st = admin.setUserRole(member, *made); !st)
                    return st;
        *id = *made;
        return Core::Ok{};
    };
    undoStack()->push(new AdminCommand(m_session, tr("Delete the role \"%1\"").arg(gone.name),
                                       redo, undo, [this, id](const Core::Status &st) {
                                           report(st, false);
                                           reloadRoles(*id);
                                       }));
    const bool kept = std::any_of(m_roles.cbegin(), m_roles.cend(),
                                  [&](const auto &r) { return r.id == *id; });
    reloadRoles(kept ? *id : *target);
}

} // namespace Voronka::Ui
