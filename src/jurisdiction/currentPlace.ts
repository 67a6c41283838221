// The first screen's part of the place this build serves (its names, languages, 911, the exit
// site), in a file of its own: a module the first screen imports statically is bundled into it, so
// importing current.ts there would load the whole directory.
import { place as selected } from '@place/place';
import type { Place } from './types';

export const place: Place = selected;
