// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "lockcanary.h"

#include "core/platform/filelock.h"
#include "core/platform/process.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <map>
#include <optional>

namespace Voronka::Core {

namespace {

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

QString osUser()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u;
}

std::optional<FilePeer> parse(const QByteArray &slot)
{
    const QByteArray text = slot.trimmed();
    if (text.isEmpty() || text.front() != '{')
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt; // empty, torn by a write in progress, or foreign
    FilePeer p;
    p.user = o.value(QStringLiteral("user")).toString();
    p.host = o.value(QStringLiteral("host")).toString();
    p.pid = o.value(QStringLiteral("pid")).toInteger();
    p.heartbeatMs = o.value(QStringLiteral("t")).toInteger();
    return p;
}

std::mutex s_registryMutex;
std::map<QString, std::weak_ptr<LockCanary>> s_registry;

} // namespace

std::shared_ptr<LockCanary> LockCanary::acquire(const QString &databasePath)
{
    const QString key = QFileInfo(databasePath).canonicalFilePath();
    std::lock_guard lock(s_registryMutex);
    if (std::shared_ptr<LockCanary> c = s_registry[key].lock())
        return c;
    auto c = std::make_shared<LockCanary>(
        databasePath, [] { return QDateTime::currentMSecsSinceEpoch(); }, kHeartbeatMs);
    if (!c->ok())
        return nullptr;
    s_registry[key] = c;
    return c;
}

LockCanary::LockCanary(const QString &databasePath, Now now, int intervalMs)
    : m_path(sidePath(databasePath))
    , m_now(std::move(now))
    , m_intervalMs(intervalMs)
    , m_user(osUser())
{
    // A side file removed by its last user between our open and our lock is a dead end:
    // open again until the slot is locked in the file that is at the path.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_file.setFileName(m_path);
        const bool made = !QFileInfo::exists(m_path);
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
            return;
        if (made) // as private as the database: whoever may open it may open this
            m_file.setPermissions(QFileInfo(databasePath).permissions());
        std::lock_guard lock(m_mutex);
        m_state = State();
        scan(true);
        if (sameFileAsPath())
            break;
        release();
    }
    if (m_file.isOpen() && m_intervalMs > 0)
        m_thread = std::thread([this] { run(); });
}

LockCanary::~LockCanary()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    std::lock_guard lock(m_mutex);
    release();
}

void LockCanary::run()
{
    std::unique_lock lock(m_mutex);
    while (
        !m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; }))
        scan(false);
}

void LockCanary::beat()
{
    std::lock_guard lock(m_mutex);
    scan(false);
}

void LockCanary::setUser(const QString &user)
{
    std::lock_guard lock(m_mutex);
    m_user = user;
    if (m_state.slot >= 0)
        writeSlot(m_state.slot, heartbeat());
}

LockCanary::State LockCanary::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

QByteArray LockCanary::heartbeat() const
{
    QJsonObject o{{QStringLiteral("v"), 1},
                  {QStringLiteral("user"), m_user.left(60)},
                  {QStringLiteral("host"), QSysInfo::machineHostName().left(60)},
                  {QStringLiteral("pid"), currentPid()},
                  {QStringLiteral("t"), m_now()},
                  {QStringLiteral("c"), m_count}};
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (bytes.size() >= kSlotBytes) { // names of many multi-byte letters
        o.insert(QStringLiteral("user"), m_user.left(20));
        o.insert(QStringLiteral("host"), QSysInfo::machineHostName().left(20));
        bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return bytes.leftJustified(kSlotBytes - 1, ' ', true) + '\n';
}

// Called with m_mutex held. claim: take the first free slot (opening).
void LockCanary::scan(bool claim)
{
    const qint64 now = m_now();
    const QString host = QSysInfo::machineHostName();
    ++m_count;
    if (m_state.slot >= 0)
        writeSlot(m_state.slot, heartbeat());
    QList<FilePeer> others;
    for (int i = 0; i < kSlots; ++i) {
        if (i == m_state.slot)
            continue;
        if (!tryLock(i)) { // held by a program whose lock reaches here: it is alive
            if (std::optional<FilePeer> p = parse(readSlot(i)))
                others.append(*p);
            continue;
        }
        const std::optional<FilePeer> p = parse(readSlot(i));
        const bool fresh = p && qAbs(now - p->heartbeatMs) < kStaleMs &&
                           !(p->host == host && (p->pid == currentPid() || !Platform::processRunning(p->pid)));
        if (fresh) {
            // Its program beats, yet its lock did not stop ours.
            m_state.locksPropagate = false;
            m_state.unseen = *p;
            others.append(*p);
            unlock(i);
        } else if (claim && m_state.slot < 0) {
            m_state.slot = i; // keeps the lock
            writeSlot(i, heartbeat());
        } else {
            unlock(i);
        }
    }
    m_state.others = others;
}

bool LockCanary::sameFileAsPath() const
{
    const std::optional<Platform::FileId> open = Platform::fileId(m_file.handle());
    return open && open == Platform::fileId(m_path);
}

// Called with m_mutex held: clears this program's slot and, when no other program has the
// side file open, removes it.
void LockCanary::release()
{
    if (!m_file.isOpen())
        return;
    if (m_state.slot >= 0) {
        writeSlot(m_state.slot, QByteArray(kSlotBytes, ' '));
        unlock(m_state.slot);
        m_state.slot = -1;
    }
    // Every slot locked at once: no other program can claim one while the file goes. One
    // with a fresh heartbeat whose lock does not reach here keeps the file. Where an open
    // file cannot be removed (Windows), the side file stays for the next program.
    if (Platform::kOpenFilesRemovable && tryLock(0, kSlots)) {
        bool empty = true;
        for (int i = 0; i < kSlots && empty; ++i)
            if (const std::optional<FilePeer> p = parse(readSlot(i)))
                empty = qAbs(m_now() - p->heartbeatMs) >= kStaleMs;
        if (empty && sameFileAsPath())
            QFile::remove(m_path);
    }
    m_file.close(); // releases every lock
}

bool LockCanary::tryLock(int slot, int count)
{
    return Platform::tryLockBytes(m_file.handle(), kLockBase + slot, count);
}

void LockCanary::unlock(int slot, int count)
{
    Platform::unlockBytes(m_file.handle(), kLockBase + slot, count);
}

QByteArray LockCanary::readSlot(int slot)
{
    if (!m_file.seek(slot * kSlotBytes))
        return {};
    return m_file.read(kSlotBytes);
}

void LockCanary::writeSlot(int slot, const QByteArray &bytes)
{
    if (m_file.seek(slot * kSlotBytes))
        m_file.write(bytes);
}

} // namespace Voronka::Core
