// While a language has strings no qualified translator has reviewed, the tool says so in that
// language and in English, with one tap back to English; English itself never shows the notice.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import english from '../locales/en/review.json';
import { languages } from '../src/i18n/languages';
import { readLocales, reviewedLanguages } from '../src/i18n/reviewStatus';
import { renderApp } from './render';

const unreviewed = languages
  .map((language) => language.code)
  .filter((code) => code !== 'en' && !reviewedLanguages(readLocales('locales')).includes(code));

describe('translation notice', () => {
  it('is never shown in English', async () => {
    await renderApp('en');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(english.translationNotice.text, { exact: false })).toBeNull();
    expect(screen.queryByRole('button', { name: new RegExp(english.translationNotice.switch) })).toBeNull();
  });

  it.each(unreviewed)('shows in %s, in that language and in English, and switches to English', async (code) => {
    const { user, i18n } = await renderApp(code);
    const own = i18n.getFixedT(code, 'review');
    const notice = await screen.findByText(own('translationNotice.text'), { exact: false });
    expect(notice).toHaveTextContent(english.translationNotice.text);
    const button = screen.getByRole('button', { name: `${own('translationNotice.switch')} (${english.translationNotice.switch})` });
    await user.click(button);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(i18n.t('questions.danger.title', { lng: 'en' }));
    expect(screen.queryByText(english.translationNotice.text, { exact: false })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
