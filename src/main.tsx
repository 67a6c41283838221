// The app: takes over the prerendered English first screen, or renders afresh in another language
// or as a kiosk. In the build, a small boot script loads it once the page has painted (vite.config.ts).
import { createRoot, hydrateRoot } from 'react-dom/client';
import { changeLanguage, createI18n } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';
import { takeEarlyTaps } from './hooks/useEarlyTaps';
import type { KioskSettings } from './kiosk/settings';
import { Root } from './Root';
import './styles.css';

const container = document.getElementById('root')!;
const i18n = createI18n();
const search = window.location.search;

function start(kiosk: KioskSettings | undefined) {
  // A kiosk starts in its operator's language; anyone else in the one their address or browser asks for.
  const language = kiosk?.defaultLanguage ?? detectLanguage(search, navigator.languages ?? []);
  if (language === 'en' && !kiosk && container.hasChildNodes()) {
    if (takeEarlyTaps()) hydrateRoot(container, <Root i18n={i18n} />);
    return;
  }
  // The English first screen stays on show until the chosen language (and kiosk shell) is ready.
  changeLanguage(i18n, language)
    .catch(() => undefined)
    .finally(() => {
      // boot.js may have given up waiting and shown its own help: that page then stays as it is.
      if (takeEarlyTaps()) createRoot(container).render(<Root i18n={i18n} kiosk={kiosk} />);
    });
}

// Kiosk settings are read by kiosk code, which phones never download.
if (new URLSearchParams(search).get('kiosk') === '1') {
  void import('./kiosk/settings').then(({ kioskSettings }) => start(kioskSettings(search)));
} else {
  start(undefined);
}
