// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "admincommands.h"

#include "adminrunner.h"
#include "password.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Voronka::Cli {

using namespace Core;

namespace {

// What each command takes: positional words, options with a value and flags (each a
// space-separated list), and its synopsis for usage messages.
struct Spec
{
    const char *noun, *verb;
    int minWords, maxWords;
    const char *options, *flags, *synopsis;
};

// clang-format off
constexpr Spec kSpecs[] = {
    {"user", "list", 0, 0, "", "", "user list"},
    {"user", "add", 1, 1, "--name --role --department", "--password-stdin --generate",
     "user add EMAIL --name NAME --role ROLE [--department DEP] [--password-stdin|--generate]"},
    {"user", "set", 1, 1, "--name --email --role --department", "--no-department",
     "user set EMAIL [--name NAME] [--email NEW] [--role ROLE] [--department DEP|--no-department]"},
    {"user", "deactivate", 1, 1, "--handover", "", "user deactivate EMAIL [--handover EMAIL]"},
    {"user", "reactivate", 1, 1, "", "", "user reactivate EMAIL"},
    {"user", "passwd", 1, 1, "", "--password-stdin --generate",
     "user passwd EMAIL [--password-stdin|--generate]"},
    {"role", "list", 0, 0, "", "", "role list"},
    {"role", "show", 1, 1, "", "", "role show ROLE"},
    {"role", "set", 3, 4, "", "", "role set ROLE ENTITY ACTION SCOPE"},
    {"role", "clone", 2, 2, "", "", "role clone ROLE NEWNAME"},
    {"department", "list", 0, 0, "", "", "department list"},
    {"department", "add", 1, 1, "", "", "department add NAME"},
    {"department", "rename", 2, 2, "", "", "department rename NAME NEWNAME"},
};
// clang-format on

bool listed(const char *list, const QString &word)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts).contains(word);
}

} // namespace

namespace AdminCommands {

void Runner::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << doc.toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_out << text << "\n";
    }
}

// Columns padded to their widest cell, two spaces apart.
void Runner::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        m_out << line << "\n";
    }
}

Result<UserInfo> Runner::user(const QString &email)
{
    for (const UserInfo &u : m_s.users())
        if (u.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return u;
    return makeError(Error::Code::NotFound, QStringLiteral("no user with the email %1.").arg(email),
                     entityKey(EntityKind::User), QStringLiteral("email"));
}

Result<QList<Admin::RoleInfo>> Runner::roles()
{
    if (m_roles.isEmpty()) {
        Result<QList<Admin::RoleInfo>> all = m_admin.roles();
        if (!all)
            return all.error();
        m_roles = *all;
    }
    return m_roles;
}

Result<QList<Admin::DepartmentInfo>> Runner::departments()
{
    if (m_departments.isEmpty()) {
        Result<QList<Admin::DepartmentInfo>> all = m_admin.departments();
        if (!all)
            return all.error();
        m_departments = *all;
    }
    return m_departments;
}

Result<Admin::RoleInfo> Runner::role(const QString &name)
{
    Result<QList<Admin::RoleInfo>> all = roles();
    if (!all)
        return all.error();
    QStringList names;
    for (const Admin::RoleInfo &r : *all) {
        if (sameName(r.name, name))
            return r;
        names << r.name;
    }
    return makeError(
        Error::Code::NotFound,
        QStringLiteral("no role named \"%1\" (roles: %2).").arg(name, names.join(u", ")),
        entityKey(EntityKind::Role), QStringLiteral("name"));
}

Result<Admin::DepartmentInfo> Runner::department(const QString &name)
{
    Result<QList<Admin::DepartmentInfo>> all = departments();
    if (!all)
        return all.error();
    for (const Admin::DepartmentInfo &d : *all)
        if (sameName(d.name, name))
            return d;
    return makeError(Error::Code::NotFound, QStringLiteral("no department named \"%1\".").arg(name),
                     entityKey(EntityKind::Department), QStringLiteral("name"));
}

QString Runner::roleName(qint64 id)
{
    if (Result<QList<Admin::RoleInfo>> all = roles())
        for (const Admin::RoleInfo &r : *all)
            if (r.id == id)
                return r.name;
    return {};
}

QString Runner::departmentName(qint64 id)
{
    if (Result<QList<Admin::DepartmentInfo>> all = departments())
        for (const Admin::DepartmentInfo &d : *all)
            if (d.id == id)
                return d.name;
    return {};
}

Result<QString> Runner::newPassword(const QString &email)
{
    QString password;
    if (flag("--generate")) {
        password = Admin::generatePassword();
    } else if (flag("--password-stdin")) {
        password = readStdinLine();
    } else {
        QString problem;
        std::optional<QString> typed =
            readNewPassword(QStringLiteral("New password for %1: ").arg(email), problem);
        if (!typed)
            return makeError(Error::Code::Invalid,
                             QStringLiteral("user %1: %2").arg(email, problem),
                             entityKey(EntityKind::User), QStringLiteral("password"));
        password = *typed;
    }
    if (password.size() < 4)
        return makeError(
            Error::Code::Invalid,
            QStringLiteral("user %1: the new password needs at least 4 characters.").arg(email),
            entityKey(EntityKind::User), QStringLiteral("password"));
    return password;
}

// New passwords follow the file's strength (Auth::strengthOfFile): a demo file's stay quick,
// a real team's file never gets a cheap hash.
Auth::Strength Runner::strength()
{
    return Auth::strengthOfFile(m_s.db());
}

QHash<qint64, qint64> Runner::lastSignIns()
{
    Result<QHash<qint64, qint64>> all = Auth::lastSignIns(m_s.db());
    return all ? *all : QHash<qint64, qint64>{};
}

int Runner::run()
{
    if (!m_s.principal().admin)
        return fail(QStringLiteral("%1 is not an administrator; %2 %3 needs one.")
                        .arg(m_s.actor().email, m_r.noun, m_r.verb));
    const QString key = m_r.noun + u' ' + m_r.verb;
    using Command = int (Runner::*)();
    static const QHash<QString, Command> commands = {
        {QStringLiteral("user list"), &Runner::userList},
        {QStringLiteral("user add"), &Runner::userAdd},
        {QStringLiteral("user set"), &Runner::userSet},
        {QStringLiteral("user deactivate"), &Runner::userDeactivate},
        {QStringLiteral("user reactivate"), &Runner::userReactivate},
        {QStringLiteral("user passwd"), &Runner::userPasswd},
        {QStringLiteral("role list"), &Runner::roleList},
        {QStringLiteral("role show"), &Runner::roleShow},
        {QStringLiteral("role set"), &Runner::roleSet},
        {QStringLiteral("role clone"), &Runner::roleClone},
        {QStringLiteral("department list"), &Runner::departmentList},
        {QStringLiteral("department add"), &Runner::departmentAdd},
        {QStringLiteral("department rename"), &Runner::departmentRename},
    };
    const Command c = commands.value(key);
    return c ? (this->*c)() : fail(QStringLiteral("unknown command %1.").arg(key));
}

// --- Users ---

int Runner::userList()
{
    QList<UserInfo> users = m_s.users().values();
    std::sort(users.begin(), users.end(), [](const UserInfo &a, const UserInfo &b) {
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    });
    const QHash<qint64, qint64> signIns = lastSignIns();
    QJsonArray json;
    QList<QStringList> rows{{QStringLiteral("EMAIL"), QStringLiteral("NAME"),
                             QStringLiteral("ROLE"), QStringLiteral("DEPARTMENT"),
                             QStringLiteral("ACTIVE"), QStringLiteral("LAST SIGN-IN")}};
    for (const UserInfo &u : std::as_const(users)) {
        const qint64 at = signIns.value(u.id);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        json.append(QJsonObject{
            {QStringLiteral("email"), u.email},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("role"), roleName(u.roleId)},
            {QStringLiteral("department"),
             u.departmentId ? QJsonValue(departmentName(u.departmentId)) : QJsonValue()},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("last_sign_in"),
             at ? QJsonValue(when.toString(Qt::ISODate)) : QJsonValue()}});
        rows.append({u.email, u.name, roleName(u.roleId), departmentName(u.departmentId),
                     yesNo(u.active),
                     at ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("never")});
    }
    if (m_json)
        print(json, {});
    else
        table(rows);
    return Success;
}

int Runner::userAdd()
{
    const QString email = m_r.words.at(0).trimmed().toLower();
    Result<Admin::RoleInfo> r = role(option("--role"));
    if (!r)
        return fail(r.error());
    qint64 departmentId = 0;
    if (has("--department")) {
        Result<Admin::DepartmentInfo> d = department(option("--department"));
        if (!d)
            return fail(d.error());
        departmentId = d->id;
    }
    if (user(email))
        return fail(QStringLiteral("user %1 already exists.").arg(email));
    Result<QString> password = newPassword(email);
    if (!password)
        return fail(password.error());
    Result<qint64> id = m_admin.createUser(
        email, option("--name"), Auth::hashPassword(*password, strength()), r->id, departmentId);
    if (!id)
        return fail(QStringLiteral("user ") + email, email, id.error());
    QJsonObject json{{QStringLiteral("email"), email},
                     {QStringLiteral("name"), option("--name").simplified()},
                     {QStringLiteral("role"), r->name},
                     {QStringLiteral("department"),
                      departmentId ? QJsonValue(departmentName(departmentId)) : QJsonValue()}};
    QString text = QStringLiteral("Added %1 (%2) with the role %3")
                       .arg(email, option("--name").simplified(), r->name);
    if (departmentId)
        text += QStringLiteral(" in %1").arg(departmentName(departmentId));
    if (flag("--generate")) {
        // Shown this once: only its hash is kept.
        json.insert(QStringLiteral("password"), *password);
        text += QStringLiteral("\nPassword: %1").arg(*password);
    }
    print(json, text);
    return Success;
}

int Runner::userSet()
{
    Result<UserInfo> u = user(m_r.words.at(0));
    if (!u)
        return fail(u.error());
    Admin::UserEdit edit{u->email, u->name, u->roleId, u->departmentId};
    if (has("--name"))
        edit.name = option("--name");
    if (has("--email"))
        edit.email = option("--email");
    if (has("--role")) {
        Result<Admin::RoleInfo> r = role(option("--role"));
        if (!r)
            return fail(r.error());
        edit.roleId = r->id;
    }
    if (has("--department")) {
        Result<Admin::DepartmentInfo> d = department(option("--department"));
        if (!d)
            return fail(d.error());
        edit.departmentId = d->id;
    }
    if (flag("--no-department"))
        edit.departmentId = 0;
    QStringList changed;
    if (edit.name.simplified() != u->name)
        changed << QStringLiteral("name");
    if (edit.email.trimmed().toLower() != u->email.toLower())
        changed << QStringLiteral("email");
    if (edit.roleId != u->roleId)
        changed << QStringLiteral("role");
    if (edit.departmentId != u->departmentId)
        changed << QStringLiteral("department");
    if (!changed.isEmpty())
        if (Status st = m_admin.updateUser(u->id, edit); !st)
            return fail(QStringLiteral("user ") + u->email, u->email, st.error());
    print(QJsonObject{{QStringLiteral("email"), edit.email.trimmed().toLower()},
                      {QStringLiteral("changed"), QJsonArray::fromStringList(changed)}},
          changed.isEmpty()
              ? QStringLiteral("%1: nothing to change").arg(u->email)
              : QStringLiteral("%1: changed %2").arg(u->email, changed.join(QStringLiteral(", "))));
    return Success;
}

int Runner::userDeactivate()
{
    Result<UserInfo> u = user(m_r.words.at(0));
    if (!u)
        return fail(u.error());
    qint64 toId = 0;
    QString toEmail;
    if (has("--handover")) {
        Result<UserInfo> to = user(option("--handover"));
        if (!to)
            return fail(to.error());
        toId = to->id;
        toEmail = to->email;
    }
    Result<Admin::Handover> h = m_admin.deactivateUser(u->id, toId);
    if (!h)
        return fail(QStringLiteral("user ") + u->email, u->email, h.error());
    QJsonObject json{{QStringLiteral("email"), u->email},
                     {QStringLiteral("handover_to"), toId ? QJsonValue(toEmail) : QJsonValue()}};
    QString text = QStringLiteral("Deactivated %1").arg(u->email);
    if (toId) {
        json.insert(QStringLiteral("moved"),
                    QJsonObject{{QStringLiteral("deals"), h->deals.size()},
                                {QStringLiteral("contacts"), h->contacts.size()},
                                {QStringLiteral("companies"), h->companies.size()},
                                {QStringLiteral("tasks"), h->tasks.size()}});
        text += QStringLiteral("; handed over to %1: %2 deals, %3 contacts, %4 companies, "
                               "%5 open tasks")
                    .arg(toEmail)
                    .arg(h->deals.size())
                    .arg(h->contacts.size())
                    .arg(h->companies.size())
                    .arg(h->tasks.size());
    } else {
        text += QStringLiteral("; their records stay assigned to them");
    }
    print(json, text);
    return Success;
}

int Runner::userReactivate()
{
    Result<UserInfo> u = user(m_r.words.at(0));
    if (!u)
        return fail(u.error());
    if (u->active)
        return fail(QStringLiteral("user %1 is already active.").arg(u->email));
    if (Status st = m_admin.reactivateUser(u->id); !st)
        return fail(QStringLiteral("user ") + u->email, u->email, st.error());
    print(QJsonObject{{QStringLiteral("email"), u->email}, {QStringLiteral("active"), true}},
          QStringLiteral("Reactivated %1").arg(u->email));
    return Success;
}

int Runner::userPasswd()
{
    Result<UserInfo> u = user(m_r.words.at(0));
    if (!u)
        return fail(u.error());
    Result<QString> password = newPassword(u->email);
    if (!password)
        return fail(password.error());
    if (Status st = m_admin.setPassword(u->id, Auth::hashPassword(*password, strength())); !st)
        return fail(QStringLiteral("user ") + u->email, u->email, st.error());
    QJsonObject json{{QStringLiteral("email"), u->email}};
    QString text = QStringLiteral("Set a new password for %1").arg(u->email);
    if (flag("--generate")) {
        json.insert(QStringLiteral("password"), *password);
        text += QStringLiteral("\nPassword: %1").arg(*password);
    }
    print(json, text);
    return Success;
}

} // namespace AdminCommands

std::variant<AdminRequest, QString> parseAdmin(const QString &noun, QStringList args)
{
    AdminRequest r;
    r.noun = noun;
    QStringList verbs;
    const Spec *spec = nullptr;
    for (const Spec &s : kSpecs)
        if (noun == QLatin1String(s.noun)) {
            verbs << QLatin1String(s.verb);
            if (!args.isEmpty() && args.first() == QLatin1String(s.verb))
                spec = &s;
        }
    if (!spec)
        return args.isEmpty() ? QStringLiteral("%1 needs one of: %2.").arg(noun, verbs.join(u", "))
                              : QStringLiteral("%1 %2 is not a command; use one of: %3.")
                                    .arg(noun, args.first(), verbs.join(u", "));
    r.verb = args.takeFirst();
    const QString synopsis =
        QStringLiteral("usage: voronka-cli %1").arg(QLatin1String(spec->synopsis));
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--json") {
            r.json = true;
        } else if (listed(spec->options, a)) {
            if (args.isEmpty())
                return QStringLiteral("%1 needs a value; %2.").arg(a, synopsis);
            r.options.insert(a, args.takeFirst());
        } else if (listed(spec->flags, a)) {
            r.flags << a;
        } else if (a.startsWith(u"--")) {
            return QStringLiteral("%1 %2 has no option %3; %4.").arg(noun, r.verb, a, synopsis);
        } else {
            r.words << a;
        }
    }
    if (r.words.size() < spec->minWords || r.words.size() > spec->maxWords)
        return synopsis + u'.';
    for (const QString &name : {QStringLiteral("--name"), QStringLiteral("--role")})
        if (r.verb == u"add" && noun == u"user" && !r.options.contains(name))
            return QStringLiteral("user add needs %1; %2.").arg(name, synopsis);
    if (r.flags.contains(QStringLiteral("--generate")) &&
        r.flags.contains(QStringLiteral("--password-stdin")))
        return QStringLiteral("choose one of --generate and --password-stdin.");
    if (r.flags.contains(QStringLiteral("--no-department")) &&
        r.options.contains(QStringLiteral("--department")))
        return QStringLiteral("choose one of --department and --no-department.");
    if (noun == u"user" && r.verb == u"set" && r.options.isEmpty() && r.flags.isEmpty())
        return QStringLiteral("user set needs something to change; %1.").arg(synopsis);
    return r;
}

int runAdmin(Session &s, const AdminRequest &request, bool json, QTextStream &out, QTextStream &err)
{
    AdminCommands::Runner runner(s, request, json || request.json, out, err);
    return runner.run();
}

} // namespace Voronka::Cli
