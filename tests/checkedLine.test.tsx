// Every outcome ends by saying when its numbers were checked: the month and year of the oldest
// check among the contacts it shows, in the reader's language, on screen and in print.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flowPaths } from '../src/docs/machineWalk';
import { contacts } from '../src/flow/contacts';
import { resultIds, type ResultId } from '../src/flow/outcomes';
import { oldestCheck, shownContacts } from '../src/flow/shownContacts';
import { languages } from '../src/i18n/languages';
import { renderApp } from './render';

describe('oldestCheck', () => {
  it.each([...resultIds])('%s: no contact it shows was checked earlier', (id) => {
    const dates = shownContacts(id).map(({ contact }) => contacts[contact].checked);
    expect(dates).toContain(oldestCheck(id));
    expect(dates.every((date) => date >= oldestCheck(id))).toBe(true);
  });
});

/** The shortest path to each outcome, from the machine. */
const shortestPaths = resultIds.map((id) => {
  const path = flowPaths()
    .filter((candidate) => candidate.end === id)
    .sort((a, b) => a.steps.length - b.steps.length)[0];
  if (!path) throw new Error(`No path reaches ${id}`);
  return [id, path.steps] as const;
});

describe.each(languages.map((language) => language.code))('check date in %s', (code) => {
  it.each(shortestPaths)('%s says when its numbers were checked', async (id: ResultId, steps) => {
    const { user, t } = await renderApp(code);
    for (const { from, event } of steps) {
      const name =
        event.type === 'answer' ? t(`questions.${from}.answers.${event.answer}` as 'questions.danger.answers.yes') : t('common.aboutMe');
      await user.click(screen.getByRole('button', { name }));
    }
    await screen.findByRole('heading', { level: 1, name: t(`outcomes.${id}.title`, { ns: 'outcome', emergency: '911' }) });
    const month = new Intl.DateTimeFormat(code, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${oldestCheck(id)}T12:00:00Z`),
    );
    const line = screen.getByText(t('reviewedLine', { ns: 'outcome', month }));
    expect(line.textContent).toContain(month);
    // Printed too: not inside anything the handout leaves out.
    expect(line.closest('.no-print')).toBeNull();
  });
});
