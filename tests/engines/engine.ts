// What a journey asks of a browser, whatever its engine and driver: open an address, find a control
// by its role and accessible name and press it as a person does, read the page, go Back, print.
// tests/engines/puppeteer.ts drives Chromium and Firefox, tests/engines/webdriver.ts WebKit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const engineNames: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** An accessible name to match: a string matches the whole name, as Testing Library's exact match. */
export type Name = string | RegExp;

/** A control or region as a person finds it: by role and accessible name, optionally inside another. */
export interface Query {
  role: string;
  name: Name;
  within?: { role: string; name: Name };
}

/** A Query as it crosses into the page (a RegExp does not survive JSON). */
export interface PageQuery {
  role: string;
  name: string | { source: string; flags: string };
  within?: { role: string; name: string | { source: string; flags: string } };
}

const toPage = (name: Name) => (typeof name === 'string' ? name : { source: name.source, flags: name.flags });
export const pageQuery = (query: Query): PageQuery => ({
  role: query.role,
  name: toPage(query.name),
  ...(query.within ? { within: { role: query.within.role, name: toPage(query.within.name) } } : {}),
});

/** One browser tab in a fresh profile (no history, cache, cookies or service worker from another test). */
export interface Tab {
  /** Opens `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page with JSON arguments; returns its (awaited) JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Brings the element into the middle of the view and clicks it with the driver's own input. */
  click(query: Query): Promise<void>;
  /** Picks `value` in the <select> found by `query`, as a person does with the list. */
  choose(query: Query, value: string): Promise<void>;
  /** The browser's Back button. */
  back(): Promise<void>;
  url(): Promise<string>;
  /** The page printed to PDF on US Letter. Absent where the engine's driver cannot print. */
  print?: () => Promise<Buffer>;
  close(): Promise<void>;
}

/** A running browser of one engine, which opens fresh tabs. */
export interface Engine {
  name: EngineName;
  /** What the browser calls itself (name and version), for the report. */
  version: string;
  open(): Promise<Tab>;
  close(): Promise<void>;
}

/** The width and height every engine's window gets: a large phone (MiniBrowser's window is at least ~450 px wide). */
export const viewport = { width: 450, height: 915 };

/** Testing Library's queries, built for browsers, to be loaded into each page (a window global). */
export const testingLibrary = readFileSync(
  createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
  'utf8',
);

/** What locateInPage says when the page has no Testing Library yet (after each load). */
export const libraryMissing = 'testing-library-missing';

/**
 * In the page: the first element with the query's role and accessible name (Testing Library's
 * ByRole: elements hidden from people and assistive technology are not found), brought to the middle
 * of the view (clear of the sticky safety bar), or null. The driver loads Testing Library into the
 * page as a script of its own when this says it is missing: the page's Content-Security-Policy
 * forbids loading it from here (eval).
 */
export function locateInPage(query: PageQuery): Element | null | typeof libraryMissing {
  const dom = (window as unknown as { TestingLibraryDom?: typeof import('@testing-library/dom') }).TestingLibraryDom;
  if (!dom) return 'testing-library-missing';
  const matcher = (name: PageQuery['name']) => (typeof name === 'string' ? name : new RegExp(name.source, name.flags));
  let container: HTMLElement = document.body;
  if (query.within) {
    const [outer] = dom.queryAllByRole(document.body, query.within.role as never, { name: matcher(query.within.name) });
    if (!outer) return null;
    container = outer as HTMLElement;
  }
  const [found] = dom.queryAllByRole(container, query.role as never, { name: matcher(query.name) });
  if (found) found.scrollIntoView({ block: 'center' });
  return found ?? null;
}
