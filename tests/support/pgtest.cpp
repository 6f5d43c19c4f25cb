// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pgtest.h"

#include <QCoreApplication>
#include <QFile>

#include <stdexcept>

namespace Voronka::Test {

QString pgUri()
{
    QString uri = qEnvironmentVariable("VORONKA_TEST_PG");
    const QString dir = qEnvironmentVariable("VORONKA_TEST_PG_DIR");
    if (uri.isEmpty() && !dir.isEmpty()) {
        QFile f(dir + QStringLiteral("/uri"));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("VORONKA_TEST_PG_DIR has no uri file: is the cluster "
                                     "started (scripts/pg-cluster.sh start DIR)?");
        uri = QString::fromUtf8(f.readAll().trimmed());
    }
    return uri;
}

std::vector<Backend> backends()
{
    std::vector<Backend> out{Backend::SQLite};
    if (!pgUri().isEmpty())
        out.push_back(Backend::PostgreSQL);
    return out;
}

const char *nameOf(Backend b)
{
    return b == Backend::PostgreSQL ? "PostgreSQL" : "SQLite";
}

PgScratch::PgScratch()
{
    static int counter = 0;
    m_schema = QStringLiteral("s%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    m_admin = std::make_unique<Core::Connection>(pgUri(), Core::Connection::Mode::ReadWrite);
    m_admin->exec(
        QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(m_schema));
}

PgScratch::~PgScratch()
{
    m_admin->execQuietly(
        QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema).toUtf8().constData());
}

QString PgScratch::uri() const
{
    const QString base = pgUri();
    return base + (base.contains(u'?') ? u'&' : u'?') + QStringLiteral("options=-csearch_path%3D") +
           m_schema;
}

} // namespace Voronka::Test
