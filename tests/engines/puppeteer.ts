// Chromium (the DevTools protocol) and Firefox (WebDriver BiDi) through puppeteer-core, which starts
// Debian's browsers itself: Firefox needs no geckodriver this way (Debian packages none).
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { libraryMissing, locateInPage, pageQuery, testingLibrary, viewport, type Engine, type Query, type Tab } from './engine';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { poll } from './poll';

export async function launchPuppeteer(name: 'chromium' | 'firefox'): Promise<Engine> {
  const browser: Browser =
    name === 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true })
      : await puppeteer.launch({
          browser: 'chrome',
          executablePath: chromiumPath,
          headless: true,
          // As root (CI), Chromium runs only without its sandbox.
          args: [...chromiumFlags, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        });
  return {
    name,
    version: await browser.version(),
    async open() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
      // This machine has no internet: another origin (the exit site) gets a stand-in page, as in
      // the Playwright tests, so the browser lands on it as it would. (WebKit's driver cannot do
      // this; there the exit site fails to load, at the same address.)
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const { protocol, hostname } = new URL(request.url());
        if (hostname === '127.0.0.1' || protocol === 'data:') void request.continue();
        else void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>' });
      });
      return puppeteerTab(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function puppeteerTab(page: Page, close: () => Promise<void>): Tab {
  async function locate(query: Query): Promise<ElementHandle<Element>> {
    return poll(`${query.role} "${query.name}"`, async () => {
      const handle = await page.evaluateHandle(locateInPage, pageQuery(query));
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (element) return element;
      if ((await handle.jsonValue()) === libraryMissing) await page.evaluate(testingLibrary);
      await handle.dispose();
      return undefined;
    });
  }
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as (...args: unknown[]) => unknown, ...args) as never,
    async click(query) {
      await (await locate(query)).click();
    },
    async choose(query, value) {
      await (await locate(query)).select(value);
    },
    async back() {
      // Not awaited to the end: Firefox restores a page from its back-forward cache without the
      // navigation events Puppeteer waits for (the page is there; the journey waits for it).
      void page.goBack().catch(() => undefined);
    },
    // Where the page is, asked of the page: Puppeteer's own record misses those same restores.
    url: () => page.evaluate(() => location.href).catch(() => page.url()),
    print: async () => Buffer.from(await page.pdf({ format: 'Letter' })),
    close,
  };
}
