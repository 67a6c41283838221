// What waits on the county before launch (src/launch/confirmations.ts): every number or address not
// in the county's own page, and every entry the prosecutor's office must approve, until confirmed;
// a review more than a year old is overdue.
import { describe, expect, it } from 'vitest';
import type { Contact } from '../src/jurisdiction/types';
import { awaitingConfirmation, channelAwaitsConfirmation, reviewOverdue } from '../src/launch/confirmations';

const page = { label: 'seed', where: "The county's page", date: '2025' } as const;
const official = { label: 'V', where: 'The service’s own site', date: '2025' } as const;
const call = { kind: 'call', display: '555-555-0100', href: 'tel:+15555550100' } as const;
const web = { kind: 'web', display: 'example.org', href: 'https://example.org/' } as const;
const contact = (fields: Partial<Contact>): Contact => ({ name: { en: 'A line' }, channels: [call], source: page, reviewed: '2026-11-01', ...fields });

describe('confirm before launch', () => {
  it("asks nothing of what the county's own page states", () => {
    expect(awaitingConfirmation(contact({}))).toEqual([]);
  });

  it('asks for every way to reach it read elsewhere, naming where it was read', () => {
    const reasons = awaitingConfirmation(contact({ channels: [call, { ...web, source: official }] }));
    expect(reasons).toEqual([expect.stringContaining('example.org: read in an official or first-hand source')]);
    expect(awaitingConfirmation(contact({ source: { label: 'S', where: 'A newsletter', date: '2018' } }))).toEqual([
      expect.stringContaining('read in a secondary source only (A newsletter; 2018)'),
    ]);
  });

  it("asks for an entry the prosecutor's office must approve, even when its page states it", () => {
    const reasons = awaitingConfirmation(contact({ confirmBeforeLaunch: 'Left blank on purpose.' }));
    expect(reasons).toEqual(['Left blank on purpose.']);
    expect(channelAwaitsConfirmation(contact({ confirmBeforeLaunch: 'Left blank on purpose.' }), call)).toBe(true);
  });

  it('asks nothing more once the county has confirmed it', () => {
    const confirmed = contact({ source: official, confirmBeforeLaunch: 'Approve it.', confirmed: { by: 'The county', date: '2026-11-30' } });
    expect(awaitingConfirmation(confirmed)).toEqual([]);
    expect(channelAwaitsConfirmation(confirmed, call)).toBe(false);
  });

  it('counts a review older than a year as overdue, and a contact never reviewed too', () => {
    expect(reviewOverdue(contact({ reviewed: '2025-11-30' }), '2026-12-01')).toBe(true);
    expect(reviewOverdue(contact({ reviewed: '2025-12-01' }), '2026-12-01')).toBe(false);
    expect(reviewOverdue(contact({ reviewed: undefined }), '2026-12-01')).toBe(true);
  });
});
