// Everything a shared kiosk adds, loaded only in kiosk mode: the sign that the screen is shared,
// the idle timers with their "Are you still there?" prompt, and the offline service worker that
// also brings each new version at a moment nobody is using the kiosk (newVersions.ts).
import { useEffect, useRef } from 'react';
import { kioskMachine } from '../flow/kioskMachine';
import { useActor } from '../hooks/useActor';
import { useWords } from '../i18n/useWords';
import { keepUpToDate, type NewVersions } from './newVersions';
import type { KioskSettings } from './settings';
import { StillTherePrompt } from './StillTherePrompt';
import './kiosk.css';

export { QrCode } from './QrCode';

// Not 'scroll': the reset itself scrolls to the top, which would start the timers again. 'click' too:
// assistive technology may click without any pointer or key event, and a click means someone is here.
const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'click'] as const;

interface Props {
  settings: KioskSettings;
  /** Clears answers, language, panels and scroll for the next person. */
  onClear: () => void;
}

export function KioskMode({ settings, onClear }: Props) {
  const { t } = useWords('kiosk');
  const clear = useRef(onClear);
  clear.current = onClear;
  const [state, sendEvent] = useActor(kioskMachine.provide({ actions: { clearSession: () => clear.current() } }), {
    input: { idleMs: settings.idleSeconds * 1000, countdownMs: settings.countdownSeconds * 1000, now: Date.now() },
  });

  useEffect(() => {
    let lastMove = 0;
    const onActivity = (event: Event) => {
      // A touch on "Are you still there?", or a key that presses its button, is answered by the
      // prompt itself (its click). Taken as activity here, it would close the prompt before the click
      // lands, and the click would press whatever lies beneath it.
      const onPrompt = (event.target as Element | null)?.closest?.('.still-there');
      if (onPrompt && (!(event instanceof KeyboardEvent) || event.key === 'Enter' || event.key === ' ')) return;
      // Pointer movement comes in floods; once a second is plenty to keep the screen awake.
      if (event.type === 'pointermove' && event.timeStamp - lastMove < 1000) return;
      lastMove = event.timeStamp;
      sendEvent({ type: 'activity', at: Date.now() });
    };
    const onVisible = () => document.visibilityState === 'visible' && sendEvent({ type: 'wake', at: Date.now() });
    for (const type of activityEvents) document.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      for (const type of activityEvents) document.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [sendEvent]);

  const versions = useRef<NewVersions>(undefined);
  useEffect(() => {
    // Offline for the kiosk only: a personal phone never gets a service worker (it would be a trace).
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const kept = keepUpToDate(navigator.serviceWorker, './sw.js', () => window.location.reload());
    versions.current = kept;
    return () => kept.stop();
  }, []);
  // Untouched since the last reset (or since it loaded): on the first question, nobody here.
  const untouched = state.matches('waiting');
  useEffect(() => versions.current?.setIdle(untouched), [untouched]);

  return (
    <>
      <p className="kiosk-sign">
        <strong>{t('kiosk.badge')}</strong> {t('kiosk.privacy')}
      </p>
      {state.matches('askingStillThere') && (
        <StillTherePrompt countdownSeconds={settings.countdownSeconds} onStillHere={() => sendEvent({ type: 'stillHere', at: Date.now() })} />
      )}
    </>
  );
}
