// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

// What the admin commands share inside voronka-cli: the words of the role matrix and the
// runner whose methods are the commands (users in admincommands.cpp, roles and departments in
// rolecommands.cpp). Not an interface of the CLI: admincommands.h is.
#include "admincommands.h"
#include "cli.h"

#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/session.h"

#include <QJsonValue>

#include <array>

namespace Voronka::Cli::AdminCommands {

using namespace Core;

// The words of the matrix, in the order of PermEntity, PermAction and Scope.
constexpr std::array<const char *, kPermEntities> kEntityWords = {"deal", "contact", "company",
                                                                  "task"};
constexpr std::array<const char *, kPermActions> kActionWords = {"view", "create", "edit", "delete",
                                                                 "export"};
constexpr std::array<const char *, 4> kScopeWords = {"none", "own", "department", "all"};

template<std::size_t N>
inline int wordIndex(const std::array<const char *, N> &words, const QString &w)
{
    for (std::size_t i = 0; i < N; ++i)
        if (w.compare(QLatin1String(words[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

template<std::size_t N> inline QString wordList(const std::array<const char *, N> &words)
{
    QStringList out;
    for (const char *w : words)
        out << QLatin1String(w);
    return out.join(u'|');
}

inline QString scopeWord(Scope s)
{
    return QLatin1String(kScopeWords[std::size_t(s)]);
}

inline QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

inline bool sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

class Runner
{
public:
    Runner(Session &s, const AdminRequest &r, bool json, QTextStream &out, QTextStream &err)
        : m_s(s)
        , m_admin(s)
        , m_r(r)
        , m_json(json)
        , m_out(out)
        , m_err(err)
    {
    }
    int run();

private:
    int fail(const QString &message) { return dataError(m_err, message); }
    int fail(const Error &e) { return fail(e.message); }
    // A service's refusal, prefixed with what it was about unless the message names it
    // already (an email, or a name in quotes as core's messages write them).
    int fail(const QString &subject, const QString &name, const Error &e)
    {
        if (e.message.contains(u'"' + name + u'"', Qt::CaseInsensitive) ||
            (name.contains(u'@') && e.message.contains(name, Qt::CaseInsensitive)))
            return fail(e.message);
        return fail(QStringLiteral("%1: %2").arg(subject, e.message));
    }
    QString option(const char *name) const { return m_r.options.value(QLatin1String(name)); }
    bool has(const char *name) const { return m_r.options.contains(QLatin1String(name)); }
    bool flag(const char *name) const { return m_r.flags.contains(QLatin1String(name)); }
    void print(const QJsonValue &json, const QString &text);
    void table(const QList<QStringList> &rows);

    Result<UserInfo> user(const QString &email);
    // The roles and departments, read once per run.
    Result<QList<Admin::RoleInfo>> roles();
    Result<QList<Admin::DepartmentInfo>> departments();
    Result<Admin::RoleInfo> role(const QString &name);
    Result<Admin::DepartmentInfo> department(const QString &name);
    QString roleName(qint64 id);
    QString departmentName(qint64 id);
    // The new password by --password-stdin, --generate or VORONKA_NEW_PASSWORD / a prompt.
    Result<QString> newPassword(const QString &email);
    Auth::Strength strength();
    QHash<qint64, qint64> lastSignIns();

    int userList();
    int userAdd();
    int userSet();
    int userDeactivate();
    int userReactivate();
    int userPasswd();
    int roleList();
    int roleShow();
    int roleSet();
    int roleClone();
    int departmentList();
    int departmentAdd();
    int departmentRename();

    Session &m_s;
    Admin m_admin;
    const AdminRequest &m_r;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    QList<Admin::RoleInfo> m_roles;
    QList<Admin::DepartmentInfo> m_departments;
};

} // namespace Voronka::Cli::AdminCommands
