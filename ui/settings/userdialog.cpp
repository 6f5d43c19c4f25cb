// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "userdialog.h"

#include "ui/settings/passwordfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

UserDialog::UserDialog(Core::Session &session, const Core::UserInfo &user, Submit submit,
                       QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_adding(user.id == 0)
    , m_email(new QLineEdit(user.email, this))
    , m_name(new QLineEdit(user.name, this))
    , m_role(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(m_adding ? tr("Add a user") : tr("Edit %1").arg(user.name));
    m_email->setObjectName(QStringLiteral("userEmail"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMaxLength(255);
    m_role->setObjectName(QStringLiteral("userRole"));
    m_department->setObjectName(QStringLiteral("userDepartment"));
    m_error->setObjectName(QStringLiteral("userError"));
    m_error->setProperty("settingsError", true);
    m_error->setWordWrap(true);
    m_error->hide();

    Core::Admin admin(session);
    if (Core::Result<QList<Core::Admin::RoleInfo>> roles = admin.roles())
        for (const Core::Admin::RoleInfo &r : *roles)
            m_role->addItem(r.name, r.id);
    m_department->addItem(tr("No department"), qint64(0));
    if (Core::Result<QList<Core::Admin::DepartmentInfo>> deps = admin.departments())
        for (const Core::Admin::DepartmentInfo &d : *deps)
            m_department->addItem(d.name, d.id);
    if (m_adding && m_role->count() > 0) {
        // A new colleague is most often not an administrator: the first non-admin role.
        if (Core::Result<QList<Core::Admin::RoleInfo>> roles = admin.roles())
            for (const Core::Admin::RoleInfo &r : *roles)
                if (!r.admin) {
                    m_role->setCurrentIndex(m_role->findData(r.id));
                    break;
                }
    } else {
        m_role->setCurrentIndex(qMax(0, m_role->findData(user.roleId)));
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(user.departmentId)));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Department"), m_department);
    if (m_adding) {
        m_password = new PasswordField(QStringLiteral("userPassword"), this);
        form->addRow(tr("Password"), m_password);
        auto *hint = new QLabel(tr("Generate one to see it once and copy it for your colleague; "
                                   "they can change it in My profile."),
                                this);
        hint->setProperty("settingsHint", true);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("userSave"));
    ok->setText(m_adding ? tr("Add user") : tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("userCancel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UserDialog::submit()
{
    Values v;
    v.user.email = m_email->text();
    v.user.name = m_name->text();
    v.user.roleId = m_role->currentData().toLongLong();
    v.user.departmentId = m_department->currentData().toLongLong();
    if (m_password)
        v.password = m_password->text();
    if (m_adding && v.user.name.trimmed().isEmpty()) {
        m_error->setText(tr("Name: enter the colleague's name."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    if (m_adding && v.password.isEmpty()) {
        m_error->setText(tr("Password: type one or press Generate."));
        m_error->show();
        m_password->setFocus();
        return;
    }
    const Core::Status st = m_submit(v);
    if (st) {
        accept();
        return;
    }
    m_error->setText(st.error().message);
    m_error->show();
    const QString &field = st.error().field;
    if (field == u"email")
        m_email->setFocus();
    else if (field == u"name")
        m_name->setFocus();
    else if (field == u"role_id")
        m_role->setFocus();
    else if (field == u"department_id")
        m_department->setFocus();
    else if (field == u"password" && m_password)
        m_password->setFocus();
}

} // namespace Voronka::Ui
