// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "ids.h"

#include <QCryptographicHash>

#include <QRandomGenerator>

namespace Voronka::Core {

IdGenerator::IdGenerator()
    : m_rng(QRandomGenerator::system()->generate64())
{
}

QByteArray IdGenerator::next(qint64 unixMs)
{
    QByteArray b(16, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(b.data());
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        p[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    const quint64 r1 = m_rng();
    const quint64 r2 = m_rng();
    for (int i = 6; i < 16; ++i)
        p[i] = static_cast<unsigned char>((i < 14 ? r1 : r2) >> (8 * (i % 8)));
    p[6] = static_cast<unsigned char>(0x70 | (p[6] & 0x0F));
    p[8] = static_cast<unsigned char>(0x80 | (p[8] & 0x3F));
    return b;
}

QByteArray stableUid(const QByteArray &space, QStringView name)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(space);
    h.addData(name.toUtf8());
    QByteArray b = h.result().left(16);
    b[6] = char(0x80 | (uchar(b[6]) & 0x0F));
    b[8] = char(0x80 | (uchar(b[8]) & 0x3F));
    return b;
}

QString uuidToString(const QByteArray &raw)
{
    if (raw.size() != 16)
        return {};
    const QByteArray h = raw.toHex();
    return QString::fromLatin1(h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' +
                               h.mid(16, 4) + '-' + h.mid(20, 12));
}

QByteArray uuidFromString(QStringView text)
{
    QByteArray hex = text.toLatin1();
    hex.replace('-', QByteArray());
    if (hex.size() != 32)
        return {};
    for (char c : hex)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    return QByteArray::fromHex(hex);
}

qint64 Hlc::next(qint64 nowMs)
{
    const qint64 candidate = nowMs << 16;
    m_last = candidate > m_last ? candidate : m_last + 1;
    return m_last;
}

void Hlc::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace Voronka::Core
