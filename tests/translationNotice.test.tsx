// While a language has strings no qualified translator has reviewed, the tool says so: one line at
// the top of every step (the printed handout too), and after the step a notice in that language and
// in English with one tap back to English. English itself never shows either.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import english from '../locales/en/review.json';
import { languages } from '../src/i18n/languages';
import { placeDir } from '../src/build/place.mjs';
import { readLocales, readPlaceWords, reviewedLanguages } from '../src/i18n/reviewStatus';
import { outcomeHeading } from './journeys';
import { renderApp } from './render';

const unreviewed = languages
  .map((language) => language.code)
  .filter((code) => code !== 'en' && !reviewedLanguages(readLocales('locales'), readPlaceWords(placeDir())).includes(code));

/** The one-line banner of a draft translation, by its words. */
const banner = (text: string) => screen.queryByText(text, { selector: '.draft-banner' });

describe('translation notice', () => {
  it('is never shown in English', async () => {
    await renderApp('en');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(english.translationNotice.text, { exact: false })).toBeNull();
    expect(screen.queryByRole('button', { name: new RegExp(english.translationNotice.switch) })).toBeNull();
    expect(document.querySelector('.draft-banner')).toBeNull();
  });

  it.each(unreviewed)('in %s, says it is a draft at the top of every step: a question, an outcome, a page over them', async (code) => {
    const { user, i18n } = await renderApp(code);
    const t = i18n.getFixedT(code);
    const atTop = () => {
      const line = banner(t('draftBanner.text'));
      expect(line).toBeVisible();
      // Before the step's heading: seen without scrolling.
      expect(line!.compareDocumentPosition(screen.getByRole('heading', { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // Printed with the handout: nothing hides it from print.
      expect(line!.closest('.no-print, [role="status"]')).toBeNull();
    };
    atTop();
    await user.click(screen.getByRole('button', { name: t('answers.yes') }));
    await screen.findByRole('heading', { level: 1, name: outcomeHeading(i18n, 'call911Result') });
    atTop();
    await user.click(screen.getByRole('button', { name: t('common.safetyLink') }));
    await screen.findByRole('heading', { level: 1, name: i18n.getFixedT(code, 'safety')('safety.title') });
    atTop();
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
