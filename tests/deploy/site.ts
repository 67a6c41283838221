// A site as a county runs it, for the publishing tests: nginx with deploy/nginx.conf (through
// tests/deploy/nginx.sh) serving a folder that builds are published into with deploy/publish.sh,
// on a free port of its own. It can be taken down and brought back, as a server that goes away.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export class Site {
  private server: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly root: string,
  ) {}

  static async create(): Promise<Site> {
    return new Site(await freePort(), mkdtempSync(join(tmpdir(), 'wsid-site-')));
  }

  /** A site with `build` published and nginx serving it. */
  static async serving(build: string): Promise<Site> {
    const site = await Site.create();
    site.publish(build);
    await site.start();
    return site;
  }

  /** The site's address for `path`. */
  url(path = '/'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Publishes a build as the README's Deploy section says; KEEP_DAYS as given. */
  publish(build: string, env: Record<string, string> = {}) {
    execFileSync('bash', ['deploy/publish.sh', build, this.root], { env: { ...process.env, ...env }, stdio: 'inherit' });
  }

  /** Starts nginx and waits until it answers. */
  async start() {
    const server = spawn('bash', ['tests/deploy/nginx.sh'], {
      env: { ...process.env, NGINX_ROOT: this.root, NGINX_PORT: String(this.port) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    this.server = server;
    for (let tries = 0; !(await answers(this.url())); tries++) {
      if (tries > 100 || server.exitCode !== null) throw new Error(`nginx did not start on port ${this.port}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Stops nginx (the process this started: nginx.sh execs nginx) and waits until it is gone. */
  async stop() {
    const server = this.server;
    this.server = undefined;
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    while (await answers(this.url())) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  async dispose() {
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}
