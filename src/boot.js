// @ts-check
// The built page's only script tag (vite.config.ts: loadAppAfterFirstPaint). The prerendered page
// is readable at once and its 911 and exit links work without scripts, so the app is requested
// only once the browser has reported the first contentful paint. Until the app takes over
// (src/handover.ts is the contract), this script answers taps itself: "Yes" or "I'm not sure" shows
// the prerendered 911 outcome at once, and the app, when it arrives, taps the last answer again. If
// the app fails to load, or has not arrived within a few seconds of a tap, any answer shows a note
// and every contact instead, and the app, should it arrive later, leaves that page alone: nothing
// moves under the person's finger. Exit leaves without a history entry, as the app's does, so Back
// does not return here.
// Written in ES2017 apart from import() (no ?. or ??, no object spread, no catch without a binding),
// so that a browser too old for the app still runs it and gets this help when the import fails
// (tests/bootSyntax.test.ts parses the built file). The build minifies it (comments, JSDoc types and
// long names go): it counts in the first screen's budget.
const root = document.documentElement;
/** @type {typeof import('./handover').bootAttribute} */
const BOOT = 'data-boot';
// At once: a script of the page runs, so the help that CSS alone reveals when none does stays away.
root.setAttribute(BOOT, '');
/** @type {import('./handover').Handover} */
const heard = { steps: [], gaveUp: false };
let arrived = false;
/** @param {string} token */
const show = (token) => root.setAttribute(BOOT, `${root.getAttribute(BOOT) || ''} ${token}`);
/** @param {string} selector */
const focusOn = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector) || root).focus();
const giveUp = () => {
  if (arrived || heard.gaveUp) return;
  heard.gaveUp = true;
  show('failed');
  if (heard.steps.length) help();
};
const help = () => {
  show('answered');
  focusOn('#boot-notice');
};
/** @param {Event} event */
const onTap = (event) => {
  // A click's target is always an element in the browsers this script runs in (ES2017 and later).
  const target = /** @type {Element} */ (event.target);
  /** @type {typeof import('./handover').exitAttribute} */
  const EXIT = 'data-exit';
  const exit = /** @type {HTMLAnchorElement | null} */ (target.closest(`[${EXIT}]`));
  if (exit) {
    event.preventDefault();
    return location.replace(exit.href);
  }
  /** @type {typeof import('./handover').stepAttribute} */
  const STEP = 'data-step';
  const step = (target.closest(`[${STEP}]`) || root).getAttribute(STEP);
  if (!step) return;
  heard.steps.push(step);
  /** @type {typeof import('./handover').emergencyAnswersAttribute} */
  const EMERGENCY = 'data-answers';
  if (document.querySelector(`#static-outcome[${EMERGENCY}~="${step}"]`)) {
    show('call911');
    focusOn('#static-outcome h1');
  }
  if (heard.gaveUp) help();
  else setTimeout(giveUp, 4000);
};
addEventListener('click', onTap, true);
/** @type {typeof import('./handover').handoverEvent} */
const HANDOVER = 'wsid-handover';
document.addEventListener(HANDOVER, (event) => {
  arrived = !heard.gaveUp;
  removeEventListener('click', onTap, true);
  Object.assign(/** @type {CustomEvent<import('./handover').Handover>} */ (event).detail, heard);
});

// The app is requested only after the first contentful paint has been reported, in a task of its
// own: requested any earlier (even in the next frame, as before), it can start before the paint is
// recorded, and Lighthouse's simulation then counts the app's code as needed for that paint.
// Importing twice fetches once, so the fallbacks may race the observer.
// @ts-ignore: the build names the app's entry here (vite.config.ts)
const load = () => import('./__APP_ENTRY__').catch(giveUp);
const later = () => setTimeout(load);
try {
  // Paint entries come once each (first-paint, first-contentful-paint): no need to disconnect.
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) later();
  }).observe({ type: 'paint', buffered: true });
} catch (error) {
  // No paint timing (older browsers refuse the type option): the next frame, then a task.
  requestAnimationFrame(later);
}
// Should the paint never be reported (a browser that ignores a type it does not know).
setTimeout(load, 3000);
