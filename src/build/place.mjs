// Which place a build, a test run or a tool serves: `PLACE=<id>`, the name of a folder of
// src/jurisdiction, Boulder County when unset. The one switch: vite.config.ts turns it into the
// `@place` alias the app imports its place through (Vitest reads the same config), and every Node
// tool and the browser tests import the app's code with the same alias (importSource.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const defaultPlace = 'boulderCounty';

const jurisdictionDir = join(import.meta.dirname, '..', 'jurisdiction');

/** Every place with a folder of its own; `template` is what `npm run new-place` copies. */
export function knownPlaces() {
  return readdirSync(jurisdictionDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'template' && existsSync(join(jurisdictionDir, entry.name, 'jurisdiction.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** The place asked for (PLACE by default), or an error that names the known ones. */
export function selectedPlace(requested = process.env.PLACE) {
  const id = requested || defaultPlace;
  const known = knownPlaces();
  if (!known.includes(id)) {
    throw new Error(`Unknown place "${id}" (PLACE=${id}). Known places: ${known.join(', ')}. A new one: npm run new-place -- <id>`);
  }
  return id;
}

/** The folder of a place's module. */
export function placeDir(id = selectedPlace()) {
  return join(jurisdictionDir, id);
}

/** Vite's alias for the place's module: `@place/jurisdiction`, `@place/place`. */
export function placeAlias(id = selectedPlace()) {
  return { '@place': placeDir(id) };
}
