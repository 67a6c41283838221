// The contact directory of the place under test (PLACE): every number dials, every address is
// secure, every entry says where it was read and when it was last reviewed. A wrong digit here could
// send a frightened person nowhere.
import { describe, expect, it } from 'vitest';
import { callChannel, contactIds, contacts, hasContact } from '../src/flow/contacts';
import { outcomes } from '../src/flow/outcomes';
import type { Source } from '../src/jurisdiction/types';
import { sourceOf } from '../src/launch/confirmations';
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

  const realDate = (date: string) => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
  const sourced = (source: Source) => source.label === 'unverified' || (source.where.length > 5 && source.date.length > 3);

  it.each(contactIds)('%s says where each way to reach it was read, and when it was reviewed (a real date, not in the future)', (id) => {
    const contact = contacts[id];
    for (const channel of contact.channels) expect(sourced(sourceOf(contact, channel)), channel.display).toBe(true);
    if (contact.source.label === 'unverified') {
      // Nothing to review yet: the screen then shows no review date for it.
      expect(contact.reviewed).toBeUndefined();
    } else {
      expect(realDate(contact.reviewed ?? ''), `${id} reviewed ${contact.reviewed}`).toBe(true);
      expect(new Date(contact.reviewed!).getTime()).toBeLessThanOrEqual(Date.now());
    }
    if (contact.confirmed) expect(realDate(contact.confirmed.date)).toBe(true);
  });

  it('has a name in English for every contact, and a description from the place or the English words', () => {
    for (const id of contactIds) {
      expect(contacts[id].name.en, id).toBeTruthy();
      expect(contacts[id].about?.en ?? (outcome.contacts as Record<string, { about: string }>)[id]?.about, id).toBeTruthy();
    }
  });
});

describe('roles the outcomes dial', () => {
  // Sentences that carry a number dial these: 911 first for the person it is happening to, the
  // prosecutor's line on every outcome, the interpreters of the national hotline.
  it.each(['emergency', 'prosecutor', 'traffickingHotline', outcomes.aboutMeResult.first])('%s has a number to call', (id) => {
    expect(hasContact(id)).toBe(true);
    expect(callChannel(id).kind).toBe('call');
  });

  it('finds the number to call wherever a contact lists it, not only first', () => {
    for (const id of contactIds) {
      const call = contacts[id].channels.find((channel) => channel.kind === 'call');
      if (call) expect(callChannel(id)).toBe(call);
      else expect(() => callChannel(id)).toThrow(id);
    }
  });
});
