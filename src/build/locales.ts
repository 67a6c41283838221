// The locale files, copied into the build as plain JSON for the app to fetch on demand, and their
// version, which changes whenever any of them changes so that no browser keeps stale words.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readLocales, readPlaceWords, reviewedLanguages } from '../i18n/reviewStatus.ts';
import { placeDir } from './place.mjs';

const localesDir = join(import.meta.dirname, '..', '..', 'locales');

/** Every locale file, as `<language>/<namespace>.json`. */
const localeFiles = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(localesDir, dir.name))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${dir.name}/${file}`),
  );

/** Read by src/i18n/i18n.ts as __LOCALES_VERSION__ and added to each locale file's address. */
export const localesVersion = createHash('sha256')
  .update(localeFiles.map((file) => file + readFileSync(join(localesDir, file), 'utf8')).join())
  .digest('hex')
  .slice(0, 10);

/** Read by the app as __REVIEWED_LANGUAGES__: languages that need no "not yet reviewed" notice (every
 *  string reviewed, the place's own words too), known at build time so the app asks nothing. */
export const reviewedLanguageCodes = reviewedLanguages(readLocales(localesDir), readPlaceWords(placeDir()));

/** Copies the locale files, minified, into the build beside index.html. */
export function emitLocales(): Plugin {
  return {
    name: 'emit-locales',
    apply: 'build',
    generateBundle() {
      for (const file of localeFiles) {
        const words = JSON.parse(readFileSync(join(localesDir, file), 'utf8'));
        this.emitFile({ type: 'asset', fileName: `locales/${file}`, source: JSON.stringify(words) });
      }
    },
  };
}
