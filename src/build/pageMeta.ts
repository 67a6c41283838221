// Puts the place's page title and description into index.html (its %PAGE_TITLE% and
// %PAGE_DESCRIPTION%), from the jurisdiction module, so no one types the place into the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { placeAlias } from './place.mjs';

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function pageMeta(): Plugin {
  let root = '';
  return {
    name: 'page-meta',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<typeof import('@place/jurisdiction')>('@place/jurisdiction', {
          root,
          configFile: false,
          logLevel: 'error',
          resolve: { alias: placeAlias() },
        });
        const { jurisdiction } = module;
        const english = JSON.parse(readFileSync(join(root, 'locales/en/translation.json'), 'utf8'));
        // The English title, the app's name and the place, as the app writes it (src/hooks/useLanguage.ts).
        const title = `${english.app.name} · ${jurisdiction.place.names.place.en}`;
        return html.replace('%PAGE_TITLE%', escape(title)).replace('%PAGE_DESCRIPTION%', escape(jurisdiction.description));
      },
    },
  };
}
