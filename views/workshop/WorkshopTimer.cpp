#include "WorkshopTimer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace jl {

WorkshopTimer::WorkshopTimer(QObject *parent)
    : QObject(parent)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
    m_ticker.setInterval(TickInterval);
    connect(&m_ticker, &QTimer::timeout, this, &WorkshopTimer::tick);
}

void WorkshopTimer::setClock(std::function<qint64()> clock)
{
    const qint64 left = remaining();
    m_clock = std::move(clock);
    // Keep the remaining time across the switch.
    m_remainingAtStart = left;
    m_startedAt = now();
    m_finishedAt = now();
}

qint64 WorkshopTimer::now() const
{
    return m_clock();
}

void WorkshopTimer::setDuration(qint64 milliseconds)
{
    m_duration = std::max<qint64>(1000, milliseconds);
    reset();
}

qint64 WorkshopTimer::remaining() const
{
    switch (m_state) {
    case State::Running: return std::max<qint64>(0, m_remainingAtStart - (now() - m_startedAt));
    case State::Finished: return 0;
    case State::Idle:
    case State::Paused: return m_remainingAtStart;
    }
    return 0;
}

bool WorkshopTimer::isWarning() const
{
    const qint64 left = remaining();
    return m_state != State::Idle && left > 0 && left <= WarningTime;
}

bool WorkshopTimer::flashPhase() const
{
    // A few seconds of flashing catch the room's eye; then it stays red, quietly.
    const qint64 since = now() - m_finishedAt;
    return isAlarm() && since < FlashTime && (since / 500) % 2 == 0;
}

void WorkshopTimer::start()
{
    if (m_state == State::Running)
        return;
    if (m_state == State::Finished)
        m_remainingAtStart = m_duration; // start over
    m_startedAt = now();
    m_state = State::Running;
    m_ticker.start();
    emit changed();
}

void WorkshopTimer::pause()
{
    if (m_state != State::Running)
        return;
    m_remainingAtStart = remaining();
    m_state = State::Paused;
    m_ticker.stop();
    emit changed();
}

void WorkshopTimer::toggle()
{
    if (m_state == State::Running)
        pause();
    else
        start();
}

void WorkshopTimer::reset()
{
    m_ticker.stop();
    m_state = State::Idle;
    m_remainingAtStart = m_duration;
    emit changed();
}

void WorkshopTimer::tick()
{
    if (m_state == State::Running && remaining() <= 0) {
        m_state = State::Finished;
        m_finishedAt = now();
        m_remainingAtStart = 0;
        // Keeps ticking for the flash until reset; a finished countdown is a few bytes of work.
        emit changed();
        emit alarm();
        return;
    }
    if (m_state == State::Running || m_state == State::Finished)
        emit changed();
}

} // namespace jl
