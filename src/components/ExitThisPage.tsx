// "Exit this page": a link that works even without JavaScript; with it, the page also hides at once
// and leaves without a history entry. Shows the Shift-shortcut progress and announces it.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exitShortcut, exitUrl } from '../exit';
import { exitAttribute } from '../handover';

interface Props {
  onExit: () => void;
  /** Shift presses counted so far. */
  presses: number;
}

export function ExitThisPage({ onExit, presses }: Props) {
  const { t } = useTranslation();
  const left = exitShortcut.presses - presses;
  return (
    <div className="exit-this-page">
      <a className="exit-button" href={exitUrl} rel="noreferrer" {...{ [exitAttribute]: '' }} onClick={(event) => exitNow(event, onExit)}>
        {t('exit.button')}
      </a>
      <span className="exit-indicator" aria-hidden="true">
        {Array.from({ length: exitShortcut.presses }, (_, index) => (
          <span key={index} className={index < presses ? 'exit-dot exit-dot-on' : 'exit-dot'} />
        ))}
      </span>
      <span className="visually-hidden" role="status">
        {presses > 0 && t('exit.pressesLeft', { count: left })}
      </span>
    </div>
  );
}

/** The skip link at the very start of the page: the first thing a keyboard reaches. */
export function ExitSkipLink({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={exitUrl} rel="noreferrer" {...{ [exitAttribute]: '' }} onClick={(event) => exitNow(event, onExit)}>
      {t('exit.skipLink')}
    </a>
  );
}

function exitNow(event: MouseEvent, onExit: () => void) {
  event.preventDefault();
  onExit();
}
