// Vitest setup: DOM matchers, a clean DOM between tests, and the locale files served as the
// built site serves them (jsdom has no server to fetch them from).
import '@testing-library/jest-dom/vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => cleanup());

const realFetch = globalThis.fetch;

/** Answers requests for locales/<language>/<namespace>.json from the repository's locales/. */
export async function serveLocales(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost/');
  const file = url.pathname.match(/\/locales\/([\w-]+\/\w+\.json)$/)?.[1];
  if (!file) return realFetch(input, init);
  try {
    return new Response(await readFile(join(process.cwd(), 'locales', file)), {
      headers: { 'Content-Type': 'application/json' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

vi.stubGlobal('fetch', vi.fn(serveLocales));
