// The contact directory: every number dials, every address is secure, every entry says where it
// was read. A wrong digit here could send a frightened person nowhere.
import { describe, expect, it } from 'vitest';
import { contactIds, contacts } from '../src/flow/contacts';
import { aboutMeChannels, aboutMeResult, outcomeIds, outcomes } from '../src/flow/outcomes';
import outcome from '../locales/en/outcome.json';

const channels = contactIds.flatMap((id) => contacts[id].channels.map((channel) => ({ id, ...channel })));

describe('contact directory', () => {
  it.each(channels.filter((c) => c.kind === 'call' || c.kind === 'tty'))('$id dials $display as E.164 or a US N11 code', (channel) => {
    expect(channel.href).toMatch(/^tel:(\+1[2-9]\d{9}|911|711)$/);
    // The link dials the very digits that are shown.
    expect(channel.href.replace(/^tel:(\+1)?/, '')).toBe(channel.display.replace(/^1-/, '').replace(/-/g, ''));
  });

  it.each(channels.filter((c) => c.kind === 'text'))('$id texts $display', (channel) => {
    expect(channel.href).toMatch(/^sms:(\+1[2-9]\d{9}|\d{5,6})$/);
    expect(channel.href.replace(/^sms:(\+1)?/, '')).toBe(channel.display.replace(/-/g, ''));
  });

  it.each(channels.filter((c) => c.kind === 'web'))('$id links to https://$display', (channel) => {
    expect(channel.href).toMatch(/^https:\/\//);
    expect(channel.href.replace(/^https:\/\//, '').replace(/\/$/, '')).toBe(channel.display);
  });

  it.each(contactIds)('%s has a source and a real check date, not in the future', (id) => {
    const contact = contacts[id];
    expect(contact.source.length).toBeGreaterThan(5);
    const checked = new Date(`${contact.checked}T00:00:00Z`);
    expect(checked.toISOString().slice(0, 10)).toBe(contact.checked);
    expect(checked.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('has a name in English for every contact, and a description from the place or the English words', () => {
    for (const id of contactIds) {
      expect(contacts[id].name.en, id).toBeTruthy();
      expect(contacts[id].about?.en ?? (outcome.contacts as Record<string, { about: string }>)[id]?.about, id).toBeTruthy();
    }
  });

  it('has no English description left over for a contact the place does not list', () => {
    expect(Object.keys(outcome.contacts).filter((id) => !contactIds.includes(id))).toEqual([]);
  });
});

describe('outcomes', () => {
  it.each(outcomeIds)('%s names a primary action and only known contacts', (id) => {
    const { primary, secondary } = outcomes[id];
    expect(primary.length).toBeGreaterThan(0);
    for (const contact of [...primary, ...secondary]) expect(contactIds).toContain(contact);
  });
});

describe('outcome: aboutMeResult', () => {
  it('starts with 911 and names only known contacts', () => {
    expect(aboutMeResult.first).toBe('emergency');
    for (const contact of aboutMeResult.hotlines) expect(contactIds).toContain(contact);
  });

  it.each(aboutMeResult.hotlines)('%s is offered by text first, then by call, and never by a web visit', (id) => {
    const kinds = aboutMeChannels(id).map((channel) => channel.kind);
    expect(kinds.slice(0, 2)).toEqual(['text', 'call']);
    expect(kinds).not.toContain('web');
    // Every way the directory lists, except the web address, is still offered.
    expect(kinds.length).toBe(contacts[id].channels.filter((channel) => channel.kind !== 'web').length);
  });
});
