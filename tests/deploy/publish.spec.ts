// Publishing a new version with deploy/publish.sh, served by nginx with deploy/nginx.conf: the
// earlier version's code and words stay for KEEP_DAYS days, so a page opened before the deploy still
// gets them; after that they go, and a request for one gets the 404 page, which no cache may keep.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { files, numbers, versions } from './builds';
import { Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await Site.create();
});
test.afterAll(async () => site.dispose());

test('after a deploy the earlier version is still served whole for a while, then goes', async ({ request }) => {
  const { before, after } = versions();
  const assetsOf = (build: string) => files(build).filter((file) => file.startsWith('assets/'));
  const newAssets = new Set(assetsOf(after));
  const onlyBefore = assetsOf(before).filter((file) => !newAssets.has(file));
  // The new number changes the code that holds it and the page; the words stay as they were.
  expect(onlyBefore.some((file) => file.endsWith('.js'))).toBe(true);

  site.publish(before);
  await site.start();
  site.publish(after);

  const page = await (await request.get(site.url('/'))).text();
  expect(page).toContain(numbers.after.href);
  expect(page).not.toContain(numbers.before.href);
  for (const file of [...assetsOf(before), ...assetsOf(after)]) {
    const response = await request.get(site.url(`/${file}`));
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
  for (const file of onlyBefore) {
    const served = Buffer.from(await (await request.get(site.url(`/${file}`))).body());
    expect(served.equals(readFileSync(join(before, file))), file).toBe(true);
  }

  // A month and a day later, the next deploy clears what no version has published since.
  for (const file of onlyBefore) execFileSync('touch', ['-d', '31 days ago', join(site.root, file)]);
  site.publish(after);
  for (const file of onlyBefore) {
    const response = await request.get(site.url(`/${file}`));
    expect(response.status(), file).toBe(404);
    expect(response.headers()['cache-control'], file).toBe('no-cache');
  }
  for (const file of assetsOf(after)) expect((await request.get(site.url(`/${file}`))).status(), file).toBe(200);
  // No half-written file is left behind under a temporary name.
  expect(files(site.root).filter((file) => file.endsWith('.publishing'))).toEqual([]);
});
