// A screen reader in the test page (@guidepup/virtual-screen-reader): the page as a screen reader
// meets it, what it says, and the words it should say, from the locale files and the place's data.
// Used by the screen-reader journeys and by the transcripts that the review pack includes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { virtual } from '@guidepup/virtual-screen-reader';
import type { i18n as I18n } from 'i18next';
import type { Channel } from '../src/flow/contacts';
import { emergencyCall } from '../src/flow/emergency';
import type { OutcomeId } from '../src/flow/outcomeIds';
import { outcomeView } from '../src/flow/outcomeView';
import { renderFirstScreen } from '../src/prerender';
import { say } from './journeys';

/** The parts the build keeps hidden in the page, after the app (index.html), until they are needed. */
let hiddenParts: string | undefined;

/**
 * Makes the test page, once the app is in it, hide what the built page hides, so that a screen reader
 * hearing it here hears what it would hear there: the app's styles (the printed-on line is for paper
 * only), the browser's own rule for a closed disclosure (jsdom lacks it), and, after the app as in
 * index.html, the parts the build keeps hidden until they are needed (the 911 outcome's stand-in, the
 * note that the tool could not load, the contact list). Returns what undoes it.
 */
export function asBuilt(): () => void {
  const style = document.createElement('style');
  // Read from the file: Vitest hands CSS imports to tests empty.
  style.textContent = readFileSync(join(process.cwd(), 'src/styles.css'), 'utf8');
  document.head.append(style);
  // Only the rules that hide something on screen: the screen reader asks every element's style, and
  // jsdom matches each against every rule, so the whole sheet would make each move slow.
  const hiding = [...style.sheet!.cssRules].filter(
    (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && (rule.style.display === 'none' || rule.style.visibility === 'hidden'),
  );
  style.textContent = [...hiding.map((rule) => rule.cssText), `${closedDisclosure} { display: none; }`].join('\n');
  hidingSelector = ['[hidden]', closedDisclosure, ...hiding.map((rule) => rule.selectorText)].join(', ');
  const parts = document.createElement('template');
  parts.innerHTML = hiddenParts ??= renderFirstScreen().directory;
  const hidden = [...parts.content.children];
  document.body.append(...hidden);
  return () => [style, ...hidden].forEach((element) => element.remove());
}

/** Resolves once the page has not changed for `quietMs`: what a later part (loaded on demand) adds
 *  is in it by then, when its code is already at hand. React shows a part that suspended up to 300 ms
 *  after the page around it, so a quiet half second means settled. */
export function settled(quietMs = 500): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      watcher.disconnect();
      resolve();
    };
    let timer = setTimeout(done, quietMs);
    const watcher = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    watcher.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** An emptied live region (a notice going away): a screen reader says nothing for it. */
const silent = /^(polite|assertive): $/;

/** What the screen reader said since the last call, in order. */
export async function heard(): Promise<string[]> {
  const said = (await virtual.spokenPhraseLog()).filter((phrase) => !silent.test(phrase));
  await virtual.clearSpokenPhraseLog();
  return said;
}

/** Moves on, item by item, until `until` says stop (at the latest at the end of the page); returns what was said. */
export async function readOn(until: (phrase: string) => boolean = () => false): Promise<string[]> {
  await heard();
  for (let moves = 0; moves < 2000; moves++) {
    await virtual.next();
    const phrase = await virtual.lastSpokenPhrase();
    if (until(phrase) || phrase === 'end of document') return heard();
  }
  throw new Error('The page never ended');
}

/** Said when the screen reader arrives somewhere, rather than content of its own. */
export const structural = /^(document|banner|main|contentinfo|navigation|region|status|group|list|paragraph|listitem)\b|^end of /;

/** What a closed <details> hides: everything but its summary. */
const closedDisclosure = 'details:not([open]) > :not(summary)';
/** What the page hides, as one selector: the hidden attribute, and the rules of asBuilt's styles. */
let hidingSelector = '[hidden]';

/** Whether the page hides an element: inside something hidden. Found by the rules themselves, not
 *  by asking for styles, as the screen reader does: the two ways check each other. */
const isHidden = (element: Element) => element.closest(hidingSelector) !== null;

/**
 * The words of what the page hides now (the parts kept for when the tool cannot load, the printed-on
 * line, a closed checklist's items), less any also shown: a screen reader must never say them.
 */
export function hiddenWords(): string[] {
  const leaves = [...document.body.querySelectorAll('*')].filter(
    (element) => element.children.length === 0 && element.textContent!.trim() !== '' && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName),
  );
  const words = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
  const shown = new Set(leaves.filter((element) => !isHidden(element)).map(words));
  return [...new Set(leaves.filter(isHidden).map(words))].filter((text) => !shown.has(text));
}

/** The phrases that say any of `words`, as text or as something's name. */
export const saying = (phrases: readonly string[], words: readonly string[]) =>
  phrases.filter((phrase) => words.some((text) => phrase === text || phrase.endsWith(`, ${text}`) || phrase.includes(`, ${text}, `)));

/** The words the screen reader should say for a link to one way of reaching a contact, from the
 *  locale's sentence for that kind of channel and the contact's data. */
export function channelWords(i18n: I18n, channel: Channel): string {
  const t = i18n.getFixedT(i18n.language, 'outcome');
  const sentence =
    channel.kind === 'call' && channel.vanity
      ? t('channels.callVanity', { number: channel.display, vanity: channel.vanity })
      : t(`channels.${channel.kind}`, { number: channel.display, address: channel.display });
  const words = sentence.replace(/<\/?number>/g, '');
  return channel.kind === 'web' ? `${words} ${t('channels.newTab')}` : words;
}

/** What the screen reader says for each link of an outcome's primary action, in screen order: the
 *  number in its sentence, then each contact's ways. */
export function primaryLinks(i18n: I18n, id: OutcomeId): string[] {
  const action = outcomeView(id, i18n.language).sections.find((section) => section.kind === 'action');
  if (action?.kind !== 'action') return [];
  const inSentence = action.call ? [say(i18n, action.text).match(/<call>(.*?)<\/call>/)![1]] : [];
  return [...inSentence, ...action.contacts.flatMap(({ channels }) => channels.map((channel) => channelWords(i18n, channel)))].map(
    (words) => `link, ${words}`,
  );
}

/** The link on every screen: "Call 911". */
export const emergencyLink = (i18n: I18n) => `link, ${i18n.t('emergency.call', { number: emergencyCall.display })}`;
