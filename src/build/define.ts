// What the build writes into the app as constants (Vite's `define`), computed from the repository:
// read by vite.config.ts and by every tool that imports the app's code (importSource.mjs), so a tool
// renders exactly what the built app shows.
import { mostQuestions } from '../flow/wizardPaths.ts';
import { localesVersion, reviewedLanguageCodes } from './locales.ts';

export const define = {
  __LOCALES_VERSION__: JSON.stringify(localesVersion),
  // "Question 2 of up to 4": counted from the machine here, so the walk stays out of the first screen.
  __MOST_QUESTIONS__: JSON.stringify(mostQuestions()),
  __REVIEWED_LANGUAGES__: JSON.stringify(reviewedLanguageCodes),
};
