// The app run against a fictional county (tests/fixtures/exampleCounty.ts) in place of Boulder
// County: every path in every language, and every learn page, show only that county's names,
// numbers and law. Proves a county adapts the tool by its jurisdiction module alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jurisdiction as boulder } from '../src/jurisdiction/boulderCounty/jurisdiction';
import { jurisdiction } from '../src/jurisdiction/current';
import { localize, type Localized } from '../src/jurisdiction/types';
import { namespaces } from '../src/i18n/i18n';
import { languages } from '../src/i18n/languages';
import { clickEveryPath } from './clickEveryPath';
import { exampleCounty, examplePlace } from './fixtures/exampleCounty';
import { renderApp } from './render';

vi.mock('../src/jurisdiction/current', async () => ({ jurisdiction: (await import('./fixtures/exampleCounty')).exampleCounty }));
vi.mock('../src/jurisdiction/currentPlace', async () => ({ place: (await import('./fixtures/exampleCounty')).examplePlace }));

/** Every sentence of every language: names found in them are the tool's (national services such
 *  as the CyberTipline), not a place's; tests/jurisdiction.test.ts proves no place name is. */
const sentences = languages
  .flatMap(({ code }) => namespaces.map((namespace) => readFileSync(join('locales', code, `${namespace}.json`), 'utf8')))
  .join('\n');

const forms = (value: Localized) => Object.values(value).filter((form): form is string => Boolean(form));

/** Everything Boulder County's module says that no other place's screen may show. */
const boulderWords = [
  ...Object.values(boulder.place.names).flatMap(forms),
  // The bare names inside the English forms ("Boulder", "Colorado").
  ...[boulder.place.names.county.en, boulder.place.names.state.en].flatMap((name) => name.split(' ')).filter((word) => word !== 'County'),
  ...Object.entries(boulder.contacts)
    .filter(([id]) => id !== 'emergency')
    .flatMap(([, contact]) => [...forms(contact.name), ...(contact.about ? forms(contact.about) : [])]),
  ...Object.values(boulder.organizations).flatMap((organization) => [...forms(organization.name), organization.display]),
  boulder.law.citation,
  ...boulder.law.clauses,
].filter((word) => !sentences.includes(word));
const boulderLinks = Object.values(boulder.contacts)
  .flatMap((contact) => contact.channels)
  .filter((channel) => channel.href !== boulder.place.emergency.href);

function expectNothingOfBoulder() {
  const text = `${document.title} ${document.body.textContent}`;
  for (const word of boulderWords) expect(text, word).not.toContain(word);
  for (const channel of boulderLinks) expect(text, channel.display).not.toContain(channel.display);
  const hrefs = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'));
  for (const channel of boulderLinks) expect(hrefs, channel.href).not.toContain(channel.href);
}

it('runs against the fictional county, not Boulder County', () => {
  expect(jurisdiction).toBe(exampleCounty);
  expect(boulderWords).toContain('Boulder');
  expect(boulderWords).toContain('Colorado');
});

describe('Example County: every path in every language', () => {
  clickEveryPath((code) => {
    expectNothingOfBoulder();
    // The header names the fictional place, in the language's form or else English.
    expect(document.body.textContent).toContain(localize(examplePlace.names.place, code));
  });
});

describe.each(languages.map((language) => language.code))('Example County: the learn pages in %s', (code) => {
  // Through the whole app, as a person opens them from a question.
  it('show its law, its organisations and its names, and nothing of Boulder County', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const { user, i18n } = await renderApp(code);
    const learn = (key: 'title' | 'pages.law.title') => i18n.t(key, { ns: 'learn' });
    await user.click(screen.getByRole('button', { name: i18n.t('common.learnLink') }));
    await screen.findByRole('heading', { level: 1, name: learn('title') });
    const main = () => within(screen.getByRole('main'));
    const titles = within(main().getByRole('navigation', { name: i18n.t('contents', { ns: 'learn' }) }))
      .getAllByRole('button')
      .map((button) => button.textContent!);
    expect(titles).toContain(learn('pages.law.title'));
    for (const title of titles) {
      await user.click(main().getByRole('button', { name: title }));
      await main().findByRole('heading', { level: 1, name: title });
      expect(document.body.textContent).not.toContain('{{');
      expectNothingOfBoulder();
      await user.click(main().getByRole('button', { name: learn('title') }));
    }
    expect(learn('pages.law.title')).toContain(localize(examplePlace.names.state, code));
    await user.click(main().getByRole('button', { name: learn('pages.law.title') }));
    for (const clause of exampleCounty.law.clauses) expect(screen.getByRole('blockquote')).toHaveTextContent(clause);
    expect(document.body.textContent).toContain(exampleCounty.law.citation);
    vi.restoreAllMocks();
  });
});
