// `npm run bench`: builds, serves the production build on loopback, and measures what a person on a
// cheap phone would feel. Not a test: timings vary from machine to machine. Prints a table and
// writes tests/bench/latest.json.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { importSource } from '../../src/build/importSource.mjs';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { firstScreenFiles } from './firstScreen.mjs';
import { measureSlowPhone } from './slowPhone.mjs';

const root = join(import.meta.dirname, '..', '..');
// At least ten Lighthouse runs each: a misread first paint shows in a few runs of ten, not in a median.
const runs = Math.max(10, Number(process.env.BENCH_RUNS ?? 10));
const steps = Number(process.env.BENCH_STEPS ?? 60);
// Two ports side by side (the app, the lower bound): BENCH_PORT picks the first.
const port = Number(process.env.BENCH_PORT ?? 4180);
// BENCH_ONLY=slow-phone measures only the slow-phone profile (no Lighthouse), for a quick look;
// BENCH_VISITS (3) is how many fresh visits it makes to each outcome on each network.
const only = process.env.BENCH_ONLY;
const en = JSON.parse(readFileSync(join(root, 'locales', 'en', 'translation.json'), 'utf8'));
const enOutcome = JSON.parse(readFileSync(join(root, 'locales', 'en', 'outcome.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

console.log('Building…');
execFileSync(bin('vite'), ['build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
const dist = join(root, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

// 1. Bytes of every file the first screen loads.
function firstScreenChunks() {
  const { scripts, styles } = firstScreenFiles(dist);
  return [...scripts, ...styles].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
  });
}
const chunks = firstScreenChunks();

// The lower bound: the same prerendered page with its scripts removed, served the same way. It is
// marked as boot.js marks a page whose scripts run (data-boot), so it is the first screen such a
// person sees: without the mark, CSS would reveal the help for blocked scripts after a few seconds.
const lowerBound = mkdtempSync(join(tmpdir(), 'wsid-lower-bound-'));
cpSync(dist, lowerBound, { recursive: true });
writeFileSync(
  join(lowerBound, 'index.html'),
  html
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<html /, '<html data-boot="" '),
);
if (!/<html data-boot=""/.test(readFileSync(join(lowerBound, 'index.html'), 'utf8'))) throw new Error('The lower bound page was not marked');

function serve(dir, port) {
  const server = spawn(bin('vite'), ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}
const app = serve(dist, port);
const bound = serve(lowerBound, port + 1);
await new Promise((resolve) => setTimeout(resolve, 1500));

// 2. Lighthouse, mobile, simulated throttling: `runs` runs of each page, taken in turn (app, bound,
// app, …) so that a busy moment of the machine falls on both alike.
function lighthouseRun(url) {
  const out = join(tmpdir(), `wsid-lh-${process.pid}.json`);
  const profile = mkdtempSync(join(tmpdir(), 'wsid-lh-profile-'));
  execFileSync(bin('lighthouse'), [
    url,
    `--chrome-flags=--headless --no-sandbox ${chromiumFlags.join(' ')} --user-data-dir=${profile}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json', `--output-path=${out}`, '--quiet',
  ], { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: 'ignore' });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out);
  rmSync(profile, { recursive: true, force: true });
  const audit = (id) => report.audits[id].numericValue;
  // What Lighthouse's simulation counts as needed for the largest paint: every request that ended
  // before that paint in its own unthrottled load. The app's code must never be among them.
  const observedLcp = report.audits.metrics.details.items[0].observedLargestContentfulPaint;
  const endedBeforeLcp = report.audits['network-requests'].details.items.filter((request) => request.networkEndTime <= observedLcp);
  return {
    appCodeBeforeLcp: endedBeforeLcp.filter((request) => /\.js$/.test(request.url) && !/\/boot-/.test(request.url)).length,
    // Of those, the scripts fetched at high priority: the simulation counts only these as blocking the
    // paint (boot.js is fetched at low priority, src/build/loadAppAfterFirstPaint.ts).
    blockingScriptsBeforeLcp: endedBeforeLcp.filter((request) => request.resourceType === 'Script' && /High/.test(request.priority)).length,
    performance: report.categories.performance.score * 100,
    accessibility: report.categories.accessibility.score * 100,
    bestPractices: report.categories['best-practices'].score * 100,
    seo: report.categories.seo.score * 100,
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    totalBytes: audit('total-byte-weight'),
  };
}
/** Scores: higher is better; every other figure: lower is better. */
const scoreKeys = ['performance', 'accessibility', 'bestPractices', 'seo'];
function summarise(results) {
  const keys = Object.keys(results[0]);
  const pick = (choose) => Object.fromEntries(keys.map((key) => [key, choose(key, results.map((r) => r[key]))]));
  return {
    median: pick((_, values) => median(values)),
    worst: pick((key, values) => (scoreKeys.includes(key) ? Math.min(...values) : Math.max(...values))),
    runs: results,
  };
}
function lighthouse(urls) {
  const results = urls.map(() => []);
  for (let run = 0; run < runs; run++) {
    urls.forEach((url, index) => results[index].push(lighthouseRun(url)));
  }
  return results.map(summarise);
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const row = (cells) => `| ${cells.join(' | ')} |`;
/** The slow-phone profile's tables. */
const slowPhoneRows = (slowPhone) => [
  row(['slow phone: CPU 4× slower, "Slow 4G" (150 ms, 1.6 Mbit/s)', 'figure']),
  row(['---', '---:']),
  row(['first contentful paint', ms(slowPhone.firstPaintMs)]),
  row(['the app has taken over (hydrated)', ms(slowPhone.takeoverMs)]),
  row(['tap on "Yes" 300 ms after first paint → "Call 911 now" painted', ms(slowPhone.earlyTapToCall911Ms)]),
  row(['settled: the outcomes fetched ahead and rehearsed (median · latest of every visit below)', `${ms(slowPhone.readyMedianMs)} · ${ms(slowPhone.readyMaxMs)}`]),
  ...['on', 'off'].flatMap((network) => {
    const s = slowPhone.steps[network];
    return [
      row([`after settling, network ${network}: each of ${s.count} steps (every answer and Back, and each way below) → next heading painted, median · slowest (${s.slowest.path})`, `${ms(s.medianMs)} · ${ms(s.maxMs)}`]),
      row([`… steps over ${slowPhone.targetMs} ms, network ${network}`, `${s.overTarget} of ${s.count}`]),
    ];
  }),
  row(['crash screen seen, network on · off', ['on', 'off'].map((network) => (slowPhone.steps[network].crashed ? 'yes' : 'no')).join(' · ')]),
  '',
  row([`slow phone: each outcome as the first of a visit (${slowPhone.visits} fresh visits each, shortest way), tap → heading painted, median · slowest`, 'network on', 'network off']),
  row(['---', '---:', '---:']),
  ...Object.entries(slowPhone.ways).map(([outcome, way]) =>
    row([`${outcome}: ${way.path.join(' → ')}`, ...['on', 'off'].map((network) => `${ms(slowPhone.outcomes[network][outcome].medianMs)} · ${ms(slowPhone.outcomes[network][outcome].maxMs)}`)]),
  ),
  row([`every step, first outcomes included, at or under ${slowPhone.targetMs} ms`, ...['on', 'off'].map((network) => (slowPhone.steps[network].overTarget === 0 ? 'yes' : 'no'))]),
];

// For each outcome, the shortest way there from the first question, from the machine itself: what
// to tap (an answer's or "This is happening to me"'s data-step) and its English words.
const { shortestWays } = await importSource('/src/flow/wizardPaths.ts');
const { outcomeIds } = await importSource('/src/flow/outcomeIds.ts');
const stepWords = { ...en.answers, aboutMe: en.common.aboutMe };
const shortest = shortestWays();
const ways = Object.fromEntries(
  outcomeIds.map((outcome) => {
    const way = shortest.get(outcome);
    if (!way) throw new Error(`No way to ${outcome}`);
    const taps = way.map(({ event }) => ({ step: event.type === 'answer' ? event.answer : event.type }));
    return [outcome, { taps, path: taps.map(({ step }) => stepWords[step]) }];
  }),
);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
console.log('Slow-phone profile…');
const { rehearsedMark } = await importSource('/src/screens/rehearseOutcomes.tsx');
const slowPhone = await measureSlowPhone(browser, app.url, {
  words: { call911: enOutcome.outcomes.call911Result.title.replace('{{emergency}}', '911'), back: en.common.back, crash: en.crash.title, answers: stepWords },
  ways,
  ready: rehearsedMark,
  visits: Number(process.env.BENCH_VISITS ?? 3),
});
if (only === 'slow-phone') {
  console.log(JSON.stringify(slowPhone, null, 2));
  console.log(`\n${slowPhoneRows(slowPhone).join('\n')}\n`);
  await browser.close();
  app.stop();
  bound.stop();
  process.exit(0);
}
console.log(`Lighthouse, ${runs} runs each…`);
const [appRuns, boundRuns] = lighthouse([app.url, bound.url]);
const appScores = appRuns.median;
const boundScores = boundRuns.median;
// Every run of the app against the bound's median: the target is LCP within 1.1 × the bound in each.
const lcpRatios = appRuns.runs.map((run) => run.lcpMs / boundScores.lcpMs);

// 3. In the real browser, without throttling: tap → next heading painted, and the heap after a journey.
console.log(`Step latency over ${steps} steps…`);
const page = await browser.newPage();
await page.goto(app.url);
await page.waitForLoadState('networkidle');
const measured = await page.evaluate(async (count) => {
  const heading = () => document.querySelector('h1');
  const button = (label) => [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith(label));
  const cycle = ['No', 'Yes', 'No']; // danger → minor → parent → whatNoticed, then Start over
  const times = [];
  while (times.length < count) {
    for (const label of cycle) {
      const before = heading().textContent;
      const start = performance.now();
      button(label).click();
      // React renders a click's update before the event's task ends; wait for the DOM to show it,
      // then for the frame that paints it (a task queued from requestAnimationFrame runs after paint).
      for (let i = 0; i < 10 && heading().textContent === before; i++) await Promise.resolve();
      while (heading().textContent === before) await new Promise((resolve) => setTimeout(resolve));
      const rendered = performance.now();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      times.push([performance.now() - start, rendered - start]);
    }
    button('Start over').click();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  return times;
}, steps);
const latencies = measured.map(([painted]) => painted);
const renders = measured.map(([, rendered]) => rendered);
const cdp = await page.context().newCDPSession(page);
for (const label of ['No', 'Yes', 'No']) await page.getByRole('button', { name: label, exact: true }).click();
await page.getByRole('button', { name: /online/ }).click();
await page.getByRole('heading', { name: 'Report it to the NCMEC CyberTipline' }).waitFor();
await cdp.send('HeapProfiler.collectGarbage');
const { usedSize: heapBytes } = await cdp.send('Runtime.getHeapUsage');
await browser.close();
app.stop();
bound.stop();
rmSync(lowerBound, { recursive: true, force: true });

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${execFileSync(chromiumPath, ['--version']).toString().trim()}`,
  firstScreen: { chunks, total: Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, chunks.filter((c) => c.file.endsWith('.js')).reduce((s, c) => s + c[k], 0)])) },
  lighthouse: {
    runs,
    app: appRuns,
    lowerBound: boundRuns,
    fcpRatio: appScores.fcpMs / boundScores.fcpMs,
    lcpRatio: appScores.lcpMs / boundScores.lcpMs,
    worstLcpRatio: Math.max(...lcpRatios),
    runsWithinLcpTarget: lcpRatios.filter((ratio) => ratio <= 1.1).length,
    runsWithAppCodeBeforeLcp: appRuns.runs.filter((run) => run.appCodeBeforeLcp > 0).length,
    runsWithBlockingScriptBeforeLcp: appRuns.runs.filter((run) => run.blockingScriptsBeforeLcp > 0).length,
  },
  steps: {
    count: latencies.length,
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 95),
    renderMedianMs: median(renders),
    renderP95Ms: percentile(renders, 95),
  },
  heapAfterJourneyBytes: heapBytes,
  slowPhone,
};
writeFileSync(join(import.meta.dirname, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

const lines = [
  `Measured ${results.date.slice(0, 10)} on ${results.machine}.`,
  '',
  row(['first-screen file', 'raw', 'gzip', 'brotli']),
  row(['---', '---:', '---:', '---:']),
  ...chunks.map((c) => row([c.file.replace(/-[\w-]{8}\./, '.'), kb(c.raw), kb(c.gzip), kb(c.brotli)])),
  row(['**JavaScript in all**', kb(results.firstScreen.total.raw), `**${kb(results.firstScreen.total.gzip)}**`, kb(results.firstScreen.total.brotli)]),
  '',
  row([`Lighthouse 12.2.3, mobile, ${runs} runs each: median · worst`, 'app', 'lower bound (no scripts)', 'app / bound (medians)']),
  row(['---', '---:', '---:', '---:']),
  row(['performance · accessibility · best practices · SEO (worst run)', scoreKeys.map((k) => appRuns.worst[k]).join(' · '), scoreKeys.map((k) => boundRuns.worst[k]).join(' · '), '']),
  row(['First Contentful Paint', `${ms(appScores.fcpMs)} · ${ms(appRuns.worst.fcpMs)}`, `${ms(boundScores.fcpMs)} · ${ms(boundRuns.worst.fcpMs)}`, results.lighthouse.fcpRatio.toFixed(2)]),
  row(['Largest Contentful Paint', `${ms(appScores.lcpMs)} · ${ms(appRuns.worst.lcpMs)}`, `${ms(boundScores.lcpMs)} · ${ms(boundRuns.worst.lcpMs)}`, results.lighthouse.lcpRatio.toFixed(2)]),
  row(['Total Blocking Time', `${ms(appScores.tbtMs)} · ${ms(appRuns.worst.tbtMs)}`, `${ms(boundScores.tbtMs)} · ${ms(boundRuns.worst.tbtMs)}`, '']),
  row(['Cumulative Layout Shift', `${appScores.cls.toFixed(3)} · ${appRuns.worst.cls.toFixed(3)}`, `${boundScores.cls.toFixed(3)} · ${boundRuns.worst.cls.toFixed(3)}`, '']),
  row(['Total byte weight', kb(appScores.totalBytes), kb(boundScores.totalBytes), '']),
  row(["the app's LCP ÷ the bound's median LCP, worst run (target ≤ 1.1 in every run)", results.lighthouse.worstLcpRatio.toFixed(2), '', `${results.lighthouse.runsWithinLcpTarget} of ${runs} runs within`]),
  row(["runs in which the app's code had loaded before the largest paint (so counted as needed for it)", `${results.lighthouse.runsWithAppCodeBeforeLcp} of ${runs}`, '', '']),
  row(['runs in which any script had loaded before the largest paint at high priority (so counted as needed for it)', `${results.lighthouse.runsWithBlockingScriptBeforeLcp} of ${runs}`, '', '']),
  '',
  row(['real browser, no throttling', 'figure']),
  row(['---', '---:']),
  row([`tap → next heading painted, median of ${results.steps.count} steps`, `${results.steps.medianMs.toFixed(1)} ms`]),
  row(['the same, 95th percentile', `${results.steps.p95Ms.toFixed(1)} ms`]),
  row(['of which tap → new heading in the DOM (median · 95th percentile)', `${results.steps.renderMedianMs.toFixed(1)} · ${results.steps.renderP95Ms.toFixed(1)} ms`]),
  row(['JS heap after a whole journey (after GC)', `${(heapBytes / 2 ** 20).toFixed(2)} MiB`]),
  '',
  ...slowPhoneRows(slowPhone),
];
console.log(`\n${lines.join('\n')}\n\nWritten to tests/bench/latest.json`);
