// "This is happening to me" and aboutMeResult in the app, in every language: 911 first, the note on
// what a phone keeps before any hotline number, text before call, Back to the question it came from,
// and nothing of the visit kept anywhere.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callChannel, contacts, hasContact, type ChannelKind } from '../src/flow/contacts';
import { emergencyCall } from '../src/flow/emergency';
import { outcomes } from '../src/flow/outcomes';
import { outcomeView } from '../src/flow/outcomeView';
import { createI18n } from '../src/i18n/i18n';
import { contactName } from '../src/i18n/contactWords';
import { languages } from '../src/i18n/languages';
import { kioskDefaults, kioskSettings } from '../src/kiosk/settings';
import { outcomeSpeech, spokenDigits } from '../src/speech/speechText';
import { renderApp } from './render';

/** The hotlines this place has, of those the page offers the person it is happening to. */
const hotlines = outcomes.aboutMeResult.hotlines.filter(hasContact);

afterEach(() => {
  window.history.replaceState(null, '');
  document.documentElement.lang = 'en';
});

/** The link of a contact's channel of `kind`, as the directory holds it. */
function hrefOf(id: keyof typeof contacts, kind: ChannelKind) {
  const channels: readonly { kind: ChannelKind; href: string }[] = contacts[id].channels;
  return channels.find((channel) => channel.kind === kind)!.href;
}

const before = (first: Element, second: Element) =>
  Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);

/** Opens the app in `code` and chooses "This is happening to me" on the first question. */
async function openAboutMe(code: (typeof languages)[number]['code'] = 'en') {
  const app = await renderApp(code);
  await app.user.click(screen.getByRole('button', { name: app.t('common.aboutMe') }));
  // The screen's code loads on demand; the first load in a file is slow on a busy machine.
  const heading = await screen.findByRole(
    'heading',
    { level: 1, name: app.t('outcomes.aboutMeResult.title', { ns: 'outcome' }) },
    { timeout: 5000 },
  );
  return { ...app, heading, main: screen.getByRole('main') };
}

// The first render in a file loads the app and its words: slow on a busy machine.
describe.each(languages.map((language) => language.code))('aboutMeResult in %s', { timeout: 15_000 }, (code) => {
  it('puts 911 first, the phone-history note before the hotlines, and text before call', async () => {
    const { heading, main, t } = await openAboutMe(code);
    expect(heading).toHaveFocus();
    const links = within(main).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', emergencyCall.href);

    const history = within(main).getByText(t('outcomes.aboutMeResult.safety.history', { ns: 'outcome' }));
    const otherPhone = within(main).getByText(t('outcomes.aboutMeResult.safety.otherPhone', { ns: 'outcome' }));
    const exitNote = within(main).getByText(t('outcomes.aboutMeResult.safety.exit', { ns: 'outcome', exit: t('exit.button') }));
    for (const id of hotlines) {
      const text = links.find((link) => link.getAttribute('href') === hrefOf(id, 'text'))!;
      const call = links.find((link) => link.getAttribute('href') === hrefOf(id, 'call'))!;
      expect(text, `${id} has a text link`).toBeDefined();
      expect(call, `${id} has a call link`).toBeDefined();
      expect(before(text, call), `${id}: text before call`).toBe(true);
      // The messaging app opens with the number and no message: a pre-filled body could be seen.
      expect(text.getAttribute('href')).toMatch(/^sms:\+?\d+$/);
      for (const note of [history, otherPhone, exitNote]) expect(before(note, text)).toBe(true);
      expect(within(main).getByRole('heading', { name: contactName(id, code) })).toBeVisible();
    }
    expect(within(main).getByRole('button', { name: t('common.safetyLink') })).toBeVisible();
  });

  it('says it is not their fault, the county\'s sentence for anyone under 18, and the DA line; no reporter checklists', async () => {
    const { main, t } = await openAboutMe(code);
    expect(within(main).getByText(t('outcomes.aboutMeResult.notYourFault', { ns: 'outcome' }))).toBeVisible();
    expect(within(main).getByText(t('outcomes.aboutMeResult.minor', { ns: 'outcome' }))).toBeVisible();
    expect(within(main).getByRole('link', { name: callChannel('prosecutor').display })).toHaveAttribute('href', callChannel('prosecutor').href);
    expect(within(main).queryByRole('heading', { name: t('haveReady.title', { ns: 'outcome' }) })).toBeNull();
    expect(within(main).queryByRole('heading', { name: t('avoid.title', { ns: 'outcome' }) })).toBeNull();
    expect(within(main).getByRole('button', { name: t('print.button', { ns: 'outcome' }) })).toBeVisible();
    // Every word on screen is a translation, never a raw key.
    expect(document.body.textContent).not.toMatch(/\b(outcomes|common|contacts|channels)\.\w+/);
  });
});

describe('This is happening to me', () => {
  it('is on every question, below the answers, and is not one of them', async () => {
    const { user } = await renderApp();
    for (const answer of ['No', 'Yes', 'No', undefined]) {
      const control = screen.getByRole('button', { name: 'This is happening to me' });
      const [answers] = within(screen.getByRole('main')).getAllByRole('list');
      expect(within(answers).getAllByRole('button').length).toBeGreaterThan(1);
      expect(answers.contains(control)).toBe(false);
      expect(before(answers, control)).toBe(true);
      if (answer) await user.click(screen.getByRole('button', { name: answer }));
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What did you notice?');
  });

  it('Back returns to the question it was chosen on, with its earlier answer still marked', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is the person you are worried about under 18?');
    await user.click(screen.getByRole('button', { name: 'This is happening to me' }));
    await screen.findByRole('heading', { level: 1, name: 'Help for you' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Is the person you are worried about under 18?');
    expect(heading).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Yes/ })).toHaveAccessibleDescription(/Your earlier answer/);
  });

  it('Browsing safely opens over the page, and its Back returns to it', async () => {
    const { user } = await openAboutMe();
    // The one in the page, not the footer's.
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Browsing safely' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Browsing safely' })).toHaveFocus();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Help for you' })).toBeVisible();
  });

  it('keeps nothing: the address and title stay, storage stays empty, history holds only the step count', async () => {
    const address = window.location.href;
    const app = await renderApp();
    const title = document.title;
    await app.user.click(screen.getByRole('button', { name: 'This is happening to me' }));
    await screen.findByRole('heading', { level: 1, name: 'Help for you' });
    expect(window.location.href).toBe(address);
    expect(document.title).toBe(title);
    expect([localStorage.length, sessionStorage.length]).toEqual([0, 0]);
    // Only numbers: the entry's place, the step count, no page open; nothing says which step.
    expect(window.history.state).toEqual({ wsid: { index: expect.any(Number), depth: 1, open: 0 } });
  });

  it('on a kiosk, shows the numbers large with QR codes, and the idle reset clears the page', { timeout: 15_000 }, async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = await renderApp('en', { kiosk: kioskSettings('?kiosk=1') });
      await screen.findByText('Shared kiosk');
      await user.click(screen.getByRole('button', { name: 'No' }));
      await user.click(screen.getByRole('button', { name: 'This is happening to me' }));
      await screen.findByRole('heading', { level: 1, name: 'Help for you' });
      for (const id of hotlines) {
        expect(await screen.findByRole('img', { name: `QR code: ${hrefOf(id, 'text')}` })).toBeVisible();
      }
      expect(within(screen.getByRole('main')).queryAllByRole('link')).toEqual([]);
      act(() => vi.advanceTimersByTime(kioskDefaults.idleSeconds * 1000));
      // The prompt's code loads on demand: give a busy machine time to fetch it.
      await screen.findByRole('dialog', {}, { timeout: 5000 });
      act(() => vi.advanceTimersByTime(kioskDefaults.countdownSeconds * 1000));
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is anyone in immediate danger right now?'),
      );
      expect(screen.queryByText('Help for you')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('aboutMeResult read aloud', () => {
  it('reads 911 first, the note before the hotlines, text before call, numbers digit by digit', async () => {
    const i18n = createI18n();
    await i18n.loadNamespaces('outcome');
    const t = i18n.getFixedT('en', 'outcome');
    const text = outcomeSpeech(t, i18n.getFixedT('en'), outcomeView('aboutMeResult', 'en'), 'en');
    const at = (part: string) => {
      expect(text).toContain(part);
      return text.indexOf(part);
    };
    const call911 = `call ${spokenDigits(emergencyCall.display)}`;
    expect(at('Help for you')).toBeLessThan(at(call911));
    expect(text).not.toMatch(/<\/?\w+>/);
    const note = at(t('outcomes.aboutMeResult.safety.history'));
    expect(note).toBeGreaterThan(at(call911));
    expect(at('Exit this page')).toBeGreaterThan(note);
    for (const id of hotlines) {
      const channels: readonly { kind: ChannelKind; display: string }[] = contacts[id].channels;
      const spoken = (kind: ChannelKind) => spokenDigits(channels.find((channel) => channel.kind === kind)!.display);
      expect(at(spoken('text'))).toBeGreaterThan(note);
      expect(at(spoken('text'))).toBeLessThan(at(spoken('call')));
    }
    expect(at('What is happening to you is not your fault.')).toBeGreaterThan(note);
  });
});
