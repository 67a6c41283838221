// Clicks every path from the machine through the real UI, in every language the place offers, and
// checks the outcome shows its primary action's links (from the outcome's view) with the emergency
// line always on screen. Run for the place under test (PLACE) by paths.test.tsx; placeLeftovers.test.tsx
// runs it again looking for another place's facts.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emergencyCall } from '../src/flow/emergency';
import { outcomeIds, type OutcomeId } from '../src/flow/outcomeIds';
import { outcomeView } from '../src/flow/outcomeView';
import { isQuestion } from '../src/flow/questions';
import { languages } from '../src/i18n/languages';
import { questionWords } from '../src/i18n/questionWords';
import { controlName, outcomeHeading, paths } from './journeys';
import { renderApp } from './render';

/** The links of an outcome's primary action, from its view: the sentence's number, then each contact's ways. */
export function primaryHrefs(id: OutcomeId, language: string): string[] {
  const action = outcomeView(id, language).sections.find((section) => section.kind === 'action');
  if (action?.kind !== 'action') return [];
  return [...(action.call ? [action.call.href] : []), ...action.contacts.flatMap(({ channels }) => channels.map((channel) => channel.href))];
}

/** `onEveryScreen` runs on every question and outcome shown, with the language on screen. */
export function clickEveryPath(onEveryScreen: (language: string) => void = () => {}) {
  it('has a primary link for every outcome', () => {
    for (const id of outcomeIds) expect(primaryHrefs(id, 'en').length, id).toBeGreaterThan(0);
  });

  describe.each(languages.map((language) => language.code))('every path, clicked through in %s', (code) => {
    it.each(paths.map((path) => [path.steps.map(({ event }) => (event.type === 'answer' ? event.answer : event.type)).join(' → '), path] as const))(
      '%s',
      async (_name, path) => {
        const { user, i18n } = await renderApp(code);
        const emergencyLink = () => screen.getAllByRole('link', { name: new RegExp(emergencyCall.display) })[0];
        for (const step of path.steps) {
          expect(emergencyLink()).toHaveAttribute('href', emergencyCall.href);
          expect(isQuestion(step.from)).toBe(true);
          if (isQuestion(step.from)) expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(i18n.t(questionWords(step.from).title));
          onEveryScreen(code);
          await user.click(screen.getByRole('button', { name: controlName(i18n, step) }));
        }
        const heading = await screen.findByRole('heading', { level: 1, name: outcomeHeading(i18n, path.end) });
        expect(heading).toHaveFocus();
        const primary = screen.getByRole('region', { name: heading.textContent! });
        const hrefs = within(primary).getAllByRole('link').map((link) => link.getAttribute('href'));
        expect(hrefs).toEqual(expect.arrayContaining(primaryHrefs(path.end, code)));
        expect(emergencyLink()).toHaveAttribute('href', emergencyCall.href);
        // Every word on screen is a translation, never a raw key or an unfilled {{placeholder}}.
        expect(document.body.textContent).not.toMatch(/\b(outcomes|questions|answers|common|contacts|channels|haveReady|avoid)\.\w+/);
        expect(document.body.textContent).not.toContain('{{');
        onEveryScreen(code);
      },
    );
  });
}
