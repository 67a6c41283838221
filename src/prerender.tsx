// Build-time only: renders the first screen (English, the danger question), the static contact list
// and the help boot.js shows if the app is slow or never arrives (the 911 outcome and a note), so
// index.html carries them before any script runs. vite.config.ts calls this.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import outcome from '../locales/en/outcome.json';
import { ContactDirectory } from './components/ContactDirectory';
import { questions } from './flow/questions';
import { wizardMachine } from './flow/wizardMachine';
import { emergencyAnswersAttribute } from './handover';
import { createI18n } from './i18n/i18n';
import { Root } from './Root';
import { OutcomeScreen } from './screens/OutcomeScreen';

/** The first question's answers that lead straight to the 911 outcome, as the machine says. */
function emergencyAnswers() {
  const start = getInitialSnapshot(wizardMachine);
  const first = start.value as keyof typeof questions;
  return questions[first].filter((answer) => getNextSnapshot(wizardMachine, start, { type: 'answer', answer }).matches('call911Result'));
}

export function renderFirstScreen() {
  const i18n = createI18n();
  i18n.addResourceBundle('en', 'outcome', outcome);
  const withWords = (element: React.ReactNode) => renderToString(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
  // Its own ids (and the labels that name them): the copy waits in the page beside the live screen
  // until it is needed, and a label must never find the live screen's element of the same id. Without the Print button (no script to press it) and the printed-on line (it would say the
  // build's date).
  const call911 = withWords(<OutcomeScreen outcome="call911Result" headingRef={null} />)
    .replace(/ (id|aria-labelledby)="([^"]+)"/g, ' $1="static-$2"')
    .replace(/<p class="(no-print|print-only)">[\s\S]*?<\/p>/g, '');
  return {
    app: renderToString(<Root i18n={i18n} />),
    // Hidden until needed: the note and the 911 outcome by boot.js (styles.css: data-boot) or by
    // the app when an outcome's code or words are missing (StaticNode); the contact list also by
    // noscript.css without JavaScript and by the crash screen; the contact list and the note for
    // blocked scripts by CSS alone, a few seconds after load, when no script of the page has run
    // (styles.css). None needs a script, words or network.
    directory: [
      withWords(
        <p id="boot-notice" className="notice step" role="alert" tabIndex={-1} hidden>
          {i18n.t('directory.appFailed', { ns: 'outcome' })}
        </p>,
      ),
      `<div id="static-outcome" class="step" ${emergencyAnswersAttribute}="${emergencyAnswers().join(' ')}" hidden>${call911}</div>`,
      withWords(
        <div id="scripts-blocked" hidden>
          <p className="notice">
            <a href="#contact-directory">{i18n.t('noscript.scriptsBlocked', { ns: 'outcome' })}</a>
          </p>
        </div>,
      ),
      withWords(
        <div id="contact-directory" className="noscript step" hidden>
          <p className="noscript-only">{i18n.t('noscript.body', { ns: 'outcome' })}</p>
          <ContactDirectory heading="h2" />
        </div>,
      ),
    ].join(''),
  };
}
