// `npm run i18n:import -- translations/<language>.xlf`: checks every unit of a translated XLIFF file
// and, only when all are sound, writes the translations and their review states (the place chosen by
// PLACE). Exits 1 and writes nothing when any unit is refused. See locales/README.md.
import { join } from 'node:path';
import { importSource, root } from '../../build/importSource.mjs';
import { placeDir, selectedPlace } from '../../build/place.mjs';

const { importCommand } = await importSource('/src/i18n/xliff/commands.ts');
const { place } = await importSource('/src/jurisdiction/currentPlace.ts');
const words = { localesDir: join(root, 'locales'), placeDir: placeDir(), place: selectedPlace(), placeLanguages: place.languages };
process.exitCode = await importCommand(process.argv.slice(2), words, console);
