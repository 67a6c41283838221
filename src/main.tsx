// The app: takes over the prerendered English first screen, or renders afresh in another language.
// In the build, a two-line boot script loads it once the page has painted (vite.config.ts).
import { createRoot, hydrateRoot } from 'react-dom/client';
import { changeLanguage, createI18n } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';
import { Root } from './Root';
import './styles.css';

const container = document.getElementById('root')!;
const i18n = createI18n();
const language = detectLanguage(window.location.search, navigator.languages ?? []);

if (language === 'en' && container.hasChildNodes()) {
  hydrateRoot(container, <Root i18n={i18n} />);
} else {
  // The English first screen stays on show until the chosen language has arrived.
  changeLanguage(i18n, language)
    .catch(() => undefined)
    .finally(() => createRoot(container).render(<Root i18n={i18n} />));
}
