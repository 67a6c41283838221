// The app run against a fictional county (tests/fixtures/exampleCounty.ts) in place of Boulder
// County: every path in every language, and every learn page, show only that county's names,
// numbers and law. Proves a county adapts the tool by its jurisdiction module alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { jurisdiction as boulder } from '../src/jurisdiction/boulderCounty/jurisdiction';
import { jurisdiction } from '../src/jurisdiction/current';
import { localize, type Localized } from '../src/jurisdiction/types';
import { changeLanguage, createI18n, namespaces } from '../src/i18n/i18n';
import { languages } from '../src/i18n/languages';
import { LearnScreen } from '../src/screens/LearnScreen';
import { clickEveryPath } from './clickEveryPath';
import { exampleCounty, examplePlace } from './fixtures/exampleCounty';

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
  it('show its law, its organisations and its names, and nothing of Boulder County', async () => {
    const i18n = createI18n();
    if (code !== 'en') await changeLanguage(i18n, code);
    await i18n.loadNamespaces(['learn', 'outcome']);
    const user = userEvent.setup();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <LearnScreen headingRef={createRef()} onClose={() => {}} />
        </Suspense>
      </I18nextProvider>,
    );
    await screen.findByRole('heading', { level: 1 });
    const titles = within(screen.getByRole('navigation')).getAllByRole('button').map((button) => button.textContent!);
    for (const title of titles) {
      await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: title }));
      expect(document.body.textContent).not.toContain('{{');
      expectNothingOfBoulder();
      await user.click(screen.getByRole('button', { name: i18n.t('title', { ns: 'learn' }) }));
    }
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: i18n.t('pages.law.title', { ns: 'learn' }) }));
    expect(i18n.t('pages.law.title', { ns: 'learn' })).toContain(localize(examplePlace.names.state, code));
    for (const clause of exampleCounty.law.clauses) expect(screen.getByRole('blockquote')).toHaveTextContent(clause);
    expect(document.body.textContent).toContain(exampleCounty.law.citation);
    vi.restoreAllMocks();
  });
});
