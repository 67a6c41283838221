// Every place's module (src/jurisdiction/<place>/), whichever place a run serves, and Boulder
// County's own facts when it is the place under test: it has words for
// every language it offers, says where each number was read, labels the law as law, exits to a
// neutral site, and names no organisation it does not list; no locale file names a place or an
// agency; the place a run serves is the one PLACE chose.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enLearn from '../locales/en/learn.json';
import { defaultPlace, knownPlaces, selectedPlace } from '../src/build/place.mjs';
import { callChannel, contacts } from '../src/flow/contacts';
import { organizations } from '../src/flow/organizations';
import { sourceOf } from '../src/launch/confirmations';
import { namespaces } from '../src/i18n/i18n';
import { supportedLanguages } from '../src/i18n/supportedLanguages';
import { jurisdiction } from '../src/jurisdiction/current';
import type { Jurisdiction, Localized } from '../src/jurisdiction/types';

/** Every place's module, read the way Vite reads them. */
const modules = import.meta.glob<{ jurisdiction: Jurisdiction }>('../src/jurisdiction/*/jurisdiction.ts', { eager: true });
const places = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.split('/').at(-2)!, module.jurisdiction]),
);
delete places.template;

/** Every text of a place's module that a person reads. */
function texts(place: Jurisdiction): [where: string, text: Localized][] {
  return [
    ...Object.entries(place.place.names).map(([name, text]): [string, Localized] => [`names.${name}`, text]),
    ...Object.entries({ ...place.contacts, ...place.localLines }).flatMap(([id, contact]) => [
      [`contacts.${id}.name`, contact!.name] as [string, Localized],
      ...(contact!.about ? [[`contacts.${id}.about`, contact!.about] as [string, Localized]] : []),
    ]),
    ...Object.entries(place.organizations).flatMap(([id, organization]): [string, Localized][] => [
      [`organizations.${id}.name`, organization.name],
      [`organizations.${id}.about`, organization.about],
    ]),
    ...Object.entries(place.sources ?? {}).map(([name, text]): [string, Localized] => [`sources.${name}`, text!]),
  ];
}

it('serves the place PLACE chose, among the known places', () => {
  expect(knownPlaces()).toContain(selectedPlace());
  expect(jurisdiction).toBe(places[selectedPlace()]);
  expect(Object.keys(places).sort()).toEqual(knownPlaces());
});

it('refuses an unknown place, naming the known ones', () => {
  expect(() => selectedPlace('nowhereCounty')).toThrow(new RegExp(`Unknown place "nowhereCounty".*${knownPlaces().join(', ')}`));
});

describe.each(Object.entries(places))('place: %s', (_id, place) => {
  it('has a form of every text in every language it offers', () => {
    for (const [where, text] of texts(place)) {
      for (const code of place.place.languages) expect(text[code], `${where} in ${code}`).toBeTruthy();
    }
  });

  it('offers only languages with words, English first', () => {
    expect(place.place.languages[0]).toBe('en');
    for (const code of place.place.languages) {
      expect(supportedLanguages.map((language) => language.code)).toContain(code);
      for (const namespace of namespaces) expect(existsSync(join('locales', code, `${namespace}.json`)), `${code}/${namespace}`).toBe(true);
    }
  });

  it('puts its 911 on every screen and in its directory alike', () => {
    expect(place.contacts.emergency.channels[0]).toEqual(place.place.emergency);
  });

  it('labels the law as law, with its citation, quoted in English', () => {
    expect(place.law.kind).toBe('law');
    expect(place.law.citation.length).toBeGreaterThan(5);
    expect(place.law.language).toBe('en');
    expect(place.law.clauses.length).toBeGreaterThan(0);
    expect(enLearn.pages.law.label).toContain('{{citation}}');
  });

  it('links its organisations over https, and sends readers for more signs only to one it lists', () => {
    for (const organization of Object.values(place.organizations)) expect(organization.href).toMatch(/^https:\/\//);
    if (place.signsGuide) expect(Object.keys(place.organizations)).toContain(place.signsGuide);
  });

  it('exits to a neutral https site, and keeps kiosk timers in their ranges', () => {
    expect(place.place.exitUrl).toMatch(/^https:\/\//);
    expect(place.kiosk.idleSeconds).toBeGreaterThanOrEqual(15);
    expect(place.kiosk.countdownSeconds).toBeGreaterThanOrEqual(20);
  });
});

describe('locale files', () => {
  const files = supportedLanguages.flatMap(({ code }) => namespaces.map((namespace) => join('locales', code, `${namespace}.json`)));
  // What no sentence may name: every place's names, and the agencies that are a place's own (its
  // prosecutor, its local lines). National services (NCMEC, the CyberTipline) are the tool's.
  const names = Object.values(places).flatMap((place) => [
    ...Object.values(place.place.names).flatMap((forms) => Object.values(forms)),
    ...Object.values(place.localLines).flatMap((line) => Object.values(line.name)),
    ...Object.values(place.contacts.prosecutor.name),
  ]);

  it.each(files)('%s names no place and no local agency: they come from the place', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const name of names) expect(text, name).not.toContain(name);
  });
});

// Boulder County's own facts, as the content record (docs/README.md) and the county's page have
// them: checked only when Boulder County is the place under test, since another place has other facts.
if (selectedPlace() === defaultPlace) {
  describe('Boulder County', () => {
    it("labels the CyberTipline's phone as the county's page has it: 1-800-THE-LOST", () => {
      const phone = callChannel('exploitationTipline');
      expect(phone.href).toBe(callChannel('missingChildrenLine').href);
      expect(sourceOf(contacts.exploitationTipline, phone).label).toBe('seed');
    });

    it("waits on the District Attorney's Office for the Colorado hotline, which the county's page left blank", () => {
      expect(contacts.stateTraffickingHotline.confirmBeforeLaunch).toMatch(/left .* blank on purpose/);
    });

    it("gives each contact its own source date: the local lines' 2018–2020 sources are not stamped as new", () => {
      expect(contacts.sheriffNonEmergency.source).toMatchObject({ date: '2019' });
      expect(contacts.boulderPoliceNonEmergency.source).toMatchObject({ date: '2020' });
      expect(contacts.longmontPoliceNonEmergency.source).toMatchObject({ label: 'S', date: '2018' });
    });

    it("describes the Laboratory to Combat Human Trafficking as the county's page does", () => {
      expect(organizations.laboratory.about.en).toContain('developing future human rights leaders');
    });

    it("never describes the National Human Trafficking Hotline as run by Polaris, and confirms it after the 2025 change", () => {
      const { name, about } = contacts.traffickingHotline;
      expect(JSON.stringify({ name, about })).not.toMatch(/Polaris/);
      expect(contacts.traffickingHotline.confirmBeforeLaunch).toMatch(/2025/);
    });
  });
}
