// `node tests/bench/profile.mjs [outcome] [on|off]`: where the time of one slow-phone step goes. Serves
// the last build (dist/: run `npm run build` first) on BENCH_PORT, opens a settled page on the
// slow-phone profile, takes the shortest way to the outcome (call911Result unless named), and records
// a CPU profile and a trace of the last tap, from the tap until its heading is painted. Prints the
// functions with the most time (their own, and with what they call), the main thread's tasks and what
// they spent on style, layout, paint and compiling, and writes the profile to <tmp>/step.cpuprofile
// (open it in Chrome's DevTools, Performance panel).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { importSource } from '../../src/build/importSource.mjs';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { settledPage } from './slowPhone.mjs';

const root = join(import.meta.dirname, '..', '..');
const outcome = process.argv[2] ?? 'call911Result';
const network = process.argv[3] ?? 'on';
const port = Number(process.env.BENCH_PORT ?? 4180);

const { shortestWays } = await importSource('/src/flow/wizardPaths.ts');
const { rehearsedMark } = await importSource('/src/screens/rehearseOutcomes.tsx');
const way = shortestWays().get(outcome);
if (!way) throw new Error(`No outcome called ${outcome}`);
const taps = way.map(({ event }) => ({ step: event.type === 'answer' ? event.answer : event.type }));

// BENCH_DIST names another build folder: one built with `--minify false` shows the functions' names.
const dist = process.env.BENCH_DIST ?? 'dist';
const server = spawn(join(root, 'node_modules', '.bin', 'vite'), ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  // PROFILE_FIRST_CALLS=1: which functions ran for the first time in the last tap (and so were
  // compiled then), from V8's call counts before and after it.
  const firstCalls = Boolean(process.env.PROFILE_FIRST_CALLS);
  const counting = async (cdp) => {
    if (!firstCalls) return;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  };
  const { context, page, cdp } = await settledPage(browser, `http://127.0.0.1:${port}/`, { network, ready: rehearsedMark, beforeLoad: counting });
  // PROFILE_BEFORE=<outcome>: that outcome first (and Back to the first question), so the profile is
  // of an outcome after another.
  if (process.env.PROFILE_BEFORE) {
    const before = shortestWays().get(process.env.PROFILE_BEFORE);
    for (const { event } of before) await page.evaluate((t) => window.__tap(t), { step: event.type === 'answer' ? event.answer : event.type });
    for (const _ of before) await page.evaluate((back) => window.__tap({ button: back }), 'Back');
  }
  for (const tap of taps.slice(0, -1)) await page.evaluate((t) => window.__tap(t), tap);
  // PROFILE_AGAIN=<n>: the outcome n times first (and Back each time), so the profile is of a later visit.
  for (let again = 0; again < Number(process.env.PROFILE_AGAIN ?? 0); again++) {
    await page.evaluate((t) => window.__tap(t), taps.at(-1));
    await page.evaluate((back) => window.__tap({ button: back }), 'Back');
  }
  if (firstCalls) {
    const calledBefore = new Set();
    const key = (script, fn) => `${script.url.replace(/^.*\//, '')} ${fn.functionName || '(anonymous)'}@${fn.ranges[0].startOffset}`;
    for (const script of (await cdp.send('Profiler.takePreciseCoverage')).result) {
      for (const fn of script.functions) if (fn.ranges[0].count > 0) calledBefore.add(key(script, fn));
    }
    await page.evaluate((t) => window.__tap(t), taps.at(-1));
    const fresh = new Map();
    for (const script of (await cdp.send('Profiler.takePreciseCoverage')).result) {
      for (const fn of script.functions) {
        if (fn.ranges[0].count === 0 || calledBefore.has(key(script, fn)) || !script.url) continue;
        const file = script.url.replace(/^.*\//, '');
        fresh.set(file, [...(fresh.get(file) ?? []), `${fn.functionName || '(anonymous)'}`]);
      }
    }
    for (const [file, names] of fresh) console.log(`${file}: ${names.length} functions first called: ${names.join(', ')}`);
    await context.close();
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink', 'loading'] });
    await cdp.send('Profiler.start');
    const step = await page.evaluate((t) => window.__tap(t), taps.at(-1));
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    writeFileSync(join(tmpdir(), 'step.cpuprofile'), JSON.stringify(profile));

    // Time of its own per function (sampled), over the samples taken while the tap was being answered.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
    const nameOf = ({ callFrame: { functionName, url, lineNumber } }) => `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
    const self = new Map();
    const total = new Map();
    profile.samples.forEach((id, index) => {
      const ms = profile.timeDeltas[index] / 1000;
      self.set(nameOf(byId.get(id)), (self.get(nameOf(byId.get(id))) ?? 0) + ms);
      const stack = new Set();
      for (let node = id; node !== undefined; node = parent.get(node)) stack.add(nameOf(byId.get(node)));
      for (const name of stack) total.set(name, (total.get(name) ?? 0) + ms);
    });
    const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
    console.log(`${outcome}, network ${network}: ${step.ms.toFixed(1)} ms from the tap to "${step.heading}" painted (the profiler adds some)`);
    console.log(`\ntime of its own:\n${top(self, 30)}\n\ntime with what it calls:\n${top(total, Number(process.env.PROFILE_TOP ?? 60))}`);

    // The renderer's main thread, from the trace: how long each kind of work took (nested events
    // counted inside their parents too), and the tasks in order.
    const events = trace.traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'));
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
    const byName = new Map();
    for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    console.log('\nmain thread, by kind of work:');
    for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    // Thread time (tdur) is the CPU the main thread had, so it holds when a busy machine delays the
    // thread; wall time (dur) includes those delays.
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 1000).sort((a, b) => a.ts - b.ts);
    const first = tasks[0]?.ts ?? 0;
    const ms = (us) => (us / 1000).toFixed(1);
    console.log('\ntasks over 1 ms: start, wall, thread time; inside: the outermost events over 0.5 ms (wall/thread)');
    for (const task of tasks) {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 500 && e.name !== 'RunTask');
      const outermost = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
      console.log(`${ms(task.ts - first).padStart(8)} ${ms(task.dur).padStart(7)} ${ms(task.tdur ?? 0).padStart(7)} ms  ${outermost.map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${ms(e.dur)}/${ms(e.tdur ?? 0)}`).join(', ')}`);
      const forced = inside.filter((e) => /UpdateLayoutTree|^Layout$|Paint$|ParseHTML|GC$/.test(e.name));
      if (forced.length) console.log(`${''.padStart(26)}style, layout, paint, GC: ${forced.map((e) => `${e.name}${e.args?.elementCount ? ` (${e.args.elementCount} elements)` : ''}${e.args?.beginData?.dirtyObjects ? ` (${e.args.beginData.dirtyObjects} of ${e.args.beginData.totalObjects} objects)` : ''} ${ms(e.dur)}/${ms(e.tdur ?? 0)}`).join(', ')}`);
      const compiled = onMain.filter((e) => /compile/i.test(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const compiledOutermost = compiled.filter((e) => !compiled.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
      if (compiled.length) console.log(`${''.padStart(26)}compiling: ${compiledOutermost.length} functions, ${ms(compiledOutermost.reduce((sum, e) => sum + e.dur, 0))} ms`);
      if (process.env.PROFILE_COMPILED && task.dur > 20000) {
        const files = new Map();
        for (const e of compiledOutermost) {
          const where = JSON.stringify(e.args).match(/"(?:url|fileName)":"[^"]*\/([^"/]+)"/)?.[1] ?? e.name;
          files.set(where, (files.get(where) ?? 0) + e.dur / 1000);
        }
        console.log(`${''.padStart(26)}by file: ${[...files].sort((a, b) => b[1] - a[1]).map(([f, t]) => `${f} ${t.toFixed(1)}`).join(', ')}`);
        if (process.env.PROFILE_COMPILED === 'all') for (const e of compiledOutermost.slice(0, 200)) console.log(`${''.padStart(30)}${ms(e.dur)} ${e.name} ${JSON.stringify(e.args).slice(0, 200)}`);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}

