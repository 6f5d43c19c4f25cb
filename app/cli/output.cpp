// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "output.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Voronka::Cli {

namespace {
QString where(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("standard output") : path;
}
} // namespace

Output::Output(const QString &path)
    : m_path(path)
    , m_save(path)
{
    const QFileInfo info(path);
    // exists() follows a link; a FIFO, terminal or device is written where it is.
    m_inPlace = path.isEmpty() || (info.exists() && !info.isFile() && !info.isDir());
}

std::optional<QString> Output::open()
{
    if (m_path.isEmpty()) {
        std::fflush(stdout);
        if (!m_plain.open(stdout, QIODevice::WriteOnly))
            return failure(m_plain);
        return std::nullopt;
    }
    if (m_inPlace) {
        m_plain.setFileName(m_path);
        if (!m_plain.open(QIODevice::WriteOnly))
            return failure(m_plain);
        return std::nullopt;
    }
    const bool isNew = !QFileInfo::exists(m_path);
    if (!m_save.open(QIODevice::WriteOnly))
        return failure(m_save);
    // A new file is private to the user (0600); a replaced one keeps its permissions.
    if (isNew && !m_save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_save.cancelWriting();
        return failure(m_save);
    }
    return std::nullopt;
}

QIODevice &Output::device()
{
    if (m_inPlace)
        return m_plain;
    return m_save;
}

std::optional<QString> Output::finish()
{
    if (m_inPlace) {
        if (m_plain.error() != QFileDevice::NoError || !m_plain.flush())
            return failure(m_plain);
        return std::nullopt;
    }
    if (m_save.error() != QFileDevice::NoError || !m_save.commit())
        return failure(m_save);
    return std::nullopt;
}

void Output::cancel()
{
    if (!m_inPlace)
        m_save.cancelWriting();
}

QString Output::failure(const QFileDevice &d) const
{
    QString reason = d.errorString();
    // A write that fails for space says "Unknown error" in some Qt versions: the disk says.
    const QString dir = m_path.isEmpty() ? QDir::currentPath() : QFileInfo(m_path).absolutePath();
    if (d.error() == QFileDevice::WriteError || reason.isEmpty() || reason == u"Unknown error") {
        const QStorageInfo disk(dir);
        if (!m_inPlace && disk.isValid() && disk.bytesAvailable() < 64 * 1024)
            reason = QStringLiteral("the disk is full");
        else if (reason.isEmpty() || reason == u"Unknown error")
            reason = QStringLiteral("the data could not be written");
    }
    return QStringLiteral("cannot write %1: %2.").arg(where(m_path), reason);
}

std::optional<QString> flushStandardOutput()
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int e = errno;
        return QStringLiteral("cannot write standard output: %1.")
            .arg(e ? QString::fromLocal8Bit(std::strerror(e))
                   : QStringLiteral("the data could not be written"));
    }
    return std::nullopt;
}

} // namespace Voronka::Cli
