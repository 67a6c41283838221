// Build-time only: renders the first screen (English, the danger question) and the no-JavaScript
// contact list, so index.html carries them before any script runs. vite.config.ts calls this.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { ContactDirectory } from './components/ContactDirectory';
import { createI18n } from './i18n/i18n';
import { Root } from './Root';

export function renderFirstScreen() {
  const i18n = createI18n();
  return {
    app: renderToString(<Root i18n={i18n} />),
    noscript: renderToString(
      <I18nextProvider i18n={i18n}>
        <div className="noscript step">
          <p>{i18n.t('noscript.body')}</p>
          <ContactDirectory heading="h2" />
        </div>
      </I18nextProvider>,
    ),
  };
}
