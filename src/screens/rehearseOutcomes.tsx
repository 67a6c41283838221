// Renders every outcome once, out of sight, while the first screen is idle. A browser compiles code
// the first time it runs, and lays out text in a new style more slowly the first time (its fonts
// and shapes are not yet cached): on a slow phone the first outcome of a visit took 20-60 ms longer
// than any later one. Rehearsed, the first outcome is drawn as fast as the rest.
// Nothing is shown, heard, announced or moved. The outcomes render at low priority (a transition,
// which gives way to a tap), one per idle moment, into a closed shadow root: its ids and text stay
// apart from the page's, so nothing (a test's query included) finds them in place of the real ones.
// Its host is hidden, inert, fixed and of no height, so it adds nothing to the page's length, yet
// its contents are laid out with the page's styles. Listen is left out. A machine of the rehearsal's
// own takes one step on a tap of a button there, as an answer does. All is removed at the end.
import { startTransition, useEffect, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { CrashBoundary } from '../components/CrashBoundary';
import { outcomeIds, type OutcomeId } from '../flow/outcomeIds';
import { questions, type QuestionId } from '../flow/questions';
import { wizardMachine, type WizardEvent } from '../flow/wizardMachine';
import { useActor } from '../hooks/useActor';
import { OutcomeScreen } from './OutcomeScreen';

const noHeading = () => undefined;

/** Calls `done` once it has been committed. */
function Committed({ done }: { done: () => void }) {
  useEffect(done, [done]);
  return null;
}

/** A button that moves a machine of its own on, as an answer does. */
function Answer({ event, buttonRef }: { event: WizardEvent; buttonRef: Ref<HTMLButtonElement> }) {
  const [snapshot, send] = useActor(wizardMachine);
  return (
    <button type="button" ref={buttonRef} onClick={() => send(event)}>
      {snapshot.value}
    </button>
  );
}

const idle = () =>
  new Promise<void>((resolve) => (window.requestIdleCallback ? window.requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50)));

/** Where the rehearsal renders: see the file's header. */
function stage() {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  const width = document.getElementById('main')?.clientWidth;
  Object.assign(host.style, {
    position: 'fixed',
    insetBlockStart: '0',
    insetInlineStart: '0',
    inlineSize: width ? `${width}px` : '100%',
    blockSize: '0',
    overflow: 'hidden',
    visibility: 'hidden',
    pointerEvents: 'none',
    contain: 'strict',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  // The page's style sheets (the outcome screen's among them, once its code has loaded): copied as
  // they are, which needs no request; where a browser cannot, linked again.
  try {
    shadow.adoptedStyleSheets = [...document.styleSheets].map((sheet) => {
      const copy = new CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      return copy;
    });
  } catch {
    for (const sheet of document.querySelectorAll('link[rel="stylesheet"]')) shadow.append(sheet.cloneNode());
  }
  const step = document.createElement('div');
  step.className = 'step';
  shadow.append(step);
  document.body.append(host);
  // Reading a size lays out what was rendered, at once.
  return { root: createRoot(step), layOut: () => step.offsetHeight, remove: () => host.remove() };
}

let rehearsed = false;

/** The performance mark set once the rehearsal is over. */
export const rehearsedMark = 'wsid-outcomes-rehearsed';

/**
 * Once per page: renders each outcome in the language on screen, lays it out and unmounts it at
 * once (before anything it set off can render, Listen above all, whose leaving stops any speech
 * playing); then taps once and removes it all.
 */
export async function rehearseOutcomes(i18n: I18n) {
  if (rehearsed) return;
  rehearsed = true;
  const { root, layOut, remove } = stage();
  // The first answer to the question the machine starts on (read from the tables, not the machine:
  // every part of XState in use travels with the first screen).
  const [first] = Object.keys(questions) as QuestionId[];
  const step: WizardEvent = { type: 'answer', answer: questions[first][0] };
  const button: { current: HTMLButtonElement | null } = { current: null };
  const scene = (outcome?: OutcomeId, done?: () => void) => (
    <I18nextProvider i18n={i18n}>
      <Answer event={step} buttonRef={button} />
      {outcome && done && (
        // A rehearsal that fails shows nothing and costs nothing more.
        <CrashBoundary fallback={<Committed done={done} />}>
          <OutcomeScreen outcome={outcome} headingRef={noHeading} />
          <Committed done={done} />
        </CrashBoundary>
      )}
    </I18nextProvider>
  );
  for (const outcome of outcomeIds) {
    await idle();
    await new Promise<void>((done) => startTransition(() => root.render(scene(outcome, done))));
    layOut();
    flushSync(() => root.render(scene()));
  }
  await idle();
  // A click that stays inside the shadow root (not composed): one that reached the page would count
  // as someone using a kiosk, and keep its idle reset away.
  button.current?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: false }));
  await idle();
  root.unmount();
  remove();
  // When the page is ready for any step at full speed (npm run bench waits for it).
  performance.mark(rehearsedMark);
}
