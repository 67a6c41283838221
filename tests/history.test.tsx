// Browser history owned by one module (src/hooks/useBrowserHistory.ts), the early-tap hand-over
// from boot.js (src/handover.ts), and what stands in for an outcome whose code or words are missing.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import learn from '../locales/en/learn.json';
import outcome from '../locales/en/outcome.json';
import en from '../locales/en/translation.json';
import { handoverEvent, type Handover } from '../src/handover';
import { takeEarlyTaps } from '../src/hooks/useEarlyTaps';
import { leavePage } from '../src/exit';
import { renderApp } from './render';

vi.mock('../src/exit', async (actual) => ({ ...(await actual<typeof import('../src/exit')>()), leavePage: vi.fn() }));

afterEach(() => {
  vi.mocked(leavePage).mockReset();
  window.history.replaceState(null, '');
});

const heading = () => screen.getByRole('heading', { level: 1 });
const entryIndex = () => (window.history.state as { wsid: { index: number } }).wsid.index;

describe('Exit', () => {
  it('from a middle question, steps back to the first entry of the tool before leaving', async () => {
    let indexWhenLeaving: number | undefined;
    vi.mocked(leavePage).mockImplementation(() => void (indexWhenLeaving = entryIndex()));
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: en.answers.no }));
    await user.click(screen.getByRole('button', { name: en.answers.yes }));
    expect(entryIndex()).toBe(2);
    await user.click(screen.getAllByRole('link', { name: /Exit this page/ })[1]);
    await waitFor(() => expect(leavePage).toHaveBeenCalled());
    expect(leavePage).toHaveBeenCalledTimes(1);
    expect(indexWhenLeaving).toBe(0);
  });
});

describe('history entries', () => {
  it('hold only numbers: no answer, step or page name', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: en.answers.no }));
    await user.click(screen.getByRole('button', { name: en.common.learnLink }));
    await user.click(await screen.findByRole('button', { name: learn.pages.signs.title }));
    expect(Object.values((window.history.state as { wsid: object }).wsid).every((value) => typeof value === 'number')).toBe(true);
  });

  it('a reload mid-way starts afresh on the same entry, without stepping history back', async () => {
    window.history.replaceState({ wsid: { index: 3, depth: 3, open: 0 } }, '');
    const go = vi.spyOn(window.history, 'go');
    await renderApp();
    expect(heading()).toHaveTextContent(en.questions.danger.title);
    expect(go).not.toHaveBeenCalled();
    expect(window.history.state).toEqual({ wsid: { index: 3, depth: 0, open: 0 } });
    go.mockRestore();
  });

  it('the browser Back from a Learn page returns to the contents, then to the question', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: en.answers.no }));
    await user.click(screen.getByRole('button', { name: en.common.learnLink }));
    await user.click(await screen.findByRole('button', { name: learn.pages.signs.title }));
    expect(heading()).toHaveTextContent(learn.pages.signs.title);
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent(learn.title));
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent(en.questions.minor.title));
  });
});

describe('early taps (boot.js hands over what it heard)', () => {
  /** Plays boot.js's part: answers the hand-over event with `heard`. */
  function bootHeard(heard: Handover) {
    const answer = (event: Event) => Object.assign((event as CustomEvent<Handover>).detail, heard);
    document.addEventListener(handoverEvent, answer, { once: true });
  }

  it('the app answers the last answer tapped before it arrived, and clears boot.js help', async () => {
    document.documentElement.setAttribute('data-boot', ' call911');
    bootHeard({ steps: ['yes', 'no'], gaveUp: false });
    expect(takeEarlyTaps()).toBe(true);
    await renderApp();
    await waitFor(() => expect(heading()).toHaveTextContent(en.questions.minor.title));
    // Emptied, not removed: its presence keeps the help for blocked scripts away.
    expect(document.documentElement).toHaveAttribute('data-boot', '');
  });

  it('the app takes "This is happening to me" tapped before it arrived', async () => {
    bootHeard({ steps: ['aboutMe'], gaveUp: false });
    expect(takeEarlyTaps()).toBe(true);
    await renderApp();
    await waitFor(() => expect(heading()).toHaveTextContent(outcome.outcomes.aboutMeResult.title));
  });

  it('the app stays away when boot.js has given up and shows its own help', () => {
    bootHeard({ steps: ['no'], gaveUp: true });
    expect(takeEarlyTaps()).toBe(false);
  });
});
