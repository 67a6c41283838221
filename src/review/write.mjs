// `npm run review`: the review pack of the place PLACE chose, one per language it offers, as
// review/<place>/<language>.html and .pdf (not committed: print, read and sign them), after writing
// the committed text of each (docs/<place>/review/<language>.md) as `npm run docs` does. The PDF is
// Chromium's (Debian's, as the browser tests use: CHROMIUM_PATH elsewhere).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { importSource, root } from '../build/importSource.mjs';
import { selectedPlace } from '../build/place.mjs';

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
process.env.REVIEW_COMMIT ??= `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`;

const { renderDocs } = await importSource('/src/docs/docs.ts');
const { buildPacks } = await importSource('/src/review/pack.ts');
const { place } = await importSource('/src/jurisdiction/currentPlace.ts');

for (const [file, text] of Object.entries(await renderDocs())) {
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}

const out = join(root, 'review', selectedPlace());
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const pack of await buildPacks(place.languages)) {
    const { language } = pack;
    const html = join(out, `${language}.html`);
    writeFileSync(html, pack.html);
    const page = await browser.newPage();
    await page.setContent(pack.html, { waitUntil: 'load' });
    await page.pdf({ path: join(out, `${language}.pdf`), format: 'Letter', printBackground: true, outline: true, tagged: true });
    await page.close();
    console.log(`wrote review/${selectedPlace()}/${language}.html and .pdf (content hash ${pack.contentHash})`);
  }
} finally {
  await browser.close();
}
