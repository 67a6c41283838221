// When a kiosk asks for a new version and when it lets one take over (src/kiosk/newVersions.ts), with
// a stand-in for the browser's service worker API. The real thing, served by nginx and published
// twice, is tests/deploy/kiosk-update.spec.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkEveryMs, keepUpToDate } from '../src/kiosk/newVersions';

class Worker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
}

class Registration extends EventTarget {
  installing: Worker | null = null;
  waiting: Worker | null = null;
  active: Worker | null = null;
  update = vi.fn(async () => this);
}

class Container extends EventTarget {
  controller: Worker | null = null;
  constructor(readonly registration: Registration) {
    super();
  }
  register = vi.fn(async () => this.registration);
}

const skipWaiting = { type: 'SKIP_WAITING' };

/** A kiosk page under version `active` (none on a first visit), with its update watch started. */
async function kiosk({ active = new Worker() as Worker | null, waiting = null as Worker | null } = {}) {
  const registration = new Registration();
  registration.active = active;
  registration.waiting = waiting;
  const container = new Container(registration);
  container.controller = active;
  const reload = vi.fn();
  const versions = keepUpToDate(container as unknown as ServiceWorkerContainer, './sw.js', reload);
  await vi.waitFor(() => expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' }));
  await Promise.resolve();

  /** A new version downloads in full and waits. */
  const download = () => {
    const next = new Worker();
    registration.installing = next;
    registration.dispatchEvent(new Event('updatefound'));
    registration.installing = null;
    registration.waiting = next;
    next.state = 'installed';
    next.dispatchEvent(new Event('statechange'));
    return next;
  };
  /** `next` takes over the page (after skipWaiting, or on a first visit). */
  const takeOver = (next: Worker) => {
    registration.waiting = null;
    registration.active = next;
    container.controller = next;
    container.dispatchEvent(new Event('controllerchange'));
  };
  return { registration, versions, reload, download, takeOver };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a kiosk asks for a new version', () => {
  it('each time it is left untouched (after a reset), and every 15 minutes while it stays so', async () => {
    const { registration, versions } = await kiosk();
    versions.setIdle(true);
    expect(registration.update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(checkEveryMs);
    vi.advanceTimersByTime(checkEveryMs);
    expect(registration.update).toHaveBeenCalledTimes(3);
    versions.setIdle(false);
    versions.setIdle(true);
    expect(registration.update).toHaveBeenCalledTimes(4);
  });

  it('never while someone uses it', async () => {
    const { registration, versions } = await kiosk();
    versions.setIdle(true);
    versions.setIdle(false);
    vi.advanceTimersByTime(4 * checkEveryMs);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('and a failed check (offline, server down) changes nothing: it asks again later', async () => {
    const { registration, versions, reload } = await kiosk();
    registration.update.mockRejectedValue(new TypeError('Failed to fetch'));
    versions.setIdle(true);
    await vi.advanceTimersByTimeAsync(checkEveryMs);
    expect(registration.update).toHaveBeenCalledTimes(2);
    expect(reload).not.toHaveBeenCalled();
  });

  it('no more once its code is gone', async () => {
    const { registration, versions } = await kiosk();
    versions.setIdle(true);
    versions.stop();
    vi.advanceTimersByTime(4 * checkEveryMs);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});

describe('a new version takes over', () => {
  it('not while someone uses the kiosk; at the next moment it is untouched, and then the page reloads', async () => {
    const { versions, reload, download, takeOver } = await kiosk();
    versions.setIdle(false);
    const next = download();
    expect(next.postMessage).not.toHaveBeenCalled();
    versions.setIdle(true);
    expect(next.postMessage).toHaveBeenCalledWith(skipWaiting);
    expect(reload).not.toHaveBeenCalled();
    takeOver(next);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('at once when it finishes downloading while the kiosk stands untouched', async () => {
    const { versions, reload, download, takeOver } = await kiosk();
    versions.setIdle(true);
    const next = download();
    expect(next.postMessage).toHaveBeenCalledWith(skipWaiting);
    takeOver(next);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('when it was already waiting as the page loaded, once the kiosk is untouched', async () => {
    const waiting = new Worker();
    const { versions } = await kiosk({ waiting });
    expect(waiting.postMessage).not.toHaveBeenCalled();
    versions.setIdle(true);
    expect(waiting.postMessage).toHaveBeenCalledWith(skipWaiting);
  });

  it('if someone touches the kiosk during the hand-over, the page reloads only at the next untouched moment', async () => {
    const { versions, reload, download, takeOver } = await kiosk();
    versions.setIdle(true);
    const next = download();
    versions.setIdle(false);
    takeOver(next);
    expect(reload).not.toHaveBeenCalled();
    versions.setIdle(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('the first version installing on a first visit is no change: nothing is asked and nothing reloads', async () => {
    const { versions, reload, download, takeOver } = await kiosk({ active: null });
    versions.setIdle(true);
    const first = download();
    expect(first.postMessage).not.toHaveBeenCalled();
    takeOver(first);
    expect(reload).not.toHaveBeenCalled();
    // The next version, though, is a change.
    const next = download();
    expect(next.postMessage).toHaveBeenCalledWith(skipWaiting);
    takeOver(next);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
