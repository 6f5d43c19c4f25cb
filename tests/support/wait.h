// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QMetaObject>
#include <QTimer>

#include <functional>

// Tests never wait for time to pass: they deliver what is posted, fire a debounce timer
// themselves, or wait for a condition to hold.
namespace Voronka::Test {

// Delivers what is already posted (queued calls, layout requests, zero timers, deferred
// deletes), a few rounds because delivering one may post the next.
inline void flushEvents(int rounds = 5)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// Runs the event loop until `condition` holds and says whether it did. The bound only keeps
// a broken product from hanging the suite, so it is generous for a busy machine; a passing
// run returns as soon as the condition holds.
inline bool waitUntil(const std::function<bool()> &condition, int boundMs = 10000)
{
    const QDeadlineTimer deadline(boundMs);
    // Wakes the loop for conditions that no event announces (another thread's work, a file
    // growing), so the wait sleeps in the event dispatcher instead of spinning.
    QTimer recheck;
    recheck.start(5);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Fires a started timer now, as if its interval had passed (a debounce the user would wait
// out); false when it was not running.
inline bool fire(QTimer *timer)
{
    if (!timer || !timer->isActive())
        return false;
    if (timer->isSingleShot())
        timer->stop();
    return QMetaObject::invokeMethod(timer, "timeout");
}

} // namespace Voronka::Test
