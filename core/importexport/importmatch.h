// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/importrow.h"

#include <QHash>
#include <QSet>

namespace Voronka::Core {

class Session;

// What makes a row the same record as one already in the file (any one key suffices).
enum ImportMatch : int {
    MatchEmail = 1,       // a shared email, case-insensitive
    MatchPhone = 2,       // a shared phone, national part ("+7 912…" = "8 912…")
    MatchNameCompany = 4, // the same name (case, ё/е, word order ignored) and company
    MatchExternal = 8,    // the same external id as a record an earlier import brought
};

// A record a check created in a chunk it rolled back: later rows of the file matching it are
// duplicates of a row of this file.
constexpr qint64 kImportPending = -1;

// The match keys of one kind's records (not in the recycle bin), loaded once per import and
// kept up to date with what the import creates, as 64-bit hashes of the normalized keys
// (Duplicates' phone, email and name keys): a million contacts stay within tens of megabytes.
class ImportMatchIndex
{
public:
    void load(Session &s, EntityKind kind); // the first call reads the file; later ones nothing
    // The matched record's id (kImportPending in a check), 0 when none.
    qint64 find(const ImportDraft &d, int match) const;
    qint64 byName(const QString &name) const; // a company named so, ignoring case and order
    void add(qint64 id, const ImportDraft &d);
    void forget(const QSet<qint64> &ids);      // rolled back
    void markPending(const QSet<qint64> &ids); // a check's chunk rolled back

private:
    void add(qint64 id, const QString &name, const QStringList &phones, const QStringList &emails,
             const QString &company, const QString &externalId);
    QList<QHash<quint64, qint64> *> all()
    {
        return {&m_email, &m_phone, &m_nameCompany, &m_name, &m_external};
    }

    bool m_loaded = false;
    EntityKind m_kind = EntityKind::None;
    QHash<quint64, qint64> m_email, m_phone, m_nameCompany, m_name, m_external;
};

} // namespace Voronka::Core
