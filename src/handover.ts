// The one contract between src/boot.js (the built page's only script, which cannot import) and the
// app: an event the app sends as it takes over, and the attributes both read. boot.js checks its
// copies of these names against the types here (// @ts-check), so they cannot drift apart.

/** Sent on `document` by the app just before it takes over; boot.js fills in the detail. */
export const handoverEvent = 'wsid-handover';

/** On each control of a question that moves the wizard on: the answer's id on an answer button,
 *  `aboutMe` on "This is happening to me". */
export const stepAttribute = 'data-step';

/** On each Exit link, whose address is src/exit.ts's exitUrl: before the app has taken over, boot.js
 *  leaves to it as src/exit.ts does, replacing the page, so Back does not return here either. */
export const exitAttribute = 'data-exit';

/**
 * On <html>, set by boot.js the moment it runs and never removed: a script of the page runs, so the
 * note and contact list that CSS alone reveals a few seconds after load, for when every script is
 * blocked, stay hidden (styles.css). Its value is space-separated tokens, while the app has not
 * taken over: `call911` shows the prerendered 911 outcome; `failed` hides controls that cannot work
 * without the app; `answered` (with `failed`) shows the note that the tool could not load and every
 * contact. The app empties it when it takes over.
 */
export const bootAttribute = 'data-boot';

/** On the prerendered 911 outcome: the ids of the first question's answers that lead to it. */
export const emergencyAnswersAttribute = 'data-answers';

/** What boot.js hands over. */
export interface Handover {
  /** The steps tapped before the app arrived (stepAttribute's values), oldest first. */
  steps: string[];
  /** boot.js gave up waiting and shows its own help: the app must then leave the page alone. */
  gaveUp: boolean;
}

/** Asks boot.js for what it heard and ends its listening. Without boot.js (dev server) nothing was heard. */
export function takeHandover(): Handover {
  const handover: Handover = { steps: [], gaveUp: false };
  document.dispatchEvent(new CustomEvent(handoverEvent, { detail: handover }));
  return handover;
}
