// The app's data and words for the browser tests, for the place the build serves (PLACE), loaded
// through Vite as the build has them (src/build/importSource.mjs): see appData.ts for what is there.
import { importSource } from '../../src/build/importSource.mjs';

export const app = await importSource<typeof import('./appData')>('/tests/e2e/appData.ts');
