// The place this build serves, chosen by PLACE (src/build/place.mjs resolves `@place` to its folder),
// seen through the general Jurisdiction type: code written against it works for every place, not
// only for the one the type checker happens to read.
import { jurisdiction as selected } from '@place/jurisdiction';
import type { Jurisdiction } from './types';

export const jurisdiction: Jurisdiction = selected;
