// What nginx with deploy/nginx.conf sends: the security headers on every response (pages, code,
// words, the 404 page), caching that fits each file, compression, and the 404 page for unknown paths.
import { expect, test, type APIResponse } from '@playwright/test';
import { app } from '../e2e/app';
import { callEmergency, codes, en, english, wordsOf } from '../e2e/screens';

const { securityHeaders } = app;
/** The place's last language (its only one, English, where it offers no other). */
const last = codes.at(-1)!;

function expectSecurityHeaders(response: APIResponse) {
  for (const [name, value] of securityHeaders) expect(response.headers()[name.toLowerCase()], name).toBe(value);
}

test('every kind of response carries the security headers', async ({ request }) => {
  const page = await request.get('/');
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]);
  expect(assets.length).toBeGreaterThan(1);
  for (const path of ['/', `/?lng=${last}`, '/index.html', ...assets.map((asset) => `/${asset}`), `/locales/${english}/outcome.json`, '/sw.js', '/noscript.css', '/no/such/page']) {
    const response = await request.get(path);
    expectSecurityHeaders(response);
  }
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('hashed files are kept for a year; the page, the service worker and the words are checked each time', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = html.match(/src="\.\/(assets\/boot-[\w-]+\.js)"/)![1];
  const stylesheet = html.match(/href="\.\/(assets\/index-[\w-]+\.css)"/)![1];
  for (const path of [script, stylesheet]) {
    expect((await request.get(`/${path}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['/', '/index.html', '/sw.js', `/locales/${last}/translation.json`, '/favicon.svg']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
});

test('text is sent compressed with gzip', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const vendor = html.match(/src="\.\/(assets\/boot-[\w-]+\.js)"/)![1];
  for (const path of ['/', `/${vendor}`, `/locales/${english}/translation.json`]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
});

test('an unknown address gets the 404 page with 911 on it, not the app', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  const notFound = wordsOf(english, 'outcome');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFound('notFound.title'));
  await expect(page.getByRole('link', { name: callEmergency() })).toHaveAttribute('href', app.emergencyCall.href);
  await expect(page.getByRole('button', { name: en('answers.yes') })).toHaveCount(0);
  await page.getByRole('link', { name: notFound('notFound.link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
});
