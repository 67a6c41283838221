// Renders the whole app the way the browser entry does, with the real locale files.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { changeLanguage, createI18n, namespaces } from '../src/i18n/i18n';
import type { LanguageCode } from '../src/i18n/languages';
import type { KioskSettings } from '../src/kiosk/settings';
import { Root } from '../src/Root';

export async function renderApp(language: LanguageCode = 'en', { kiosk }: { kiosk?: KioskSettings } = {}) {
  const i18n = createI18n();
  if (language !== 'en') await changeLanguage(i18n, language);
  // Fetched now rather than when the app asks, so a test can name what it expects to see.
  await i18n.loadNamespaces([...namespaces]);
  // Fake timers (kiosk tests) move on when user-event waits between keystrokes.
  const user = userEvent.setup({ advanceTimers: (ms) => void (vi.isFakeTimers() && vi.advanceTimersByTime(ms)) });
  const result = render(<Root i18n={i18n} kiosk={kiosk} />);
  return { ...result, user, i18n, t: i18n.t.bind(i18n) };
}
