// The kiosk's idle timers, with fake time: idle → "Are you still there?" → cleared for the next person.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { kioskMachine } from '../src/flow/kioskMachine';

const idleMs = 60_000;
const countdownMs = 30_000;

function startKiosk() {
  const clearSession = vi.fn();
  const actor = createActor(kioskMachine.provide({ actions: { clearSession } }), {
    input: { idleMs, countdownMs, now: Date.now() },
  }).start();
  const send = (type: 'activity' | 'stillHere' | 'wake') => actor.send({ type, at: Date.now() });
  return { actor, clearSession, send, state: () => actor.getSnapshot().value };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('kiosk timers', () => {
  it('wait for someone before timing anything: an untouched screen is never cleared', () => {
    const { clearSession, state } = startKiosk();
    vi.advanceTimersByTime(10 * idleMs);
    expect(state()).toBe('waiting');
    expect(clearSession).not.toHaveBeenCalled();
  });

  it('ask "are you still there?" after the idle time, then clear when the countdown ends', () => {
    const { clearSession, send, state } = startKiosk();
    send('activity');
    vi.advanceTimersByTime(idleMs - 1);
    expect(state()).toBe('inUse');
    vi.advanceTimersByTime(1);
    expect(state()).toBe('askingStillThere');
    vi.advanceTimersByTime(countdownMs);
    expect(clearSession).toHaveBeenCalledTimes(1);
    expect(state()).toBe('waiting');
  });

  it('any activity restarts the idle time', () => {
    const { send, state } = startKiosk();
    send('activity');
    vi.advanceTimersByTime(idleMs - 1000);
    send('activity');
    vi.advanceTimersByTime(idleMs - 1000);
    expect(state()).toBe('inUse');
  });

  it('activity during the prompt cancels it, and so does "I\'m still here"', () => {
    for (const answer of ['activity', 'stillHere'] as const) {
      const { clearSession, send, state } = startKiosk();
      send('activity');
      vi.advanceTimersByTime(idleMs);
      send(answer);
      expect(state()).toBe('inUse');
      vi.advanceTimersByTime(countdownMs);
      expect(clearSession).not.toHaveBeenCalled();
    }
  });

  it('on waking from sleep, clears at once if the whole time has passed', () => {
    const { clearSession, send, state } = startKiosk();
    send('activity');
    // Timers stop while a device sleeps: move the clock without firing them.
    vi.setSystemTime(Date.now() + idleMs + countdownMs + 5000);
    send('wake');
    expect(clearSession).toHaveBeenCalledTimes(1);
    expect(state()).toBe('waiting');
  });

  it('on waking from a shorter sleep, asks at once if the idle time has passed', () => {
    const { clearSession, send, state } = startKiosk();
    send('activity');
    vi.setSystemTime(Date.now() + idleMs + 1000);
    send('wake');
    expect(state()).toBe('askingStillThere');
    expect(clearSession).not.toHaveBeenCalled();
  });
});
