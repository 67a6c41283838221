// Kiosk mode in the app: the next person never sees the last one's answers or language, numbers
// are shown to scan rather than links to tap, and Exit starts afresh instead of leaving.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { outcomeView } from '../src/flow/outcomeView';
import { languages } from '../src/i18n/languages';
import { kioskDefaults, kioskRanges, kioskSettings, type KioskSettings } from '../src/kiosk/settings';
import { leavePage } from '../src/exit';
import { outcomeHeading } from './journeys';
import { renderApp } from './render';

vi.mock('../src/exit', async (actual) => ({ ...(await actual<typeof import('../src/exit')>()), leavePage: vi.fn() }));

/** The place's own timers (src/jurisdiction/<place>), English, no printing: what `?kiosk=1` alone gives. */
const settings: KioskSettings = { ...kioskDefaults, defaultLanguage: 'en', printing: false };
const idleMs = kioskDefaults.idleSeconds * 1000;
const countdownMs = kioskDefaults.countdownSeconds * 1000;
/** Another language the place offers, if it offers one. */
const other = languages.find((language) => language.code !== 'en');

describe('kiosk settings from the address', () => {
  it('are off without ?kiosk=1', () => expect(kioskSettings('?lng=es')).toBeUndefined());
  it("default to the place's idle time and countdown, English, no printing", () =>
    expect(kioskSettings('?kiosk=1')).toEqual(settings));
  it('take the operator’s timeouts, language and printing', () =>
    expect(kioskSettings(`?kiosk=1&idle=90&countdown=20&lng=${languages.at(-1)!.code}&print=1`)).toEqual({
      idleSeconds: 90,
      countdownSeconds: 20,
      defaultLanguage: languages.at(-1)!.code,
      printing: true,
    }));
  it('ignore values out of range or malformed', () =>
    expect(kioskSettings('?kiosk=1&idle=2&countdown=abc&lng=xx')).toEqual(settings));
  it.each([
    ['idle', 'idleSeconds'],
    ['countdown', 'countdownSeconds'],
  ] as const)('take %s from its lowest to its highest value, and nothing beyond', (name, setting) => {
    const { min, max } = kioskRanges[setting];
    const value = (seconds: number) => kioskSettings(`?kiosk=1&${name}=${seconds}`)![setting];
    expect([value(min), value(max)]).toEqual([min, max]);
    expect([value(min - 1), value(max + 1)]).toEqual([kioskDefaults[setting], kioskDefaults[setting]]);
  });
  it('have the ranges the README gives the operator', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, setting] of [['idle', 'idleSeconds'], ['countdown', 'countdownSeconds']] as const) {
      const { min, max } = kioskRanges[setting];
      expect(readme).toContain(`\`${name}=<${min}–${max} seconds>\``);
    }
  });
});

describe('kiosk mode', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => {
    vi.useRealTimers();
    vi.mocked(leavePage).mockClear();
    window.history.replaceState(null, '');
    document.documentElement.lang = 'en';
  });

  async function answeredTwice() {
    const app = await renderApp('en', { kiosk: settings });
    expect(await screen.findByText('Shared kiosk')).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'No' }));
    await app.user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('heading', { level: 1, name: "Are you this child's parent or legal guardian?" })).toBeVisible();
    return app;
  }

  it('asks "Are you still there?" after the idle time, then clears answers and language', async () => {
    const { user, i18n } = await answeredTwice();
    if (other) {
      await user.selectOptions(screen.getByRole('combobox'), other.name);
      await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', other.code));
    }
    act(() => vi.advanceTimersByTime(idleMs));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAccessibleName(i18n.t('kiosk.stillThere', { ns: 'kiosk' }));
    expect(within(dialog).getByText(String(kioskDefaults.countdownSeconds))).toBeVisible();
    expect(within(dialog).getByRole('button')).toHaveFocus();
    act(() => vi.advanceTimersByTime(countdownMs));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText('Your earlier answer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('any activity during the prompt cancels it, and the answers stay', async () => {
    await answeredTwice();
    act(() => vi.advanceTimersByTime(idleMs));
    await screen.findByRole('dialog');
    fireEvent.keyDown(document.body, { key: 'a' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    act(() => vi.advanceTimersByTime(countdownMs));
    expect(screen.getByRole('heading', { level: 1, name: "Are you this child's parent or legal guardian?" })).toBeVisible();
  });

  it('"I\'m still here" keeps the person where they were', async () => {
    const { user } = await answeredTwice();
    act(() => vi.advanceTimersByTime(idleMs));
    await user.click(await screen.findByRole('button', { name: "I'm still here" }));
    act(() => vi.advanceTimersByTime(countdownMs));
    expect(screen.getByRole('heading', { level: 1, name: "Are you this child's parent or legal guardian?" })).toBeVisible();
  });

  it('Exit this page starts afresh instead of leaving the kiosk', async () => {
    const { user } = await answeredTwice();
    await user.click(screen.getAllByRole('link', { name: /Exit this page/ })[1]);
    expect(leavePage).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toBeVisible();
    expect(screen.queryByText('Your earlier answer')).not.toBeInTheDocument();
  });

  // Only where the place offers a language to leave English for.
  if (other) {
    it('Start over also returns to the kiosk’s language', async () => {
      const { user, i18n } = await answeredTwice();
      await user.selectOptions(screen.getByRole('combobox'), other.name);
      await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', other.code));
      await user.click(screen.getByRole('button', { name: i18n.getFixedT(other.code)('common.startOver') }));
      await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
      expect(screen.getByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toBeVisible();
    });
  }

  it('shows numbers large with QR codes instead of links, and no Print unless allowed', async () => {
    const { user, i18n } = await renderApp('en', { kiosk: settings });
    await screen.findByText('Shared kiosk');
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'No' }));
    await screen.findByRole('heading', { level: 1, name: outcomeHeading(i18n, 'adultResult') });
    const channels = outcomeView('adultResult', 'en').sections.flatMap((section) =>
      section.kind === 'action' || section.kind === 'contacts' ? section.contacts.flatMap((contact) => contact.channels) : [],
    );
    expect(await screen.findByRole('img', { name: `QR code: ${channels[0].href}` })).toBeVisible();
    for (const channel of channels.filter((channel) => channel.kind !== 'tty')) {
      expect(screen.getAllByRole('img', { name: `QR code: ${channel.href}` })[0]).toBeVisible();
    }
    expect(screen.getByText(/Scan with your phone/)).toBeVisible();
    // Nothing in the content dials or navigates away from the kiosk; 911 is still there to read.
    expect(within(screen.getByRole('main')).queryAllByRole('link')).toEqual([]);
    expect(screen.queryByRole('link', { name: 'Call 911' })).not.toBeInTheDocument();
    expect(screen.getByText('Call 911')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Print this page' })).not.toBeInTheDocument();
  });
});

describe('kiosk printing', () => {
  it('offers Print only when the operator turns printing on', async () => {
    const { user } = await renderApp('en', { kiosk: { ...settings, printing: true } });
    await screen.findByText('Shared kiosk');
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByRole('button', { name: 'Print this page' })).toBeVisible();
  });
});
