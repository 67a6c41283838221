// `npm run docs`: writes docs/flow.md and docs/contacts.md from the machine and the contact data.
// Vite's runner imports the TypeScript sources directly, as vite.config.ts does for the prerender.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const { module } = await runnerImport('/src/docs/docs.ts', { root, configFile: false, logLevel: 'error' });
for (const [file, text] of Object.entries(module.renderDocs())) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
