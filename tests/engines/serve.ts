// Global set-up of the engine journeys: serves the production build (as Playwright's tests do), the
// same build with its script taken out of the page (as when every script is blocked: no driver here
// can block requests in WebKit), and a page on another origin that stands for whatever the person
// visited before the tool.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The tool, built by `npm run build`. */
    baseURL: string;
    /** A page on another origin, opened before the tool. */
    earlierURL: string;
    /** The tool's page as a browser has it when none of its scripts can run. */
    noScriptURL: string;
  }
}

export default async function serve(project: TestProject) {
  const port = Number(process.env.E2E_PORT ?? 4173);
  const tool = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port, strictPort: true } });
  const withoutScripts = mkdtempSync(join(tmpdir(), 'wsid-no-script-'));
  cpSync('dist', withoutScripts, { recursive: true });
  const page = readFileSync(join(withoutScripts, 'index.html'), 'utf8');
  const stripped = page.replace(/<script type="module"[^>]*><\/script>/g, '');
  if (stripped === page) throw new Error('The built page has no script to take out');
  writeFileSync(join(withoutScripts, 'index.html'), stripped);
  // The next free port after the tool's.
  const blocked = await preview({ logLevel: 'error', build: { outDir: withoutScripts }, preview: { host: '127.0.0.1', port: port + 1 } });
  const earlier = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><title>Search</title><h1>Search</h1></html>');
  });
  await new Promise<void>((resolve) => earlier.listen(0, '127.0.0.1', resolve));
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('earlierURL', `http://127.0.0.1:${(earlier.address() as AddressInfo).port}/`);
  project.provide('noScriptURL', blocked.resolvedUrls!.local[0]);
  return async () => {
    await tool.close();
    await blocked.close();
    rmSync(withoutScripts, { recursive: true, force: true });
    await new Promise((resolve) => earlier.close(resolve));
  };
}
