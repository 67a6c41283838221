// A person clicking through the wizard, finding everything by role and name as they would.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contacts, localLines, type ChannelKind } from '../src/flow/contacts';
import type { OutcomeId } from '../src/flow/outcomeIds';
import { outcomeView } from '../src/flow/outcomeView';
import { contactAbout } from '../src/i18n/contactWords';
import { languages } from '../src/i18n/languages';
import { place } from '../src/jurisdiction/currentPlace';
import { outcomeHeading } from './journeys';
import { renderApp } from './render';

/** The place's languages other than English. */
const others = languages.filter((language) => language.code !== 'en');

/** The ways to reach the contacts an outcome shows in a list (`action`: its primary action), from its view. */
function shownChannels(outcome: OutcomeId, where: 'action' | 'contacts') {
  return outcomeView(outcome, 'en').sections.flatMap((section) =>
    section.kind === where ? section.contacts.flatMap(({ channels }) => channels) : [],
  );
}
const channelOf = (outcome: OutcomeId, where: 'action' | 'contacts', kind: ChannelKind) =>
  shownChannels(outcome, where).find((channel) => channel.kind === kind);

afterEach(() => {
  // Each test starts from a fresh history entry, as on a fresh page load.
  window.history.replaceState(null, '');
});

describe('first screen', () => {
  it('is the danger question, with what the tool does and the emergency line', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toBeVisible();
    expect(screen.getByText(/Nothing you enter is saved or sent/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    for (const name of ['Yes', 'No', "I'm not sure"]) expect(screen.getByRole('button', { name })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });
});

describe('answering', () => {
  it('moves focus to the next question heading', async () => {
    const { user, t } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'Is the person you are worried about under 18?' });
    expect(heading).toHaveFocus();
    // Browsers keep titles in their history: the title never names a question or an outcome.
    expect(document.title).toBe(`${t('app.name')} · ${place.names.place.en}`);
  });

  it('reaches an outcome whose links dial, text and open safely', async () => {
    const { user, i18n } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'No' }));
    const title = outcomeHeading(i18n, 'adultResult');
    expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveFocus();
    const primary = screen.getByRole('region', { name: title });
    const call = channelOf('adultResult', 'action', 'call')!;
    expect(within(primary).getByRole('link', { name: `Call ${call.display}` })).toHaveAttribute('href', call.href);
    const text = channelOf('adultResult', 'contacts', 'text')!;
    expect(screen.getByRole('link', { name: `Text ${text.display}` })).toHaveAttribute('href', text.href);
    // Every web address the outcome shows opens in a new tab, telling nothing of this page.
    for (const { display } of shownChannels('adultResult', 'action').concat(shownChannels('adultResult', 'contacts')).filter((channel) => channel.kind === 'web')) {
      const web = screen.getByRole('link', { name: `${display} (opens in a new tab)` });
      expect(web).toHaveAttribute('target', '_blank');
      expect(web).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(screen.getByText('What to have ready').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('What not to do').closest('details')).not.toHaveAttribute('open');
  });

  it('lists the local non-emergency lines, each with the area it serves', async () => {
    const { user, i18n } = await renderApp();
    for (const name of ['No', 'Yes', 'No']) await user.click(screen.getByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: /a child I know/ }));
    expect(await screen.findByRole('heading', { level: 1, name: outcomeHeading(i18n, 'lawEnforcementResult') })).toBeVisible();
    for (const id of localLines) {
      const [call] = contacts[id].channels;
      expect(screen.getByRole('link', { name: `Call ${call.display}` })).toHaveAttribute('href', call.href);
      expect(screen.getByText(contactAbout(id, i18n.getFixedT('en', 'outcome'), 'en'))).toBeVisible();
    }
    const vanity = shownChannels('lawEnforcementResult', 'contacts').find((channel) => channel.vanity);
    if (vanity) expect(screen.getByRole('link', { name: `Call ${vanity.vanity} (${vanity.display})` })).toHaveAttribute('href', vanity.href);
  });
});

describe('back and start over', () => {
  it('Back returns to the previous question with the earlier answer marked', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'No' })).toHaveAccessibleDescription(/Your earlier answer$/);
    expect(screen.getByRole('button', { name: 'Yes' })).not.toHaveAccessibleDescription(/Your earlier answer/);
    // The hint is read once, after the heading: as every answer's description it was repeated with each.
    expect(screen.getByRole('button', { name: 'Yes' })).not.toHaveAccessibleDescription(/For example/);
    expect(screen.getByText(/^For example, someone is being hurt/)).toBeVisible();
  });

  it('the browser Back button goes back one question, not out of the tool', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('heading', { level: 1, name: "Are you this child's parent or legal guardian?" })).toBeVisible();
    act(() => window.history.back());
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Is the person you are worried about under 18?' })).toHaveFocus(),
    );
  });

  it('Start over clears every answer', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Is anyone in immediate danger right now?' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'No' })).not.toHaveAccessibleDescription(/Your earlier answer/);
  });

  it('a double click answers once, never the next question unseen', async () => {
    const { user } = await renderApp();
    await user.dblClick(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Is the person you are worried about under 18?' })).toBeVisible();
    expect(screen.queryByText('Your earlier answer')).not.toBeInTheDocument();
  });
});

describe('language', () => {
  it.each(others)('switching to $name mid-way keeps the step and the answers, and sets <html lang dir>', async (language) => {
    const { user, i18n } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), language.name);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', language.code));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(i18n.getFixedT(language.code)('questions.minor.title'));
    expect(screen.getByRole('combobox')).toHaveValue(language.code);
    expect(document.documentElement).toHaveAttribute('dir', language.dir);
  });

  if (others.length > 0) {
    it('lists every language the place offers, each in its own name, in its order', async () => {
      await renderApp();
      const options = within(screen.getByRole('combobox', { name: 'Language' })).getAllByRole('option');
      expect(options.map((option) => option.textContent)).toEqual(languages.map((language) => language.name));
    });
  } else {
    it('offers no language picker where the place offers English alone', async () => {
      await renderApp();
      expect(screen.queryByRole('combobox', { name: 'Language' })).not.toBeInTheDocument();
    });
  }
});

describe('privacy', () => {
  it('puts no step or answer in the address, and stores nothing', async () => {
    const before = window.location.href;
    const { user } = await renderApp();
    for (const name of ['No', 'Yes', 'No']) await user.click(screen.getByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: /online/ }));
    if (others.length > 0) await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), others[0].name);
    expect(window.location.href).toBe(before);
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(JSON.stringify(window.history.state)).not.toMatch(/online|yes|no/i);
  });
});
