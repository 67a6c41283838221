// The slow-phone profile of `npm run bench`: Chromium with its CPU slowed 4× and a "Slow 4G"
// network (STACK.md). Each measure runs in a fresh browser context, so no cache flatters it and each
// outcome reached is the first of its visit. Times are taken inside the page (CDP round trips would
// add tens of milliseconds): from the tap until the frame after the new heading is painted.

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ path: string, ms: number, heading: string }} Step */

const slow4g = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 7.5e5 / 8 };
/** How long a step may take at most, tap to paint: the target for every step. */
export const stepTargetMs = 100;

/** Opens a fresh context and page on the slow-phone profile; `init(arg)` runs before the page's scripts. */
async function slowPage(browser, init, arg) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow4g);
  if (init) await page.addInitScript(init, arg);
  return { context, page, cdp };
}

/** In the page: records first paint, the app's takeover, and a tap on "Yes" 300 ms after first paint. */
function earlyTapProbe(call911) {
  const bench = (window.__bench = { expect: call911 });
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const visibleHeading = (text) =>
    [...document.querySelectorAll('h1')].some((h) => h.textContent === text && h.checkVisibility());
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'first-contentful-paint') continue;
      bench.firstPaint = entry.startTime;
      setTimeout(async () => {
        const yes = document.querySelector('[data-step="yes"]');
        const start = performance.now();
        bench.tapAt = start;
        yes.click();
        while (!visibleHeading(bench.expect)) await new Promise((resolve) => setTimeout(resolve, 5));
        await painted();
        bench.tapToCall911 = performance.now() - start;
      }, 300);
    }
  }).observe({ type: 'paint', buffered: true });
  // The app has taken over once React has hydrated the answer buttons.
  const watchTakeover = () => {
    const button = document.querySelector('.answers [data-step]');
    if (button && Object.keys(button).some((key) => key.startsWith('__reactProps'))) bench.takeover = performance.now();
    else requestAnimationFrame(watchTakeover);
  };
  requestAnimationFrame(watchTakeover);
}

/**
 * In the page, before its scripts: `window.__tap(target)` taps a control (an answer or "This is
 * happening to me" by its data-step, or a button by its words) and resolves with the time until the
 * next heading is painted: a MutationObserver sees the visible heading change (a heading that is
 * momentarily absent, a loading fallback, is not the next heading), then requestAnimationFrame +
 * setTimeout waits for the frame that paints it. No polling, which would take time from the page.
 * The tap comes once the page is idle, as a person's would: nobody taps within a few milliseconds of
 * a step appearing, and a tap fired at once would be timed with the last step's leftover work.
 */
function stepProbe() {
  const visibleHeading = () => [...document.querySelectorAll('h1')].find((h) => h.checkVisibility())?.textContent ?? '';
  const idle = () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve), { timeout: 1000 }));
  window.__tap = async ({ step, button }) => {
    await idle();
    return new Promise((resolve, reject) => {
      const control = step
        ? document.querySelector(`[data-step="${step}"]`)
        : [...document.querySelectorAll('button')].find((b) => b.textContent === button);
      if (!control) return reject(new Error(`Nothing to tap: ${step ?? button} on "${visibleHeading()}"`));
      const before = visibleHeading();
      let start = 0;
      const seen = () => {
        const heading = visibleHeading();
        if (heading === '' || heading === before) return;
        observer.disconnect();
        clearTimeout(giveUp);
        requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - start, heading })));
      };
      const observer = new MutationObserver(seen);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      const giveUp = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`No new heading 10 s after tapping ${step ?? button} on "${before}"`));
      }, 10_000);
      start = performance.now();
      control.click();
    });
  };
}

/**
 * A fresh page on the slow-phone profile that has settled: loaded, taken over, and ready, which the
 * app marks (performance.mark `ready`) once its idle fetch ahead and rehearsal of the outcomes are
 * over; then the network goes when `network` is 'off'. `beforeLoad(cdp)` may prepare the DevTools
 * session first (tests/bench/profile.mjs). `readyMs`: when the mark was set, from the navigation.
 */
export async function settledPage(browser, url, { network, ready, beforeLoad }) {
  const opened = await slowPage(browser, stepProbe);
  const { context, page } = opened;
  await beforeLoad?.(opened.cdp);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ready, { timeout: 60_000 });
  const readyMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, ready);
  if (network === 'off') await context.setOffline(true);
  return { ...opened, readyMs };
}

/** In the page: taps every answer of every question once, depth first, and Back after each; times each. */
async function everyStep({ back, answers: words }) {
  const steps = [];
  const explore = async (path) => {
    const answers = [...document.querySelectorAll('.answers [data-step]')].map((b) => b.getAttribute('data-step'));
    for (const answer of answers) {
      const way = [...path, words[answer] ?? answer];
      steps.push({ path: way.join(' → '), ...(await window.__tap({ step: answer })) });
      if (document.querySelector('.answers [data-step]')) await explore(way);
      steps.push({ path: `${way.join(' → ')} → Back`, ...(await window.__tap({ button: back })) });
    }
  };
  await explore([]);
  return steps;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Median, slowest and how many are over the target, of a list of steps. */
function summary(steps) {
  return {
    count: steps.length,
    medianMs: median(steps.map((s) => s.ms)),
    maxMs: Math.max(...steps.map((s) => s.ms)),
    slowest: steps.reduce((a, b) => (b.ms > a.ms ? b : a)),
    overTarget: steps.filter((s) => s.ms > stepTargetMs).length,
  };
}

/**
 * @param {Browser} browser
 * @param {string} url the served build
 * @param {object} options
 * @param {{ call911: string, back: string, crash: string, answers: Record<string, string> }} options.words
 *   English words the probes look for or report: the crash screen's heading, each step's words by its
 *   data-step
 * @param {Record<string, { path: string[], taps: { step: string }[] }>} options.ways for each outcome,
 *   the shortest way there from the first question: the answers' words, and what to tap
 * @param {string} options.ready the performance mark the app sets once it is ready for any step
 * @param {number} options.visits how many fresh visits to each outcome, on each network
 */
export async function measureSlowPhone(browser, url, { words, ways, ready, visits }) {
  // 1. First paint, takeover, and the early tap on "Yes".
  const early = await slowPage(browser, earlyTapProbe, words.call911);
  await early.page.goto(url);
  await early.page.waitForFunction(() => window.__bench.tapToCall911 !== undefined && window.__bench.takeover !== undefined, null, { timeout: 60_000 });
  const { firstPaint, takeover, tapToCall911 } = await early.page.evaluate(() => window.__bench);
  await early.context.close();

  const steps = {};
  const outcomes = {};
  const readyAt = [];
  for (const network of ['on', 'off']) {
    // 2. Each outcome as the first of a visit: a fresh page, the shortest way there, each tap timed.
    const taken = [];
    outcomes[network] = {};
    for (const [outcome, way] of Object.entries(ways)) {
      const firsts = [];
      for (let visit = 0; visit < visits; visit++) {
        const { context, page, readyMs } = await settledPage(browser, url, { network, ready });
        readyAt.push(readyMs);
        for (const [index, tap] of way.taps.entries()) {
          taken.push({ path: way.path.slice(0, index + 1).join(' → '), ...(await page.evaluate((t) => window.__tap(t), tap)) });
        }
        firsts.push(taken.at(-1));
        await context.close();
      }
      outcomes[network][outcome] = { medianMs: median(firsts.map((s) => s.ms)), maxMs: Math.max(...firsts.map((s) => s.ms)), heading: firsts[0].heading, visits: firsts.map((s) => s.ms) };
    }
    // 3. Every other step: every answer and Back after it, in one visit.
    const { context, page, readyMs } = await settledPage(browser, url, { network, ready });
    readyAt.push(readyMs);
    const walked = await page.evaluate(everyStep, words);
    await context.close();
    steps[network] = {
      ...summary([...taken, ...walked]),
      crashed: [...taken, ...walked].some((t) => t.heading === words.crash),
      all: [...taken, ...walked],
    };
  }
  return {
    firstPaintMs: firstPaint,
    takeoverMs: takeover,
    earlyTapToCall911Ms: tapToCall911,
    readyMedianMs: median(readyAt),
    readyMaxMs: Math.max(...readyAt),
    targetMs: stepTargetMs,
    visits,
    ways,
    outcomes,
    steps,
  };
}
