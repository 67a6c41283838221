// Build-time only: renders the first screen (English, the danger question) and the static contact
// list, so index.html carries them before any script runs. vite.config.ts calls this.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import outcome from '../locales/en/outcome.json';
import { ContactDirectory } from './components/ContactDirectory';
import { createI18n } from './i18n/i18n';
import { Root } from './Root';

export function renderFirstScreen() {
  const i18n = createI18n();
  i18n.addResourceBundle('en', 'outcome', outcome);
  return {
    app: renderToString(<Root i18n={i18n} />),
    // Hidden until needed: shown by noscript.css without JavaScript, and by the crash screen, which
    // moves it into view (see StaticDirectory), so a crash shows every number even offline.
    directory: renderToString(
      <I18nextProvider i18n={i18n}>
        <div id="contact-directory" className="noscript step" hidden>
          <p className="noscript-only">{i18n.t('noscript.body', { ns: 'outcome' })}</p>
          <ContactDirectory heading="h2" />
        </div>
      </I18nextProvider>,
    ),
  };
}
