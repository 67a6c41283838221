// The kiosk's idle timers: after a spell without any activity it asks "Are you still there?", and
// when the countdown ends it clears the screen for the next person. Timers are delayed transitions.
import { assign, setup } from 'xstate';

export interface KioskTimerContext {
  idleMs: number;
  countdownMs: number;
  /** When someone last touched, clicked, typed or moved (ms since the epoch). */
  lastActivityAt: number;
}

export type KioskTimerEvent =
  | { type: 'activity'; at: number }
  | { type: 'stillHere'; at: number }
  /** The page became visible again: timers stop while a device sleeps, so the elapsed time is checked. */
  | { type: 'wake'; at: number };

export const kioskMachine = setup({
  types: {
    context: {} as KioskTimerContext,
    events: {} as KioskTimerEvent,
    input: {} as { idleMs: number; countdownMs: number; now: number },
  },
  delays: {
    idle: ({ context }) => context.idleMs,
    countdown: ({ context }) => context.countdownMs,
  },
  guards: {
    pastCountdown: ({ context, event }) => event.at - context.lastActivityAt >= context.idleMs + context.countdownMs,
    pastIdle: ({ context, event }) => event.at - context.lastActivityAt >= context.idleMs,
  },
  actions: {
    noteActivity: assign({ lastActivityAt: ({ event }) => event.at }),
    // Provided by the app: answers, language, panels and scroll back to a fresh start.
    clearSession: () => {},
  },
}).createMachine({
  id: 'kiosk',
  context: ({ input }) => ({ idleMs: input.idleMs, countdownMs: input.countdownMs, lastActivityAt: input.now }),
  // Nothing to clear until someone uses the screen.
  initial: 'waiting',
  states: {
    waiting: {
      on: { activity: { target: 'inUse', actions: 'noteActivity' } },
    },
    inUse: {
      after: { idle: 'askingStillThere' },
      on: {
        activity: { target: 'inUse', reenter: true, actions: 'noteActivity' },
        wake: [
          { guard: 'pastCountdown', target: 'clearing' },
          { guard: 'pastIdle', target: 'askingStillThere' },
        ],
      },
    },
    askingStillThere: {
      after: { countdown: 'clearing' },
      on: {
        activity: { target: 'inUse', actions: 'noteActivity' },
        stillHere: { target: 'inUse', actions: 'noteActivity' },
        wake: { guard: 'pastCountdown', target: 'clearing' },
      },
    },
    clearing: {
      entry: 'clearSession',
      always: 'waiting',
    },
  },
});
