// Before any browser test: the build about to be served (dist/) must be of the place the tests
// follow (PLACE), or every expectation would be another place's. `npm run test:e2e` builds it first;
// this catches `npx playwright test` run after building another place.
import { readFileSync } from 'node:fs';
import { selectedPlace } from '../../src/build/place.mjs';
import { app } from './app';

export default function samePlace() {
  const title = readFileSync('dist/index.html', 'utf8').match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
  // The page's title names the place (src/build/pageMeta.ts).
  const name = app.place.names.place.en;
  if (!title.includes(name)) {
    throw new Error(`dist/ is not the build of ${selectedPlace()} (${name}): run PLACE=${selectedPlace()} npm run build first.`);
  }
}
