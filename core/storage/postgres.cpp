// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "postgres.h"

#include "sqldialect.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Voronka::Core {

namespace {

// Type OIDs (PostgreSQL's catalog/pg_type_d.h, fixed since forever).
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kOid = 26,
              kFloat4 = 700, kFloat8 = 701, kNumeric = 1700, kJsonb = 3802;

// SQLite's untyped columns (meta.value, settings.value, field_values.value, history's old and
// new values, conflict_log's values) keep each value's own type: an integer stays an integer,
// a node id a blob. On PostgreSQL they are jsonb (PgSchema), and a value bound to such a
// column, or read from one, crosses in a JSON form that keeps its type: an integer or a real
// as a number (a real always with a point or an exponent), a text as a string, a blob as
// {"$blob": base64}, a real JSON cannot spell (inf, nan) as {"$real": text}. The placeholder's
// type comes from PostgreSQL's own inference (PQdescribePrepared), so no SQL changes.
QByteArray jsonString(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            out += buf;
        } else {
            out += char(c);
        }
    }
    out += '"';
    return out;
}

QVariant decodeAny(const char *v, int length)
{
    const QByteArray text(v, length);
    if (text.isEmpty())
        return {};
    const char first = text.at(0);
    if (first == '-' || (first >= '0' && first <= '9')) {
        bool ok = false;
        if (!text.contains('.') && !text.contains('e') && !text.contains('E')) {
            const qint64 i = text.toLongLong(&ok);
            if (ok)
                return i;
        }
        return text.toDouble();
    }
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    const QJsonValue j = doc.array().at(0);
    if (j.isString())
        return j.toString();
    if (j.isObject()) {
        const QJsonObject o = j.toObject();
        if (o.contains(QLatin1String("$blob")))
            return QByteArray::fromBase64(o.value(QLatin1String("$blob")).toString().toLatin1());
        if (o.contains(QLatin1String("$real")))
            return o.value(QLatin1String("$real")).toString().toDouble();
    }
    if (j.isBool())
        return qint64(j.toBool() ? 1 : 0);
    return QString::fromUtf8(text); // written by hand on the server: kept as its text
}

// BEGIN IMMEDIATE: one writer at a time, as on SQLite. A transaction-scoped advisory lock on a
// key of our own ("Voronka" in ASCII), waited for up to lock_timeout (the busy timeout).
constexpr const char *kWriterLock = "SELECT pg_advisory_xact_lock(24329385283578721)";

// An untyped prepare fails with these when a placeholder's type cannot be told from the
// statement alone (`?1 IS NULL`, `?1 + ?1`): it is prepared again at its first run with the
// types of the values bound then.
bool needsTypes(const char *state)
{
    return state && (!std::strcmp(state, "42P18") || !std::strcmp(state, "42725") ||
                     !std::strcmp(state, "42883") || !std::strcmp(state, "42804"));
}

bool startsWith(const char *s, const char *prefix)
{
    return s && std::strncmp(s, prefix, std::strlen(prefix)) == 0;
}

// A savepoint's name (lower case, letters, digits, _ and $) quoted, so that one SQLite takes
// and PostgreSQL reserves ("inner") still works.
std::string quoted(const std::string &name)
{
    return '"' + name + '"';
}

double parseReal(const char *v)
{
    double d = 0;
    const char *end = v + std::strlen(v);
    if (*v == '+')
        ++v;
    std::from_chars(v, end, d); // locale-independent (the C library's strtod is not)
    return d;
}

} // namespace

PgConnection::PgConnection(const QString &uri, bool readOnly, int busyTimeoutMs)
{
    m_conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string msg = PQerrorMessage(m_conn);
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
            msg.pop_back();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw SqlError(SQLITE_CANTOPEN, msg);
    }
    // Notices ("relation already exists, skipping") would go to stderr.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    try {
        if (PQsetClientEncoding(m_conn, "UTF8") != 0)
            fail(SQLITE_CANTOPEN, "client encoding UTF8");
        std::string setup = "SET lock_timeout = " + std::to_string(std::max(1, busyTimeoutMs)) +
                            "; SET TIME ZONE 'UTC'";
        if (readOnly)
            setup += "; SET default_transaction_read_only = on";
        PQclear(run(setup.c_str(), "connection setup"));
    } catch (...) {
        PQfinish(m_conn);
        throw;
    }
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

void PgConnection::failWith(pg_result *r, const std::string &context) const
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string msg = context.empty() ? std::string() : context + ": ";
    msg += primary ? primary : PQerrorMessage(m_conn);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    int code = SQLITE_ERROR;
    if (state) {
        msg += std::string(" (SQLSTATE ") + state + ")";
        code = PgDialect::primaryCode(state);
    } else if (PQstatus(m_conn) != CONNECTION_OK) {
        code = SQLITE_IOERR;
    }
    PQclear(r);
    throw SqlError(code, msg);
}

void PgConnection::fail(int code, const std::string &context) const
{
    throw SqlError(code, context);
}

pg_result *PgConnection::run(const char *sql, const char *context)
{
    PGresult *r = PQexec(m_conn, sql);
    const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        failWith(r, context ? context : "");
    noteResult(r);
    return r;
}

void PgConnection::noteResult(pg_result *r)
{
    const char *tag = PQcmdStatus(r);
    if (startsWith(tag, "INSERT") || startsWith(tag, "UPDATE") || startsWith(tag, "DELETE") ||
        startsWith(tag, "MERGE")) {
        m_changes = std::atoi(PQcmdTuples(r));
        m_totalChanges += m_changes;
    }
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType st = PQtransactionStatus(m_conn);
    return st == PQTRANS_INTRANS || st == PQTRANS_INERROR || st == PQTRANS_ACTIVE;
}

void PgConnection::exec(const char *sql)
{
    using K = PgDialect::Control::Kind;
    const PgDialect::Control c = PgDialect::control(sql);
    if (c.kind != K::None && !inTransaction()) {
        m_savepoints.clear();
        m_savepointBegan = false;
    }
    switch (c.kind) {
    case K::None: // SQLite's text, as a prepared statement's (PgSchema's own passes unchanged)
        PQclear(run(PgDialect::translate(sql).sql.c_str(), sql));
        return;
    case K::Begin:
    case K::BeginWrite:
        if (inTransaction())
            fail(SQLITE_ERROR, "cannot start a transaction within a transaction");
        if (c.kind == K::Begin) {
            PQclear(run("BEGIN ISOLATION LEVEL REPEATABLE READ", sql));
            return;
        }
        PQclear(run("BEGIN ISOLATION LEVEL READ COMMITTED", sql));
        try {
            PQclear(run(kWriterLock, sql));
        } catch (...) {
            execQuietly("ROLLBACK");
            throw;
        }
        return;
    case K::Commit:
        commit();
        return;
    case K::Rollback:
        if (!inTransaction())
            fail(SQLITE_ERROR, "cannot rollback - no transaction is active");
        m_savepoints.clear();
        m_savepointBegan = false;
        PQclear(run("ROLLBACK", sql));
        return;
    case K::Savepoint:
        if (!inTransaction()) {
            PQclear(run("BEGIN ISOLATION LEVEL REPEATABLE READ", sql));
            m_savepointBegan = true;
        }
        PQclear(run(("SAVEPOINT " + quoted(c.name)).c_str(), sql));
        m_savepoints.push_back(c.name);
        return;
    case K::Release:
    case K::RollbackTo: {
        const auto it = std::find(m_savepoints.rbegin(), m_savepoints.rend(), c.name);
        if (it == m_savepoints.rend())
            fail(SQLITE_ERROR, "no such savepoint: " + c.name);
        const size_t at = m_savepoints.size() - 1 - size_t(it - m_savepoints.rbegin());
        if (c.kind == K::RollbackTo) {
            PQclear(run(("ROLLBACK TO SAVEPOINT " + quoted(c.name)).c_str(), sql));
            m_savepoints.resize(at + 1);
        } else if (at == 0 && m_savepointBegan) {
            commit(); // SQLite: releasing the savepoint that began the transaction commits it
        } else {
            PQclear(run(("RELEASE SAVEPOINT " + quoted(c.name)).c_str(), sql));
            m_savepoints.resize(at);
        }
        return;
    }
    }
}

void PgConnection::commit()
{
    const PGTransactionStatusType st = PQtransactionStatus(m_conn);
    if (st == PQTRANS_IDLE)
        fail(SQLITE_ERROR, "cannot commit - no transaction is active");
    m_savepoints.clear();
    m_savepointBegan = false;
    // PostgreSQL answers COMMIT of a transaction that a failed statement aborted with a
    // silent ROLLBACK: that must not pass for a commit.
    if (st == PQTRANS_INERROR) {
        execQuietly("ROLLBACK");
        fail(SQLITE_ABORT, "COMMIT: the transaction was rolled back, a statement in it failed");
    }
    PGresult *r = PQexec(m_conn, "COMMIT");
    if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
        // The server has ended the transaction: a retried COMMIT would find none and succeed,
        // so a busy answer here (serialization failure) is not passed on as SQLITE_BUSY.
        try {
            failWith(r, "COMMIT");
        } catch (const SqlError &e) {
            throw SqlError(e.code() == SQLITE_BUSY ? SQLITE_ABORT : e.code(), e.what());
        }
    }
    const bool committed = std::strcmp(PQcmdStatus(r), "COMMIT") == 0;
    PQclear(r);
    if (!committed)
        fail(SQLITE_ABORT, "COMMIT: the server rolled the transaction back");
}

// Transaction control goes through exec(), so a savepoint ends as it does there (releasing
// the one that began the transaction commits it). A RELEASE that fails because a statement
// before it aborted the transaction (SQLite has no such state: its RELEASE would succeed)
// rolls back to the savepoint and releases it, or rolls back the transaction the savepoint
// began, so the connection is usable again, as the caller's SQLite twin expects.
void PgConnection::execQuietly(const char *sql) noexcept
{
    using K = PgDialect::Control::Kind;
    try {
        const PgDialect::Control c = PgDialect::control(sql);
        if (c.kind == K::None) {
            PQclear(PQexec(m_conn, PgDialect::translate(sql).sql.c_str()));
            return;
        }
        try {
            exec(sql);
            return;
        } catch (const SqlError &) {
            if (c.kind != K::Release || PQtransactionStatus(m_conn) != PQTRANS_INERROR)
                return;
        }
        const auto it = std::find(m_savepoints.rbegin(), m_savepoints.rend(), c.name);
        if (it == m_savepoints.rend() || (it + 1 == m_savepoints.rend() && m_savepointBegan)) {
            m_savepoints.clear();
            m_savepointBegan = false;
            PQclear(PQexec(m_conn, "ROLLBACK"));
            return;
        }
        const size_t at = m_savepoints.size() - 1 - size_t(it - m_savepoints.rbegin());
        PQclear(PQexec(m_conn, ("ROLLBACK TO SAVEPOINT " + quoted(c.name)).c_str()));
        PQclear(PQexec(m_conn, ("RELEASE SAVEPOINT " + quoted(c.name)).c_str()));
        m_savepoints.resize(at);
    } catch (...) { // out of memory building a statement: nothing more to do quietly
    }
}

bool PgConnection::tableHasId(const std::string &table)
{
    if (const auto it = m_hasId.find(table); it != m_hasId.end())
        return it->second;
    const char *values[1] = {table.c_str()};
    PGresult *r = PQexecParams(m_conn,
                               "SELECT to_regclass($1) IS NOT NULL, EXISTS (SELECT 1 FROM "
                               "pg_attribute WHERE attrelid = to_regclass($1) AND attname = 'id' "
                               "AND attnum > 0 AND NOT attisdropped)",
                               1, nullptr, values, nullptr, nullptr, 0);
    if (!r || PQresultStatus(r) != PGRES_TUPLES_OK)
        failWith(r, "columns of " + table);
    const bool exists = PQgetvalue(r, 0, 0)[0] == 't';
    const bool hasId = PQgetvalue(r, 0, 1)[0] == 't';
    PQclear(r);
    if (exists) // a table made later is looked up again
        m_hasId.emplace(table, hasId);
    return hasId;
}

PgStatement::PgStatement(PgConnection &c, const char *sql)
    : m_c(c)
    , m_sql(sql)
{
    PgDialect::Translated t = PgDialect::translate(sql);
    m_pgSql = std::move(t.sql);
    m_params = t.params;
    m_bound.resize(size_t(m_params));
    if (!t.insertTable.empty() && !t.returning && m_c.tableHasId(t.insertTable)) {
        while (!m_pgSql.empty() &&
               (m_pgSql.back() == ';' || m_pgSql.back() == ' ' || m_pgSql.back() == '\n'))
            m_pgSql.pop_back();
        m_pgSql += " RETURNING id";
        m_hiddenId = true;
    }
    prepare(false);
}

PgStatement::~PgStatement()
{
    PQclear(m_res);
}

void PgStatement::prepare(bool typed)
{
    std::vector<Oid> types(size_t(m_params), 0);
    if (typed) {
        for (size_t i = 0; i < types.size(); ++i) {
            switch (m_bound[i].kind) {
            case Kind::Int:
                types[i] = kInt8;
                break;
            case Kind::Real:
                types[i] = kFloat8;
                break;
            case Kind::Blob:
                types[i] = kBytea;
                break;
            case Kind::Text:
            case Kind::Null:
                types[i] = kText;
                break;
            }
        }
    }
    // An error inside a transaction aborts it: an untyped attempt that may fail for want of
    // types runs behind a savepoint of its own.
    const bool guarded = !typed && m_c.inTransaction();
    if (guarded)
        PQclear(m_c.run("SAVEPOINT voronka_prepare", "SAVEPOINT"));
    // (not "v" + std::to_string(): GCC 12 sees a false overlap in it, -Wrestrict)
    const QByteArray name = 'v' + QByteArray::number(++m_c.m_statements);
    PGresult *r = PQprepare(m_c.m_conn, name.constData(), m_pgSql.c_str(), m_params, types.data());
    const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok && !typed && needsTypes(r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr)) {
        PQclear(r);
        if (guarded)
            PQclear(m_c.run("ROLLBACK TO SAVEPOINT voronka_prepare; RELEASE SAVEPOINT "
                            "voronka_prepare",
                            "ROLLBACK TO SAVEPOINT"));
        return; // typed at the first run
    }
    if (!ok)
        m_c.failWith(r, m_sql);
    PQclear(r);
    if (guarded)
        PQclear(m_c.run("RELEASE SAVEPOINT voronka_prepare", "RELEASE SAVEPOINT"));
    m_name = name.toStdString();
    describeParams();
}

void PgStatement::describeParams()
{
    m_anyParam.assign(size_t(m_params), false);
    if (m_params == 0)
        return;
    PGresult *d = PQdescribePrepared(m_c.m_conn, m_name.c_str());
    if (!d || PQresultStatus(d) != PGRES_COMMAND_OK)
        m_c.failWith(d, m_sql);
    for (int i = 0; i < m_params && i < PQnparams(d); ++i)
        m_anyParam[size_t(i)] = PQparamtype(d, i) == kJsonb;
    PQclear(d);
}

PgStatement::Param *PgStatement::slot(int index)
{
    return index >= 1 && index <= m_params ? &m_bound[size_t(index - 1)] : nullptr;
}

void PgStatement::bindNull(int index)
{
    if (Param *p = slot(index))
        *p = Param{};
}

void PgStatement::bindInt(int index, qint64 v)
{
    if (Param *p = slot(index))
        *p = Param{Kind::Int, QByteArray::number(v)};
}

void PgStatement::bindReal(int index, double v)
{
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v); // shortest exact form
    if (Param *p = slot(index))
        *p = Param{Kind::Real, QByteArray(buf, ec == std::errc() ? int(end - buf) : 0)};
}

void PgStatement::bindText(int index, QByteArray utf8)
{
    if (Param *p = slot(index))
        *p = Param{Kind::Text, std::move(utf8)};
}

void PgStatement::bindBlob(int index, const QByteArray &blob)
{
    if (Param *p = slot(index))
        *p = Param{Kind::Blob, blob};
}

bool PgStatement::step()
{
    if (!m_res) {
        if (m_name.empty())
            prepare(true);
        std::vector<const char *> values(size_t(m_params), nullptr);
        std::vector<int> lengths(size_t(m_params), 0);
        std::vector<int> formats(size_t(m_params), 0);
        std::vector<QByteArray> encoded(static_cast<size_t>(m_params));
        for (size_t i = 0; i < m_bound.size(); ++i) {
            const Param &p = m_bound[i];
            if (p.kind == Kind::Null)
                continue;
            if (i < m_anyParam.size() && m_anyParam[i]) { // its JSON form, as text
                QByteArray &e = encoded[i];
                switch (p.kind) {
                case Kind::Int:
                    e = p.data;
                    break;
                case Kind::Real:
                    if (p.data.isEmpty() || p.data.contains('n') || p.data.contains('i'))
                        e = "{\"$real\":" + jsonString(p.data.isEmpty() ? "nan" : p.data) + "}";
                    else
                        e = p.data.contains('.') || p.data.contains('e') ? p.data : p.data + ".0";
                    break;
                case Kind::Text:
                    e = jsonString(p.data);
                    break;
                case Kind::Blob:
                    e = "{\"$blob\":\"" + p.data.toBase64() + "\"}";
                    break;
                case Kind::Null:
                    break;
                }
                values[i] = e.constData();
                lengths[i] = int(e.size());
                continue;
            }
            values[i] = p.data.constData(); // a QByteArray's data ends in a NUL
            lengths[i] = int(p.data.size());
            formats[i] = p.kind == Kind::Blob ? 1 : 0; // a blob goes as raw bytes
        }
        PGresult *r = PQexecPrepared(m_c.m_conn, m_name.c_str(), m_params, values.data(),
                                     lengths.data(), formats.data(), 0);
        const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
            m_c.failWith(r, m_sql);
        m_c.noteResult(r);
        if (m_hiddenId && PQntuples(r) > 0)
            m_c.m_lastInsertId = std::strtoll(PQgetvalue(r, PQntuples(r) - 1, 0), nullptr, 10);
        m_res = r;
        m_row = -1;
    }
    if (m_hiddenId)
        return false;
    if (m_row < PQntuples(m_res))
        ++m_row;
    return m_row < PQntuples(m_res);
}

void PgStatement::reset()
{
    PQclear(m_res);
    m_res = nullptr;
    m_row = -1;
    for (Param &p : m_bound)
        p = Param{};
}

int PgStatement::columnCount()
{
    if (m_hiddenId)
        return 0;
    if (m_res)
        return PQnfields(m_res);
    if (m_name.empty())
        prepare(true);
    PGresult *d = PQdescribePrepared(m_c.m_conn, m_name.c_str());
    if (!d || PQresultStatus(d) != PGRES_COMMAND_OK)
        m_c.failWith(d, m_sql);
    const int n = PQnfields(d);
    PQclear(d);
    return n;
}

const char *PgStatement::cell(int col) const
{
    if (!m_res || m_row < 0 || m_row >= PQntuples(m_res) || col < 0 || col >= PQnfields(m_res) ||
        PQgetisnull(m_res, m_row, col))
        return nullptr;
    return PQgetvalue(m_res, m_row, col);
}

unsigned PgStatement::columnType(int col) const
{
    return m_res ? PQftype(m_res, col) : 0;
}

bool PgStatement::isNull(int col) const
{
    return !cell(col);
}

QVariant PgStatement::anyValue(int col) const
{
    const char *v = cell(col);
    return v ? decodeAny(v, PQgetlength(m_res, m_row, col)) : QVariant();
}

qint64 PgStatement::int64(int col) const
{
    const char *v = cell(col);
    if (!v)
        return 0;
    switch (columnType(col)) {
    case kJsonb:
        return anyValue(col).toLongLong();
    case kBool:
        return v[0] == 't' ? 1 : 0;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return qint64(parseReal(v));
    case kBytea:
        return 0;
    default:
        return std::strtoll(v, nullptr, 10); // a text's leading number, as SQLite reads one
    }
}

double PgStatement::real(int col) const
{
    const char *v = cell(col);
    if (!v)
        return 0;
    switch (columnType(col)) {
    case kJsonb:
        return anyValue(col).toDouble();
    case kBool:
        return v[0] == 't' ? 1 : 0;
    case kBytea:
        return 0;
    default:
        return parseReal(v);
    }
}

QString PgStatement::text(int col) const
{
    const char *v = cell(col);
    if (!v)
        return {};
    if (columnType(col) == kBytea)
        return QString::fromUtf8(blob(col));
    if (columnType(col) == kJsonb) {
        const QVariant any = anyValue(col);
        return any.typeId() == QMetaType::QByteArray ? QString::fromUtf8(any.toByteArray())
                                                     : any.toString();
    }
    return QString::fromUtf8(v, PQgetlength(m_res, m_row, col));
}

QByteArray PgStatement::blob(int col) const
{
    const char *v = cell(col);
    if (!v)
        return {};
    if (columnType(col) == kJsonb) {
        const QVariant any = anyValue(col);
        return any.typeId() == QMetaType::QByteArray ? any.toByteArray() : any.toString().toUtf8();
    }
    if (columnType(col) != kBytea)
        return QByteArray(v, PQgetlength(m_res, m_row, col));
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(v), &length);
    if (!bytes)
        throw SqlError(SQLITE_NOMEM, "out of memory decoding a bytea value");
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

QVariant PgStatement::value(int col) const
{
    const char *v = cell(col);
    if (!v)
        return {};
    switch (columnType(col)) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kBool:
        return int64(col);
    case kFloat4:
    case kFloat8:
        return real(col);
    case kNumeric: // SUM() of integers is numeric on PostgreSQL, an integer on SQLite
        return std::strpbrk(v, ".eEIN") ? QVariant(real(col)) : QVariant(int64(col));
    case kBytea:
        return blob(col);
    case kJsonb:
        return anyValue(col);
    default:
        return text(col);
    }
}

} // namespace Voronka::Core
