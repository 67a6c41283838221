// Languages in the app: right-to-left, interpreters mentioned, on-demand loading that never leaves
// the page half-translated.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contacts } from '../src/flow/contacts';
import { outcomes } from '../src/flow/outcomes';
import { mostQuestions } from '../src/flow/progress';
import { renderApp } from './render';

const hotlineCall = contacts.nationalHotline.channels[0];

/** The paragraph whose whole text is `text` (a sentence with a link inside it). */
const paragraph = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('right to left', () => {
  it('Arabic sets <html dir="rtl"> and keeps numbers left to right', async () => {
    const { user, t } = await renderApp('ar');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    await user.click(screen.getByRole('button', { name: t('questions.danger.answers.no') }));
    await user.click(screen.getByRole('button', { name: t('questions.minor.answers.no') }));
    const { display } = contacts[outcomes.adultResult.primary[0]].channels[0];
    const number = (await screen.findAllByText(display))[0];
    expect(number.closest('[dir="ltr"]')).not.toBeNull();
  });
});

describe('interpreters', () => {
  it('outcomes in another language say the national hotline has interpreters', async () => {
    const { user, t, i18n } = await renderApp('es');
    await user.click(screen.getByRole('button', { name: t('questions.danger.answers.yes') }));
    await screen.findByRole('heading', { level: 1, name: i18n.t('outcomes.call911Result.title', { ns: 'outcome', emergency: '911' }) });
    const sentence = i18n.t('outcomes.interpreters', { ns: 'outcome', number: hotlineCall.display }).replace(/<\/?call>/g, '');
    const line = screen.getByText(paragraph(sentence));
    expect(within(line).getByRole('link', { name: hotlineCall.display })).toHaveAttribute('href', hotlineCall.href);
  });

  it('English outcomes do not repeat it', async () => {
    const { user, i18n } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await screen.findByRole('heading', { level: 1, name: i18n.t('outcomes.call911Result.title', { ns: 'outcome', emergency: '911' }) });
    const sentence = i18n.t('outcomes.interpreters', { ns: 'outcome', lng: 'en', number: hotlineCall.display }).replace(/<\/?call>/g, '');
    expect(screen.queryByText(paragraph(sentence))).not.toBeInTheDocument();
  });
});

describe('loading a language', () => {
  it('a language that fails to load leaves the page as it was, and says so', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    // As if the network dropped while the Russian words were on their way.
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');
    expect(await screen.findByRole('alert')).toHaveTextContent('Русский could not be loaded. The page stays in the current language.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is the person you are worried about under 18?');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('says so only until the person moves on to another step', async () => {
    const { user } = await renderApp();
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');
    expect(await screen.findByRole('alert')).toHaveTextContent('Русский could not be loaded.');
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is the person you are worried about under 18?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces each step change once, in the live region', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByText(`Question 2 of up to ${mostQuestions}`)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByText('Here is what to do')).toHaveAttribute('role', 'status');
  });
});
