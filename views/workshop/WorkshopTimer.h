#pragma once

// The countdown of a workshop exercise ("ten minutes for ideas"): set, started, paused, reset;
// never stored. It reads time from a clock function (milliseconds, monotonic) so tests can
// drive it without waiting, and ticks a few times a second while it runs or rings.

#include <QObject>
#include <QTimer>

#include <functional>

namespace jl {

class WorkshopTimer : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, Finished };

    explicit WorkshopTimer(QObject *parent = nullptr);

    // The clock: milliseconds from any fixed point; defaults to a QElapsedTimer.
    void setClock(std::function<qint64()> clock);

    // Sets the duration and resets to it (stopped).
    void setDuration(qint64 milliseconds);
    qint64 duration() const { return m_duration; }
    qint64 remaining() const;
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // The last minute: the display turns amber.
    bool isWarning() const;
    // Time is up: the display turns red and flashes until reset.
    bool isAlarm() const { return m_state == State::Finished; }
    // Alternates for the first seconds of the alarm (for the flash), from the clock.
    bool flashPhase() const;

    static constexpr qint64 WarningTime = 60 * 1000;
    static constexpr qint64 FlashTime = 10 * 1000;
    static constexpr int TickInterval = 200;

public slots:
    void start();
    void pause();
    void toggle();
    void reset();
    // Reads the clock and updates the state; the internal timer calls it.
    void tick();

signals:
    // Remaining time or state changed (also on every tick while ringing, for the flash).
    void changed();
    // The countdown reached zero.
    void alarm();

private:
    qint64 now() const;

    std::function<qint64()> m_clock;
    qint64 m_duration = 10 * 60 * 1000;
    qint64 m_remainingAtStart = m_duration; // remaining time when last started or paused
    qint64 m_startedAt = 0;
    qint64 m_finishedAt = 0;
    State m_state = State::Idle;
    QTimer m_ticker;
};

} // namespace jl
