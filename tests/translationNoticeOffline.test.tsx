// If the notice's code cannot be fetched (a dropped connection), the page carries on in the chosen
// language without it, rather than falling to the crash screen.
import { screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { languages } from '../src/i18n/languages';
import { renderApp } from './render';

vi.mock('../src/components/TranslationNotice', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

/** A language the place offers besides English (the notice shows only there). */
const other = languages.find((language) => language.code !== 'en');

if (other) {
  it('a notice that fails to load leaves the question on screen', async () => {
    // React reports the error once a boundary has caught it.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { t } = await renderApp(other.code);
    await waitFor(() => expect(reported).toHaveBeenCalled());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('questions.danger.title'));
    expect(screen.getByRole('button', { name: t('answers.yes') })).toBeInTheDocument();
    expect(screen.queryByText(t('crash.title'))).toBeNull();
  });
} else {
  it('asks for no notice where the place offers English alone, so none can fail to load', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderApp('en');
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    expect(reported).not.toHaveBeenCalled();
  });
}
