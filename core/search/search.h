// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

namespace Voronka::Core {

class Session;

struct SearchHit
{
    EntityKind kind = EntityKind::None;
    qint64 id = 0;
    QString title;
    QString subtitle;
    bool nameMatch = false; // matched the name, not a phone, email, company or custom field
};

// Global search as you type over deals, contacts and companies. From three letters or
// digits; every word is a prefix; a query of digits only is a phone number and matches phones
// first. Otherwise name matches come first, then other fields; no bm25 ranking, so each keystroke
// costs a prefix-index lookup. Results are filtered by the acting user's view permission.
class Search
{
public:
    explicit Search(Session &s)
        : m_s(s)
    {
    }

    static constexpr int kMinChars = 3;
    // The FTS5 MATCH expression for the text, or empty when it is too short.
    static QString matchExpression(QStringView text);

    Result<QList<SearchHit>> find(const QString &text, int limit = 20,
                                  EntityKind only = EntityKind::None);

private:
    enum class Tier { Name, Phones, Other };
    bool collect(const QString &match, EntityKind only, Tier tier, int limit,
                 QList<SearchHit> &out);
    Session &m_s;
};

} // namespace Voronka::Core
