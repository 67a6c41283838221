// The production build itself: what index.html carries before any script runs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { contactIds, contacts } from '../src/flow/contacts';

const outDir = mkdtempSync(join(tmpdir(), 'wsid-build-'));
let html = '';

beforeAll(async () => {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 60_000);

/** The app's prerendered first screen, which everyone sees before scripts run. */
const visible = () => html.match(/<div id="root">([\s\S]*?)<\/div>\s*<div id="contact-directory"/)![1];
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

  it('holds every contact as links in a static list, hidden until JavaScript is off or crashes', () => {
    expect(directory()).toMatch(/^<div id="contact-directory"[^>]* hidden/);
    for (const id of contactIds) {
      for (const channel of contacts[id].channels) expect(directory()).toContain(`href="${channel.href}"`);
    }
    expect(html).toMatch(/<noscript><link rel="stylesheet" href="\.\/noscript\.css" \/><\/noscript>/);
  });

  it('declares the strict Content-Security-Policy and has no inline script or style', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('loads no script, style, font or image from another origin', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe|source)\b[^>]*\b(src|href)="(https?:)?\/\//);
  });
});
