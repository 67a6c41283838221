// The locale files, copied into the build as plain JSON for the app to fetch on demand, under a
// folder named by their version, which changes whenever any of them changes: no browser keeps stale
// words, and a page opened before a deploy still finds its own words beside its own code (assets/ is
// kept for a while after each deploy: README, Deploy).
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

/** Read by src/i18n/i18n.ts as __LOCALES_VERSION__: each locale file is at assets/<version>/locales/. */
export const localesVersion = createHash('sha256')
  .update(localeFiles.map((file) => file + readFileSync(join(localesDir, file), 'utf8')).join())
  .digest('hex')
  .slice(0, 10);

/** Read by the app as __REVIEWED_LANGUAGES__: languages that need no "not yet reviewed" notice (every
 *  string reviewed, the place's own words too), known at build time so the app asks nothing. */
export const reviewedLanguageCodes = reviewedLanguages(readLocales(localesDir), readPlaceWords(placeDir()));

/** Copies the locale files, minified, into the build's assets/<version>/locales/. */
export function emitLocales(): Plugin {
  return {
    name: 'emit-locales',
    // The development server serves the repository's locales/ at the same address.
    configureServer(server) {
      const prefix = `/assets/${localesVersion}/locales/`;
      server.middlewares.use((request, _response, next) => {
        if (request.url?.startsWith(prefix)) request.url = `/locales/${request.url.slice(prefix.length)}`;
        next();
      });
    },
    generateBundle() {
      for (const file of localeFiles) {
        const words = JSON.parse(readFileSync(join(localesDir, file), 'utf8'));
        this.emitFile({ type: 'asset', fileName: `assets/${localesVersion}/locales/${file}`, source: JSON.stringify(words) });
      }
    },
  };
}
