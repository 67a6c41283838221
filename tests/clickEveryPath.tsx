// Clicks every path from the machine through the real UI, in every language the place offers, and
// checks the outcome shows its primary contacts (from the data) with the emergency line always on
// screen. Run for Boulder County (paths.test.tsx) and a fictional county (exampleCounty.test.tsx).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contacts } from '../src/flow/contacts';
import { emergencyCall } from '../src/flow/emergency';
import { aboutMeResult, aboutMeResultId, outcomes, resultIds, type ResultId } from '../src/flow/outcomes';
import { languages } from '../src/i18n/languages';
import { answersOf, complete } from './machinePaths';
import { renderApp } from './render';

/** The links of each outcome's primary action, from the data. */
function primaryHrefs(id: ResultId): string[] {
  const primary = id === aboutMeResultId ? [aboutMeResult.first] : outcomes[id].primary;
  return primary.map((contact) => contacts[contact].channels[0].href);
}

/** `onEveryScreen` runs on every question and outcome shown, with the language on screen. */
export function clickEveryPath(onEveryScreen: (language: string) => void = () => {}) {
  it('has a primary link for every outcome', () => {
    for (const id of resultIds) expect(primaryHrefs(id).length, id).toBeGreaterThan(0);
  });

  describe.each(languages.map((language) => language.code))('every path, clicked through in %s', (code) => {
    it.each(complete.map((path) => [answersOf(path).map((step) => step.answer).join(' → '), path] as const))(
      '%s',
      async (_name, path) => {
        const { user, t, i18n } = await renderApp(code);
        const emergencyLink = () => screen.getAllByRole('link', { name: new RegExp(emergencyCall.display) })[0];
        for (const { question, answer } of answersOf(path)) {
          expect(emergencyLink()).toHaveAttribute('href', emergencyCall.href);
          expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t(`questions.${question}.title`));
          onEveryScreen(code);
          const label =
            answer === 'aboutMe'
              ? t('common.aboutMe')
              : t(`questions.${question}.answers.${answer}` as 'questions.danger.answers.yes');
          await user.click(screen.getByRole('button', { name: label }));
        }
        const outcome = path.state.value as ResultId;
        const heading = await screen.findByRole('heading', { level: 1, name: i18n.t(`outcomes.${outcome}.title`, { ns: 'outcome', emergency: emergencyCall.display }) });
        expect(heading).toHaveFocus();
        const primary = screen.getByRole('region', { name: heading.textContent! });
        const hrefs = within(primary).getAllByRole('link').map((link) => link.getAttribute('href'));
        expect(hrefs).toEqual(expect.arrayContaining(primaryHrefs(outcome)));
        expect(emergencyLink()).toHaveAttribute('href', emergencyCall.href);
        // Every word on screen is a translation, never a raw key or an unfilled {{placeholder}}.
        expect(document.body.textContent).not.toMatch(/\b(outcomes|questions|common|contacts|channels|haveReady|avoid)\.\w+/);
        expect(document.body.textContent).not.toContain('{{');
        onEveryScreen(code);
      },
    );
  });
}
