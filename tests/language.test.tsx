// Languages in the app: right-to-left, interpreters mentioned, on-demand loading that never leaves
// the page half-translated.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callChannel } from '../src/flow/contacts';
import { mostQuestions } from '../src/flow/wizardPaths';
import { languages } from '../src/i18n/languages';
import { outcomeHeading } from './journeys';
import { renderApp } from './render';

const hotlineCall = callChannel('traffickingHotline');
/** The place's languages other than English (none for an English-only place), and its right-to-left ones. */
const others = languages.filter((language) => language.code !== 'en');
const rightToLeft = languages.filter((language) => language.dir === 'rtl');

/** The paragraph whose whole text is `text` (a sentence with a link inside it). */
const paragraph = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe.each(rightToLeft.map((language) => language.code))('right to left: %s', (code) => {
  it('sets <html dir="rtl"> and keeps numbers left to right', async () => {
    const { user, t } = await renderApp(code);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', code);
    await user.click(screen.getByRole('button', { name: t('answers.no') }));
    await user.click(screen.getByRole('button', { name: t('answers.no') }));
    const { display } = callChannel('prosecutor');
    const number = (await screen.findAllByText(display))[0];
    expect(number.closest('[dir="ltr"]')).not.toBeNull();
  });
});

describe('interpreters', () => {
  it.each(others.map((language) => language.code))('outcomes in %s say the national hotline has interpreters', async (code) => {
    const { user, t, i18n } = await renderApp(code);
    await user.click(screen.getByRole('button', { name: t('answers.yes') }));
    await screen.findByRole('heading', { level: 1, name: outcomeHeading(i18n, 'call911Result') });
    const sentence = i18n.t('outcomes.interpreters', { ns: 'outcome', number: hotlineCall.display }).replace(/<\/?call>/g, '');
    const line = screen.getByText(paragraph(sentence));
    expect(within(line).getByRole('link', { name: hotlineCall.display })).toHaveAttribute('href', hotlineCall.href);
  });

  it('English outcomes do not repeat it', async () => {
    const { user, i18n } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await screen.findByRole('heading', { level: 1, name: outcomeHeading(i18n, 'call911Result') });
    const sentence = i18n.t('outcomes.interpreters', { ns: 'outcome', lng: 'en', number: hotlineCall.display }).replace(/<\/?call>/g, '');
    expect(screen.queryByText(paragraph(sentence))).not.toBeInTheDocument();
  });
});

describe.each(others.slice(-1))('loading a language: $name', (language) => {
  it('a language that fails to load leaves the page as it was, and says so', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    // As if the network dropped while its words were on their way.
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), language.name);
    expect(await screen.findByRole('alert')).toHaveTextContent(`${language.name} could not be loaded. The page stays in the current language.`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is the person you are worried about under 18?');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('says so only until the person moves on to another step', async () => {
    const { user } = await renderApp();
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), language.name);
    expect(await screen.findByRole('alert')).toHaveTextContent(`${language.name} could not be loaded.`);
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is the person you are worried about under 18?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

});

describe('step changes', () => {
  it('announces each step change once, in the live region', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByText(`Question 2 of up to ${mostQuestions()}`)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByText('Here is what to do')).toHaveAttribute('role', 'status');
  });
});
