// Global set-up of the engine journeys: serves the production build (as Playwright's tests do) and a
// page on another origin that stands for whatever the person visited before the tool.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The tool, built by `npm run build`. */
    baseURL: string;
    /** A page on another origin, opened before the tool. */
    earlierURL: string;
  }
}

export default async function serve(project: TestProject) {
  const port = Number(process.env.E2E_PORT ?? 4173);
  const tool = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port, strictPort: true } });
  const earlier = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><title>Search</title><h1>Search</h1></html>');
  });
  await new Promise<void>((resolve) => earlier.listen(0, '127.0.0.1', resolve));
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('earlierURL', `http://127.0.0.1:${(earlier.address() as AddressInfo).port}/`);
  return async () => {
    await tool.close();
    await new Promise((resolve) => earlier.close(resolve));
  };
}
