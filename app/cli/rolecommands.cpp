// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// voronka-cli role and department commands (see adminrunner.h).
#include "adminrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Voronka::Cli::AdminCommands {

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

} // namespace Voronka::Cli::AdminCommands
