// The routing, question by question, as FLOW.md's table states it (in the manner of smart-answers'
// per-node flow tests).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AnswerId } from '../src/flow/questions';
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

describe('question: danger', () => {
  it('is the first screen', () => expect(stepAfter()).toBe('danger'));
  it('yes → call911Result', () => expect(stepAfter('yes')).toBe('call911Result'));
  it('notSure → call911Result, the safer branch', () => expect(stepAfter('notSure')).toBe('call911Result'));
  it('no → minor', () => expect(stepAfter('no')).toBe('minor'));
  it('ignores an answer it does not offer', () => expect(stepAfter('online')).toBe('danger'));
});

describe('question: minor', () => {
  it('yes → parent', () => expect(stepAfter('no', 'yes')).toBe('parent'));
  it('notSure → parent, the safer branch', () => expect(stepAfter('no', 'notSure')).toBe('parent'));
  it('no → adultResult', () => expect(stepAfter('no', 'no')).toBe('adultResult'));
});

describe('question: parent', () => {
  it('yes → missing', () => expect(stepAfter('no', 'yes', 'yes')).toBe('missing'));
  it('no → whatNoticed', () => expect(stepAfter('no', 'yes', 'no')).toBe('whatNoticed'));
  it('does not offer notSure', () => expect(stepAfter('no', 'yes', 'notSure')).toBe('parent'));
});

describe('question: missing', () => {
  it('yes → missingChildResult', () => expect(stepAfter('no', 'yes', 'yes', 'yes')).toBe('missingChildResult'));
  it('no → lawEnforcementResult', () => expect(stepAfter('no', 'yes', 'yes', 'no')).toBe('lawEnforcementResult'));
});

describe('question: whatNoticed', () => {
  it('childIKnow → lawEnforcementResult', () =>
    expect(stepAfter('no', 'yes', 'no', 'childIKnow')).toBe('lawEnforcementResult'));
  it('online → cyberTiplineResult', () => expect(stepAfter('no', 'yes', 'no', 'online')).toBe('cyberTiplineResult'));
  it('inPublic → cyberTiplineResult', () =>
    expect(stepAfter('no', 'yes', 'no', 'inPublic')).toBe('cyberTiplineResult'));
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
});
