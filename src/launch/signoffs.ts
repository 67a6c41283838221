// The sign-offs a place has recorded (docs/<place>/signoff.json): who read a language's review pack
// and approved it, in what role, on what day, and the content hash of the pack they signed. A later
// change to any word of that language changes its hash, so the sign-off no longer covers it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectedPlace } from '../build/place.mjs';

export interface SignOff {
  language: string;
  name: string;
  role: string;
  /** ISO date. */
  date: string;
  /** The content hash printed on the pack that was signed. */
  hash: string;
}

export const signOffPath = `docs/${selectedPlace()}/signoff.json`;

export function readSignOffs(root = process.cwd()): SignOff[] {
  const file = join(root, signOffPath);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SignOff[]) : [];
}

/** One record per line, so a diff shows exactly who signed what. */
export function serializeSignOffs(signOffs: readonly SignOff[]): string {
  return signOffs.length > 0 ? `[\n${signOffs.map((signOff) => `  ${JSON.stringify(signOff)}`).join(',\n')}\n]\n` : '[]\n';
}

/** Whether someone signed this language's pack as it is now. */
export function isSignedOff(signOffs: readonly SignOff[], language: string, hash: string): boolean {
  return signOffs.some((signOff) => signOff.language === language && signOff.hash === hash);
}
