// The production build itself: what index.html carries before any script runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import outcomeWords from '../locales/en/outcome.json';
import { metaContentSecurityPolicy, staticHostHeaders } from '../src/build/securityHeaders';
import { contactIds, contacts } from '../src/flow/contacts';
import { outcomeView } from '../src/flow/outcomeView';
import { questions } from '../src/flow/questions';
import { wizardMachine } from '../src/flow/wizardMachine';
import { jurisdiction } from '../src/jurisdiction/current';
import en from '../locales/en/translation.json';
import { firstScreenFiles } from './bench/firstScreen.mjs';
import { leftoversIn } from './otherPlaces';

const outDir = mkdtempSync(join(tmpdir(), 'wsid-build-'));
let html = '';

beforeAll(() => {
  // In its own process, exactly as `npm run build` (Vitest's NODE_ENV=test would bundle React's
  // development code).
  execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 60_000);

/** The app's prerendered first screen, which everyone sees before scripts run. */
const visible = () => html.match(/<div id="root">([\s\S]*?)<\/div>\s*<p id="boot-notice"/)![1];
/** The 911 outcome boot.js shows (and the app, while its own is missing), hidden until then. */
const staticOutcome = () => html.match(/<div id="static-outcome"[\s\S]*?(?=<div id="contact-directory")/)![0];
/** The static contact list, shown without JavaScript (noscript.css) and after a crash. */
const directory = () => html.match(/<div id="contact-directory"[\s\S]*?<\/section><\/div>/)![0];

describe('built index.html', () => {
  it('carries the name, the 911 link and the first question as plain HTML', () => {
    expect(visible()).toContain('What Should I Do?');
    expect(visible()).toMatch(/<a [^>]*href="tel:911"[^>]*>Call 911<\/a>/);
    expect(visible()).toMatch(/<h1[^>]*>Is anyone in immediate danger right now\?<\/h1>/);
    expect(visible()).toContain('Exit this page');
    // Rendered as the production build renders, so hydration matches (no development-only language).
    expect(visible()).not.toContain('en-XA');
  });

  it("takes its title and description from the place (src/jurisdiction), not from typing", () => {
    const title = html.match(/<title>([^<]*)<\/title>/)![1];
    // The very title the app sets once it has taken over, so nothing changes in the tab.
    expect(title).toBe(`${en.app.name} · ${jurisdiction.place.names.place.en}`);
    const description = html.match(/<meta name="description" content="([^"]*)"/)![1];
    expect(description).toBe(jurisdiction.description);
    expect(html).not.toContain('%PAGE_');
  });

  it('holds every contact as links in a static list, hidden until JavaScript is off or crashes', () => {
    expect(directory()).toMatch(/^<div id="contact-directory"[^>]* hidden/);
    for (const id of contactIds) {
      for (const channel of contacts[id].channels) expect(directory()).toContain(`href="${channel.href}"`);
    }
    expect(html).toMatch(/<noscript><link rel="stylesheet" href="\.\/noscript\.css" \/><\/noscript>/);
  });

  it('holds the 911 outcome, hidden, with the first answers that lead to it as the machine says', () => {
    const start = getInitialSnapshot(wizardMachine);
    const leadingTo911 = questions.danger.filter((answer) =>
      getNextSnapshot(wizardMachine, start, { type: 'answer', answer }).matches('call911Result'),
    );
    expect(staticOutcome()).toMatch(new RegExp(`^<div id="static-outcome" class="step" data-answers="${leadingTo911.join(' ')}" hidden>`));
    expect(staticOutcome()).toContain(`>${outcomeWords.outcomes.call911Result.title.replace('{{emergency}}', '911')}</h1>`);
    for (const section of outcomeView('call911Result', 'en').sections) {
      if (section.kind === 'action') for (const { channels } of section.contacts) for (const { href } of channels) expect(staticOutcome()).toContain(`href="${href}"`);
    }
    // Its own ids, and its labels name its own elements: a label that found the live screen's element
    // of the same id would name a region after the question's heading.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const labels = [...staticOutcome().matchAll(/aria-labelledby="([^"]+)"/g)].map((match) => match[1]);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(staticOutcome()).toContain(` id="${label}"`);
  });

  it('holds the note that the rest of the tool could not load, hidden', () => {
    expect(html).toMatch(new RegExp(`<p id="boot-notice"[^>]* hidden="">${outcomeWords.directory.appFailed}</p>`));
  });

  it('declares the strict Content-Security-Policy and has no inline script or style', () => {
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1];
    expect(meta.replaceAll('&#39;', "'")).toBe(metaContentSecurityPolicy);
    expect(metaContentSecurityPolicy).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  // Fetched at a module script's default high priority, Lighthouse's simulation counted boot.js as
  // needed for the first paint (npm run bench: LCP 1.25x the no-script page's).
  it('has one script, the boot, fetched at low priority so that it never competes with the first paint', () => {
    expect([...html.matchAll(/<script[^>]*>/g)].map(([tag]) => tag)).toEqual([
      expect.stringMatching(/^<script type="module" fetchpriority="low" src="\.\/assets\/boot-[\w-]+\.js">$/),
    ]);
  });

  it('loads no script, style, font or image from another origin', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe|source)\b[^>]*\b(src|href)="(https?:)?\/\//);
  });
});

describe('what the build gives web servers', () => {
  it('writes _headers for static hosts from the same policy', () => {
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toBe(staticHostHeaders());
    expect(staticHostHeaders()).toContain("frame-ancestors 'none'");
  });

  it('writes a 404 page that has 911 and a way to the questions, but not the app', () => {
    const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(notFound).toMatch(/<a [^>]*href="tel:911"[^>]*>Call 911<\/a>/);
    expect(notFound).toMatch(/<h1>This page does not exist<\/h1>/);
    expect(notFound).toContain('<a href="/">Go to the questions</a>');
    expect(notFound).not.toContain('<script');
  });
});

describe('the place the site serves', () => {
  it('holds nothing of any other known place in any file: no name, number or address', () => {
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const found = files.flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      return leftoversIn(readFileSync(path, 'utf8')).map((fact) => `${path.slice(outDir.length + 1)}: ${fact}`);
    });
    expect(files.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});

describe('first-screen budget', () => {
  const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;

  // 105 kB, plus: 0.3 kB for "This is happening to me" on every question (its words in the built-in
  // English, the button, the machine's root event with XState's stateIn guard, and the hand-over of a
  // tap on it made before the app arrived); 0.25 kB for the visible progress line ("Question 2 of up
  // to 4"), whose "up to" the build counts from the machine (src/flow/wizardPaths.ts); 1.25 kB for help on any network: boot.js answering taps itself when the
  // app is slow or never arrives (minified), one owner of browser history, the outcome's stand-ins and
  // the double-tap guard; 0.45 kB for the place's names in each language (src/jurisdiction/*/names.json),
  // which i18next fills into every sentence as {{county}}, {{state}} and {{place}}, so no locale file
  // names the place; 0.35 kB for browser history's states spelled out as a pure function
  // (src/hooks/historySteps.ts) instead of six fields of a ref raced by a timer on Exit; 0.1 kB for
  // the one line at the top of every step of a draft translation (DraftBanner), which must be there
  // with the language's words, not arrive after them; 0.05 kB for boot.js marking the page at once
  // (so CSS alone can show every contact when no script of ours runs) and asking for the app only
  // once the first contentful paint is reported; 0.05 kB for the words' address under
  // assets/<their version>/ (a page open across a deploy still finds its own words, README: Deploy)
  // and live regions that say each step and each language load once (their words in a span whose
  // attributes never change: tests/screenReader.test.tsx).
  const budget = 107_800;

  it('keeps all JavaScript of the first screen within its budget', () => {
    const files = firstScreenFiles(outDir).scripts;
    const sizes = files.map((file) => [file, gzip(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    console.info(
      `First-screen JavaScript, gzip:\n${sizes.map(([file, size]) => `  ${file}  ${(size / 1000).toFixed(2)} kB`).join('\n')}\n  total  ${(total / 1000).toFixed(2)} kB (budget ${budget / 1000} kB)`,
    );
    expect(files.length).toBeGreaterThan(1);
    expect(files.some((file) => /OutcomeScreen|ContactCard|SafetyScreen/.test(file))).toBe(false);
    expect(total).toBeLessThanOrEqual(budget);
  });

  it('keeps the CSS under 10 kB gzip', () => {
    const sheets = firstScreenFiles(outDir).styles;
    const total = sheets.reduce((sum, file) => sum + gzip(file), 0);
    console.info(`First-screen CSS, gzip: ${(total / 1000).toFixed(2)} kB (budget 10 kB)`);
    expect(sheets.length).toBe(1);
    expect(total).toBeLessThan(10_000);
  });
});
