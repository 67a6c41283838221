// The kiosk's service worker checks every file it downloads for a new version against the file the
// build wrote: each entry of its precache list carries the file's Subresource Integrity hash. A
// server caught half-way through a publish (a new sw.js beside the old index.html), or a cache that
// still serves an earlier file, then makes the download fail, and the kiosk keeps the version it has
// and tries again later. Without the hash Workbox would keep that earlier file as part of the new
// version, for good: it never fetches a precached file again for the same revision.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';

/** A plugin that learns where the build writes, and the precache list's transform that reads there. */
export function precacheIntegrity(): { plugin: Plugin; transform: ManifestTransform } {
  let outDir = '';
  return {
    plugin: {
      name: 'precache-integrity',
      apply: 'build',
      configResolved(config) {
        outDir = resolve(config.root, config.build.outDir);
      },
    },
    transform: (entries) => ({
      manifest: entries.map((entry) => ({
        ...entry,
        integrity: `sha384-${createHash('sha384').update(readFileSync(join(outDir, entry.url))).digest('base64')}`,
      })),
      warnings: [],
    }),
  };
}
