// What stands in for an outcome whose words cannot be fetched: the page's own copy of the 911
// outcome, or the note that the tool could not load and every contact; never the crash screen.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import outcomeWords from '../locales/en/outcome.json';
import en from '../locales/en/translation.json';
import { contactIds, contacts } from '../src/flow/contacts';
import { createI18n } from '../src/i18n/i18n';
import { renderFirstScreen } from '../src/prerender';
import { Root } from '../src/Root';
import { serveLocales } from './setup';

let staticParts: HTMLDivElement;

beforeEach(() => {
  // What the build puts into index.html beside the app, hidden until needed.
  staticParts = document.createElement('div');
  staticParts.innerHTML = renderFirstScreen().directory;
  document.body.append(staticParts);
  vi.mocked(fetch).mockImplementation(async (input, init) =>
    /\/outcome\.json/.test(String(input)) ? Promise.reject(new TypeError('Failed to fetch')) : serveLocales(input, init),
  );
});

afterEach(() => {
  vi.mocked(fetch).mockImplementation(serveLocales);
  staticParts.remove();
  window.history.replaceState(null, '');
});

async function openApp() {
  const user = userEvent.setup();
  render(<Root i18n={createI18n()} />);
  return user;
}

describe('an outcome without its words', () => {
  it('the 911 outcome shows from the page itself, with its heading focused', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: en.answers.yes }));
    const heading = await screen.findByRole('heading', { level: 1, name: outcomeWords.outcomes.call911Result.title.replace('{{emergency}}', '911') });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('heading', { name: en.crash.title })).not.toBeInTheDocument();
  });

  it('another outcome says the tool could not load and lists every contact', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: en.answers.no }));
    await user.click(screen.getByRole('button', { name: en.answers.no }));
    expect(await screen.findByText(outcomeWords.directory.appFailed)).toHaveFocus();
    const directory = screen.getByRole('region', { name: outcomeWords.directory.title });
    for (const id of contactIds) {
      for (const channel of contacts[id].channels) expect(directory.querySelector(`a[href="${channel.href}"]`)).not.toBeNull();
    }
    expect(screen.queryByRole('heading', { name: en.crash.title })).not.toBeInTheDocument();
    // Back still works.
    await user.click(screen.getByRole('button', { name: en.common.back }));
    expect(screen.getByRole('heading', { level: 1, name: en.questions.minor.title })).toBeVisible();
  });
});
