// "Are you still there?": a modal dialog with a visible countdown and one large button. A native
// <dialog> opened with showModal() traps focus and hides the page behind from screen readers.
import { useEffect, useRef, useState } from 'react';
import { useWords } from '../i18n/useWords';

interface Props {
  countdownSeconds: number;
  onStillHere: () => void;
}

export function StillTherePrompt({ countdownSeconds, onStillHere }: Props) {
  const { t } = useWords('kiosk');
  const dialog = useRef<HTMLDialogElement>(null);
  const [left, setLeft] = useState(countdownSeconds);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => element.close?.();
  }, []);

  useEffect(() => {
    // Only the display counts down here; the kiosk machine's own timer decides when to clear.
    const started = Date.now();
    const tick = setInterval(() => setLeft(Math.max(0, countdownSeconds - Math.floor((Date.now() - started) / 1000))), 250);
    return () => clearInterval(tick);
  }, [countdownSeconds]);

  return (
    <dialog
      ref={dialog}
      className="still-there"
      aria-labelledby="still-there-title"
      aria-describedby="still-there-body"
      // Escape means "I'm still here", not "close and leave the answers on screen".
      onCancel={(event) => {
        event.preventDefault();
        onStillHere();
      }}
      // So does a tap beside the box, on the dimmed page (the dialog's backdrop).
      onClick={(event) => event.target === event.currentTarget && onStillHere()}
    >
      <h2 id="still-there-title">{t('kiosk.stillThere')}</h2>
      <p id="still-there-body">{t('kiosk.clearing')}</p>
      <p className="countdown">
        <span className="countdown-number">{left}</span> <span>{t('kiosk.secondsLeft')}</span>
      </p>
      {/* The one thing to do here, so it takes focus. */}
      <button type="button" className="answer still-here" autoFocus onClick={onStillHere}>
        {t('kiosk.stillHere')}
      </button>
    </dialog>
  );
}
