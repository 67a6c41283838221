// Paths generated from the machine itself: every outcome is reachable, every path ends in an
// outcome, and clicking each path in the real UI (the answers, and "This is happening to me") shows
// the outcome's primary contact, in every language, without ever losing the emergency number.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { contacts, localLines } from '../src/flow/contacts';
import { resultIds, type ResultId } from '../src/flow/outcomes';
import { isQuestion, questions, type QuestionId } from '../src/flow/questions';
import { wizardMachine, type WizardEvent } from '../src/flow/wizardMachine';
import { languages } from '../src/i18n/languages';
import { renderApp } from './render';

/** Every answer the current question offers, and "This is happening to me", which FLOW.md offers
 *  on every question: the machine decides where each one leads. */
function forwardEvents(snapshot: { value: string }): WizardEvent[] {
  return isQuestion(snapshot.value)
    ? [...questions[snapshot.value].map((answer) => ({ type: 'answer', answer }) as const), { type: 'aboutMe' }]
    : [];
}

const paths = getSimplePaths(wizardMachine, { events: forwardEvents });
const complete = paths.filter((path) => forwardEvents(path.state as { value: string }).length === 0);

/** The ways through, counted by walking the machine one event at a time. */
function waysThrough(snapshot: SnapshotFrom<typeof wizardMachine>): number {
  const events = forwardEvents(snapshot);
  if (events.length === 0) return 1;
  return events.reduce((sum, event) => {
    const next = getNextSnapshot(wizardMachine, snapshot, event);
    // An event a question ignores would be a dead end for the person who chose it.
    expect(next.value, `${snapshot.value} ignores ${JSON.stringify(event)}`).not.toBe(snapshot.value);
    return sum + waysThrough(next);
  }, 0);
}

/** The links of each outcome's primary action. */
const primaryHrefs: Record<ResultId, string[]> = {
  call911Result: [contacts.emergency.channels[0].href],
  missingChildResult: [contacts.ncmecTheLost.channels[0].href],
  lawEnforcementResult: localLines.map((id) => contacts[id].channels[0].href),
  cyberTiplineResult: ['https://report.cybertip.org/'],
  adultResult: ['tel:+13034413700'],
  aboutMeResult: [contacts.emergency.channels[0].href],
};

describe('paths from the machine', () => {
  it('reach every outcome', () => {
    const reached = new Set(complete.map((path) => path.state.value));
    expect([...reached].sort()).toEqual([...resultIds].sort());
  });

  it('all end in an outcome, and every question leads on', () => {
    expect(complete.length).toBe(waysThrough(createActor(wizardMachine).getSnapshot()));
    for (const path of paths) {
      const ended = forwardEvents(path.state as { value: string }).length === 0;
      expect(path.state.hasTag(ended ? 'outcome' : 'question')).toBe(true);
    }
  });
});

/** The questions along a path, in order, each with the answer given or 'aboutMe'. */
function answersOf(path: (typeof complete)[number]) {
  return path.steps.slice(1).map((step, index) => ({
    question: path.steps[index].state.value as QuestionId,
    answer: step.event.type === 'aboutMe' ? 'aboutMe' : (step.event as Extract<WizardEvent, { type: 'answer' }>).answer,
  }));
}

describe.each(languages.map((language) => language.code))('every path, clicked through in %s', (code) => {
  it.each(complete.map((path) => [answersOf(path).map((step) => step.answer).join(' → '), path] as const))(
    '%s',
    async (_name, path) => {
      const { user, t, i18n } = await renderApp(code);
      const emergencyLink = () => screen.getAllByRole('link', { name: /911/ })[0];
      for (const { question, answer } of answersOf(path)) {
        expect(emergencyLink()).toHaveAttribute('href', 'tel:911');
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t(`questions.${question}.title`));
        const label =
          answer === 'aboutMe'
            ? t('common.aboutMe')
            : t(`questions.${question}.answers.${answer}` as 'questions.danger.answers.yes');
        await user.click(screen.getByRole('button', { name: label }));
      }
      const outcome = path.state.value as ResultId;
      const heading = await screen.findByRole('heading', { level: 1, name: i18n.t(`outcomes.${outcome}.title`, { ns: 'outcome', emergency: '911' }) });
      expect(heading).toHaveFocus();
      const primary = screen.getByRole('region', { name: heading.textContent! });
      const hrefs = within(primary).getAllByRole('link').map((link) => link.getAttribute('href'));
      expect(hrefs).toEqual(expect.arrayContaining(primaryHrefs[outcome]));
      expect(emergencyLink()).toHaveAttribute('href', 'tel:911');
      // Every word on screen is a translation, never a raw key.
      expect(document.body.textContent).not.toMatch(/\b(outcomes|questions|common|contacts|channels|haveReady|avoid)\.\w+/);
    },
  );
});
