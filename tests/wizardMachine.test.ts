// The routing, question by question, as the review pack outlines it (in the manner of smart-answers'
// per-node flow tests).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { outcomeIds } from '../src/flow/outcomeIds';
import { questions, type AnswerId, type QuestionId } from '../src/flow/questions';
import { wizardMachine } from '../src/flow/wizardMachine';

/** A fresh wizard after the given answers. */
function after(...answers: AnswerId[]) {
  const actor = createActor(wizardMachine).start();
  for (const answer of answers) actor.send({ type: 'answer', answer });
  return actor;
}

function stepAfter(...answers: AnswerId[]) {
  return after(...answers).getSnapshot().value;
}

/** "This is happening to me" on `question`, reached by `answers`: it leads to aboutMeResult,
 *  records no answer, counts as one step, and Back returns to `question` as it was left. */
function expectAboutMeAndBack(question: QuestionId, ...answers: AnswerId[]) {
  const actor = after(...answers);
  const before = actor.getSnapshot();
  expect(before.value).toBe(question);
  actor.send({ type: 'aboutMe' });
  const aboutMe = actor.getSnapshot();
  expect(aboutMe.value).toBe('aboutMeResult');
  expect(aboutMe.context.answers).toEqual(before.context.answers);
  expect(aboutMe.context.trail).toHaveLength(before.context.trail.length + 1);
  actor.send({ type: 'back' });
  expect(actor.getSnapshot().value).toBe(question);
  expect(actor.getSnapshot().context).toEqual(before.context);
}

/** Every question, with the answers that reach it, found by walking the machine's answers. */
function waysToEachQuestion() {
  const found = new Map<QuestionId, AnswerId[]>([['danger', []]]);
  for (const [question, answers] of found) {
    for (const answer of questions[question]) {
      const next = after(...answers, answer).getSnapshot().value;
      if (next in questions && !found.has(next as QuestionId)) found.set(next as QuestionId, [...answers, answer]);
    }
  }
  return [...found];
}

describe('question: danger', () => {
  it('is the first screen', () => expect(stepAfter()).toBe('danger'));
  it('yes → call911Result', () => expect(stepAfter('yes')).toBe('call911Result'));
  it('notSure → call911Result, the safer branch', () => expect(stepAfter('notSure')).toBe('call911Result'));
  it('no → minor', () => expect(stepAfter('no')).toBe('minor'));
  it('ignores an answer it does not offer', () => expect(stepAfter('online')).toBe('danger'));
  it('aboutMe → aboutMeResult; back returns here', () => expectAboutMeAndBack('danger'));
});

describe('question: minor', () => {
  it('yes → parent', () => expect(stepAfter('no', 'yes')).toBe('parent'));
  it('notSure → parent, the safer branch', () => expect(stepAfter('no', 'notSure')).toBe('parent'));
  it('no → adultResult', () => expect(stepAfter('no', 'no')).toBe('adultResult'));
  it('aboutMe → aboutMeResult; back returns here', () => expectAboutMeAndBack('minor', 'no'));
});

describe('question: parent', () => {
  it('yes → missing', () => expect(stepAfter('no', 'yes', 'yes')).toBe('missing'));
  it('no → whatNoticed', () => expect(stepAfter('no', 'yes', 'no')).toBe('whatNoticed'));
  it('does not offer notSure', () => expect(stepAfter('no', 'yes', 'notSure')).toBe('parent'));
  it('aboutMe → aboutMeResult; back returns here', () => expectAboutMeAndBack('parent', 'no', 'yes'));
});

describe('question: missing', () => {
  it('yes → missingChildResult', () => expect(stepAfter('no', 'yes', 'yes', 'yes')).toBe('missingChildResult'));
  it('no → lawEnforcementResult', () => expect(stepAfter('no', 'yes', 'yes', 'no')).toBe('lawEnforcementResult'));
  it('aboutMe → aboutMeResult; back returns here', () => expectAboutMeAndBack('missing', 'no', 'yes', 'yes'));
});

describe('question: whatNoticed', () => {
  it('childIKnow → lawEnforcementResult', () =>
    expect(stepAfter('no', 'yes', 'no', 'childIKnow')).toBe('lawEnforcementResult'));
  it('online → cyberTiplineResult', () => expect(stepAfter('no', 'yes', 'no', 'online')).toBe('cyberTiplineResult'));
  it('inPublic → cyberTiplineResult', () =>
    expect(stepAfter('no', 'yes', 'no', 'inPublic')).toBe('cyberTiplineResult'));
  it('aboutMe → aboutMeResult; back returns here', () => expectAboutMeAndBack('whatNoticed', 'no', 'yes', 'no'));
});

describe('event: aboutMe', () => {
  it.each(waysToEachQuestion())('is offered on %s, and Back returns there', (question, answers) => {
    expect(after(...answers).getSnapshot().can({ type: 'aboutMe' })).toBe(true);
    expectAboutMeAndBack(question, ...answers);
  });

  it('reaches every question of the list', () => {
    expect(waysToEachQuestion().map(([question]) => question).sort()).toEqual(Object.keys(questions).sort());
  });

  it('keeps an earlier answer of the question it was chosen on, without adding one', () => {
    const actor = after('no', 'yes', 'no');
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().value).toBe('parent');
    actor.send({ type: 'aboutMe' });
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().value).toBe('parent');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', minor: 'yes', parent: 'no' });
  });

  it('is not offered on an outcome', () => {
    for (const answers of [['yes'], ['no', 'no']] as AnswerId[][]) {
      expect(after(...answers).getSnapshot().can({ type: 'aboutMe' })).toBe(false);
    }
    const actor = after('no');
    actor.send({ type: 'aboutMe' });
    expect(actor.getSnapshot().can({ type: 'aboutMe' })).toBe(false);
  });
});

describe('outcome: aboutMeResult', () => {
  it('is one of the outcomes, tagged outcome, and ignores answers', () => {
    const actor = after();
    actor.send({ type: 'aboutMe' });
    expect(outcomeIds).toContain(actor.getSnapshot().value);
    expect(actor.getSnapshot().hasTag('outcome')).toBe(true);
    actor.send({ type: 'answer', answer: 'no' });
    expect(actor.getSnapshot().value).toBe('aboutMeResult');
  });

  it('from the first question, Back returns to it and no further', () => {
    const actor = after();
    actor.send({ type: 'aboutMe' });
    expect(actor.getSnapshot().can({ type: 'back' })).toBe(true);
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().value).toBe('danger');
    expect(actor.getSnapshot().can({ type: 'back' })).toBe(false);
  });
});

describe('outcomes', () => {
  it('are tagged outcome and ignore further answers', () => {
    const actor = after('yes');
    actor.send({ type: 'answer', answer: 'no' });
    expect(actor.getSnapshot().value).toBe('call911Result');
    expect(actor.getSnapshot().hasTag('outcome')).toBe(true);
  });
});

describe('back', () => {
  it('is not possible on the first question', () => {
    expect(after().getSnapshot().can({ type: 'back' })).toBe(false);
  });

  it('returns to the previous question with its answer kept', () => {
    const actor = after('no', 'yes');
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().value).toBe('minor');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', minor: 'yes' });
  });

  it('from lawEnforcementResult returns to whichever question led there', () => {
    const viaMissing = after('no', 'yes', 'yes', 'no');
    viaMissing.send({ type: 'back' });
    expect(viaMissing.getSnapshot().value).toBe('missing');

    const viaWhatNoticed = after('no', 'yes', 'no', 'childIKnow');
    viaWhatNoticed.send({ type: 'back' });
    expect(viaWhatNoticed.getSnapshot().value).toBe('whatNoticed');
  });

  it('walks all the way back to the first question', () => {
    const actor = after('no', 'notSure', 'no', 'online');
    for (const expected of ['whatNoticed', 'parent', 'minor', 'danger']) {
      actor.send({ type: 'back' });
      expect(actor.getSnapshot().value).toBe(expected);
    }
  });

  it('keeps later answers when the same answer is given again', () => {
    const actor = after('no', 'yes', 'no');
    actor.send({ type: 'back' });
    actor.send({ type: 'back' });
    actor.send({ type: 'answer', answer: 'yes' });
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', minor: 'yes', parent: 'no' });
  });

  it('drops the answers that no longer apply when a different answer is chosen', () => {
    const actor = after('no', 'yes', 'no', 'online');
    actor.send({ type: 'back' });
    actor.send({ type: 'back' });
    actor.send({ type: 'back' });
    actor.send({ type: 'answer', answer: 'no' });
    expect(actor.getSnapshot().value).toBe('adultResult');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', minor: 'no' });
  });
});

describe('restart', () => {
  it('clears every answer and returns to the first question, from a question or an outcome', () => {
    for (const answers of [['no', 'yes'], ['no', 'yes', 'no', 'online']] as AnswerId[][]) {
      const actor = after(...answers);
      actor.send({ type: 'restart' });
      expect(actor.getSnapshot().value).toBe('danger');
      expect(actor.getSnapshot().context).toEqual({ answers: {}, trail: [] });
    }
  });

  it('is offered only once there is something to start over from', () => {
    expect(after().getSnapshot().can({ type: 'restart' })).toBe(false);
    expect(after('no').getSnapshot().can({ type: 'restart' })).toBe(true);
    // Back to the first question with its answer kept: starting over still clears it.
    const back = after('no');
    back.send({ type: 'back' });
    expect(back.getSnapshot().can({ type: 'restart' })).toBe(true);
    const aboutMe = after();
    aboutMe.send({ type: 'aboutMe' });
    expect(aboutMe.getSnapshot().can({ type: 'restart' })).toBe(true);
  });

  it('clears aboutMeResult too', () => {
    for (const answers of [[], ['no', 'yes']] as AnswerId[][]) {
      const actor = after(...answers);
      actor.send({ type: 'aboutMe' });
      actor.send({ type: 'restart' });
      expect(actor.getSnapshot().value).toBe('danger');
      expect(actor.getSnapshot().context).toEqual({ answers: {}, trail: [] });
    }
  });
});
