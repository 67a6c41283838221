// The built page's only script tag (vite.config.ts: loadAppAfterFirstPaint). The prerendered page
// is readable at once and its 911 and exit links work without scripts, so the app is fetched only
// after the first paint. An answer tapped before the app has arrived is remembered, and the app
// taps it again once it is ready, so no tap is lost.
const taps = [];
const remember = (event) => {
  const button = event.target instanceof Element && event.target.closest('.answers button');
  if (button) taps.push([...document.querySelectorAll('.answers button')].indexOf(button));
};
addEventListener('click', remember, true);
window.takeEarlyTaps = () => {
  removeEventListener('click', remember, true);
  return taps;
};
requestAnimationFrame(() => setTimeout(() => import('./__APP_ENTRY__')));
