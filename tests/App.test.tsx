// A person clicking through the wizard, finding everything by role and name as they would.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contacts, localLines, type ChannelKind } from '../src/flow/contacts';
import { outcomes } from '../src/flow/outcomes';
import { contactAbout } from '../src/i18n/contactWords';
import { place } from '../src/jurisdiction/currentPlace';
import { renderApp } from './render';

/** An outcome's contacts' first way of each kind, from the data. */
const channelOf = (ids: readonly string[], kind: ChannelKind) =>
  ids.flatMap((id) => contacts[id].channels).find((channel) => channel.kind === kind)!;

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
    const { primary: primaryIds, secondary } = outcomes.adultResult;
    const title = i18n.t('outcomes.adultResult.title', { ns: 'outcome' });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveFocus();
    const primary = screen.getByRole('region', { name: title });
    const call = channelOf(primaryIds, 'call');
    expect(within(primary).getByRole('link', { name: `Call ${call.display}` })).toHaveAttribute('href', call.href);
    const text = channelOf(secondary, 'text');
    expect(screen.getByRole('link', { name: `Text ${text.display}` })).toHaveAttribute('href', text.href);
    const web = screen.getByRole('link', { name: `${channelOf(secondary, 'web').display} (opens in a new tab)` });
    expect(web).toHaveAttribute('target', '_blank');
    expect(web).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('What to have ready').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('What not to do').closest('details')).not.toHaveAttribute('open');
  });

  it('lists the local non-emergency lines, each with the area it serves', async () => {
    const { user, i18n } = await renderApp();
    for (const name of ['No', 'Yes', 'No']) await user.click(screen.getByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: /a child I know/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Report it to local law enforcement' })).toBeVisible();
    for (const id of localLines) {
      const [call] = contacts[id].channels;
      expect(screen.getByRole('link', { name: `Call ${call.display}` })).toHaveAttribute('href', call.href);
      expect(screen.getByText(contactAbout(id, i18n.getFixedT('en', 'outcome'), 'en'))).toBeVisible();
    }
    const vanity = outcomes.lawEnforcementResult.secondary.flatMap((id) => contacts[id].channels).find((channel) => channel.vanity)!;
    expect(screen.getByRole('link', { name: `Call ${vanity.vanity} (${vanity.display})` })).toHaveAttribute('href', vanity.href);
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
    // The hint is part of every answer's description, so it is heard with each button.
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAccessibleDescription(/^For example, someone is being hurt/);
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
  it('switching mid-way keeps the step and the answers, and sets <html lang>', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Español');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'es'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('18');
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Is the person');
    expect(screen.getByRole('combobox')).toHaveValue('es');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('lists every language in its own name', async () => {
    await renderApp();
    const options = within(screen.getByRole('combobox', { name: 'Language' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['English', 'Español', 'Tiếng Việt', '简体中文', 'العربية', 'Русский']);
  });
});

describe('privacy', () => {
  it('puts no step or answer in the address, and stores nothing', async () => {
    const before = window.location.href;
    const { user } = await renderApp();
    for (const name of ['No', 'Yes', 'No']) await user.click(screen.getByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: /online/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Español');
    expect(window.location.href).toBe(before);
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(JSON.stringify(window.history.state)).not.toMatch(/online|yes|no/i);
  });
});
