// The jurisdiction module (src/jurisdiction): whatever place it describes, every contact an outcome
// names exists, every language it offers has words, the law is labelled as law, and no locale file
// names the place. Run for Boulder County and for the fictional county the screen tests use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enOutcome from '../locales/en/outcome.json';
import enLearn from '../locales/en/learn.json';
import { outcomeIds } from '../src/flow/outcomes';
import { namespaces } from '../src/i18n/i18n';
import { supportedLanguages } from '../src/i18n/languages';
import { jurisdiction as boulderCounty } from '../src/jurisdiction/boulderCounty/jurisdiction';
import { place as boulderPlace } from '../src/jurisdiction/boulderCounty/place';
import { jurisdiction } from '../src/jurisdiction/current';
import { place } from '../src/jurisdiction/currentPlace';
import type { Jurisdiction } from '../src/jurisdiction/types';
import { exampleCounty } from './fixtures/exampleCounty';

/** The contacts the code names by id (the DA's line, the interpreters line, the 911 entry). */
const rolesTheCodeNames = ['emergency', 'daOffice', 'nationalHotline'];
const aboutSentences = enOutcome.contacts as Record<string, { about: string }>;

it('the app serves Boulder County, and its first screen the same place', () => {
  expect(jurisdiction).toBe(boulderCounty);
  expect(place).toBe(jurisdiction.place);
  expect(place).toBe(boulderPlace);
});

describe.each([
  ['Boulder County', boulderCounty],
  ['the fictional Example County', exampleCounty],
] as [string, Jurisdiction][])('jurisdiction: %s', (_name, county) => {
  const ids = Object.keys(county.contacts);

  it.each(outcomeIds)('%s shows only contacts in the directory, with a primary action', (id) => {
    const { primary, secondary } = county.outcomes[id];
    expect(primary.length).toBeGreaterThan(0);
    for (const contact of [...primary, ...secondary]) expect(ids).toContain(contact);
  });

  it('lists local lines, the contacts the code names, and the aboutMe contacts, all in the directory', () => {
    for (const contact of [...county.localLines, ...rolesTheCodeNames, county.aboutMe.first, ...county.aboutMe.hotlines]) {
      expect(ids).toContain(contact);
    }
    expect(county.contacts.emergency.channels[0]).toEqual(county.place.emergency);
  });

  it('describes every contact, in its own words or in a sentence of outcome.json', () => {
    for (const id of ids) expect(county.contacts[id].about?.en ?? aboutSentences[id]?.about, id).toBeTruthy();
  });

  it('offers only languages with words, English first', () => {
    expect(county.place.languages[0]).toBe('en');
    for (const code of county.place.languages) {
      expect(supportedLanguages.map((language) => language.code)).toContain(code);
      for (const namespace of namespaces) expect(existsSync(join('locales', code, `${namespace}.json`)), `${code}/${namespace}`).toBe(true);
    }
  });

  it('labels the law as law, with its citation, quoted in English', () => {
    expect(county.law.kind).toBe('law');
    expect(county.law.citation.length).toBeGreaterThan(5);
    expect(county.law.language).toBe('en');
    expect(county.law.clauses.length).toBeGreaterThan(0);
    expect(enLearn.pages.law.label).toContain('{{citation}}');
  });

  it('links the organisation the signs page names, over https', () => {
    expect(Object.keys(county.organizations)).toContain('ncmec');
    for (const organization of Object.values(county.organizations)) expect(organization.href).toMatch(/^https:\/\//);
  });

  it('exits to a neutral https site', () => {
    expect(county.place.exitUrl).toMatch(/^https:\/\//);
  });
});

describe('locale files', () => {
  const files = supportedLanguages.flatMap(({ code }) => namespaces.map((namespace) => join('locales', code, `${namespace}.json`)));

  it.each(files)('%s names no place and no local agency: they come from the jurisdiction', (file) => {
    const text = readFileSync(file, 'utf8');
    const names = [
      ...Object.values(boulderPlace.names).flatMap((forms) => Object.values(forms)),
      ...boulderCounty.localLines.flatMap((id) => Object.values(boulderCounty.contacts[id].name)),
      ...Object.values(boulderCounty.contacts.daOffice.name),
    ];
    for (const name of names) expect(text, name).not.toContain(name);
  });
});
