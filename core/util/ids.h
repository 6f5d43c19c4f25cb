// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <random>

namespace Voronka::Core {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Stored as 16 raw bytes.
// The generator is seedable so demo databases are reproducible.
class IdGenerator
{
public:
    IdGenerator();
    explicit IdGenerator(quint64 seed)
        : m_rng(seed)
    {
    }
    QByteArray next(qint64 unixMs);
    quint64 random64() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

// A uid derived from a stable name (RFC 9562 UUIDv8 over SHA-256 of `space` and `name`): a
// record every copy of a file creates alike (a migration's Incoming stage, a setting by its
// key) gets the same uid everywhere, so copies that did it apart agree.
QByteArray stableUid(const QByteArray &space, QStringView name);

QString uuidToString(const QByteArray &raw);
QByteArray uuidFromString(QStringView text); // empty on malformed input

// Hybrid logical clock: physical ms in the high 48 bits, a counter in the low 16, so clocks
// order changes across machines even when their wall clocks disagree a little.
class Hlc
{
public:
    qint64 next(qint64 nowMs);
    void observe(qint64 remote);
    qint64 last() const { return m_last; }
    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }

private:
    qint64 m_last = 0;
};

} // namespace Voronka::Core
