// The outcomes rehearsed off the page while the first screen is idle (so the first outcome's tap
// finds its code compiled; the time it saves is measured by `npm run bench`): the person sees, hears
// and loses nothing, and no outcome fails to render.
import { render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { createI18n } from '../src/i18n/i18n';
import { rehearseOutcomes } from '../src/screens/rehearseOutcomes';

afterEach(() => vi.unstubAllGlobals());

it('rehearses every outcome without showing it, moving focus, stopping speech, touching the page or failing', async () => {
  const i18n = createI18n();
  await i18n.loadNamespaces('outcome');
  render(
    <main>
      <h1>The question on screen</h1>
      <button type="button">Listen</button>
    </main>,
  );
  const listen = screen.getByRole('button', { name: 'Listen' });
  listen.focus();
  const speech = { cancel: vi.fn(), speak: vi.fn(), speaking: true, getVoices: () => [], addEventListener: vi.fn(), removeEventListener: vi.fn() };
  vi.stubGlobal('speechSynthesis', speech);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const page = document.body.innerHTML;
  // A kiosk takes any click on the page for someone using it.
  const clicks = vi.fn();
  document.addEventListener('click', clicks, { capture: true });

  await rehearseOutcomes(i18n);

  expect(document.body.innerHTML).toBe(page);
  expect(listen).toHaveFocus();
  expect(speech.cancel).not.toHaveBeenCalled();
  expect(clicks).not.toHaveBeenCalled();
  // A failed rehearsal is caught (and would leave the first outcome slow): React reports it here.
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});
