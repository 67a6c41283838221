// Brings a newly published version to a kiosk, at a moment nobody is using it. The kiosk's service
// worker (vite.config.ts) keeps the version it installed until it is told to step aside; this asks
// the server for a new one whenever the kiosk is left untouched on its first question (right after
// a reset, or since it loaded) and every 15 minutes while it stays so; once a new version is fully
// downloaded and waiting, and the kiosk is still untouched, it lets it take over and reloads the page
// (same address, so the operator's settings stay). While someone uses the kiosk, or "Are you still
// there?" is up, nothing happens. A failed check or download changes nothing: the kiosk runs on what
// it has and asks again at the next reset or quarter hour.
//
// The plain ServiceWorker API, not workbox-window's Workbox: Workbox takes an update found more than a
// minute after registering for "external" and stops listening for the next one, and a kiosk finds
// every update hours later (and must see the retry of a download that failed).

/** How often a kiosk standing untouched on its first question asks whether a new version is out. */
export const checkEveryMs = 15 * 60 * 1000;

/** The message vite-plugin-pwa's worker answers with skipWaiting() (registerType 'prompt'). */
const skipWaiting = { type: 'SKIP_WAITING' } as const;

export interface NewVersions {
  /** Whether the kiosk is untouched on its first question, the only time it may switch. */
  setIdle(idle: boolean): void;
  /** Stops checking and listening (the kiosk code is going away). */
  stop(): void;
}

/**
 * Registers the kiosk's service worker (`scriptUrl`) and keeps the page on the newest version.
 * `reload` restarts the page on the version now in charge.
 */
export function keepUpToDate(container: ServiceWorkerContainer, scriptUrl: string, reload: () => void): NewVersions {
  let idle = false;
  let stopped = false;
  let registration: ServiceWorkerRegistration | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  // A page that was already under a worker when another took over runs code the new one no longer
  // caches: it must reload (at the next idle moment). A first worker taking over a page is no change.
  let controlled = container.controller !== null;
  let asked = false;
  let stale = false;

  function decide() {
    if (!idle || stopped) return;
    if (stale) return reload();
    const waiting = registration?.waiting;
    // Without an active worker this is the first one installing: it takes over by itself.
    if (waiting && registration?.active) {
      asked = true;
      waiting.postMessage(skipWaiting);
    }
  }

  function check() {
    // Offline, or the server is down: nothing changes, and the next reset or quarter hour tries again.
    registration?.update().catch(() => undefined);
  }

  const onControllerChange = () => {
    if (controlled || asked) stale = true;
    controlled = container.controller !== null;
    decide();
  };
  // A new version is downloading: once all of it is here (installed), it may take over.
  const onUpdateFound = () => {
    const worker = registration?.installing;
    worker?.addEventListener('statechange', () => worker.state === 'installed' && decide());
  };

  container.addEventListener('controllerchange', onControllerChange);
  container.register(scriptUrl, { scope: './' }).then(
    (registered) => {
      if (stopped) return;
      registration = registered;
      registered.addEventListener('updatefound', onUpdateFound);
      // One may have been waiting since before this page loaded.
      decide();
    },
    () => undefined,
  );

  return {
    setIdle(next) {
      if (next === idle) return;
      idle = next;
      clearInterval(timer);
      timer = undefined;
      if (!idle) return;
      decide();
      check();
      timer = setInterval(check, checkEveryMs);
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      container.removeEventListener('controllerchange', onControllerChange);
      registration?.removeEventListener('updatefound', onUpdateFound);
    },
  };
}
