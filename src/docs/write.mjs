// `npm run docs`: writes the place's generated documents (docs/<place>/: the contacts and the review
// text of every language it offers) from the machine, the place's module and the locale files.
// PLACE chooses the place (src/build/place.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importSource, root } from '../build/importSource.mjs';

const { renderDocs } = await importSource('/src/docs/docs.ts');
for (const [file, text] of Object.entries(await renderDocs())) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
