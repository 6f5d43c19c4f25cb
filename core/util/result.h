// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Voronka::Core {

// An error a user or script can act on. The message is complete and translated; entity and
// field name what was wrong so a form can put the message beside the field.
struct Error
{
    enum class Code {
        Invalid,    // validation failed
        NotFound,   // the record does not exist or is deleted
        Permission, // the acting user may not do this
        Conflict,   // e.g. a unique name is taken
        Auth,       // unknown user or wrong password (never says which)
        NotVoronka, // the file is not a Voronka database
        TooNew,     // written by a newer Voronka
        Corrupt,    // the file is damaged
        Locked,     // another program holds a lock
        Storage,    // any other SQLite or file failure
        Cancelled,  // the user stopped a long read or job before it finished
    };
    Code code = Code::Invalid;
    QString message;
    QString entity;
    QString field;
};

inline Error makeError(Error::Code code, QString message, QString entity = {}, QString field = {})
{
    return Error{code, std::move(message), std::move(entity), std::move(field)};
}

// A value or an Error. Services return these; they never throw to their callers.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};
using Status = Result<Ok>;

} // namespace Voronka::Core
