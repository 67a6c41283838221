// Shared steps for the real-browser tests.
import { expect, type Page } from '@playwright/test';
import { app } from './app';

/** Serves a stand-in for the neutral exit site, since this machine has no internet. */
export async function stubExitSite(page: Page) {
  await page.context().route(`${app.exitUrl}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** Clicks the answers in order, waiting for each new heading to take focus. */
export async function answer(page: Page, ...labels: (string | RegExp)[]) {
  for (const label of labels) {
    const before = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: label, exact: typeof label === 'string' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before ?? '');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
}


/** Opens the tool and waits until the app has taken over the prerendered page. */
export async function openTool(page: Page, address = '/') {
  await page.goto(address);
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')),
  );
}

/** Counts layout shifts from the start of the page. */
export async function countShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}
