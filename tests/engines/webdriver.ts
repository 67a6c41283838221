// WebKit: Debian's WebKitWebDriver driving its MiniBrowser (WebKitGTK) under Xvfb, spoken to in W3C
// WebDriver, whose few commands used here are plain HTTP (https://www.w3.org/TR/webdriver2/).
// WebKitWebDriver speaks no WebDriver BiDi (it refuses `webSocketUrl`) and Puppeteer does not drive
// WebKit; WebdriverIO would speak to it, but for Firefox it needs geckodriver, which Debian does
// not package, so this small client stands in for a second library (README: Testing).
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { libraryMissing, locateInPage, pageQuery, testingLibrary, viewport, type Engine, type Query, type Tab } from './engine';
import { poll } from './poll';

/** How W3C WebDriver names an element in JSON. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';
type ElementReference = { [elementKey]: string };

/** A port no one is listening on, for the driver. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts Xvfb on a display it chooses itself (so several runs on one machine never collide). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.stdio[3]!.on('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display, process: xvfb };
}

async function command<T = unknown>(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown, timeout = 60_000): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    signal: AbortSignal.timeout(timeout),
  });
  const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (value && typeof value === 'object' && 'error' in value && value.error) throw new Error(`WebDriver ${method} ${url}: ${value.error}: ${value.message}`);
  return value;
}

type Session = { sessionId: string; capabilities: { browserName: string; browserVersion: string } };

/** WebKitWebDriver on a port of its own, drawing on `display`. WEBKIT_LOG=<file> keeps what it and MiniBrowser print. */
async function startDriver(display: string) {
  const port = await freePort();
  const log = process.env.WEBKIT_LOG;
  const driver = spawn(process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: log ? ['ignore', openSync(log, 'a'), openSync(log, 'a')] : 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await poll('WebKitWebDriver', () => command<{ ready: boolean }>(`${base}/status`, 'GET').then((status) => status.ready || undefined, () => undefined));
  return { base, stop: () => driver.kill() };
}

export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  let driver = await startDriver(xvfb.display);
  let version = 'MiniBrowser';
  /** A new session: a new MiniBrowser with an ephemeral profile (automation mode). */
  const newSession = () =>
    command<Session>(`${driver.base}/session`, 'POST', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } } }, 30_000);
  return {
    name: 'webkit',
    get version() {
      return version;
    },
    async open() {
      let session: Session;
      try {
        session = await newSession();
      } catch {
        // Now and then, on a loaded machine, MiniBrowser does not come up and the driver waits for
        // it for a minute, refusing other sessions meanwhile: start a fresh driver and ask again.
        driver.stop();
        driver = await startDriver(xvfb.display);
        session = await newSession();
      }
      version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
      const tab = webDriverTab(`${driver.base}/session/${session.sessionId}`);
      await command(`${driver.base}/session/${session.sessionId}/window/rect`, 'POST', viewport);
      return tab;
    },
    async close() {
      driver.stop();
      xvfb.process.kill();
    },
  };
}

function webDriverTab(session: string): Tab {
  /** Runs `fn` in the page (as an async script, so promises are awaited). */
  async function run<R>(fn: string, args: unknown[]): Promise<R> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await command<{ value: R; error?: string }>(`${session}/execute/async`, 'POST', { script, args });
    if (result.error) throw new Error(`In the page: ${result.error}`);
    return result.value;
  }
  async function locate(query: Query): Promise<string> {
    return poll(`${query.role} "${query.name}"`, async () => {
      const found = await run<ElementReference | null | typeof libraryMissing>(locateInPage.toString(), [pageQuery(query)]);
      if (found === libraryMissing) await command(`${session}/execute/sync`, 'POST', { script: `${testingLibrary}\n;return true;`, args: [] });
      return found && typeof found === 'object' ? found[elementKey] : undefined;
    });
  }
  return {
    async goto(url) {
      await command(`${session}/url`, 'POST', { url });
    },
    evaluate: (fn, ...args) => run(fn.toString(), args),
    async click(query) {
      await command(`${session}/element/${await locate(query)}/click`, 'POST');
    },
    async choose(query, value) {
      const select = await locate(query);
      const option = await command<ElementReference>(`${session}/element/${select}/element`, 'POST', {
        using: 'css selector',
        value: `option[value="${value}"]`,
      });
      await command(`${session}/element/${option[elementKey]}/click`, 'POST');
    },
    async back() {
      await command(`${session}/back`, 'POST');
    },
    url: () => command<string>(`${session}/url`, 'GET'),
    // No print: WebKitWebDriver answers POST /print with "unknown command".
    async close() {
      await command(session, 'DELETE');
    },
  };
}
