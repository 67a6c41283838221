// `npm run preflight`: prints every reason not to launch the place PLACE chose, and exits 1 while any
// remains (see src/launch/preflight.ts). Run it before every deploy. `-- --today <YYYY-MM-DD>` judges
// review dates as of another day.
import { importSource } from '../build/importSource.mjs';
import { selectedPlace } from '../build/place.mjs';

const at = process.argv.indexOf('--today');
const today = at > 0 ? process.argv[at + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today ?? '')) {
  console.error('Usage: npm run preflight [-- --today YYYY-MM-DD]');
  process.exit(2);
}
const { reasonsNotToLaunch } = await importSource('/src/launch/preflight.ts');
const reasons = await reasonsNotToLaunch(today);
const headings = {
  unconfirmed: "Numbers and addresses the county has not yet confirmed (docs/<place>/contacts.md, 'Confirm before launch')",
  unverified: 'Contacts not yet read in any source',
  reviewOverdue: 'Contacts not reviewed against their source within 12 months',
  untranslated: 'Languages with strings a qualified translator has not yet reviewed (npm run i18n:status)',
  unsigned: 'Languages whose review pack nobody has signed as it is now (npm run review, then npm run signoff)',
};
if (reasons.length === 0) {
  console.log(`${selectedPlace()}: ready to launch. Every contact confirmed and reviewed within a year, every language reviewed and signed.`);
} else {
  console.log(`${selectedPlace()}: not ready to launch. ${reasons.length} reason(s):`);
  for (const [kind, heading] of Object.entries(headings)) {
    const found = reasons.filter((reason) => reason.kind === kind);
    if (found.length === 0) continue;
    console.log(`\n${heading}:`);
    for (const reason of found) console.log(`  - ${reason.text}`);
  }
  process.exitCode = 1;
}
