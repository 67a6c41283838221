// Writes 404.html beside index.html: what deploy/nginx.conf answers for an unknown address.
import type { Plugin } from 'vite';
import { buildTimeImport } from './buildTimeImport.ts';
import { metaContentSecurityPolicy } from './securityHeaders.ts';

export function emitNotFoundPage(define: Record<string, string>): Plugin {
  let root = '';
  return {
    name: 'emit-not-found-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const stylesheet = Object.keys(bundle).find((file) => /^assets\/index-[\w-]+\.css$/.test(file));
      if (!stylesheet) throw new Error('No stylesheet for 404.html');
      const module = await buildTimeImport<typeof import('./notFoundPage')>(root, '/src/build/notFoundPage.tsx', define);
      const head =
        `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy.replaceAll("'", '&#39;')}" />` +
        `<link rel="stylesheet" href="/${stylesheet}" />`;
      this.emitFile({ type: 'asset', fileName: '404.html', source: module.renderNotFoundPage(head) });
    },
  };
}
