// The outcome screen's content rules (docs/README.md), clicked through to each outcome: the action first,
// only the checklist items that fit the outcome, each list behind a disclosure that opens for print,
// "What not to do" only don'ts, and the District Attorney's Office once.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { contacts, localLines } from '../src/flow/contacts';
import { emergencyCall } from '../src/flow/emergency';
import { outcomeIds, outcomes, showsDaLine, type OutcomeId } from '../src/flow/outcomes';
import { isQuestion, questions } from '../src/flow/questions';
import { wizardMachine, type WizardEvent } from '../src/flow/wizardMachine';
import { contactAbout } from '../src/i18n/contactWords';
import { languages, type LanguageCode } from '../src/i18n/languages';
import english from '../locales/en/outcome.json';
import { renderApp } from './render';

const answerEvents = (snapshot: { value: string }): WizardEvent[] =>
  isQuestion(snapshot.value) ? questions[snapshot.value].map((answer) => ({ type: 'answer', answer })) : [];

/** The shortest journey to each outcome, from the machine. */
const journeys = new Map(
  getShortestPaths(wizardMachine, { events: answerEvents }).map((path) => [
    path.state.value as string,
    path.steps.slice(1).map((step, index) => ({
      question: path.steps[index].state.value as keyof typeof questions,
      answer: (step.event as Extract<WizardEvent, { type: 'answer' }>).answer,
    })),
  ]),
);

async function openOutcome(outcome: OutcomeId, language: LanguageCode = 'en') {
  const app = await renderApp(language);
  for (const { question, answer } of journeys.get(outcome)!) {
    await app.user.click(screen.getByRole('button', { name: app.t(`questions.${question}.answers.${answer}` as 'questions.danger.answers.yes') }));
  }
  await screen.findByRole('heading', { level: 1, name: app.i18n.t(`outcomes.${outcome}.title`, { ns: 'outcome', emergency: '911' }) });
  const t = app.i18n.getFixedT(null, 'outcome') as unknown as (key: string, options?: Record<string, unknown>) => string;
  const words = (key: string, options: Record<string, unknown> = {}) => t(key, options);
  return { ...app, words };
}

/** The items of the checklist under `title`, or undefined when the outcome has none. */
function checklist(title: string) {
  const details = screen.queryByText(title, { selector: 'summary' })?.closest('details');
  return details ? within(details).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent) : undefined;
}

const daCall = contacts.daOffice.channels[0];

describe.each(outcomeIds)('outcome: %s', (outcome) => {
  const fits = outcomes[outcome];

  it('leads with the action: the heading, then the primary text and its contacts, before anything else', async () => {
    const { words } = await openOutcome(outcome);
    const primary = screen.getByRole('region', { name: screen.getByRole('heading', { level: 1 }).textContent! });
    expect(primary).toHaveTextContent(words(`outcomes.${outcome}.primary`, { emergency: emergencyCall.display }));
    // The first link on the outcome (after the shell's 911 line) is the primary action's number.
    const links = within(screen.getByRole('main')).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', contacts[fits.primary[0]].channels[0].href);
    expect(primary.compareDocumentPosition(screen.getByText(words('haveReady.title')))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('shows only the checklist items that fit it, each list closed behind a disclosure', async () => {
    const { words } = await openOutcome(outcome);
    expect(checklist(words('haveReady.title'))).toEqual(fits.haveReady.map((item) => words(`haveReady.${item}`)));
    expect(checklist(words('doNow.title'))).toEqual(fits.doNow.length ? fits.doNow.map((item) => words(`doNow.items.${item}`)) : undefined);
    expect(checklist(words('avoid.title'))).toEqual(fits.avoid.map((item) => words(`avoid.items.${item}`)));
    for (const details of document.querySelectorAll('details')) expect(details).not.toHaveAttribute('open');
  });

  it("shows the District Attorney's Office once: as a contact or as the closing line, never both", async () => {
    const { words } = await openOutcome(outcome);
    const daLinks = screen.getAllByRole('link').filter((link) => link.getAttribute('href') === daCall.href);
    expect(daLinks).toHaveLength(1);
    const line = screen.queryByText((_, element) => element?.className === 'da-line');
    if (showsDaLine(fits)) expect(line).toHaveTextContent(words('daLine', { number: daCall.display }).replace(/<\/?call>/g, ''));
    else expect(line).toBeNull();
  });

  it('opens every checklist while printing, and closes them again after', async () => {
    await openOutcome(outcome);
    const all = [...document.querySelectorAll('details')];
    expect(all.length).toBeGreaterThanOrEqual(2);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    for (const details of all) expect(details).toHaveAttribute('open');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    for (const details of all) expect(details).not.toHaveAttribute('open');
  });
});

describe('checklist words (docs/README.md)', () => {
  it('"What not to do" holds only don\'ts, "What to do now" only do\'s', () => {
    for (const item of Object.values(english.avoid.items)) expect(item).toMatch(/^Do not /);
    for (const item of Object.values(english.doNow.items)) expect(item).not.toMatch(/\bDo not\b/);
  });

  it('the missing-child outcome never says to keep it from the person you are worried about (their own child)', async () => {
    const { words } = await openOutcome('missingChildResult');
    expect(screen.queryByText(words('avoid.items.alert'))).not.toBeInTheDocument();
    expect(screen.getByText(words('avoid.items.confront'))).toBeInTheDocument();
  });

  it('a checklist opened by hand stays open after printing', async () => {
    const { words } = await openOutcome('adultResult');
    const details = screen.getByText(words('haveReady.title'), { selector: 'summary' }).closest('details')!;
    details.open = true; // as a tap on its summary does (jsdom does not toggle <details> itself)
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(details).toHaveAttribute('open');
  });
});

describe.each(languages.map((language) => language.code))('outcome content in %s', (language) => {
  it('law enforcement: the local lines, then that other towns have their own police, and 911 if a child is in danger now', async () => {
    const { words } = await openOutcome('lawEnforcementResult', language);
    const primary = screen.getByRole('region', { name: screen.getByRole('heading', { level: 1 }).textContent! });
    const hrefs = within(primary).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(localLines.map((id) => contacts[id].channels[0].href));
    expect(primary).toHaveTextContent(words('outcomes.lawEnforcementResult.tip', { emergency: emergencyCall.display }));
    for (const id of localLines) expect(primary).toHaveTextContent(contactAbout(id, words as never, language));
    expect(screen.getByRole('link', { name: new RegExp(contacts.coChildAbuseHotline.channels[0].display) })).toHaveAttribute(
      'href',
      contacts.coChildAbuseHotline.channels[0].href,
    );
  });

  it('CyberTipline: someone who knows the child reports locally too; mandatory reporters get the state hotline', async () => {
    const { words } = await openOutcome('cyberTiplineResult', language);
    const local = screen.getByRole('region', { name: words('outcomes.cyberTiplineResult.localLinesTitle') });
    expect(within(local).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(
      localLines.map((id) => contacts[id].channels[0].href),
    );
    const more = screen.getByRole('region', { name: words('outcomes.cyberTiplineResult.secondaryTitle') });
    expect(within(more).getByRole('link')).toHaveAttribute('href', contacts.coChildAbuseHotline.channels[0].href);
    expect(more).toHaveTextContent(words('contacts.coChildAbuseHotline.about'));
  });
});

it('every phone number sits whole in one element that keeps it on one line', async () => {
  await openOutcome('missingChildResult');
  for (const number of document.querySelectorAll('main bdi')) {
    const isWeb = /\.[a-z]{2,}/.test(number.textContent!);
    if (!isWeb) expect(number).toHaveClass('number');
  }
  expect(screen.getByText(contacts.ncmecTheLost.channels[0].display, { selector: 'bdi' })).toHaveClass('number');
  expect(screen.getByText(contacts.ncmecTheLost.channels[0].vanity!, { selector: 'bdi' })).toHaveClass('number');
});
