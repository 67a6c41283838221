// A blind person who answers "Yes" (someone is in danger) before the outcome screen's code has
// arrived: the page's own copy of the 911 outcome stands in at once, and a screen reader reads it as
// it would the real one. When the real outcome replaces it, the reader is not left on nothing: focus
// moves to the real heading, which is said once more, and reading on still starts with the number.
import { virtual } from '@guidepup/virtual-screen-reader';
import { use } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { controlName, outcomeHeading, wayTo } from './journeys';
import { renderApp } from './render';
import { asBuilt, emergencyLink, heard, hiddenWords, primaryLinks, readOn, saying, settled } from './screenReader';

// The outcome screen held back until the test lets it come, as on a slow network: it suspends, as
// React holds a lazy component whose code has not arrived, so the step shows its stand-in. (Its
// module itself loads at once: the page's copy of the 911 outcome is rendered from it.)
const code = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { held: false, arrive, arrived };
});
vi.mock('../src/screens/OutcomeScreen', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/screens/OutcomeScreen')>();
  function OutcomeScreen(props: Parameters<typeof real.OutcomeScreen>[0]) {
    if (code.held) use(code.arrived);
    return <real.OutcomeScreen {...props} />;
  }
  return { ...real, OutcomeScreen };
});

let undo = () => {};
afterEach(async () => {
  await virtual.stop();
  undo();
});

it('reads the 911 outcome that stands in, then the real one, without losing its place', { timeout: 30_000 }, async () => {
  // English: the page's copy is in English, whatever the person reads.
  const { i18n } = await renderApp('en');
  undo = asBuilt();
  code.held = true;
  await virtual.start({ container: document.body });
  const heading = `heading, ${outcomeHeading(i18n, 'call911Result')}, level 1`;
  const [answer] = wayTo('call911Result');
  const control = `button, ${controlName(i18n, answer)}`;
  const all: string[] = [];

  await readOn((phrase) => phrase === control);
  await virtual.act();
  // Focus on the stand-in's heading first (pressing the button says it again first: see screenReader.test.tsx).
  const standIn = (await heard()).filter((phrase, at) => !(at === 0 && phrase === control));
  all.push(...standIn);
  expect(standIn[0]).toBe(heading);
  expect(document.activeElement!.closest('#static-outcome')).not.toBeNull();
  const read = await readOn((phrase) => phrase.startsWith('link, '));
  all.push(...read);
  expect(read.at(-1), 'the first link after the stand-in heading').toBe(primaryLinks(i18n, 'call911Result')[0]);

  code.arrive();
  await settled();
  // The real heading has focus (the stand-in has left the page), said once, and nothing else.
  expect(document.activeElement!.tagName).toBe('H1');
  expect(document.getElementById('static-outcome')).toBeNull();
  const replaced = await heard();
  all.push(...replaced);
  expect(replaced).toEqual([heading]);
  const again = await readOn((phrase) => phrase.startsWith('link, '));
  all.push(...again);
  expect(again.at(-1), 'the first link after the real heading').toBe(primaryLinks(i18n, 'call911Result')[0]);
  all.push(...(await readOn()));
  expect(all).toContain(emergencyLink(i18n));
  expect(saying(all, hiddenWords()), 'nothing the page hides').toEqual([]);
});
