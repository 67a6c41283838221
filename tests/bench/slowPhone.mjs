// The slow-phone profile of `npm run bench`: Chromium with its CPU slowed 4× and a "Slow 4G"
// network (STACK.md). Each measure runs in a fresh browser context, so no cache flatters it.
// Times are taken inside the page (CDP round trips would add tens of milliseconds): from the tap
// until the frame after the new heading is painted.

/** @typedef {import('@playwright/test').Browser} Browser */

const slow4g = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 7.5e5 / 8 };

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

/** In the page: answers every answer of every question once (depth first, Back after each), timing each. */
async function everyAnswer(backLabel) {
  const heading = () => [...document.querySelectorAll('h1')].find((h) => h.checkVisibility())?.textContent ?? '';
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const settle = async (before) => {
    // A heading that is momentarily absent (a loading fallback) is not the next heading.
    while (heading() === before || heading() === '') await new Promise((resolve) => setTimeout(resolve, 2));
    await painted();
  };
  const times = [];
  const explore = async (path) => {
    const answers = [...document.querySelectorAll('.answers [data-step]')].map((b) => b.getAttribute('data-step'));
    for (const answer of answers) {
      const before = heading();
      const start = performance.now();
      document.querySelector(`[data-step="${answer}"]`).click();
      await settle(before);
      times.push({ path: [...path, answer].join(' → '), ms: performance.now() - start, heading: heading() });
      if (document.querySelector('.answers [data-step]')) await explore([...path, answer]);
      const here = heading();
      [...document.querySelectorAll('button')].find((b) => b.textContent === backLabel).click();
      await settle(here);
    }
  };
  await explore([]);
  return times;
}

/**
 * @param {Browser} browser
 * @param {string} url the served build
 * @param {{ call911: string, back: string }} words English words the probes look for
 */
export async function measureSlowPhone(browser, url, words) {
  // 1. First paint, takeover, and the early tap on "Yes".
  const early = await slowPage(browser, earlyTapProbe, words.call911);
  await early.page.goto(url);
  await early.page.waitForFunction(() => window.__bench.tapToCall911 !== undefined && window.__bench.takeover !== undefined, null, { timeout: 60_000 });
  const { firstPaint, takeover, tapToCall911 } = await early.page.evaluate(() => window.__bench);
  await early.context.close();

  // 2. Every answer after the first screen has settled, with the network on, then off.
  const steps = {};
  for (const network of ['on', 'off']) {
    const { context, page } = await slowPage(browser);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (network === 'off') await context.setOffline(true);
    const times = await page.evaluate(everyAnswer, words.back);
    await context.close();
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    steps[network] = {
      count: times.length,
      medianMs: sorted[Math.floor((sorted.length - 1) / 2)],
      maxMs: sorted.at(-1),
      slowest: times.reduce((a, b) => (b.ms > a.ms ? b : a)),
      crashed: times.some((t) => /went wrong/.test(t.heading)),
    };
  }
  return { firstPaintMs: firstPaint, takeoverMs: takeover, earlyTapToCall911Ms: tapToCall911, steps };
}
