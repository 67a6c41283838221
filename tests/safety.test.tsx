// Safety in the app itself: leaving in one move, the browsing-safely page, a crash that still shows
// every number, and a missing translation that falls back to English.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../locales/en/translation.json';
import { contactIds, contacts } from '../src/flow/contacts';
import { exitUrl, leavePage } from '../src/exit';
import { languages } from '../src/i18n/languages';
import { renderApp } from './render';
import { serveLocales } from './setup';

vi.mock('../src/exit', async (actual) => ({ ...(await actual<typeof import('../src/exit')>()), leavePage: vi.fn() }));

afterEach(() => {
  vi.mocked(leavePage).mockClear();
  vi.restoreAllMocks();
  window.history.replaceState(null, '');
});

describe('Exit this page', () => {
  it('the button hides the page at once and replaces it with the neutral site', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    const [skipLink, button] = screen.getAllByRole('link', { name: /Exit this page/ });
    expect(skipLink).toHaveAttribute('href', exitUrl);
    await user.click(button);
    expect(leavePage).toHaveBeenCalled();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Leaving this page')).toBeInTheDocument();
  });

  it('stops any speech at once', async () => {
    const cancel = vi.fn();
    vi.stubGlobal('speechSynthesis', { cancel, getVoices: () => [], addEventListener() {}, removeEventListener() {} });
    const { user } = await renderApp();
    await user.click(screen.getAllByRole('link', { name: /Exit this page/ })[1]);
    expect(cancel).toHaveBeenCalled();
    vi.unstubAllGlobals();
    vi.stubGlobal('fetch', vi.fn(serveLocales));
  });

  it('the skip link is the first thing the keyboard reaches, and Enter exits', async () => {
    const { user } = await renderApp();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Exit this page now' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(leavePage).toHaveBeenCalled();
  });

  it('pressing Shift three times exits, announcing the presses left', async () => {
    const { user } = await renderApp();
    await user.keyboard('{Shift}');
    expect(screen.getByText('Shift pressed. Press it 2 more times to exit.')).toHaveAttribute('role', 'status');
    await user.keyboard('{Shift}');
    expect(screen.getByText('Shift pressed. Press it once more to exit.')).toBeInTheDocument();
    expect(leavePage).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(leavePage).toHaveBeenCalled();
  });

  it.each(languages.map((language) => language.code))("counts the presses left with the plural forms of %s", async (code) => {
    const { user, i18n } = await renderApp(code);
    await user.keyboard('{Shift}');
    // i18next picks the language's own form for 2 (Russian "2 раза", its "few"; English "2 more times").
    const form = new Intl.PluralRules(code).select(2);
    const sentence = i18n.getResource(code, 'translation', `exit.pressesLeft_${form}`) as string;
    expect(screen.getByText(sentence.replace('{{count}}', '2'))).toHaveAttribute('role', 'status');
  });

  it('any other key in between starts the count again', async () => {
    const { user } = await renderApp();
    await user.keyboard('{Shift}{Shift}a{Shift}');
    expect(leavePage).not.toHaveBeenCalled();
    await user.keyboard('{Shift}{Shift}');
    expect(leavePage).toHaveBeenCalledTimes(1);
  });

  it('Shift held as a modifier does not count', async () => {
    const { user } = await renderApp();
    await user.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');
    expect(leavePage).not.toHaveBeenCalled();
  });
});

describe('Browsing safely', () => {
  it('opens from the footer and closes back to the same step, answers kept', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Browsing safely' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Browsing safely' })).toHaveFocus();
    expect(screen.getByText(/does not erase your browser history/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Is the person you are worried about under 18?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'No' })).toHaveAccessibleDescription(/Your earlier answer/);
  });

  it("the browser's Back closes it, and the questions are where they were", async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Browsing safely' }));
    await screen.findByRole('heading', { level: 1, name: 'Browsing safely' });
    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 1, name: 'Is the person you are worried about under 18?' })).toHaveFocus();
  });
});

describe('a crash', () => {
  it('shows a calm message and every contact, in the current language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user, t } = await renderApp(languages.at(-1)!.code);
    vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new Error('forced');
    });
    await user.click(screen.getByRole('button', { name: t('answers.no') }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: t('crash.title') })).toBeVisible();
    const main = screen.getByRole('main');
    await within(main).findByRole('heading', { name: t('directory.title', { ns: 'outcome' }) });
    const hrefs = within(main).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(contactIds.flatMap((id) => contacts[id].channels.map((channel) => channel.href))));
    expect(screen.getAllByRole('link', { name: /911/ })[0]).toHaveAttribute('href', 'tel:911');
    // Exit this page still works after a crash.
    await user.click(screen.getByRole('link', { name: t('exit.button') }));
    expect(leavePage).toHaveBeenCalled();
  });
});

// Where the place offers a language besides English.
describe.each(languages.filter((language) => language.code !== 'en').slice(0, 1))('a missing translation in $name', ({ code }) => {
  it('falls back to English, never to a raw key', async () => {
    const { i18n } = await renderApp(code);
    const words = structuredClone(i18n.getResourceBundle(code, 'translation')) as typeof en;
    const partial = words as Partial<typeof en> & { questions: Partial<typeof en.questions> };
    delete (partial.questions.danger as Partial<typeof en.questions.danger>).title;
    act(() => {
      i18n.removeResourceBundle(code, 'translation');
      i18n.addResourceBundle(code, 'translation', partial);
      void i18n.changeLanguage('en').then(() => i18n.changeLanguage(code));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toBeVisible();
    expect(screen.getByRole('button', { name: words.answers.yes })).toBeVisible();
    expect(screen.queryByText(/questions\.danger/)).not.toBeInTheDocument();
  });
});
