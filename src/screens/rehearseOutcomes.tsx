// Renders every outcome once, off the page, while the first screen is idle. A browser compiles code
// the first time it runs: on a slow phone, compiling the outcome screen's code (and the parts of
// React, i18next and XState a step uses) took about 40 ms of the first outcome's tap. Rehearsed, the
// first outcome is drawn as fast as any later one. Nothing is shown, heard or moved: the outcomes
// render into an element never put in the document, at low priority (a transition, which gives way
// to a tap), one per idle moment, without Listen; a machine of the rehearsal's own takes one step on
// a tap of a button there, as an answer does; and all is unmounted at the end.
import { startTransition, useEffect, type Ref } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { getInitialSnapshot } from 'xstate';
import { CrashBoundary } from '../components/CrashBoundary';
import { Offstage } from '../components/ListenSlot';
import { outcomeIds, type OutcomeId } from '../flow/outcomeIds';
import { wizardMachine, type WizardEvent } from '../flow/wizardMachine';
import { forwardEvents } from '../flow/wizardPaths';
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

let rehearsed = false;

/** The performance mark set once the rehearsal is over. */
export const rehearsedMark = 'wsid-outcomes-rehearsed';

/** Once per page: renders each outcome in the language on screen, taps once, then unmounts it all. */
export async function rehearseOutcomes(i18n: I18n) {
  if (rehearsed) return;
  rehearsed = true;
  const root = createRoot(document.createElement('div'));
  const [step] = forwardEvents(getInitialSnapshot(wizardMachine));
  const button: { current: HTMLButtonElement | null } = { current: null };
  const render = (outcome: OutcomeId) =>
    new Promise<void>((resolve) =>
      startTransition(() =>
        root.render(
          <I18nextProvider i18n={i18n}>
            <Offstage value={true}>
              {/* A rehearsal that fails shows nothing and costs nothing more. */}
              <CrashBoundary fallback={<Committed done={resolve} />}>
                <Answer event={step} buttonRef={button} />
                <OutcomeScreen outcome={outcome} headingRef={noHeading} />
                <Committed done={resolve} />
              </CrashBoundary>
            </Offstage>
          </I18nextProvider>,
        ),
      ),
    );
  for (const outcome of outcomeIds) {
    await idle();
    await render(outcome);
  }
  await idle();
  button.current?.click();
  await idle();
  root.unmount();
  // When the page is ready for any step at full speed (npm run bench waits for it).
  performance.mark(rehearsedMark);
}
