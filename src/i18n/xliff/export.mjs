// `npm run i18n:export -- <language>` (or `-- --all`): writes translations/<language>.xlf, an XLIFF
// 2.0 file for a translator's tool, with the words of the place chosen by PLACE. See locales/README.md.
import { join } from 'node:path';
import { importSource, root } from '../../build/importSource.mjs';
import { placeDir, selectedPlace } from '../../build/place.mjs';

const { exportCommand } = await importSource('/src/i18n/xliff/commands.ts');
const { place } = await importSource('/src/jurisdiction/currentPlace.ts');
const words = { localesDir: join(root, 'locales'), placeDir: placeDir(), place: selectedPlace(), placeLanguages: place.languages };
process.exitCode = await exportCommand(process.argv.slice(2), words, join(root, 'translations'), console);
