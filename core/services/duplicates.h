// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <functional>

namespace Voronka::Core {

class Session;

// Why records were grouped; a group can have several reasons.
enum DuplicateReason : int {
    SamePhone = 1,
    SameEmail = 2,
    SimilarName = 4,
};

struct DuplicateOptions
{
    EntityKind kind = EntityKind::Contact; // contacts or companies
    bool phones = true;
    bool emails = true;
    bool names = true;
    // Contacts only: a similar name counts only within the same company. Common names repeat
    // thousands of times in a large base, so name alone would make useless giant groups.
    bool nameNeedsSameCompany = true;
};

struct DuplicateGroup
{
    QList<qint64> ids; // ascending: the oldest record first
    int reasons = 0;   // DuplicateReason bits
};

struct DuplicateScan
{
    QList<DuplicateGroup> groups; // surest first (more reasons; phone, email, name), then oldest
    qint64 scanned = 0;           // records the user may view that were read
    bool cancelled = false;
};

// One line of a group as the finder shows it.
struct DuplicateMember
{
    qint64 id = 0;
    QString name;
    QStringList phones;
    QStringList emails;
    QString company; // contacts: the company's name
    QString responsible;
    qint64 createdAt = 0;
};

// A record that looks like the one being created.
struct LikelyDuplicate
{
    qint64 id = 0;
    QString name;
    int reasons = 0; // DuplicateReason bits
};

// Reports progress as (done, total) in arbitrary units; returning false cancels.
using ScanProgress = std::function<bool(qint64 done, qint64 total)>;

// Finds records that are probably the same person or company: a shared phone number
// (national part, so "+7 912..." and "8 912..." agree), a shared email (case-insensitive) or
// a very similar name (case, ё/е, punctuation, spacing and word order ignored). Only records
// the acting user may view take part.
//
// A scan holds one 16-byte hash per key and 8 bytes per record, never the texts: a million
// contacts stay within ~60 MB. Run it in a worker thread on a connection of its own.
class Duplicates
{
public:
    explicit Duplicates(Session &s)
        : m_s(s)
    {
    }

    Result<DuplicateScan> scan(const DuplicateOptions &options, const ScanProgress &progress = {});
    Result<QList<DuplicateMember>> members(EntityKind kind, const QList<qint64> &ids);
    // For a record about to be created: existing records sharing a phone or email with it or
    // with the same normalized name; found through the search index, so it costs
    // milliseconds at a million rows. Keys of draft: "name", "phones", "emails".
    Result<QList<LikelyDuplicate>> likely(EntityKind kind, const Patch &draft, int limit = 10);

    // The normalized keys, public for tests and the benchmark.
    static QString phoneKey(QStringView phone); // empty when too short to compare
    static QString emailKey(QStringView email);
    static QString nameKey(QStringView name);

private:
    Session &m_s;
};

} // namespace Voronka::Core
