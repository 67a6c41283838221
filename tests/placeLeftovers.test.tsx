// The place under test (PLACE) shows nothing of any other known place: every path in every language
// it offers, and every learn page, are searched for another place's names, agencies, numbers,
// addresses and law. What two places share (a national hotline's number) is not another place's.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { selectedPlace } from '../src/build/place.mjs';
import { languages } from '../src/i18n/languages';
import { jurisdiction } from '../src/jurisdiction/current';
import { localize } from '../src/jurisdiction/types';
import { clickEveryPath } from './clickEveryPath';
import { leftoversIn, otherPlaces, theirChannels, theirWords } from './otherPlaces';
import { renderApp } from './render';

function expectNothingOfAnotherPlace() {
  const links = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href')).join(' ');
  expect(leftoversIn(`${document.title} ${document.body.textContent} ${links}`)).toEqual([]);
}

it('knows other places to look for', () => {
  expect(otherPlaces.length).toBeGreaterThan(0);
  expect(theirWords.length + theirChannels.length).toBeGreaterThan(0);
});

describe(`${selectedPlace()}: every path in every language`, () => {
  clickEveryPath((code) => {
    expectNothingOfAnotherPlace();
    // The header names this place, in the language's form or else English.
    expect(document.body.textContent).toContain(localize(jurisdiction.place.names.place, code));
  });
});

describe.each(languages.map((language) => language.code))(`${selectedPlace()}: the learn pages in %s`, (code) => {
  // Through the whole app, as a person opens them from a question.
  it('show its law, its organisations and its names, and nothing of another place', async () => {
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
      expectNothingOfAnotherPlace();
      await user.click(main().getByRole('button', { name: learn('title') }));
    }
    expect(learn('pages.law.title')).toContain(localize(jurisdiction.place.names.state, code));
    await user.click(main().getByRole('button', { name: learn('pages.law.title') }));
    for (const clause of jurisdiction.law.clauses) expect(screen.getByRole('blockquote')).toHaveTextContent(clause);
    expect(document.body.textContent).toContain(jurisdiction.law.citation);
    vi.restoreAllMocks();
  });
});
