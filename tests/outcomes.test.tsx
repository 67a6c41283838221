// The outcome screen, clicked through to each outcome in every language the place offers, against its
// view (src/flow/outcomeView.ts): the screen shows exactly the links the view lists, in its order;
// Listen reads the sections the outcome leads with, as the screen shows them; the checklists sit
// behind disclosures that open for print; the prosecutor's office appears once; and the line "Phone
// numbers last reviewed" names the oldest review among the contacts shown. What each outcome holds,
// word for word, is kept by the committed review text (tests/docs.test.ts).
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callChannel, contacts } from '../src/flow/contacts';
import { outcomeIds, type OutcomeId } from '../src/flow/outcomeIds';
import { outcomeView, type OutcomeView } from '../src/flow/outcomeView';
import { monthOf } from '../src/i18n/dates';
import { languages, type LanguageCode } from '../src/i18n/languages';
import english from '../locales/en/outcome.json';
import { outcomeHeading, say, walk, wayTo } from './journeys';
import { renderApp } from './render';
import { serveLocales } from './setup';

afterEach(() => {
  vi.unstubAllGlobals();
  // unstubAllGlobals also undoes tests/setup.ts's fetch, which serves the locale files.
  vi.stubGlobal('fetch', vi.fn(serveLocales));
});

async function openOutcome(outcome: OutcomeId, language: LanguageCode = 'en') {
  const app = await renderApp(language);
  await walk(app.user, app.i18n, wayTo(outcome));
  await screen.findByRole('heading', { level: 1, name: outcomeHeading(app.i18n, outcome) });
  return { ...app, view: outcomeView(outcome, language), main: screen.getByRole('main') };
}

/** Every link the view lists, in screen order: the action's sentence, each contact's ways, each sentence with a number. */
function viewHrefs(view: OutcomeView): string[] {
  return view.sections.flatMap((section) => {
    switch (section.kind) {
      case 'action':
        return [...(section.call ? [section.call.href] : []), ...section.contacts.flatMap(({ channels }) => channels.map(({ href }) => href))];
      case 'contacts':
        return section.contacts.flatMap(({ channels }) => channels.map(({ href }) => href));
      case 'call':
        return [section.channel.href];
      default:
        return [];
    }
  });
}

/** The items of the checklist under `title`, or undefined when the outcome has none. */
function checklist(title: string) {
  const details = screen.queryByText(title, { selector: 'summary' })?.closest('details');
  return details ? within(details).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent) : undefined;
}

describe.each(languages.map((language) => language.code))('outcomes in %s', (language) => {
  describe.each(outcomeIds)('%s', (outcome) => {
    it('shows exactly the links its view lists, in its order, leading with the primary action', async () => {
      const { view, main } = await openOutcome(outcome, language);
      const shown = within(main)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
      expect(shown).toEqual(viewHrefs(view));
      const heading = screen.getByRole('heading', { level: 1 });
      const primary = screen.getByRole('region', { name: heading.textContent! });
      expect(within(primary).getAllByRole('link')[0]).toHaveAttribute('href', viewHrefs(view)[0]);
    });

    it('shows every checklist item of its view behind a closed disclosure, and says when its numbers were last reviewed', async () => {
      const { view, i18n } = await openOutcome(outcome, language);
      for (const section of view.sections) {
        if (section.kind === 'checklist') {
          expect(checklist(say(i18n, section.title))).toEqual(section.items.map((item) => say(i18n, item)));
        }
        if (section.kind === 'reviewed' && section.date) {
          const line = screen.getByText(i18n.t('reviewedLine', { ns: 'outcome', month: monthOf(section.date, language) }));
          // Printed too: not inside anything the handout leaves out.
          expect(line.closest('.no-print')).toBeNull();
        }
        // Where every number shown is still unverified, no review date is claimed.
        if (section.kind === 'reviewed' && !section.date) expect(document.querySelector('.reviewed-line')).toBeNull();
      }
      for (const details of document.querySelectorAll('details')) expect(details).not.toHaveAttribute('open');
    });

    it("names the prosecutor's office once: as a contact or as the closing line, never both", async () => {
      await openOutcome(outcome, language);
      const call = callChannel('prosecutor');
      expect(screen.getAllByRole('link').filter((link) => link.getAttribute('href') === call.href)).toHaveLength(1);
    });

    it('is read aloud by Listen as it leads on screen: every sentence it leads with, in screen order', async () => {
      const speech = { getVoices: () => [{ lang: language, name: language, localService: true, default: false, voiceURI: language }], speak: vi.fn(), cancel: vi.fn(), addEventListener() {}, removeEventListener() {} };
      vi.stubGlobal('speechSynthesis', speech);
      vi.stubGlobal('SpeechSynthesisUtterance', class { constructor(public text: string) {} addEventListener() {} });
      const { user, i18n, view } = await openOutcome(outcome, language);
      await user.click(await screen.findByRole('button', { name: i18n.t('common.listen') }));
      const spoken: string = speech.speak.mock.calls[0][0].text;
      let from = 0;
      for (const section of view.sections.filter((part) => part.lead)) {
        const texts = section.kind === 'notes' ? [section.title, ...section.items] : section.kind === 'contacts' ? [section.title] : 'text' in section ? [section.text] : [];
        for (const text of texts) {
          // Numbers are read digit by digit, so the words around them are compared.
          const words = say(i18n, text).replace(/<call>.*?<\/call>/g, ' ').split(/\s+/).filter((word) => word.length > 3 && !/\d/.test(word));
          for (const word of words) {
            const at = spoken.indexOf(word.replace(/[.,:;!?。]+$/, ''), from);
            expect(at, `"${word}" read in order`).toBeGreaterThanOrEqual(0);
          }
          from = spoken.indexOf(words[0]?.replace(/[.,:;!?。]+$/, '') ?? '', from);
        }
      }
    });
  });
});

describe('the view of each outcome', () => {
  it.each(outcomeIds)('%s leads with its heading and action, and ends with the review date of the contacts it shows', (id) => {
    for (const { code } of languages) {
      const { sections } = outcomeView(id, code);
      expect(sections[0].kind).toBe('heading');
      expect(sections[1].kind).toBe('action');
      const last = sections.at(-1)!;
      expect(last.kind).toBe('reviewed');
      const shown = sections.flatMap((section) =>
        section.kind === 'action' || section.kind === 'contacts' ? section.contacts.map((contact) => contact.id) : section.kind === 'call' ? [section.contact] : [],
      );
      const dates = shown.map((contact) => contacts[contact].reviewed).filter(Boolean);
      if (last.kind === 'reviewed') expect(last.date).toBe(dates.length ? [...dates].sort()[0] : undefined);
      // No empty section: a place without an optional contact leaves its section out.
      for (const section of sections) if (section.kind === 'contacts') expect(section.contacts.length).toBeGreaterThan(0);
    }
  });

  it('offers the interpreters line only outside English, so English counts no contact it does not show', () => {
    for (const id of outcomeIds) {
      const lines = (code: string) => outcomeView(id, code).sections.filter((section) => section.kind === 'call' && section.line === 'interpreters');
      expect(lines('en')).toHaveLength(0);
      for (const { code } of languages) if (code !== 'en') expect(lines(code).length, `${id} in ${code}`).toBe(id === 'aboutMeResult' ? 0 : 1);
    }
  });
});

describe('checklist words (docs/README.md)', () => {
  it('"What not to do" holds only don\'ts, "What to do now" only do\'s', () => {
    for (const item of Object.values(english.avoid.items)) expect(item).toMatch(/^Do not /);
    for (const item of Object.values(english.doNow.items)) expect(item).not.toMatch(/\bDo not\b/);
  });

  it('a checklist opened by hand stays open after printing, and every closed one opens while printing', async () => {
    const { i18n } = await openOutcome('adultResult');
    const all = [...document.querySelectorAll('details')];
    expect(all.length).toBeGreaterThanOrEqual(2);
    const details = screen.getByText(i18n.t('haveReady.title', { ns: 'outcome' }), { selector: 'summary' }).closest('details')!;
    details.open = true; // as a tap on its summary does (jsdom does not toggle <details> itself)
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    for (const each of all) expect(each).toHaveAttribute('open');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(details).toHaveAttribute('open');
    for (const each of all.filter((other) => other !== details)) expect(each).not.toHaveAttribute('open');
  });
});

it('every phone number sits whole in one element that keeps it on one line', async () => {
  await openOutcome('missingChildResult');
  for (const number of document.querySelectorAll('main bdi')) {
    const isWeb = /\.[a-z]{2,}/.test(number.textContent!);
    if (!isWeb) expect(number).toHaveClass('number');
  }
  const call = callChannel('missingChildrenLine');
  expect(screen.getByText(call.display, { selector: 'bdi' })).toHaveClass('number');
  if (call.vanity) expect(screen.getByText(call.vanity, { selector: 'bdi' })).toHaveClass('number');
});
