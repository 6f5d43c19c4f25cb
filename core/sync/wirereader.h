// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/protocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>

// The strict JSON reading every wire body goes through (protocol.h says why): the document
// under the Limits, and a Reader that checks keys, types and lengths while keeping the JSON
// path for the error. Internal to core/sync: the push reader (protocol.cpp) and the page
// readers (pullwire.cpp) share it.
namespace Voronka::Core::Sync::Wire {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

constexpr double kMaxExactInteger = 9007199254740991.0; // 2^53 - 1

inline bool isHex32(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

// The document under the limits every body keeps, or the error that refuses it.
std::optional<ProtocolError> readDocument(const QByteArray &body, const Limits &limits,
                                          QJsonObject &out);

// Reads one body's JSON tree, keeping the path of what it reads for the error it may give.
class Reader
{
public:
    explicit Reader(const Limits &limits)
        : m_limits(limits)
    {
    }

    std::optional<ProtocolError> error;

    bool fail(const QString &path, const QString &code, const QString &message, int status = 400)
    {
        if (!error)
            error = ProtocolError{status, code, message, path};
        return false;
    }

    // Only `allowed` keys, every one of `required` present.
    bool keys(const QJsonObject &o, const QString &path, const QStringList &allowed,
              const QStringList &required)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()), QStringLiteral("unknown_field"),
                            Tr::tr("\"%1\" is not a field of this request.").arg(it.key()));
        for (const QString &k : required)
            if (!o.contains(k))
                return fail(join(path, k), QStringLiteral("missing_field"),
                            Tr::tr("\"%1\" is required.").arg(k));
        return true;
    }

    bool string(const QJsonValue &v, const QString &path, QString &out)
    {
        if (!v.isString())
            return fail(path, QStringLiteral("wrong_type"), Tr::tr("A string is expected."));
        out = v.toString();
        return checkLength(out, path);
    }

    bool checkLength(const QString &s, const QString &path)
    {
        if (s.size() * 3 > m_limits.maxStringBytes && s.toUtf8().size() > m_limits.maxStringBytes)
            return fail(path, QStringLiteral("too_long"),
                        Tr::tr("A string may have at most %1 bytes.").arg(m_limits.maxStringBytes),
                        413);
        return true;
    }

    bool hex32(const QJsonValue &v, const QString &path, QString &out)
    {
        if (!string(v, path, out))
            return false;
        if (!isHex32(out))
            return fail(path, QStringLiteral("bad_id"),
                        Tr::tr("An id is 32 lowercase hexadecimal digits."));
        return true;
    }

    bool integer(const QJsonValue &v, const QString &path, qint64 &out, qint64 min = 0)
    {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || std::fabs(d) > kMaxExactInteger)
            return fail(path, QStringLiteral("wrong_type"), Tr::tr("A whole number is expected."));
        out = qint64(d);
        if (out < min)
            return fail(path, QStringLiteral("out_of_range"),
                        Tr::tr("The number must be at least %1.").arg(min));
        return true;
    }

    bool clock(const QJsonValue &v, const QString &path, quint64 &out)
    {
        QString s;
        if (!string(v, path, s))
            return false;
        static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,19})$"));
        bool ok = re.match(s).hasMatch();
        out = ok ? s.toULongLong(&ok) : 0;
        if (!ok)
            return fail(path, QStringLiteral("bad_clock"),
                        Tr::tr("A clock is an unsigned 64-bit number written as a string."));
        return true;
    }

    // A field value: null, a boolean, a number, a string, or an array of those.
    bool value(const QJsonValue &v, const QString &path)
    {
        if (v.isObject())
            return fail(path, QStringLiteral("wrong_type"),
                        Tr::tr("A field value is a scalar or a list of scalars."));
        if (v.isString())
            return checkLength(v.toString(), path);
        if (!v.isArray())
            return true;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            if (a[i].isArray() || a[i].isObject())
                return fail(at, QStringLiteral("wrong_type"), Tr::tr("A list holds scalars only."));
            if (a[i].isString() && !checkLength(a[i].toString(), at))
                return false;
        }
        return true;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    const Limits &m_limits;
};

} // namespace Voronka::Core::Sync::Wire
