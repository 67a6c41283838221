// Languages in the app: right-to-left, interpreters mentioned, on-demand loading that never leaves
// the page half-translated.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mostQuestions } from '../src/flow/progress';
import { renderApp } from './render';

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
    const number = (await screen.findAllByText('303-441-3700'))[0];
    expect(number.closest('[dir="ltr"]')).not.toBeNull();
  });
});

describe('interpreters', () => {
  it('outcomes in another language say the national hotline has interpreters', async () => {
    const { user, t } = await renderApp('es');
    await user.click(screen.getByRole('button', { name: t('questions.danger.answers.yes') }));
    expect(await screen.findByText(/200/)).toHaveTextContent(/200/);
    expect(screen.getAllByRole('link', { name: '1-888-373-7888' })[0]).toHaveAttribute('href', 'tel:+18883737888');
  });

  it('English outcomes do not repeat it', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.queryByText(/interpreters in more than 200 languages:/)).not.toBeInTheDocument();
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
