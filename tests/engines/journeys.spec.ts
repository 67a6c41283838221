// The core journeys, described once and run in every engine by its own driver (tests/engines/engine.ts):
// Chromium, Firefox (Gecko) and WebKit, the engine of every browser on an iPhone. Expected headings,
// answers and links come from the machine, the contact data and the locale files. Where an engine
// lacks something the app uses (speech voices, showModal, :has(), hyphens), the journey checks what a
// person gets instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { wordsIn } from '../../src/docs/words';
import { exitUrl } from '../../src/exit';
import { contactIds, contacts } from '../../src/flow/contacts';
import { emergencyCall } from '../../src/flow/emergency';
import { outcomeIds, type OutcomeId } from '../../src/flow/outcomeIds';
import { outcomeView } from '../../src/flow/outcomeView';
import { isQuestion } from '../../src/flow/questions';
import type { StepId } from '../../src/flow/wizardMachine';
import { shortestWays, type Step } from '../../src/flow/wizardPaths';
import { languages } from '../../src/i18n/languages';
import { sayWith } from '../../src/i18n/outcomeWords';
import { questionWords } from '../../src/i18n/questionWords';
import { kioskRanges } from '../../src/kiosk/settings';
import { voiceFor } from '../../src/speech/voices';
import { engineNames, type Engine, type EngineName, type Tab } from './engine';
import { pdfPageCount } from './pdfPages';
import { poll } from './poll';
import { launchPuppeteer } from './puppeteer';
import { launchWebKit } from './webdriver';

const baseURL = inject('baseURL');
const earlierURL = inject('earlierURL');
const noScriptURL = inject('noScriptURL');
const selected = (process.env.ENGINES ?? engineNames.join(',')).split(',') as EngineName[];

/** Each engine's driver, and whether it can print a page to PDF (WebKitWebDriver cannot). */
const drivers: Record<EngineName, { launch: () => Promise<Engine>; prints: boolean }> = {
  chromium: { launch: () => launchPuppeteer('chromium'), prints: true },
  firefox: { launch: () => launchPuppeteer('firefox'), prints: true },
  webkit: { launch: launchWebKit, prints: false },
};

/** A language's words as a person reads them, through the app's own i18next (the place's names filled in). */
async function wordsOf(code: string) {
  const i18n = await wordsIn(code, (language, namespace) => JSON.parse(readFileSync(join('locales', language, `${namespace}.json`), 'utf8')));
  const t = i18n.getFixedT(code);
  const say = sayWith(i18n.getFixedT(code, 'outcome'), t, code);
  return {
    t,
    kiosk: i18n.getFixedT(code, 'kiosk'),
    question: (id: StepId) => (isQuestion(id) ? t(questionWords(id).title) : ''),
    /** The words of the control that takes a step: an answer, or "This is happening to me". */
    control: ({ event }: Step) => (event.type === 'answer' ? t(`answers.${event.answer}`) : t('common.aboutMe')),
    outcomeTitle: (id: OutcomeId) => {
      const heading = outcomeView(id, code).sections[0];
      return heading.kind === 'heading' ? say(heading.text) : id;
    },
  };
}

const en = await wordsOf('en');
const ways = shortestWays();
/** The shortest way to a step, from the machine. */
const wayTo = (step: StepId) => ways.get(step) ?? [];
const labelsTo = (step: StepId) => wayTo(step).map(en.control);

/** The links an outcome shows in English, from its view: every way to reach each of its contacts
 *  and each sentence with a number (no interpreters line: that is shown only outside English). */
function linksOf(outcome: OutcomeId): string[] {
  return outcomeView(outcome, 'en').sections.flatMap((section) =>
    section.kind === 'action'
      ? [...(section.call ? [section.call.href] : []), ...section.contacts.flatMap(({ channels }) => channels.map(({ href }) => href))]
      : section.kind === 'contacts'
        ? section.contacts.flatMap(({ channels }) => channels.map(({ href }) => href))
        : section.kind === 'call'
          ? [section.channel.href]
          : [],
  );
}

// In the page -----------------------------------------------------------------------------------

const headingText = () => document.querySelector('h1')?.textContent ?? '';
const headingFocused = () => document.activeElement === document.querySelector('h1');
const tookOver = () => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer'));
/** Every link a person can see, by its address. */
const visibleLinks = () =>
  [...document.querySelectorAll('a[href]')]
    .filter((link) => link.getClientRects().length > 0 && getComputedStyle(link).visibility === 'visible')
    .map((link) => link.getAttribute('href')!);
/** Whether each element found by these selectors lies fully inside the first screen. */
const inFirstScreen = (selectors: string[]) =>
  selectors.map((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return !!box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
  });

// Steps ------------------------------------------------------------------------------------------

async function openTool(tab: Tab, path = '/') {
  await tab.goto(new URL(path, baseURL).href);
  await poll('the app taking over', async () => (await tab.evaluate(tookOver)) || undefined);
}

async function expectHeading(tab: Tab, text: string) {
  await poll(`the heading "${text}"`, async () => ((await tab.evaluate(headingText)) === text ? true : undefined));
}

/** Presses each answer (by its words) and waits for the next heading, which takes focus. */
async function answer(tab: Tab, ...labels: string[]) {
  for (const label of labels) {
    const before = await tab.evaluate(headingText);
    await tab.click({ role: 'button', name: label });
    await poll(`the step after "${label}"`, async () => ((await tab.evaluate(headingText)) !== before ? true : undefined));
    await poll('focus on the new heading', async () => (await tab.evaluate(headingFocused)) || undefined);
  }
}


// The journeys -----------------------------------------------------------------------------------

for (const name of selected) {
  describe(name, () => {
    let engine: Engine;
    let tab: Tab;
    beforeAll(async () => {
      engine = await drivers[name].launch();
    });
    afterAll(async () => {
      console.info(`${name}: ${engine?.version}`);
      await engine?.close();
    });
    beforeEach(async () => {
      tab = await engine.open();
    });
    afterEach(async () => {
      await tab?.close();
    });

    it('the first screen: the question, its answers, Call 911 and Exit, all in view at once', async () => {
      await openTool(tab);
      await expectHeading(tab, en.question('danger'));
      const answers = await tab.evaluate(() => [...document.querySelectorAll('main .answer')].map((button) => button.textContent));
      expect(answers).toEqual(questionWords('danger').answers.map(({ key }) => en.t(key)));
      expect(await tab.evaluate(visibleLinks)).toContain(emergencyCall.href);
      expect(
        await tab.evaluate(inFirstScreen, ['main h1', 'main .answers li:last-child', `.safety-bar a[href="${emergencyCall.href}"]`, '.safety-bar .exit-button']),
      ).toEqual([true, true, true, true]);
      // boot.js ran, so the help for blocked scripts is not on its way.
      expect(await tab.evaluate(() => document.documentElement.getAttribute('data-boot'))).toBe('');
      expect(await tab.evaluate(visibleLinks)).not.toContain('#contact-directory');
    });

    it('no script of the page runs: within 8 seconds every contact is a link, with a note that leads to them', async () => {
      const started = Date.now();
      await tab.goto(noScriptURL);
      const before = await tab.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top);
      const note = await poll('the note for blocked scripts', async () => (await tab.evaluate(visibleLinks)).includes('#contact-directory') || undefined, 8000);
      expect(note).toBe(true);
      const shown = await tab.evaluate(visibleLinks);
      for (const id of contactIds) {
        for (const channel of contacts[id].channels) expect(shown, `${id}: ${channel.href}`).toContain(channel.href);
      }
      expect(Date.now() - started).toBeLessThan(8000);
      // Shown below the first screen and over its foot: the question has not moved.
      expect(await tab.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top)).toBe(before);
    });

    for (const outcome of outcomeIds) {
      it(`one path to ${outcome}: its heading and every link it shows`, async () => {
        await openTool(tab);
        await answer(tab, ...labelsTo(outcome));
        await expectHeading(tab, en.outcomeTitle(outcome));
        const shown = await tab.evaluate(visibleLinks);
        for (const href of linksOf(outcome)) expect(shown, `${outcome} links ${href}`).toContain(href);
      });
    }

    it('Back and browser Back step back one question at a time, then browser Back leaves the tool', async () => {
      await tab.goto(earlierURL);
      await openTool(tab);
      await answer(tab, ...labelsTo('whatNoticed'));
      await tab.click({ role: 'button', name: en.t('common.back') });
      await expectHeading(tab, en.question('parent'));
      await tab.back();
      await expectHeading(tab, en.question('minor'));
      await tab.click({ role: 'button', name: en.t('common.back') });
      await expectHeading(tab, en.question('danger'));
      await tab.back();
      await poll('the page before the tool', async () => ((await tab.url()) === earlierURL ? true : undefined));
    });

    const rightToLeft = languages.filter((language) => language.dir === 'rtl').map((language) => language.code);
    for (const code of rightToLeft) {
      it(`switching to ${code} mid-way: the page turns right to left and the journey goes on in it`, async () => {
        const other = await wordsOf(code);
        const [first, ...rest] = wayTo('cyberTiplineResult');
        await openTool(tab);
        await answer(tab, en.control(first));
        await tab.choose({ role: 'combobox', name: en.t('common.language') }, code);
        await expectHeading(tab, other.question(rest[0].from));
        expect(await tab.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([code, 'rtl']);
        // Laid out right to left: the question's text starts at the right.
        expect(await tab.evaluate(() => getComputedStyle(document.querySelector('main h1')!).direction)).toBe('rtl');
        await answer(tab, ...rest.map(other.control));
        await expectHeading(tab, other.outcomeTitle('cyberTiplineResult'));
        const shown = await tab.evaluate(visibleLinks);
        for (const href of linksOf('cyberTiplineResult')) expect(shown).toContain(href);
      });
    }

    it('Exit leaves for the neutral site without a history entry back into the tool', async () => {
      await tab.goto(earlierURL);
      await openTool(tab);
      await answer(tab, ...labelsTo('parent'));
      await tab.click({ role: 'link', name: en.t('exit.button') });
      // The neutral site cannot load here (no internet); the browser is there all the same.
      await poll('the exit site', async () => ((await tab.url()).startsWith(exitUrl) ? true : undefined));
      await tab.back();
      await poll('the page before the tool', async () => ((await tab.url()) === earlierURL ? true : undefined));
    });

    it('"This is happening to me": its page with the hotlines to text or call, then Back to the question', async () => {
      await openTool(tab);
      await answer(tab, en.t('answers.no'), en.t('common.aboutMe'));
      await expectHeading(tab, en.outcomeTitle('aboutMeResult'));
      const shown = await tab.evaluate(visibleLinks);
      for (const href of linksOf('aboutMeResult')) expect(shown).toContain(href);
      await tab.back();
      await expectHeading(tab, en.question('minor'));
    });

    it('the kiosk asks "Are you still there?" after the idle time, then clears itself', async () => {
      const idle = kioskRanges.idleSeconds.min;
      const countdown = kioskRanges.countdownSeconds.min;
      await openTool(tab, `/?kiosk=1&idle=${idle}&countdown=${countdown}`);
      await tab.click({ role: 'button', name: en.t('answers.no') });
      await expectHeading(tab, en.question('minor'));
      const asked = await poll(
        'the still-there dialog',
        async () =>
          (await tab.evaluate(() => {
            const dialog = document.querySelector('dialog');
            if (!dialog?.open) return undefined;
            return {
              title: dialog.querySelector('h2')?.textContent,
              focused: document.activeElement?.textContent,
              // showModal() where the engine has it (the page behind is inert); otherwise the open attribute.
              modal: typeof dialog.showModal === 'function' ? dialog.matches(':modal') : 'no showModal',
              visible: dialog.getClientRects().length > 0,
            };
          })) ?? undefined,
        (idle + 10) * 1000,
      );
      const canShowModal = await tab.evaluate(() => typeof HTMLDialogElement === 'function' && typeof HTMLDialogElement.prototype.showModal === 'function');
      expect(asked).toEqual({ title: en.kiosk('kiosk.stillThere'), focused: en.kiosk('kiosk.stillHere'), modal: canShowModal ? true : 'no showModal', visible: true });
      await poll('the fresh first question', async () => ((await tab.evaluate(headingText)) === en.question('danger') ? true : undefined), (countdown + 10) * 1000);
      expect(await tab.evaluate(() => document.querySelector('dialog')?.open ?? false)).toBe(false);
      expect(await tab.evaluate((back) => [...document.querySelectorAll('button')].some((button) => button.textContent === back), en.t('common.back'))).toBe(false);
    });

    it('what the engine lacks of speech, :has() and hyphens: Listen only with a local voice, the page whole either way', async () => {
      await openTool(tab);
      const supports = await tab.evaluate(async () => {
        // Voices are often listed only a moment after load.
        const voices = () => (window.speechSynthesis?.getVoices() ?? []).map(({ lang, localService }) => ({ lang, localService }));
        if (window.speechSynthesis && voices().length === 0) {
          await new Promise((resolve) => {
            speechSynthesis.addEventListener('voiceschanged', resolve, { once: true });
            setTimeout(resolve, 1000);
          });
        }
        return {
          voices: voices(),
          has: CSS.supports('selector(:has(*))'),
          hyphens: CSS.supports('hyphens', 'auto') || CSS.supports('-webkit-hyphens', 'auto'),
        };
      });
      console.info(`${name}: local voices ${supports.voices.filter((voice) => voice.localService).length}, :has() ${supports.has}, hyphens ${supports.hyphens}`);
      const listen = () => tab.evaluate((label) => [...document.querySelectorAll('main button')].some((button) => button.textContent === label), en.t('common.listen'));
      if (voiceFor('en', supports.voices as SpeechSynthesisVoice[])) {
        await poll('Listen', async () => (await listen()) || undefined);
        if (supports.has) {
          // On a phone, Listen shares the progress line's row.
          expect(await tab.evaluate(() => document.querySelector('main .listen')!.getBoundingClientRect().top < document.querySelector('main h1')!.getBoundingClientRect().top)).toBe(true);
        }
      } else {
        // No device voice (a network voice would send the words away): no Listen button, nothing broken.
        expect(await listen()).toBe(false);
      }
      expect(await tab.evaluate(inFirstScreen, ['main .progress', 'main h1', 'main .answers li:last-child'])).toEqual([true, true, true]);
      const headings = await tab.evaluate(() => {
        const style = getComputedStyle(document.querySelector('main h1')!) as CSSStyleDeclaration & { webkitHyphens?: string };
        return { hyphens: style.hyphens || style.webkitHyphens, pageWidth: document.documentElement.scrollWidth, width: innerWidth };
      });
      // Where headings cannot hyphenate, their words wrap whole: either way nothing scrolls sideways.
      if (supports.hyphens) expect(headings.hyphens).toBe('auto');
      expect(headings.pageWidth).toBeLessThanOrEqual(headings.width);
    });

    if (drivers[name].prints) {
      it('printing the longest outcome gives one page', async () => {
        await openTool(tab);
        await answer(tab, ...labelsTo('lawEnforcementResult'));
        await expectHeading(tab, en.outcomeTitle('lawEnforcementResult'));
        expect(pdfPageCount(await tab.print!())).toBe(1);
      });
    }
  });
}
