// @ts-check
// The built page's only script tag (vite.config.ts: loadAppAfterFirstPaint). The prerendered page
// is readable at once and its 911 and exit links work without scripts, so the app is fetched only
// after the first paint. Until the app takes over (src/handover.ts is the contract), this script
// answers taps itself: "Yes" or "I'm not sure" shows the prerendered 911 outcome at once, and the
// app, when it arrives, taps the last answer again. If the app fails to load, or has not arrived
// within a few seconds of a tap, any answer shows a note and every contact instead, and the app,
// should it arrive later, leaves that page alone: nothing moves under the person's finger. Exit
// leaves without a history entry, as the app's does, so Back does not return here.
// The build minifies it (comments, JSDoc types and long names go): it counts in the first screen's budget.
const root = document.documentElement;
/** @type {typeof import('./handover').bootAttribute} */
const BOOT = 'data-boot';
/** @type {import('./handover').Handover} */
const heard = { steps: [], gaveUp: false };
let arrived = false;
/** @param {string} token */
const show = (token) => root.setAttribute(BOOT, `${root.getAttribute(BOOT) ?? ''} ${token}`);
/** @param {string} id */
const focusOn = (id) => /** @type {HTMLElement | null} */ (document.querySelector(id))?.focus();
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
  const target = event.target instanceof Element ? event.target : null;
  /** @type {typeof import('./handover').exitAttribute} */
  const EXIT = 'data-exit';
  const exit = /** @type {HTMLAnchorElement | null | undefined} */ (target?.closest(`[${EXIT}]`));
  if (exit) {
    event.preventDefault();
    return location.replace(exit.href);
  }
  /** @type {typeof import('./handover').stepAttribute} */
  const STEP = 'data-step';
  const step = target?.closest(`[${STEP}]`)?.getAttribute(STEP);
  if (!step) return;
  heard.steps.push(step);
  /** @type {typeof import('./handover').emergencyAnswersAttribute} */
  const EMERGENCY = 'data-answers';
  if (document.getElementById('static-outcome')?.getAttribute(EMERGENCY)?.split(' ').includes(step)) {
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
// @ts-ignore: the build names the app's entry here (vite.config.ts)
requestAnimationFrame(() => setTimeout(() => import('./__APP_ENTRY__').catch(giveUp)));
