// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "admincommands.h"

#include "cli.h"
#include "password.h"

#include "services/admin.h"
#include "services/auth.h"
#include "services/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

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

// The words of the matrix, in the order of PermEntity, PermAction and Scope.
constexpr std::array<const char *, kPermEntities> kEntityWords = {"deal", "contact", "company",
                                                                  "task"};
constexpr std::array<const char *, kPermActions> kActionWords = {"view", "create", "edit", "delete",
                                                                 "export"};
constexpr std::array<const char *, 4> kScopeWords = {"none", "own", "department", "all"};

template<std::size_t N> int wordIndex(const std::array<const char *, N> &words, const QString &w)
{
    for (std::size_t i = 0; i < N; ++i)
        if (w.compare(QLatin1String(words[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

template<std::size_t N> QString wordList(const std::array<const char *, N> &words)
{
    QStringList out;
    for (const char *w : words)
        out << QLatin1String(w);
    return out.join(u'|');
}

QString scopeWord(Scope s)
{
    return QLatin1String(kScopeWords[std::size_t(s)]);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

bool sameName(const QString &a, const QString &b)
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
    int fail(const QString &message)
    {
        m_err << "voronka-cli: " << message << "\n";
        return DataError;
    }
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

// --- Roles ---

int Runner::roleList()
{
    Result<QList<Admin::RoleInfo>> roles = m_admin.roles();
    if (!roles)
        return fail(roles.error());
    QJsonArray json;
    QList<QStringList> rows{
        {QStringLiteral("ROLE"), QStringLiteral("ADMIN"), QStringLiteral("ACTIVE USERS")}};
    for (const Admin::RoleInfo &r : *roles) {
        json.append(QJsonObject{{QStringLiteral("name"), r.name},
                                {QStringLiteral("admin"), r.admin},
                                {QStringLiteral("users"), r.users}});
        rows.append({r.name, yesNo(r.admin), QString::number(r.users)});
    }
    if (m_json)
        print(json, {});
    else
        table(rows);
    return Success;
}

int Runner::roleShow()
{
    Result<Admin::RoleInfo> r = role(m_r.words.at(0));
    if (!r)
        return fail(r.error());
    QJsonObject matrix;
    QList<QStringList> rows{{QString()}};
    for (const char *a : kActionWords)
        rows[0] << QLatin1String(a);
    for (int e = 0; e < kPermEntities; ++e) {
        QJsonObject cells;
        QStringList row{QLatin1String(kEntityWords[std::size_t(e)])};
        for (int a = 0; a < kPermActions; ++a) {
            const QString s = scopeWord(r->matrix.get(PermEntity(e), PermAction(a)));
            cells.insert(QLatin1String(kActionWords[std::size_t(a)]), s);
            row << s;
        }
        matrix.insert(QLatin1String(kEntityWords[std::size_t(e)]), cells);
        rows << row;
    }
    QJsonArray pipelines;
    QStringList pipelineText;
    for (const PipelineInfo &p : m_s.pipelines()) {
        const auto cap = r->options.pipelineCaps.constFind(p.id);
        const QString word = cap == r->options.pipelineCaps.cend() ? QStringLiteral("matrix")
                             : *cap == Scope::None                 ? QStringLiteral("hidden")
                                                                   : QStringLiteral("own");
        pipelines.append(
            QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("deals"), word}});
        pipelineText << QStringLiteral("%1: %2").arg(p.name, word);
    }
    if (m_json) {
        print(QJsonObject{{QStringLiteral("name"), r->name},
                          {QStringLiteral("admin"), r->admin},
                          {QStringLiteral("users"), r->users},
                          {QStringLiteral("matrix"), matrix},
                          {QStringLiteral("pipelines"), pipelines},
                          {QStringLiteral("analytics"), scopeWord(r->options.analytics)},
                          {QStringLiteral("import"), r->options.canImport}},
              {});
        return Success;
    }
    m_out << QStringLiteral("Role %1 (%2 active users)%3\n")
                 .arg(r->name)
                 .arg(r->users)
                 .arg(r->admin ? QStringLiteral(", administrators: all rights everywhere")
                               : QString());
    table(rows);
    m_out << "pipelines: " << pipelineText.join(QStringLiteral(", ")) << "\n"
          << "analytics: " << scopeWord(r->options.analytics) << "\n"
          << "import: " << yesNo(r->options.canImport) << "\n"
          << "admin: " << yesNo(r->admin) << "\n";
    return Success;
}

int Runner::roleSet()
{
    Result<Admin::RoleInfo> r = role(m_r.words.at(0));
    if (!r)
        return fail(r.error());
    const QString subject = QStringLiteral("role \"%1\"").arg(r->name);
    const QString what = m_r.words.at(1).toLower();
    const QString value = m_r.words.last();
    const bool yes = value.compare(u"yes", Qt::CaseInsensitive) == 0;
    const bool yesOrNo = yes || value.compare(u"no", Qt::CaseInsensitive) == 0;
    const auto wrong = [&](const QString &field, const QString &choices) -> int {
        return fail(
            QStringLiteral("%1: %2 must be %3, not \"%4\".").arg(subject, field, choices, value));
    };
    const auto done = [&](const QString &field, const QString &before, Status st) -> int {
        if (!st)
            return fail(subject, r->name, st.error());
        print(QJsonObject{{QStringLiteral("role"), r->name},
                          {QStringLiteral("field"), field},
                          {QStringLiteral("old"), before},
                          {QStringLiteral("new"), value.toLower()}},
              before == value.toLower()
                  ? QStringLiteral("%1: %2 is already %3").arg(subject, field, before)
                  : QStringLiteral("%1: %2 %3 -> %4").arg(subject, field, before, value.toLower()));
        return Success;
    };
    Admin::RoleOptions options = r->options;
    if (m_r.words.size() == 3 && what == u"analytics") {
        const int s = wordIndex(kScopeWords, value);
        if (s < 0)
            return wrong(what, wordList(kScopeWords));
        const QString before = scopeWord(options.analytics);
        options.analytics = Scope(s);
        return done(what, before,
                    options == r->options ? Status(Ok{}) : m_admin.setRoleOptions(r->id, options));
    }
    if (m_r.words.size() == 3 && (what == u"import" || what == u"admin")) {
        if (!yesOrNo)
            return wrong(what, QStringLiteral("yes|no"));
        const bool before = what == u"import" ? options.canImport : r->admin;
        if (before == yes)
            return done(what, yesNo(before), Ok{});
        if (what == u"admin")
            return done(what, yesNo(before), m_admin.setRoleAdmin(r->id, yes));
        options.canImport = yes;
        return done(what, yesNo(before), m_admin.setRoleOptions(r->id, options));
    }
    if (m_r.words.size() == 4 && what == u"pipeline") {
        const QString name = m_r.words.at(2);
        qint64 pipelineId = 0;
        for (const PipelineInfo &p : m_s.pipelines())
            if (sameName(p.name, name))
                pipelineId = p.id;
        if (!pipelineId)
            return fail(QStringLiteral("%1: no pipeline named \"%2\".").arg(subject, name));
        const auto cap = options.pipelineCaps.constFind(pipelineId);
        const QString before = cap == options.pipelineCaps.cend() ? QStringLiteral("matrix")
                               : *cap == Scope::None              ? QStringLiteral("hidden")
                                                                  : QStringLiteral("own");
        const QString field = QStringLiteral("pipeline \"%1\"").arg(name);
        if (value.compare(u"hidden", Qt::CaseInsensitive) == 0)
            options.pipelineCaps.insert(pipelineId, Scope::None);
        else if (value.compare(u"own", Qt::CaseInsensitive) == 0)
            options.pipelineCaps.insert(pipelineId, Scope::Own);
        else if (value.compare(u"matrix", Qt::CaseInsensitive) == 0)
            options.pipelineCaps.remove(pipelineId);
        else
            return wrong(field, QStringLiteral("hidden|own|matrix"));
        return done(field, before,
                    options == r->options ? Status(Ok{}) : m_admin.setRoleOptions(r->id, options));
    }
    if (m_r.words.size() != 4)
        return fail(QStringLiteral("%1: expected ENTITY ACTION SCOPE, pipeline PIPELINE CAP, "
                                   "analytics SCOPE, import yes|no or admin yes|no.")
                        .arg(subject));
    const int e = wordIndex(kEntityWords, m_r.words.at(1));
    if (e < 0)
        return fail(QStringLiteral("%1: the entity must be %2, not \"%3\".")
                        .arg(subject, wordList(kEntityWords), m_r.words.at(1)));
    const int a = wordIndex(kActionWords, m_r.words.at(2));
    if (a < 0)
        return fail(QStringLiteral("%1: the action must be %2, not \"%3\".")
                        .arg(subject, wordList(kActionWords), m_r.words.at(2)));
    const QString field = QStringLiteral("%1 %2").arg(QLatin1String(kEntityWords[std::size_t(e)]),
                                                      QLatin1String(kActionWords[std::size_t(a)]));
    const int s = wordIndex(kScopeWords, value);
    if (s < 0)
        return wrong(field + QStringLiteral(" scope"), wordList(kScopeWords));
    RoleMatrix matrix = r->matrix;
    const QString before = scopeWord(matrix.get(PermEntity(e), PermAction(a)));
    matrix.set(PermEntity(e), PermAction(a), Scope(s));
    return done(field, before,
                matrix == r->matrix ? Status(Ok{}) : m_admin.setRoleMatrix(r->id, matrix));
}

int Runner::roleClone()
{
    Result<Admin::RoleInfo> r = role(m_r.words.at(0));
    if (!r)
        return fail(r.error());
    const QString name = m_r.words.at(1).simplified();
    Result<qint64> id = m_admin.cloneRole(r->id, name);
    if (!id)
        return fail(QStringLiteral("role \"%1\"").arg(name), name, id.error());
    print(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("from"), r->name}},
          QStringLiteral("Cloned %1 as %2").arg(r->name, name));
    return Success;
}

// --- Departments ---

int Runner::departmentList()
{
    Result<QList<Admin::DepartmentInfo>> all = m_admin.departments();
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows{{QStringLiteral("DEPARTMENT"), QStringLiteral("MEMBERS")}};
    for (const Admin::DepartmentInfo &d : *all) {
        json.append(
            QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("members"), d.members}});
        rows.append({d.name, QString::number(d.members)});
    }
    if (m_json)
        print(json, {});
    else
        table(rows);
    return Success;
}

int Runner::departmentAdd()
{
    const QString name = m_r.words.at(0).simplified();
    Result<qint64> id = m_admin.createDepartment(name);
    if (!id)
        return fail(QStringLiteral("department \"%1\"").arg(name), name, id.error());
    print(QJsonObject{{QStringLiteral("name"), name}}, QStringLiteral("Added %1").arg(name));
    return Success;
}

int Runner::departmentRename()
{
    Result<Admin::DepartmentInfo> d = department(m_r.words.at(0));
    if (!d)
        return fail(d.error());
    const QString name = m_r.words.at(1).simplified();
    if (Status st = m_admin.renameDepartment(d->id, name); !st)
        return fail(QStringLiteral("department \"%1\"").arg(d->name), name, st.error());
    print(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("old"), d->name}},
          QStringLiteral("Renamed %1 to %2").arg(d->name, name));
    return Success;
}

} // namespace

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
    Runner runner(s, request, json || request.json, out, err);
    return runner.run();
}

} // namespace Voronka::Cli
