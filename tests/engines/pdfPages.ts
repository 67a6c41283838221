// Counts the pages of a PDF, whichever engine made it: Chromium writes its page objects plainly,
// Firefox inside compressed object streams, so those are inflated first.
import { inflateSync } from 'node:zlib';

export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const parts = [text];
  for (const match of text.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a stream of objects (an image or a font that is not deflated as a whole): nothing to count.
    }
  }
  return parts.reduce((count, part) => count + (part.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, 0);
}
